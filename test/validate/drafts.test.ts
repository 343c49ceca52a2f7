import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/model/create.js';
import { parseDocx } from '../../src/readers/docx/index.js';
import { parseText } from '../../src/readers/text/index.js';
import { sampleDocument } from '../../src/rule-kit/samples.js';
import { validate } from '../../src/validator.js';
import { toDocx } from '../../src/writers/docx/index.js';
import { toText } from '../../src/writers/text/index.js';

// A draft (dự thảo): the number and the date are given at issuance (Điều 15), so it prints them blank.
const { number: _number, date: _date, ...issued } = sampleDocument('quyet-dinh');
const draft = createDocument({ ...issued, draft: { year: 2025 } });

/** The findings a draft must not get: its blank number and date asked for. */
const blankFindings = (report: ReturnType<typeof validate>) =>
  report.diagnostics.filter((d) => /^(number|date|numberLine|placeDateLine)/.test(d.path ?? '')).map((d) => d.id);

describe('drafts', () => {
  it('print their number and date blank, the year when known', () => {
    const text = toText(draft);
    expect(text).toMatch(/^Số: {6,}\/QĐ-UBND$/m);
    expect(text).toMatch(/, ngày {5}tháng {5}năm 2025$/m);
  });

  it('are read back as drafts from text and DOCX, and judged as drafts: no finding on the blanks', async () => {
    for (const read of [parseText(toText(draft)), await parseDocx(await toDocx(draft))]) {
      expect(read.document.draft).toEqual({ year: 2025 });
      expect(read.document.number).toBeUndefined();
      expect(read.document.date).toBeUndefined();
      const report = validate(read);
      expect(report.draft).toBe(true);
      expect(blankFindings(report)).toEqual([]);
      expect(report.reasons.map((r) => r.en)).toContain(
        'A draft: the number and the date stay blank until issuance and are not asked for',
      );
    }
  });

  it('a real draft’s blanks, as an e-office system prints them ("Số:      /QĐ-UBND", "ngày ... tháng ... năm 2025")', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:      /QĐ-UBND',
      'Quảng Ngãi, ngày ... tháng ... năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công tác',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Tổ công tác.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
      'Nơi nhận:',
      '- Như Điều 2;',
      '- Lưu: VT, KGVX.',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ].join('\n');
    const read = parseText(text);
    expect(read.document.draft).toEqual({ year: 2025 });
    const report = validate(read);
    expect(report.draft).toBe(true);
    expect(blankFindings(report)).toEqual([]);
  });

  it('a document with only its number blank is no draft: the number is missing', () => {
    const text = toText(createDocument({ ...issued, date: '2025-03-04' }));
    const read = parseText(text);
    expect(read.document.draft).toBeUndefined();
    expect(blankFindings(validate(read))).toContain('nd30/dieu-8/thanh-phan-chinh');
  });

  it('a draft converted from Word with each header cell on its own line, blank lines between ("Số:" … "/TTr-VPCP")', () => {
    const text = [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số:',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      '/TTr-VPCP',
      '',
      'Hà Nội, ngày',
      '',
      'tháng',
      '',
      'năm 2016',
      '',
      'DỰ THẢO',
      '',
      'TỜ TRÌNH',
      'Về dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (sửa đổi)',
      'Kính gửi: Chính phủ',
      'Văn phòng Chính phủ trình Chính phủ dự thảo Nghị định như sau./.',
    ].join('\n');
    const read = parseText(text);
    expect(read.document).toMatchObject({
      kind: 'to-trinh',
      issuer: { name: 'VĂN PHÒNG CHÍNH PHỦ' },
      notation: 'TTr-VPCP',
      place: 'Hà Nội',
      draft: { year: 2016 },
      recipients: ['Chính phủ'],
    });
    // Only the info that the blank and its ký hiệu stood apart; nothing asks for the number or the date.
    expect(blankFindings(validate(read))).toEqual(['text/number-apart']);
  });
});
