// Every input format told by content, every command and every report format, on the BUILT CLI.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDocument, type DocumentInput, toDocx } from '../../src/index.js';
import { corpusPath, specPath } from '../support/corpus.js';

const CLI = join(__dirname, '../../dist/cli.js');
const SEED = join(__dirname, '../../examples/data/cong-van-1719.txt');
const SEED_JSON = join(__dirname, '../../examples/data/cong-van-1719.json');
const DOCX = corpusPath('055-nghidinh-chinhphu-nd30.docx');
// A công văn with findings (the line under the issuer): a DOCX gives them by model path and paragraph.
const FINDINGS_DOCX = join(__dirname, '../fixtures/docx/cong-van-cuc-thue.docx');
const SEED_DOCUMENT = createDocument(
  JSON.parse(readFileSync(new URL('../../examples/data/cong-van-1719.json', import.meta.url), 'utf8')) as DocumentInput,
);
const EDXML = specPath('edxml-samples/edoc_new_example.edxml');
const STATUS = specPath('edxml-samples/status_03_example.edxml');
const NOT_DOCUMENTS = join(__dirname, 'fixtures/not-documents');
const PNG = specPath('images/mau-1.5-cong-van.png');

function vanban(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vanban-cli-'));
}

/** Our XML of the seed, written by the CLI itself, under a name that says nothing. */
function seedXml(dir: string): string {
  const file = join(dir, 'seed.data');
  expect(vanban('render', SEED, '--to', 'xml', '-o', file).code).toBe(0);
  return file;
}

describe('inputs told by content', () => {
  it('parse --summary reads text, DOCX, edXML and our XML, whatever the file is called', () => {
    const dir = scratch();
    const docxCopy = join(dir, 'nd30.bin');
    copyFileSync(DOCX, docxCopy);
    const { code, stdout } = vanban('parse', '--summary', SEED, docxCopy, EDXML, seedXml(dir));
    expect(code).toBe(0);
    expect(stdout).toContain('(text)');
    expect(stdout).toContain(`${docxCopy} (docx)`);
    expect(stdout).toContain('Số: 30/2020/NĐ-CP');
    expect(stdout).toContain(`${EDXML} (edxml)`);
    expect(stdout).toContain('Số: 125/STTTT-CNTT');
    expect(stdout).toMatch(/seed\.data \(xml\)\n {2}kind: {6}cong-van\n {2}Số: 1719\/UBND-KGVX/);
    expect(stdout).toContain('signers:   PHÓ CHỦ TỊCH Trần Hoàng Tuấn');
  });

  it('parse --summary lists what the reader noticed, with its place, in the chosen language', () => {
    // The seed prints "33/CD-TTg" twice: the reader reads CĐ and says so.
    const en = vanban('parse', '--summary', '--locale', 'en', SEED).stdout;
    expect(en).toContain(
      'reader diagnostics: 2\n    info    text/ocr-type-code (10:5)  OCR confusion "CD" read as "CĐ" in a notation\n',
    );
    expect(vanban('parse', '--summary', SEED).stdout).toMatch(/text\/ocr-type-code \(28:1\) {2}\S/);
  });

  it('a status package is read by parse and refused by validate as holding no document', () => {
    const parsed = vanban('parse', STATUS);
    expect(parsed.code).toBe(0);
    expect(JSON.parse(parsed.stdout).status.code).toBe('03');
    const validated = vanban('validate', STATUS);
    expect(validated.code).toBe(2);
    expect(validated.stderr).toMatch(/status package/);
  });

  it('a TCVN3 legacy text file is decoded (Latin-1 bytes, not UTF-8)', () => {
    const dir = scratch();
    const file = join(dir, 'legacy.txt');
    // "Céng hoµ" style: the seed's letters mapped to TCVN3 code points, saved one byte each.
    const tcvn3 = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { encodeTcvn3 } from '${join(__dirname, '../../dist/index.js')}'; process.stdout.write(encodeTcvn3(${JSON.stringify(readFileSync(SEED, 'utf8'))}))`,
      ],
      { encoding: 'utf8' },
    ).stdout;
    writeFileSync(file, Buffer.from(tcvn3, 'latin1'));
    const { code, stdout } = vanban('parse', '--summary', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Số: 1719\/UBND-KGVX/);
  });

  it('render converts between formats: DOCX and edXML to text, JSON model to our XML and back', () => {
    const dir = scratch();
    expect(vanban('render', DOCX, '--to', 'text', '-o', join(dir, 'nd30.txt')).code).toBe(0);
    expect(readFileSync(join(dir, 'nd30.txt'), 'utf8')).toMatch(/Số: 30\/2020\/NĐ-CP/);
    const fromEdxml = vanban('render', EDXML, '--to', 'json');
    expect(JSON.parse(fromEdxml.stdout).number).toBe(125);
    expect(vanban('render', SEED, '--to', 'json', '-o', join(dir, 'seed.json')).code).toBe(0);
    expect(vanban('render', join(dir, 'seed.json'), '--to', 'xml', '-o', join(dir, 'seed.xml')).code).toBe(0);
    const back = vanban('render', join(dir, 'seed.xml'), '--to', 'json');
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8')));
  });
});

describe('files that are not documents: unusable input (exit 2) naming what they are', () => {
  /** The file under a name that says nothing, so only its bytes can tell. */
  function anonymous(bytes: Uint8Array): string {
    const file = join(scratch(), 'incoming');
    writeFileSync(file, bytes);
    return file;
  }

  const cases: [what: string, bytes: () => Uint8Array, message: RegExp][] = [
    ['a PNG scan', () => readFileSync(PNG), /a PNG image/],
    // JPEG and GIF are told by their first bytes only: a JFIF header and a 1×1 GIF89a.
    [
      'a JPEG scan',
      () => Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb0043000806060706', 'hex'),
      /a JPEG image/,
    ],
    [
      'a GIF',
      () => Buffer.from('474946383961010001008000000000ffffff21f90401000000002c00000000010001000002024401003b', 'hex'),
      /a GIF image/,
    ],
    [
      'random binary',
      () => Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)),
      /a binary file \(NUL bytes/,
    ],
    [
      'a legacy Word 97–2003 .doc (LibreOffice)',
      () => readFileSync(join(NOT_DOCUMENTS, 'cong-van-vpcp.doc')),
      /a legacy Word 97–2003 file \(\.doc\).*save it as \.docx/,
    ],
    [
      'an OpenDocument .odt (LibreOffice)',
      () => readFileSync(join(NOT_DOCUMENTS, 'cong-van-vpcp.odt')),
      /an OpenDocument text \(\.odt\).*save it as \.docx/,
    ],
    [
      'a zip without word/document.xml',
      () => zipSync({ 'cong-van.txt': readFileSync(SEED) }),
      /a zip archive without word\/document\.xml/,
    ],
    ['an empty file', () => new Uint8Array(0), /an empty file/],
  ];

  it.each(cases)('%s', (_, bytes, message) => {
    const file = anonymous(bytes());
    for (const command of [['validate'], ['parse'], ['render', '--to', 'xml']]) {
      const { code, stdout, stderr } = vanban(...command, file);
      expect(code, command[0]).toBe(2);
      expect(stderr).toMatch(new RegExp(`${file}: unusable input: ${message.source}`));
      // Not read as text: no rule ran on it.
      expect(stdout).not.toMatch(/nd30\//);
    }
  });

  it('a password-protected DOCX (an OLE file holding an EncryptedPackage stream) is told apart from a .doc', () => {
    // The OLE signature, then a directory entry name in UTF-16 as Office writes it.
    const ole = Buffer.concat([
      Buffer.from('d0cf11e0a1b11ae1', 'hex'),
      Buffer.alloc(504),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(64),
    ]);
    const { code, stderr } = vanban('validate', anonymous(ole));
    expect(code).toBe(2);
    expect(stderr).toMatch(/a password-protected Office file: remove the password/);
  });

  it('in a folder: the documents are checked, a PDF among them as well, the PNG said to be none, exit 2', () => {
    const dir = scratch();
    copyFileSync(SEED, join(dir, 'a-cong-van.txt'));
    copyFileSync(join(NOT_DOCUMENTS, 'cong-van-vpcp.pdf'), join(dir, 'b-cong-van.pdf'));
    copyFileSync(PNG, join(dir, 'c-scan.png'));
    const { code, stdout, stderr } = vanban('validate', '--format', 'json', dir);
    expect(code).toBe(2);
    const [letter, pdf, png] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(letter).toMatchObject({ format: 'text', errors: 0 });
    expect(pdf).toMatchObject({ format: 'pdf' });
    expect(pdf.unusable).toBeUndefined();
    expect(png.unusable).toMatch(/^a PNG image/);
    expect(stderr).toMatch(/c-scan\.png: unusable input: a PNG image/);
  });

  it('a UTF-16 text file with its byte order mark (NUL bytes as half its letters) is still text', () => {
    const file = anonymous(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED, 'utf8'), 'utf16le')]),
    );
    const { code, stdout } = vanban('parse', '--summary', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(text\)\n {2}kind: {6}cong-van\n {2}Số: 1719\/UBND-KGVX/);
  });
});

describe('validate report formats', () => {
  it('stylish in English with --locale en, Vietnamese by default', () => {
    const en = vanban('validate', '--locale', 'en', SEED);
    expect(en.stdout).toMatch(/^ {2}10:1 +warning +Citing "Công điện số 33\/CD".* {2}nd30\/pl1\/trich-dan-ky-hieu$/m);
    expect(en.stdout).toContain('✖ 2 problem(s) (0 error(s), 2 warning(s)) — 1 file(s)');
    expect(vanban('validate', SEED).stdout).toContain('✖ 2 vấn đề (0 lỗi, 2 cảnh báo) — 1 tệp');
    expect(vanban('validate', '--locale', 'fr', SEED).code).toBe(2);
  });

  it('shows each file’s verdict: ✔ only for a compliant one, a word and the reason for the others', async () => {
    const dir = scratch();
    // The seed with its one slip corrected ("CĐ", not "CD"), written as a DOCX: compliant with its layout.
    const clean = join(dir, 'clean.docx');
    const json = readFileSync(SEED_JSON, 'utf8').replaceAll('CD-TTg', 'CĐ-TTg');
    writeFileSync(clean, await toDocx(createDocument(JSON.parse(json) as DocumentInput)));
    const run = vanban('validate', '--locale', 'en', clean, SEED_JSON, DOCX, SEED);
    // Nothing wrong was found in three files, warnings only in the fourth: exit 0, the verdicts say the rest.
    expect(run.code).toBe(0);
    const headings = run.stdout
      .split('\n')
      .filter((l) => l.startsWith(dir) || l.startsWith('/') || l.startsWith('examples'));
    expect(headings).toEqual([
      `${clean}  ✔ compliant`,
      `${SEED_JSON}  – incomplete: No layout facts (fonts, sizes, margins): the layout rules were not evaluated`,
      `${DOCX}  – not judged: A legal normative document (QPPL): its form follows Decree 154/2020, not Decree 30`,
      `${SEED}  ✖ non-compliant: No layout facts (fonts, sizes, margins): the layout rules were not evaluated`,
    ]);
    expect(run.stdout).toContain('— 4 file(s): 1 compliant, 1 non-compliant, 1 incomplete, 1 not judged');
    expect(run.stdout).not.toMatch(/^✔/m);
    expect(vanban('validate', '--locale', 'en', clean).stdout).toMatch(
      /^✔ 0 problem\(s\) .* 1 file\(s\): 1 compliant$/m,
    );
    // json carries the verdict, its reasons and every diagnostic; sarif the verdict of each artifact.
    const lines = vanban('validate', '--format', 'json', clean, DOCX)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { verdict: string; reasons?: { en: string }[] });
    expect(lines.map((l) => l.verdict)).toEqual(['compliant', 'not-judged']);
    expect(lines[1]!.reasons?.[0]?.en).toMatch(/^A legal normative document/);
    const sarif = JSON.parse(vanban('validate', '--format', 'sarif', clean, SEED_JSON).stdout);
    expect(sarif.runs[0].artifacts.map((a: { properties: { verdict: string } }) => a.properties.verdict)).toEqual([
      'compliant',
      'incomplete',
    ]);
    // github: a file not fully judged is said once, as a notice.
    expect(vanban('validate', '--format', 'github', SEED_JSON).stdout).toMatch(
      /^::notice file=.*,title=incomplete::– /m,
    );
  });

  it('json: one line per file, in input order', () => {
    const dir = scratch();
    const { stdout } = vanban('validate', '--format', 'json', SEED, DOCX, EDXML, seedXml(dir));
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.format)).toEqual(['text', 'docx', 'edxml', 'xml']);
    expect(lines[0].diagnostics[0]).toMatchObject({ id: 'nd30/pl1/trich-dan-ky-hieu', line: 10, column: 1 });
  });

  it('github: workflow annotations with file, line, col and the rule as title', () => {
    const { stdout } = vanban('validate', '--format', 'github', SEED);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stdout).toMatch(
      new RegExp(
        `^::warning file=${SEED},line=10,col=1,title=nd30/pl1/trich-dan-ky-hieu::Dẫn "Công điện số 33/CD"`,
        'm',
      ),
    );
  });

  it('sarif: 2.1.0 with the rule metadata and results located by range or by model path', () => {
    const { code, stdout } = vanban('validate', '--format', 'sarif', SEED, FINDINGS_DOCX);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'nd30/pl1/trich-dan-ky-hieu');
    expect(rule).toMatchObject({
      name: 'trich-dan-ky-hieu',
      helpUri: 'https://unpkg.com/vanban@0.1.0/docs/rules/nd30/pl1/trich-dan-ky-hieu.md',
    });
    expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    const fromText = run.results.find(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri === SEED,
    );
    expect(fromText.locations[0].physicalLocation.region).toMatchObject({ startLine: 10, startColumn: 1 });
    expect(run.tool.driver.rules[fromText.ruleIndex].id).toBe(fromText.ruleId);
    // A DOCX gives no line ranges: the model path (and the paragraph) is the location.
    const fromDocx = run.results.filter(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; ruleId: string }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri === FINDINGS_DOCX && r.ruleId.startsWith('nd30/'),
    );
    expect(fromDocx.length).toBeGreaterThan(0);
    for (const result of fromDocx) {
      expect(result.locations[0].physicalLocation.region).toBeUndefined();
      expect(result.locations[0].logicalLocations[0].fullyQualifiedName.length).toBeGreaterThan(0);
    }
  });

  it('sarif output validates against the SARIF 2.1.0 JSON schema (OASIS), formats included', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({
      strict: false,
      // The published schema has an `anyOf` misplaced under region.properties: it
      // does not pass the meta-schema, so it is compiled without that check.
      validateSchema: false,
      // The schema's language pattern opens with the inline flag (?i), which JavaScript spells as the i flag.
      code: {
        regExp: Object.assign(
          (pattern: string, flags: string) =>
            pattern.includes('(?i)')
              ? new RegExp(pattern.replace('(?i)', ''), `${flags}i`)
              : new RegExp(pattern, flags),
          { code: 'new RegExp' },
        ),
      },
    });
    // ajv-formats is not installed: the three formats the schema uses, checked by the URL parser.
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///') && !/\s/.test(value));
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
    const validateSarif = ajv.compile(schema);
    const { stdout } = vanban('validate', '--format', 'sarif', SEED, EDXML, DOCX, '/nonexistent/letter.txt');
    const log = JSON.parse(stdout);
    expect(log.runs[0].results.length).toBeGreaterThan(3);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    // The schema does reject what it should: a result without a message.
    delete log.runs[0].results[0].message;
    expect(validateSarif(log)).toBe(false);
  });

  it('an unknown --format is a bad argument (exit 2)', () => {
    expect(vanban('validate', '--format', 'xml', SEED).code).toBe(2);
  });
});

describe('validate --fix', () => {
  it('writes the safe text fix back to a copy of the seed; a second run no longer reports it', () => {
    const dir = scratch();
    const file = join(dir, 'letter.txt');
    const original = readFileSync(SEED, 'utf8');
    writeFileSync(file, original.replace('Quảng Ngãi, ngày', 'Quảng Ngãi ngày'));
    const before = vanban('validate', '--locale', 'en', file);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('nd30/pl1/dia-danh');
    const fixed = vanban('validate', '--fix', '--locale', 'en', file);
    expect(fixed.stdout).toContain('fixed: nd30/pl1/dia-danh');
    expect(fixed.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
    const after = vanban('validate', '--format', 'json', file);
    expect(JSON.parse(after.stdout).diagnostics.some((d: { id: string }) => d.id === 'nd30/pl1/dia-danh')).toBe(false);
  });

  it('applies the safe model fix to a JSON model and writes the JSON back (TT01 copy code TS → TrS)', () => {
    const dir = scratch();
    const file = join(dir, 'copy.json');
    const model = JSON.parse(readFileSync(SEED_JSON, 'utf8'));
    model.copy = {
      form: 'trich-sao',
      issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' },
      number: 5,
      notation: 'TS-VP',
      place: 'Quảng Ngãi',
      date: '2024-04-10',
      signature: { authority: [{ prefix: 'TL', of: 'CHỦ TỊCH' }], title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn An' },
      archive: ['VT'],
    };
    writeFileSync(file, JSON.stringify(model));
    const before = vanban('validate', '--locale', 'en', file);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/copy\.notation +error .* nd30\/pl1\/ban-sao/);
    const fixed = vanban('validate', '--fix', '--locale', 'en', file);
    expect(fixed.stdout).toContain('fixed: nd30/pl1/ban-sao');
    expect(fixed.code).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.copy.notation).toBe('TrS-VP');
    expect({ ...written, copy: undefined }).toEqual({
      ...JSON.parse(vanban('parse', SEED_JSON).stdout),
      copy: undefined,
    });
    expect(vanban('validate', '--format', 'json', file).stdout).not.toContain('nd30/pl1/ban-sao');
  });

  it('applies every safe fix of a real letter in passes, overlapping ones included (corpus 033)', () => {
    const file = join(scratch(), '033.txt');
    copyFileSync(corpusPath('033-congvan-bo-ldtbxh-2015.txt'), file);
    const fixed = vanban('validate', '--fix', '--format', 'json', file);
    // "Hà Nội , ngày 22 tháng 07": the comma and the month fix the same line, one pass after the other.
    expect(new Set(JSON.parse(fixed.stdout).fixed.applied)).toEqual(
      new Set(['nd30/pl1/dia-danh', 'nd30/pl1/ngay-thang', 'nd30/pl1/luu']),
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Hà Nội, ngày 22 tháng 7 năm 2015');
    expect(text).toContain('- Lưu: VT, NCC.');
    // A 2015 letter is judged by the rules Thông tư 01/2011 shares with Decree 30: once they are
    // fixed nothing remains ("Như trên" first in Nơi nhận is a Decree 30 rule), whatever the reader set aside.
    expect(
      JSON.parse(vanban('validate', '--format', 'json', file).stdout).diagnostics.filter((d: { id: string }) =>
        d.id.startsWith('nd30/'),
      ),
    ).toEqual([]);
  });

  /** The seed letter as the DOCX writer lays it out, with three defects typed into its runs. */
  async function defectiveLetter(extra: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
    const entries = unzipSync(await toDocx(SEED_DOCUMENT));
    entries['word/document.xml'] = strToU8(
      strFromU8(entries['word/document.xml']!)
        .replace('ngày 09 tháng 4', 'ngày 9 tháng 04')
        .replace('>Nơi nhận:<', '>Nơi nhận<')
        .replace('>KT. CHỦ TỊCH<', '>KT CHỦ TỊCH<'),
    );
    return zipSync({ ...entries, ...extra });
  }

  it('writes the safe fixes into a DOCX (its runs, nothing else); a second run no longer reports them', async () => {
    const file = join(scratch(), 'letter.docx');
    writeFileSync(file, await defectiveLetter());
    const first = vanban('validate', '--fix', '--format', 'json', file);
    const report = JSON.parse(first.stdout);
    expect(new Set(report.fixed.applied)).toEqual(
      new Set(['nd30/pl1/ngay-thang', 'nd30/pl1/noi-nhan', 'nd30/pl1/tien-to-tham-quyen']),
    );
    expect(report.diagnostics).toEqual([]);
    expect(first.code).toBe(0);
    expect(vanban('validate', '--format', 'json', file).stdout).toContain('"diagnostics":[]');
    expect(JSON.parse(vanban('parse', file).stdout)).toEqual(SEED_DOCUMENT);
  });

  it('places a DOCX finding by its paragraph (¶n), in stylish, github and sarif', async () => {
    const file = join(scratch(), 'letter.docx');
    writeFileSync(file, await defectiveLetter());
    const stylish = vanban('validate', '--locale', 'en', file).stdout;
    // The date sits in the header table's right column, read after the left column.
    const dateLine = stylish.split('\n').find((l) => l.includes('nd30/pl1/ngay-thang'))!;
    expect(dateLine).toMatch(/^ {2}¶\d+ +error/);
    const paragraph = Number(/¶(\d+)/.exec(dateLine)![1]);
    expect(vanban('validate', '--format', 'github', file).stdout).toContain(`(¶${paragraph}, placeDateLine)`);
    const sarif = JSON.parse(vanban('validate', '--format', 'sarif', file).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'nd30/pl1/ngay-thang');
    expect(result.locations[0].properties).toEqual({ paragraph });
    expect(result.locations[0].physicalLocation.region).toBeUndefined();
  });

  it('leaves a digitally signed DOCX unchanged and says why', async () => {
    const file = join(scratch(), 'signed.docx');
    writeFileSync(file, await defectiveLetter({ '_xmlsignatures/sig1.xml': strToU8('<Signature/>') }));
    const before = readFileSync(file);
    const { stdout, code } = vanban('validate', '--fix', '--locale', 'en', file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(stdout).toMatch(/not fixed: --fix leaves a digitally signed DOCX unchanged/);
    expect(code).toBe(1);
  });
});
