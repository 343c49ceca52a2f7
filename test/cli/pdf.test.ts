// PDFs through the BUILT command (dist/cli.js): parse, validate (with --fix writing nothing), render
// from and to PDF with the fonts found or given, the worker pool on PDFs, and edXML packages judged
// with their attached PDF or DOCX.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument, type DocumentInput, parsePdf, toEdxml, type VanbanDocument } from '../../src/index.js';
import { corpusPath } from '../support/corpus.js';

const CLI = join(__dirname, '../../dist/cli.js');
const SEED = join(__dirname, '../../examples/data/cong-van-1719.txt');
const SEED_JSON = join(__dirname, '../../examples/data/cong-van-1719.json');
const PRINTED = join(__dirname, '../fixtures/pdf/libreoffice');
const SIGNED = corpusPath('057-congvan-ubnd-quangngai-507-signed.pdf');
const SCAN = corpusPath('060-scan-ubnd-quangngai-575-signed.pdf');
const LIBERATION2 = '/usr/share/fonts/truetype/liberation2';
const LIBERATION1 = '/usr/share/fonts/truetype/liberation';

function vanban(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, CI: '1', ...env },
    maxBuffer: 1 << 26,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    text: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
  };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'vanban-pdf-cli-'));
const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('reading PDFs', () => {
  it('parse --summary: the fields of the text layer and each digital signature as pdfsig shows them', () => {
    const { code, text } = vanban(['parse', '--summary', '--locale', 'en', SIGNED]);
    expect(code).toBe(0);
    expect(text).toMatch(/\(pdf\)\n {2}kind: {6}cong-van\n {2}Số: 507\/UBND-KGVX/u);
    expect(text).toMatch(
      /digital signatures: 5\n {4}Signature1 {2}Phùng Tô Long {2}2025-01-24T15:06:22\+07:00 {2}earlier-revision {2}verified/u,
    );
    expect(text).toMatch(/Signature5 {2}TRUNG TÂM CÔNG BÁO VÀ TIN HỌC .* whole-file {2}verified/u);
  });

  it('validate: findings placed by page, the signature rules judged, no finding on the signatures', () => {
    const { code, text } = vanban(['validate', '--format', 'json', SIGNED]);
    const [report] = jsonLines(text) as [
      { format: string; diagnostics: { id: string; page?: number; line?: number }[] },
    ];
    expect(report.format).toBe('pdf');
    expect(code).toBe(report.diagnostics.some((d) => (d as { severity?: string }).severity === 'error') ? 1 : 0);
    const placed = report.diagnostics.filter((d) => d.page !== undefined);
    expect(placed.length).toBeGreaterThan(0);
    // A PDF's places are pages: the reader's own line numbers mean nothing to a person.
    expect(report.diagnostics.every((d) => d.line === undefined)).toBe(true);
    expect(report.diagnostics.filter((d) => /ky-so|ten-nguoi-ky-so|thoi-gian-ky-so/.test(d.id))).toEqual([]);
    const stylish = vanban(['validate', '--locale', 'en', SIGNED]);
    expect(stylish.text).toMatch(/\n {2}p\.1 +(error|warning) /u);
  });

  it('validate --fix never writes into a PDF and says why', () => {
    const dir = scratch();
    const file = join(dir, 'signed.pdf');
    copyFileSync(SIGNED, file);
    const before = readFileSync(file);
    const { text } = vanban(['validate', '--fix', '--locale', 'en', file]);
    expect(text).toMatch(/not fixed: --fix never writes into a PDF: .*digitally signed.*break its signatures/u);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a scan: the reader’s diagnostics alone, no rule finding the parts of an unread page missing', () => {
    const { code, text } = vanban(['validate', '--format', 'json', SCAN]);
    expect(code).toBe(1);
    const [report] = jsonLines(text) as [{ verdict: string; diagnostics: { id: string; severity: string }[] }];
    expect(report.verdict).toBe('not-judged');
    expect(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.id)).toEqual([
      'pdf/no-text-layer',
      'pdf/signature-times-disagree',
    ]);
    const render = vanban(['render', SCAN, '--to', 'docx']);
    expect(render.code).toBe(2);
    expect(render.stderr).toMatch(
      /unusable input: no document could be read from this PDF: The PDF has no text layer/u,
    );
  });

  it('a damaged PDF is unusable input, said at once (the reader’s timer does not hold the process)', () => {
    const file = join(scratch(), 'broken.pdf');
    writeFileSync(file, '%PDF-1.7\nnot a pdf at all');
    // Under the default 60 s read budget: a run killed at 30 s has status null.
    const result = spawnSync(process.execPath, [CLI, 'parse', file], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken\.pdf: unusable input: Not a readable PDF/u);
  });

  it('render from a PDF to every format', () => {
    const dir = scratch();
    const pdf = join(PRINTED, 'seed-cong-van-1719.pdf');
    const json = vanban(['render', pdf, '--to', 'json']);
    expect(JSON.parse(json.text)).toMatchObject({ number: 1719, notation: 'UBND-KGVX' });
    for (const to of ['docx', 'xml', 'text', 'edxml', 'pdf']) {
      const out = join(dir, `seed.${to}`);
      const extra = to === 'edxml' ? ['--from', '000.00.00.H49', '--receiver', '000.00.00.G22=Sở Y tế'] : [];
      const result = vanban(['render', pdf, '--to', to, '-o', out, '--font-dir', LIBERATION2, ...extra]);
      expect(result.code, `${to}: ${result.stderr}`).toBe(0);
      // Each output reads back as the same letter.
      const back = vanban(['render', out, '--to', 'json']);
      expect(JSON.parse(back.text), to).toMatchObject({ number: 1719, date: '2024-04-09' });
    }
  });

  it('the worker pool reads PDFs: a folder of them on two threads reports as on one, in input order', () => {
    const dir = scratch();
    const names = [
      'cong-van',
      'quyet-dinh',
      'to-trinh',
      'thong-bao',
      'ke-hoach',
      'bao-cao',
      'giay-moi',
      'bien-ban',
      'nghi-quyet',
      'chi-thi',
    ];
    for (const [i, name] of names.entries()) copyFileSync(join(PRINTED, `${name}.pdf`), join(dir, `${i}-${name}.pdf`));
    const one = vanban(['validate', '--format', 'json', '--jobs', '1', dir]);
    const two = vanban(['validate', '--format', 'json', '--jobs', '2', dir]);
    expect(two.code).toBe(one.code);
    expect(two.text).toBe(one.text);
    const reports = jsonLines(two.text) as { file: string; format: string; unusable?: string }[];
    expect(reports.map((r) => r.format)).toEqual(names.map(() => 'pdf'));
    expect(reports.map((r) => r.file)).toEqual(names.map((name, i) => join(dir, `${i}-${name}.pdf`)));
  }, 120_000);
});

describe('render --to pdf', () => {
  it('finds Liberation Serif 2 in the system folders, passes over 1.07 (no Vietnamese), and says so', async () => {
    const dir = scratch();
    const out = join(dir, 'seed.pdf');
    // Both Liberation folders, 1.07 first: its files have the same names and lack the Vietnamese letters.
    const { code, stderr } = vanban(['render', SEED, '--to', 'pdf', '-o', out], {
      VANBAN_FONT_PATH: `${LIBERATION1}:${LIBERATION2}`,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /Times New Roman not found; the PDF is set in Liberation Serif 2 \(.*liberation2\/LiberationSerif-Regular\.ttf\)/u,
    );
    const read = await parsePdf(new Uint8Array(readFileSync(out)));
    expect(read.document).toMatchObject({ number: 1719, notation: 'UBND-KGVX', date: '2024-04-09' });
    expect(read.layout.parts['nationalTitle.name']?.font?.hAnsi).toBe('Liberation Serif');
  });

  it('--fonts and --font-dir give the same bytes; stdout when no -o', () => {
    const L = `${LIBERATION2}/LiberationSerif`;
    const given = vanban([
      'render',
      SEED_JSON,
      '--to',
      'pdf',
      '--fonts',
      `${L}-Regular.ttf,${L}-Bold.ttf,${L}-Italic.ttf,${L}-BoldItalic.ttf`,
    ]);
    const folder = vanban(['render', SEED_JSON, '--to', 'pdf', '--font-dir', LIBERATION2]);
    expect(given.code).toBe(0);
    expect(given.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(given.stdout.equals(folder.stdout)).toBe(true);
  });

  it('says clearly when no font is found, and what to install (exit 2)', () => {
    const empty = scratch();
    const none = vanban(['render', SEED, '--to', 'pdf'], { VANBAN_FONT_PATH: `${empty}:${LIBERATION1}` });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /^vanban render: no font with the Vietnamese letters for the PDF: neither Times New Roman nor Liberation Serif 2 .* in .*liberation; install Times New Roman, or Liberation Serif 2 \(Debian and Ubuntu: apt install fonts-liberation2\)/u,
    );
    const wrong = vanban(['render', SEED, '--to', 'pdf', '--fonts', 'a.ttf,b.ttf']);
    expect(wrong.stderr).toMatch(/--fonts takes four font files separated by commas/u);
    const missing = vanban(['render', SEED, '--to', 'pdf', '--font-dir', join(empty, 'nothing')]);
    expect(missing.stderr).toMatch(/--font-dir: the folder .* does not exist/u);
  });
});

describe('edXML packages judged with their document', () => {
  const seed = createDocument(JSON.parse(readFileSync(SEED_JSON, 'utf8')) as DocumentInput);
  const printed = (name: string) => new Uint8Array(readFileSync(join(PRINTED, name)));
  /** A package of `header` carrying `attachments`. */
  function pack(header: VanbanDocument, attachments: { name: string; mediaType: string; data: Uint8Array }[]): string {
    const to = [{ code: '000.00.00.G22', name: 'Sở Y tế tỉnh Quảng Ngãi' }];
    const file = join(scratch(), 'incoming.edxml');
    writeFileSync(
      file,
      toEdxml(
        { ...header, exchange: { responseFor: [], ...header.exchange, to } },
        { from: '000.00.00.H49', attachments },
      ),
    );
    return file;
  }
  const PDF = 'application/pdf';
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

  it('the attached PDF is judged, its places pages, and the header agrees with it', () => {
    const file = pack(seed, [{ name: '1719.pdf', mediaType: PDF, data: printed('seed-cong-van-1719.pdf') }]);
    const { text } = vanban(['validate', '--format', 'json', file]);
    const [report] = jsonLines(text) as [{ format: string; diagnostics: { id: string; page?: number }[] }];
    expect(report.format).toBe('edxml');
    const ids = report.diagnostics.map((d) => d.id);
    expect(ids).not.toContain('edxml/header-mismatch');
    // Judged on the PDF: no "missing body" from a header that has none.
    expect(ids).not.toContain('nd30/dieu-8/thanh-phan-chinh');
    expect(report.diagnostics.some((d) => d.page === 1)).toBe(true);
  });

  it('a header that says another number, date and signer than the attached DOCX: errors, exit 1', () => {
    const header = {
      ...seed,
      number: 1720,
      date: '2024-04-10',
      signatures: [{ ...seed.signatures[0]!, name: 'Nguyễn Văn A' }],
    };
    const file = pack(header, [{ name: '1719.docx', mediaType: DOCX, data: printed('seed-cong-van-1719.docx') }]);
    const { code, text } = vanban(['validate', '--format', 'json', '--locale', 'en', file]);
    expect(code).toBe(1);
    const [report] = jsonLines(text) as [{ diagnostics: { id: string; path?: string; message: { en: string } }[] }];
    const mismatches = report.diagnostics.filter((d) => d.id === 'edxml/header-mismatch');
    expect(mismatches.map((d) => d.path)).toEqual(['number', 'date', 'signatures.0.name']);
    expect(mismatches[0]!.message.en).toBe(
      'The number in the package header must match the attached DOCX "1719" (the header says "1720")',
    );
  });

  it('a package whose only attachment is a scan: not judged, with the reason', () => {
    const file = pack(seed, [{ name: 'scan.pdf', mediaType: PDF, data: new Uint8Array(readFileSync(SCAN)) }]);
    const { text } = vanban(['validate', '--format', 'json', file]);
    const [report] = jsonLines(text) as [{ diagnostics: { id: string; message: { en: string } }[] }];
    expect(report.diagnostics.map((d) => d.id)).toEqual(
      expect.arrayContaining(['edxml/attachment-unreadable', 'edxml/no-readable-attachment']),
    );
    expect(report.diagnostics.filter((d) => d.id.startsWith('nd30/'))).toEqual([]);
  });
});
