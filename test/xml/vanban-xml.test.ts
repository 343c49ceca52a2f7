import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDocument,
  createDocumentWithDiagnostics,
  DOCUMENT_KINDS,
  type DocumentKind,
  DocumentSchema,
} from '../../src/index.js';
import { parseXml } from '../../src/readers/xml/index.js';
import { toXml, vanbanXsd } from '../../src/writers/xml/index.js';
import { documentArbitrary } from '../support/arbitraries.js';

const seed = createDocument(
  JSON.parse(readFileSync(new URL('../../examples/data/cong-van-1719.json', import.meta.url), 'utf8')),
);
const xsdPath = new URL('../../schemas/vanban.xsd', import.meta.url);
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;

describe('toXml / parseXml', () => {
  it('writes the seed letter under the vanban namespace, blocks named by type', () => {
    const xml = toXml(seed);
    expect(xml).toContain('<document xmlns="urn:vanban:document:1">');
    expect(xml).toContain('<clause>\n      <number>1</number>');
    expect(xml).toContain('<authority>\n          <prefix>KT</prefix>\n          <of>CHỦ TỊCH</of>');
    expect(xml).toContain('<entry>KGVX</entry>');
  });

  it('gives back every field of generated documents of every kind and regime, with hostile strings in every text field (exchange, images, tables, appendix files included)', () => {
    fc.assert(
      fc.property(
        documentArbitrary({ printable: false, allKinds: true, everyField: true, strings: 'xml' }),
        (document) => {
          const { document: back, diagnostics } = parseXml(toXml(document));
          expect(diagnostics).toEqual([]);
          expect(back).toEqual(document);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps text that XML would otherwise normalise (CR, markup characters, edge spaces, empty cells)', () => {
    const document = createDocument({
      kind: 'bao-cao',
      issuer: { name: 'SỞ <A> & B ]]>' },
      body: [
        { type: 'table', rows: [['a', '', '  x  '], []] },
        { type: 'article', number: '1' },
      ],
      exchange: { description: 'dòng một\ndòng hai' },
    });
    expect(parseXml(toXml(document)).document).toEqual(document);
    // A CR reaches the writer only in a document built by hand: written as &#13;, read back as the hygiene makes it.
    const built = DocumentSchema.parse({
      kind: 'bao-cao',
      issuer: { name: 'SỞ' },
      exchange: { description: 'a\r\nb' },
    });
    const xml = toXml(built);
    expect(xml).toContain('<description>a&#13;\nb</description>');
    const read = parseXml(xml);
    expect(read.document.exchange?.description).toBe('a\nb');
    expect(read.diagnostics.map((d) => `${d.id} ${d.path}`)).toEqual(['model/line-break exchange.description']);
  });

  it('writes well-formed XML for every string the model accepts, even one no createDocument cleaned (U+FFFD where XML 1.0 has no character)', () => {
    // Found by issue 17: a subject holding U+000B was written raw, and parseXml refused the file.
    const hostile = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(hostile, hostile, fc.array(hostile, { maxLength: 3 }), (subject, name, cells) => {
        const built = DocumentSchema.parse({
          kind: 'cong-van',
          issuer: { name },
          subject,
          body: [{ type: 'table', rows: [cells] }],
        });
        const xml = toXml(built);
        expect(xml).toMatch(/^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u);
        const { document } = parseXml(xml);
        expect(document.kind).toBe('cong-van');
      }),
      { numRuns: 300 },
    );
    const vt = toXml(DocumentSchema.parse({ kind: 'cong-van', issuer: { name: 'BỘ' }, subject: 'a\u000bb' }));
    expect(vt).toContain('<subject>a\ufffdb</subject>');
  });

  it("reports a leading BOM of a field instead of dropping it (the file's own BOM is its encoding)", () => {
    // Found by issue 17: a BOM at the start of a value vanished in the round trip without a word.
    const made = createDocumentWithDiagnostics({
      kind: 'cong-van',
      issuer: { name: 'BỘ NỘI VỤ' },
      subject: '\ufeffBáo cáo thử',
    });
    expect(made.document.subject).toBe('Báo cáo thử');
    expect(made.diagnostics.map((d) => `${d.id} ${d.path} ${d.actual}`)).toEqual(['model/zero-width subject U+FEFF']);
    const xml = toXml(made.document).replace('<subject>Báo cáo thử', '<subject>&#xFEFF;Báo cáo thử');
    const read = parseXml(`\ufeff${xml}`);
    expect(read.document.subject).toBe('Báo cáo thử');
    expect(read.diagnostics.map((d) => `${d.id} ${d.path}`)).toEqual(['model/zero-width subject']);
  });

  it('reads elements in any order and reports unknown ones', () => {
    const xml =
      '<document xmlns="urn:vanban:document:1"><issuer><name>BỘ NỘI VỤ</name></issuer><extra>1</extra><number>5</number><kind>quyet-dinh</kind></document>';
    const { document, diagnostics } = parseXml(xml);
    expect(document).toMatchObject({ kind: 'quyet-dinh', number: 5, issuer: { name: 'BỘ NỘI VỤ' }, body: [] });
    expect(diagnostics.map((d) => d.id)).toEqual(['xml/unknown-element']);
  });

  it('reports what breaks the model as errors instead of throwing', () => {
    const { diagnostics } = parseXml(
      '<document xmlns="urn:vanban:document:1"><kind>cong-van-moi</kind><number>x</number></document>',
    );
    expect(diagnostics.map((d) => d.id)).toEqual(expect.arrayContaining(['xml/not-a-number', 'xml/invalid']));
    expect(diagnostics.filter((d) => d.id === 'xml/invalid').map((d) => d.path)).toEqual(
      expect.arrayContaining(['kind', 'issuer']),
    );
  });
});

describe('schemas/vanban.xsd', () => {
  // CI installs libxml2-utils (.ci/run): there a missing xmllint fails the test instead of skipping it.
  const onCi = !['', '0', 'false'].includes(process.env['CI'] ?? '');
  const mustValidate = hasXmllint || onCi;
  const validate = (files: readonly string[]) =>
    spawnSync('xmllint', ['--noout', '--schema', xsdPath.pathname, ...files], { encoding: 'utf8' });

  it('is current with the model (run `npx tsx scripts/generate-xsd.ts` after changing it)', () => {
    expect(readFileSync(xsdPath, 'utf8')).toBe(vanbanXsd());
  });

  it("types the model's dates as xs:date and its moments as xs:dateTime, keeping the model's lexical form", () => {
    const xsd = vanbanXsd();
    expect(xsd).toContain(
      '<xs:simpleType name="IsoDate">\n    <xs:restriction base="xs:date">\n      <xs:pattern value="\\d{4}-\\d{2}-\\d{2}"/>',
    );
    expect(xsd).toContain('<xs:simpleType name="IsoDateTime">\n    <xs:restriction base="xs:dateTime">');
    for (const field of ['date', 'dueDate', 'promulgationDate'])
      expect(xsd).toMatch(new RegExp(`<xs:element name="${field}" type="v:IsoDate" minOccurs="0"/>`));
    expect(xsd).toContain('<xs:element name="signedAt" type="v:IsoDateTime" minOccurs="0"/>');
    expect(xsd).not.toMatch(/<xs:restriction base="xs:string">\s*<xs:pattern value="\\d\{4\}-\\d\{2\}-\\d\{2\}"\/>/);
  });

  it.skipIf(!mustValidate)('validates toXml output of every kind with xmllint, and refuses a broken one', () => {
    expect(hasXmllint, 'xmllint (Debian libxml2-utils) is required where CI is set').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-xsd-'));
    const kinds = DOCUMENT_KINDS as readonly DocumentKind[];
    const files: string[] = [];
    for (const kind of kinds) {
      const [document] = fc.sample(
        documentArbitrary({ kinds: [kind], printable: false, allKinds: true, everyField: true }),
        { numRuns: 1, seed: kinds.indexOf(kind) + 1 },
      );
      const file = join(dir, `${kind}.xml`);
      writeFileSync(file, toXml(document!));
      files.push(file);
    }
    writeFileSync(join(dir, 'seed.xml'), toXml(seed));
    files.push(join(dir, 'seed.xml'));
    const out = execFileSync('xmllint', ['--noout', '--schema', xsdPath.pathname, ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, toXml(seed).replace('<kind>cong-van</kind>', '<kind>cong-van-moi</kind>'));
    expect(spawnSync('xmllint', ['--noout', '--schema', xsdPath.pathname, broken]).status).not.toBe(0);
  });

  it.skipIf(!mustValidate)(
    'validates toXml output with hostile strings, and of documents built by hand with control characters, with xmllint',
    () => {
      // Found by issue 17: "PCDATA invalid Char value 11" for a subject holding U+000B.
      expect(hasXmllint, 'xmllint (Debian libxml2-utils) is required where CI is set').toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'vanban-xsd-rich-'));
      const generated = fc.sample(
        documentArbitrary({ printable: false, allKinds: true, everyField: true, strings: 'xml' }),
        { numRuns: 200, seed: 17 },
      );
      const controls = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join('');
      const built = DocumentSchema.parse({
        kind: 'cong-van',
        issuer: { name: `BỘ${controls}NỘI VỤ\ud800\ufffe\uffff` },
        subject: 'a\u000bb\u2028c',
        recipients: ['\udc00x'],
      });
      const files = [...generated, built].map((document, i) => {
        const file = join(dir, `${i}.xml`);
        writeFileSync(file, toXml(document));
        return file;
      });
      const out = spawnSync('xmllint', ['--noout', '--schema', xsdPath.pathname, ...files], { encoding: 'utf8' });
      expect(out.stderr.split('\n').filter((l) => l !== '' && !l.endsWith(' validates'))).toEqual([]);
      expect(out.status).toBe(0);
    },
  );

  it.skipIf(!mustValidate)('refuses days and moments that do not exist, as the model does', () => {
    expect(hasXmllint, 'xmllint (Debian libxml2-utils) is required where CI is set').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-xsd-dates-'));
    const signed = createDocument({
      ...seed,
      signatures: [{ ...seed.signatures[0]!, signedAt: '2024-04-09T09:30:00+07:00' }],
      exchange: {
        dueDate: '2024-02-29',
        responseFor: [{ organId: '000.00.00.H55', code: '1/UBND', promulgationDate: '2024-01-31' }],
      },
    });
    const good = toXml(signed);
    const cases: Record<string, string> = {
      good,
      'date-feb-30': good.replace('<date>2024-04-09</date>', '<date>2024-02-30</date>'),
      'date-apr-31': good.replace('<date>2024-04-09</date>', '<date>2024-04-31</date>'),
      'due-2023-02-29': good.replace('<dueDate>2024-02-29</dueDate>', '<dueDate>2023-02-29</dueDate>'),
      'promulgation-13th-month': good.replace(
        '<promulgationDate>2024-01-31</promulgationDate>',
        '<promulgationDate>2024-13-01</promulgationDate>',
      ),
      'date-with-zone': good.replace('<date>2024-04-09</date>', '<date>2024-04-09+07:00</date>'),
      'signed-feb-30': good.replace(
        '<signedAt>2024-04-09T09:30:00+07:00</signedAt>',
        '<signedAt>2024-02-30T09:30:00+07:00</signedAt>',
      ),
      'signed-no-offset': good.replace(
        '<signedAt>2024-04-09T09:30:00+07:00</signedAt>',
        '<signedAt>2024-04-09T09:30:00</signedAt>',
      ),
    };
    const results = Object.entries(cases).map(([name, xml]) => {
      const file = join(dir, `${name}.xml`);
      writeFileSync(file, xml);
      return [name, validate([file]).status === 0, parseXml(xml).diagnostics.some((d) => d.id === 'xml/invalid')];
    });
    // [name, valid against the XSD, refused by the model]: the two always disagree.
    expect(results).toEqual([
      ['good', true, false],
      ['date-feb-30', false, true],
      ['date-apr-31', false, true],
      ['due-2023-02-29', false, true],
      ['promulgation-13th-month', false, true],
      ['date-with-zone', false, true],
      ['signed-feb-30', false, true],
      ['signed-no-offset', false, true],
    ]);
  });

  it.skipIf(mustValidate)('needs xmllint (apt libxml2-utils) to validate against the XSD', () => {
    console.warn('xmllint is missing: the XSD validation tests were skipped (they fail instead where CI is set)');
  });
});
