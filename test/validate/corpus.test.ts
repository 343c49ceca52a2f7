import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/readers/text/index.js';
import { validate } from '../../src/validator.js';
import { CORPUS_DIR as CORPUS, corpusPath } from '../support/corpus.js';

const read = (file: string) => parseText(readFileSync(corpusPath(file), 'utf8'));

describe('the seed letter (000, công văn 1719/UBND-KGVX)', () => {
  // Read against the spec: header, V/v, Kính gửi list, body ending "./.", Nơi nhận with "- Như trên;"
  // and "- Lưu: VT, KGVX.", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" all follow Decree 30. The one slip is the
  // citation "Công điện số 33/CD-TTg" (D for Đ), printed in the V/v and again in the first paragraph.
  // "~~1719~~" is markdown around the stamped number, not a space; "Công TTĐT" is not faulted.
  it('gets exactly the two citation warnings it deserves, placed in the input', () => {
    const report = validate(read('000-cong-van-ubnd-quang-ngai-1719.txt'));
    const findings = report.diagnostics.filter((d) => d.source === 'nd30');
    expect(findings.map((d) => [d.id, d.severity, d.path, d.actual, d.expected])).toEqual([
      ['nd30/pl1/trich-dan-ky-hieu', 'warning', 'subjectLine', 'CD', 'CĐ'],
      ['nd30/pl1/trich-dan-ky-hieu', 'warning', 'body.0', 'CD', 'CĐ'],
    ]);
    expect(findings.map((d) => d.place?.line)).toEqual([10, 28]);
    // The reader's diagnostics come with the findings: here, the OCR repair of the cited "CD" is not made (no such kind), so none.
    expect(report.diagnostics.filter((d) => d.source !== 'nd30').map((d) => d.severity)).not.toContain('error');
    expect(report.summary).toMatchObject({ errors: 0, warnings: 2 });
    // No layout facts from a text file: the layout rules stay unevaluated, so no compliance claim.
    expect(report.compliant).toBe(false);
    expect(report.coverage.filter((c) => c.outcome === 'failed').map((c) => c.ruleId)).toEqual([
      'nd30/pl1/trich-dan-ky-hieu',
    ]);
  });
});

/**
 * Expected rule ids per corpus document, written from reading each document against nd30.md.
 * `deserved`: what the document breaks (must be reported unless listed in `unseen`).
 * `misread`: rule ids the text reader's misreadings cause today (allowed, not required, so the test
 * holds as the reader improves), with the reason.
 */
const EXPECTATIONS: Record<
  string,
  { deserved: string[]; misread?: Record<string, string>; unseen?: Record<string, string> }
> = {
  '000-cong-van-ubnd-quang-ngai-1719.txt': { deserved: ['nd30/pl1/trich-dan-ky-hieu'] },
  '001-congvan-ubnd-tphcm.txt': { deserved: [] },
  '002-congvan-cuc-thue.txt': {
    deserved: [],
    misread: {
      'nd30/pl1/noi-nhan':
        'the markdown copy puts the dash of "- Như trên;" on its own line; the reader keeps "Như trên;" without it',
    },
  },
  '004-congvan-vpcp.txt': { deserved: ['nd30/pl1/trich-yeu-cong-van'] }, // "V/v:" with a colon
  '006-congvan-sgddt-hanoi.txt': { deserved: [] },
  '010-congvan-bo-tai-chinh.txt': { deserved: ['nd30/pl1/luu'] }, // "- Lưu: VT, CT (PC)" without the final period
  '012-congvan-sgddt-hcm.txt': { deserved: ['nd30/pl1/trich-yeu-cong-van', 'nd30/pl1/tien-to-tham-quyen'] }, // "Về hướng dẫn …" for V/v; "KT GIÁM ĐỐC"
  '014-congdien-thutuong.txt': { deserved: ['nd30/pl1/luu'] }, // "Lưu: Văn thư, NN (2) Tuynh": Văn thư spelled out, no period
  '017-thongbao-vpcp.txt': { deserved: ['nd30/pl1/luu'] }, // "- Lưu: VT, QHĐP(2b)VQT" without the final period
  '019-thongbao-vp-trung-uong-dang.txt': { deserved: [] }, // Party document: not judged by Decree 30
  '020-kehoach-ubnd-cantho.txt': { deserved: [] },
  '024-quyetdinh-ubnd-nghean.txt': { deserved: [] }, // QPPL: not judged by Decree 30
  '026-quyetdinh-cuc-thue.txt': { deserved: ['nd30/pl1/luu'] }, // "- Lưu: VT, TCCB (41b)" without the final period
  '029-huongdan-ban-tgdv-tw.txt': { deserved: [] }, // Party document
  // Issued before Decree 30: judged only by the rules Thông tư 01/2011 shares with it, so its body
  // ending "." and not "./." is not asked about.
  '031-congvan-vpcp-2013.txt': {
    deserved: ['nd30/pl1/luu'], // the drafter's code in lower case
    misread: {
      'nd30/dieu-8/thanh-phan-chinh':
        'the signature is packed in one markdown table cell with Nơi nhận; the reader finds no signature block',
    },
  },
  '033-congvan-bo-ldtbxh-2015.txt': {
    deserved: ['nd30/pl1/ngay-thang', 'nd30/pl1/luu', 'nd30/pl1/dia-danh'], // "tháng 07"; "Lưu VT, NCC." without the colon; "Hà Nội , ngày" (space before the comma)
    misread: {
      'nd30/pl1/nhu-tren': 'text extraction broke "Như trên" into "Nh ư tr ê n"',
      'nd30/dieu-8/thanh-phan-chinh':
        'the signature is packed in one markdown table cell with Nơi nhận; the reader finds no signature block',
    },
  },
  '037-congvan-ubnd-quangngai.txt': { deserved: ['nd30/pl1/so-ky-hieu', 'nd30/pl1/luu'] }, // "Số: 507 /UBND-KGVX"; the drafter's code in lower case
  '038-thongbao-ubnd-quangngai.txt': { deserved: ['nd30/pl1/so-ky-hieu', 'nd30/pl1/luu'] }, // "Số: 542    /TB-UBND"; the drafter's code in lower case
  '039-thongbao-ubnd-quangngai.txt': {
    deserved: ['nd30/pl1/so-ky-hieu', 'nd30/pl1/noi-nhan', 'nd30/pl1/luu', 'nd30/pl1/tieu-de-bo-cuc'],
  }, // the drafter's code in lower case; "I. Đánh giá chung" in normal case; the wrapped "Các sở, ngành: …" entry ends with ","
  '040-congvan-sgddt-danang.txt': { deserved: ['nd30/pl1/so-ky-hieu'] }, // "Số: 1906 /SGDĐT-CTrTT"; its lists lost their dashes in the copy
  '041-congvan-sgddt-danang-ocr.txt': {
    deserved: [],
    unseen: {},
    misread: {
      'nd30/pl1/quoc-hieu-tieu-ngu': 'OCR of a two-column scan: the reader takes the whole page for the Quốc hiệu',
      'nd30/pl1/ten-co-quan': 'the OCR header is cut ("UBND THÀNH"), the parent line read as the issuer',
      'nd30/dieu-8/thanh-phan-chinh': 'no header, signature or Nơi nhận found in the OCR text',
      'nd30/pl1/kinh-gui': 'the addressees are lost in the OCR text',
      'nd30/pl1/luu': 'the Lưu line is lost in the OCR text',
      'nd30/pl3/dau-ket-thuc': 'the body is cut',
    },
  },
  '042-kehoach-ubnd-cantho-ocr.txt': {
    deserved: [],
    misread: {
      'nd30/pl1/so-ky-hieu': 'OCR dropped the colon of "Số:"',
      'nd30/pl1/noi-nhan': 'OCR broke and merged the Nơi nhận lines',
      'nd30/pl1/luu': 'OCR garbled the Lưu line ("VT (VDuần). 8")',
      'nd30/pl1/ten-loai-trich-yeu': 'the trích yếu under KẾ HOẠCH is not found in the OCR text',
      'nd30/dieu-8/thanh-phan-chinh': 'the signature block is not found in the OCR text',
      'nd30/pl3/dau-ket-thuc': 'the body is cut by the OCR',
      'nd30/pl1/danh-so-bo-cuc':
        'OCR misread the điểm and khoản labels ("- a) …", "B)", "Z." for "7.") and merged several on one line',
    },
  },
  '045-nghiquyet-ubtvqh.txt': { deserved: [] }, // QPPL (legislature notation NQ-UBTVQH15)
  '046-congvan-vpcp-2011.txt': { deserved: ['nd30/pl1/trich-yeu-cong-van', 'nd30/pl1/luu'] }, // "V/v:"; "- Lưu: VT, QHQT (3b).12" ends without a period
  '049-quyetdinh-ubdt-2006.txt': {
    deserved: [],
    misread: {
      'nd30/dieu-8/thanh-phan-chinh': 'TCVN3 text with lost letters: the reader reads it as an empty công văn',
      'nd30/pl1/kinh-gui': 'misread as a công văn',
      'nd30/pl1/luu': 'the Lưu line is not found',
      'nd30/pl1/dia-danh': 'the whole header is read as the place',
      'nd30/pl3/dau-ket-thuc': 'a web-page excerpt: the body read ends in page furniture, not the document’s end',
    },
  },
  '053-congvan-bgddt-2019-ocr.txt': {
    deserved: [],
    misread: {
      'nd30/dieu-8/thanh-phan-chinh': 'the OCR text is one line; the reader finds almost nothing',
      'nd30/pl1/kinh-gui': 'the addressees are not found',
      'nd30/pl1/luu': 'the Lưu line is not found',
      'nd30/pl3/dau-ket-thuc': 'the whole OCR line is read as one paragraph that ends mid-sentence',
    },
  },
};

describe('every corpus document gets its expected rule ids', () => {
  it('has an expectation for every text document of the corpus', async () => {
    const { readdirSync } = await import('node:fs');
    expect(
      readdirSync(CORPUS)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(Object.keys(EXPECTATIONS).sort());
  });
  it.each(Object.entries(EXPECTATIONS))('%s', (file, expectation) => {
    // The rules' findings; the reader's own diagnostics, also in the report, are the reader tests' business.
    const reported = [
      ...new Set(
        validate(read(file))
          .diagnostics.filter((d) => d.source === 'nd30')
          .map((d) => d.id),
      ),
    ];
    const allowed = new Set([...expectation.deserved, ...Object.keys(expectation.misread ?? {})]);
    expect(
      reported.filter((id) => !allowed.has(id)),
      'reported but not deserved',
    ).toEqual([]);
    const required = expectation.deserved.filter((id) => !(id in (expectation.unseen ?? {})));
    expect(
      required.filter((id) => !reported.includes(id)),
      'deserved but not reported',
    ).toEqual([]);
  });
});
