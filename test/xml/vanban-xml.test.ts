import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, ND30_KIND_SLUGS, type DocumentKind } from '../../src/index.js';
import { parseXml } from '../../src/readers/xml/index.js';
import { toXml, vanbanXsd } from '../../src/writers/xml/index.js';
import { documentArbitrary } from '../support/arbitraries.js';

const seed = createDocument(JSON.parse(readFileSync(new URL('../../examples/data/cong-van-1719.json', import.meta.url), 'utf8')));
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

  it('gives back every field of generated documents of every kind (exchange, images, tables included)', () => {
    fc.assert(
      fc.property(documentArbitrary({ printable: false }), (document) => {
        const { document: back, diagnostics } = parseXml(toXml(document));
        expect(diagnostics).toEqual([]);
        expect(back).toEqual(document);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps text that XML would otherwise normalise (CR, markup characters, empty cells)', () => {
    const document = createDocument({
      kind: 'bao-cao',
      issuer: { name: 'SỞ <A> & B' },
      body: [{ type: 'table', rows: [['a\r\nb', '', '  x  '], []] }, { type: 'article', number: '1' }],
    });
    expect(parseXml(toXml(document)).document).toEqual(document);
  });

  it('reads elements in any order and reports unknown ones', () => {
    const xml = '<document xmlns="urn:vanban:document:1"><issuer><name>BỘ NỘI VỤ</name></issuer><extra>1</extra><number>5</number><kind>quyet-dinh</kind></document>';
    const { document, diagnostics } = parseXml(xml);
    expect(document).toMatchObject({ kind: 'quyet-dinh', number: 5, issuer: { name: 'BỘ NỘI VỤ' }, body: [] });
    expect(diagnostics.map((d) => d.code)).toEqual(['xml/unknown-element']);
  });

  it('reports what breaks the model as errors instead of throwing', () => {
    const { diagnostics } = parseXml('<document xmlns="urn:vanban:document:1"><kind>cong-van-moi</kind><number>x</number></document>');
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['xml/not-a-number', 'xml/invalid']));
    expect(diagnostics.filter((d) => d.code === 'xml/invalid').map((d) => d.path)).toEqual(expect.arrayContaining(['kind', 'issuer']));
  });
});

describe('schemas/vanban.xsd', () => {
  it('is current with the model (run `npx tsx scripts/generate-xsd.ts` after changing it)', () => {
    expect(readFileSync(xsdPath, 'utf8')).toBe(vanbanXsd());
  });

  it.skipIf(!hasXmllint)('validates toXml output of every kind with xmllint, and refuses a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-xsd-'));
    const kinds = ND30_KIND_SLUGS as readonly DocumentKind[];
    const files: string[] = [];
    for (const kind of kinds) {
      const [document] = fc.sample(documentArbitrary({ kinds: [kind], printable: false }), { numRuns: 1, seed: kinds.indexOf(kind) + 1 });
      const file = join(dir, `${kind}.xml`);
      writeFileSync(file, toXml(document!));
      files.push(file);
    }
    writeFileSync(join(dir, 'seed.xml'), toXml(seed));
    files.push(join(dir, 'seed.xml'));
    const out = execFileSync('xmllint', ['--noout', '--schema', xsdPath.pathname, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, toXml(seed).replace('<kind>cong-van</kind>', '<kind>cong-van-moi</kind>'));
    expect(spawnSync('xmllint', ['--noout', '--schema', xsdPath.pathname, broken]).status).not.toBe(0);
  });

  it.skipIf(hasXmllint)('needs xmllint (apt libxml2-utils) to validate against the XSD', () => {
    console.warn('xmllint is missing: the XSD validation test was skipped');
  });
});
