// Runs the BUILT command (dist/cli.js) as a user would: build first with `npx tsup`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { a4Section, buildDocx, para } from '../readers/docx/build-docx.js';

const CLI = join(__dirname, '../../dist/cli.js');
const SEED = join(__dirname, '../../examples/data/cong-van-1719.txt');
const SEED_JSON = join(__dirname, '../../examples/data/cong-van-1719.json');

function vanban(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('vanban (built CLI)', () => {
  it('validate shows what the DOCX reader found (tracked changes, macros) with the rules’ findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    const file = join(dir, 'draft.docx');
    const body =
      para(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI']) +
      para(['Số: 12/UBND-KGVX']) +
      '<w:p><w:r><w:t>Nội dung </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>đã sửa</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p>' +
      a4Section();
    writeFileSync(file, buildDocx({ body, extra: { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) } }));
    const json = vanban('validate', file, '--format', 'json');
    const ids = JSON.parse(json.stdout).diagnostics.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['docx/tracked-changes', 'docx/macros']));
    const stylish = vanban('validate', file, '--locale', 'en');
    expect(stylish.stdout).toMatch(
      /warning\s+The document has 1 insertions and 1 deletions not accepted.*docx\/tracked-changes/,
    );
  });

  it('parse reads the seed letter as text and prints the model', () => {
    const { code, stdout } = vanban('parse', SEED);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.number).toBe(1719);
    expect(document.issuer.name).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI');
  });

  it('parse tells a JSON model by its content, whatever the extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    const file = join(dir, 'letter.txt');
    writeFileSync(file, readFileSync(SEED_JSON));
    const { code, stdout } = vanban('parse', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).kind).toBe('cong-van');
  });

  it('parse on several files prints JSON Lines: one { file, format, document } per file, in input order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    const json = join(dir, 'letter.json');
    writeFileSync(json, readFileSync(SEED_JSON));
    const { code, stdout, stderr } = vanban('parse', SEED, '/nonexistent/letter.txt', json);
    // The missing file is said on stderr and leaves no line; the others keep their names.
    expect(code).toBe(2);
    expect(stderr).toMatch(/\/nonexistent\/letter\.txt: unusable input/);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map(({ file, format }) => [file, format])).toEqual([
      [SEED, 'text'],
      [json, 'json'],
    ]);
    expect(lines.map(({ document }) => document.number)).toEqual([1719, 1719]);
  });

  it('--help, -h and vanban help print the usage on stdout and exit 0; a usage error exits 2', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['validate', '--help'], ['parse', '-h']]) {
      const { code, stdout } = vanban(...args);
      expect(code, args.join(' ')).toBe(0);
      expect(stdout).toMatch(/^Usage:\n {2}vanban parse/);
    }
    const none = vanban();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage:/);
    expect(vanban('validate').code).toBe(2);
  });

  it('validate exits 0 on the seed (warnings only) and reports them as JSON', () => {
    const { code, stdout } = vanban('validate', '--format', 'json', SEED);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.diagnostics.some((d: { id: string }) => d.id === 'nd30/pl1/trich-dan-ky-hieu')).toBe(true);
  });

  it('validate exits 1 when a rule error is found (the Số line removed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    const file = join(dir, 'no-number.txt');
    writeFileSync(
      file,
      readFileSync(SEED, 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('Số'))
        .join('\n'),
    );
    const { code, stdout } = vanban('validate', file);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✖ \d+ vấn đề \(\d+ lỗi/);
  });

  it('prints its version with --version (exit 0)', () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    expect(vanban('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(vanban('-v').stdout).toBe(`${version}\n`);
  });

  it('runs an agency’s own rules from --rules modules with the Decree 30 rules, in every worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-rules-'));
    // A house rule: the subject of a công văn of this committee names no more than 20 words.
    writeFileSync(
      join(dir, 'house.mjs'),
      `export default [{
      meta: { id: 'ubnd-qng/trich-yeu-ngan', title: { vi: 'Trích yếu ngắn', en: 'Short subject' }, description: { vi: '…', en: '…' },
        legal: 'Quy chế văn thư của cơ quan', severity: 'warning', kinds: ['cong-van'], needsLayout: false, fixSafety: 'never', examples: { valid: [], invalid: [] } },
      check(ctx) {
        const words = (ctx.document.subject ?? '').split(' ').length;
        if (words > 20) ctx.report({ path: 'subject', message: { vi: 'Trích yếu quá 20 từ', en: 'The subject has more than 20 words' }, actual: String(words), expected: '≤ 20' });
      },
    }];\n`,
    );
    const folder = mkdtempSync(join(tmpdir(), 'vanban-rules-mail-'));
    for (let i = 0; i < 12; i++) writeFileSync(join(folder, `letter-${i}.txt`), readFileSync(SEED));
    const run = vanban('validate', '--format', 'json', '--jobs', '2', '--rules', join(dir, 'house.mjs'), folder);
    const reports = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reports).toHaveLength(12);
    for (const r of reports)
      expect(r.diagnostics.map((d: { id: string }) => d.id)).toContain('ubnd-qng/trich-yeu-ngan');
    // Its id takes --rule settings like the built-in ones.
    expect(
      vanban(
        'validate',
        '--format',
        'json',
        '--rules',
        join(dir, 'house.mjs'),
        '--rule',
        'ubnd-qng/trich-yeu-ngan=off',
        SEED,
      ).stdout,
    ).not.toContain('ubnd-qng/');
    // A module that exports no rules, or none at all, is a bad argument.
    writeFileSync(join(dir, 'empty.mjs'), 'export const x = 1;\n');
    expect(vanban('validate', '--rules', join(dir, 'empty.mjs'), SEED)).toMatchObject({ code: 2 });
    expect(vanban('validate', '--rules', join(dir, 'missing.mjs'), SEED).code).toBe(2);
  });

  it('exits 2 on a bad command, an unknown option or a missing file', () => {
    expect(vanban('bogus', SEED).code).toBe(2);
    expect(vanban('validate', '--nope', SEED).code).toBe(2);
    const missing = vanban('validate', '/nonexistent/file.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/unusable input/);
  });

  it('render writes our XML and the edXML package of the seed text into -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    expect(vanban('render', SEED, '--to', 'xml', '-o', join(dir, 'a.xml')).code).toBe(0);
    expect(readFileSync(join(dir, 'a.xml'), 'utf8')).toContain('<document xmlns="urn:vanban:document:1">');
    const edxml = vanban(
      'render',
      SEED,
      '--to',
      'edxml',
      '--from',
      '000.00.00.H49',
      '--receiver',
      '000.00.00.G22=Sở Y tế',
      '-o',
      join(dir, 'a.edxml'),
    );
    expect(edxml.code).toBe(0);
    const written = readFileSync(join(dir, 'a.edxml'), 'utf8');
    expect(written).toContain('<edXML:OrganId>000.00.00.H49</edXML:OrganId>');
    expect(written).toContain('000.00.00.G22');
  });

  it('render refuses an edXML without a sender code (exit 2)', () => {
    const noSender = vanban('render', SEED, '--to', 'edxml');
    expect(noSender.code).toBe(2);
    expect(noSender.stderr).toMatch(/mã định danh/);
  });

  it('render --to docx writes a Word file that parse reads back to the same letter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    const file = join(dir, 'letter.docx');
    expect(vanban('render', SEED, '--to', 'docx', '-o', file).code).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const fromText = JSON.parse(vanban('parse', SEED).stdout);
    const fromDocx = JSON.parse(vanban('parse', file).stdout);
    expect(fromDocx).toEqual(fromText);
    expect(vanban('validate', file).code).toBe(0);
  });

  it('--rule raises, silences and refuses rules; --preset must be known', () => {
    const rule = 'nd30/pl1/trich-dan-ky-hieu';
    const raised = vanban('validate', '--rule', `${rule}=error`, SEED);
    expect(raised.code).toBe(1);
    expect(raised.stdout).toMatch(new RegExp(`error .*${rule}`));
    const silenced = vanban('validate', '--format', 'json', '--rule', `${rule}=off`, SEED);
    expect(silenced.code).toBe(0);
    expect(JSON.parse(silenced.stdout).diagnostics.some((d: { id: string }) => d.id === rule)).toBe(false);
    expect(vanban('validate', '--rule', 'no/such-rule=error', SEED).code).toBe(2);
    expect(vanban('validate', '--preset', 'bogus', SEED).code).toBe(2);
  });
});
