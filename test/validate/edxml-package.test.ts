/**
 * checkEdxmlPackage: a package judged with its attached document (the PDF or DOCX that
 * LibreOffice printed of the seed letter), its header checked against that document field by
 * field, and a package without a readable document not judged, with the reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkEdxmlPackage,
  createDocument,
  type DocumentInput,
  headerMismatches,
  toEdxml,
  validate,
  type VanbanDocument,
} from '../../src/index.js';
import { parsePdf } from '../../src/readers/pdf/index.js';
import { corpusPath } from '../support/corpus.js';

const PRINTED = join(__dirname, '../fixtures/pdf/libreoffice');
const seed = createDocument(
  JSON.parse(readFileSync(join(__dirname, '../../examples/data/cong-van-1719.json'), 'utf8')) as DocumentInput,
);
const bytes = (path: string) => new Uint8Array(readFileSync(path));
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function pack(header: VanbanDocument, attachments: { name: string; mediaType: string; data: Uint8Array }[]): string {
  const to = [{ code: '000.00.00.G22', name: 'Sở Y tế tỉnh Quảng Ngãi' }];
  return toEdxml(
    { ...header, exchange: { responseFor: [], ...header.exchange, to } },
    { from: '000.00.00.H49', attachments },
  );
}

describe('checkEdxmlPackage', () => {
  it('judges the attached PDF as validate judges it, and the header agrees', async () => {
    const pdf = bytes(join(PRINTED, 'seed-cong-van-1719.pdf'));
    const report = await checkEdxmlPackage(pack(seed, [{ name: '1719.pdf', mediaType: PDF, data: pdf }]));
    expect(report.attachment).toEqual({ name: '1719.pdf', mediaType: PDF, format: 'pdf' });
    expect(report.diagnostics.filter((d) => d.id === 'edxml/header-mismatch')).toEqual([]);
    // The same findings as the PDF alone, the package's own notes besides.
    const alone = validate(await parsePdf(pdf));
    const rules = (ds: readonly { id: string; path?: string }[]) =>
      ds.filter((d) => d.id.startsWith('nd30/')).map((d) => `${d.id} ${d.path}`);
    expect(rules(report.diagnostics)).toEqual(rules(alone.diagnostics));
    expect(report.verdict).toBe(alone.verdict);
    expect(report.coverage).toEqual(alone.coverage);
  });

  it('prefers, among several, the attachment whose number and notation are the header’s', async () => {
    const other = bytes(join(PRINTED, 'quyet-dinh.pdf'));
    const docx = bytes(join(PRINTED, 'seed-cong-van-1719.docx'));
    const report = await checkEdxmlPackage(
      pack(seed, [
        { name: 'phu-luc.pdf', mediaType: PDF, data: other },
        { name: '1719.docx', mediaType: DOCX, data: docx },
      ]),
    );
    expect(report.attachment?.name).toBe('1719.docx');
    expect(report.diagnostics.filter((d) => d.id === 'edxml/header-mismatch')).toEqual([]);
  });

  it('a header that differs from its document: one error a field, and the verdict non-compliant', async () => {
    const header = createDocument({
      ...seed,
      number: 1720,
      notation: 'UBND-VX',
      date: '2024-04-10',
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM' },
      subject: 'một việc khác',
      signatures: [{ ...seed.signatures[0]!, name: 'Nguyễn Văn A', title: 'CHỦ TỊCH' }],
    });
    const docx = bytes(join(PRINTED, 'seed-cong-van-1719.docx'));
    const report = await checkEdxmlPackage(pack(header, [{ name: '1719.docx', mediaType: DOCX, data: docx }]));
    const mismatches = report.diagnostics.filter((d) => d.id === 'edxml/header-mismatch');
    expect(mismatches.map((d) => [d.path, d.actual, d.expected])).toEqual([
      ['number', '1720', '1719'],
      ['notation', 'UBND-VX', 'UBND-KGVX'],
      ['date', '2024-04-10', '2024-04-09'],
      ['issuer.name', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'],
      ['subject', 'một việc khác', seed.subject],
      ['signatures.0.name', 'Nguyễn Văn A', seed.signatures[0]!.name],
      ['signatures.0.title', 'CHỦ TỊCH', seed.signatures[0]!.title],
    ]);
    expect(mismatches.every((d) => d.severity === 'error')).toBe(true);
    expect(report.verdict).toBe('non-compliant');
    expect(report.compliant).toBe(false);
  });

  it('the header may say the same things otherwise: case, the issuer’s abbreviation and place, "V/v", tone marks', () => {
    const read = createDocument({ ...seed, signatures: [{ ...seed.signatures[0]!, name: 'Lê Thị Thủy' }] });
    const header = createDocument({
      ...seed,
      issuer: { name: 'UBND tỉnh Quảng Ngãi' },
      subject: `V/v ${seed.subject}.`,
      signatures: [{ ...seed.signatures[0]!, name: 'Lê Thị Thuỷ', title: seed.signatures[0]!.title?.toLowerCase() }],
    });
    expect(headerMismatches(header, read, 'PDF')).toEqual([]);
  });

  it('no readable attachment (a scan, a damaged file, none): not judged, with the reason', async () => {
    const scan = bytes(corpusPath('060-scan-ubnd-quangngai-575-signed.pdf'));
    const report = await checkEdxmlPackage(
      pack(seed, [
        { name: 'scan.pdf', mediaType: PDF, data: scan },
        { name: 'broken.pdf', mediaType: PDF, data: new TextEncoder().encode('%PDF-1.7\nnot a pdf') },
      ]),
    );
    expect(report.verdict).toBe('not-judged');
    expect(report.attachment).toBeUndefined();
    expect(report.reason?.en).toBe(
      'The package carries no readable document (a DOCX, or a PDF with a text layer): Số: 1719/UBND-KGVX is not judged',
    );
    expect(report.diagnostics.map((d) => d.id)).toEqual([
      'edxml/attachment-unreadable',
      'edxml/attachment-unreadable',
      'edxml/no-readable-attachment',
    ]);
    expect(report.diagnostics[0]!.message.en).toMatch(
      /"scan\.pdf" could not be read as a document: The PDF has no text layer/u,
    );
    const none = await checkEdxmlPackage(pack(seed, []));
    expect(none).toMatchObject({ verdict: 'not-judged', reason: report.reason });
  });
});
