/**
 * A document run on one line (OCR without layout analysis, text copied out of a PDF viewer): the
 * class of corpus 041, 049 and 053, here on documents written for the test. The line is cut at the
 * parts' markers and read; its form is not judged (text/run-on, verdict incomplete); prose and laid-
 * out documents are left as they are. With the OCR forms of the markers the cut relies on.
 */
import { describe, expect, it } from 'vitest';
import { parseNumberNotation } from '../../../src/grammar/number-notation.js';
import { parsePlaceDate } from '../../../src/grammar/place-date.js';
import { parseText } from '../../../src/readers/text/index.js';
import { validate } from '../../../src/validator.js';

const RUN_ON = [
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc',
  'Số: 2154/STC-QLNS Quảng Ngãi, ngày 14 tháng 8 năm 2024 V/v hướng dẫn lập dự toán ngân sách năm 2025',
  'Kính gửi: - Các sở, ban, ngành tỉnh; - Ủy ban nhân dân các huyện, thị xã, thành phố.',
  'Thực hiện Quyết định số 1250/QĐ-UBND ngày 02 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh, Sở Tài chính hướng dẫn như sau:',
  '1. Các đơn vị lập dự toán theo đúng biểu mẫu và gửi về Sở Tài chính trước ngày 30 tháng 8 năm 2024.',
  '2. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Tài chính để hướng dẫn./.',
  'Nơi nhận: - Như trên; - UBND tỉnh; - Lưu: VT, QLNS. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An',
].join(' ');

describe('a document run on one line', () => {
  it('is cut at its markers and read: issuer, number, place, date, V/v, Kính gửi', () => {
    const { document, diagnostics } = parseText(RUN_ON);
    expect({
      kind: document.kind,
      issuer: document.issuer,
      number: document.number,
      notation: document.notation,
      place: document.place,
      date: document.date,
      subject: document.subject,
      recipients: document.recipients,
    }).toEqual({
      kind: 'cong-van',
      issuer: { name: 'SỞ TÀI CHÍNH', parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
      number: 2154,
      notation: 'STC-QLNS',
      place: 'Quảng Ngãi',
      date: '2024-08-14',
      subject: 'hướng dẫn lập dự toán ngân sách năm 2025',
      recipients: ['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thị xã, thành phố'],
    });
    expect(diagnostics.filter((d) => d.id === 'text/run-on')).toHaveLength(1);
  });

  it('takes the whole place between the ký hiệu and "ngày", however many words it has', () => {
    const text = RUN_ON.replace('Số: 2154/STC-QLNS Quảng Ngãi,', 'Số: 2154/STC-QLNS Thành phố Hồ Chí Minh,');
    const { document } = parseText(text);
    expect([document.notation, document.place, document.date]).toEqual([
      'STC-QLNS',
      'Thành phố Hồ Chí Minh',
      '2024-08-14',
    ]);
  });

  it('keeps every character of the input in the sources: a part points back into the line', () => {
    const read = parseText(RUN_ON);
    const span = read.sources['numberLine']!;
    expect(RUN_ON.slice(span.offset, span.end)).toBe('Số: 2154/STC-QLNS');
    expect(span.line).toBe(1);
  });

  it('is not judged on its form: no finding, the verdict incomplete', () => {
    const report = validate(parseText(RUN_ON));
    expect(report.verdict).toBe('incomplete');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('leaves prose naming the country and citing a law as it is', () => {
    const prose =
      'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam là cơ quan hành chính nhà nước cao nhất, thực hiện quyền hành pháp theo Hiến pháp năm 2013 và Luật Tổ chức Chính phủ số 76/2015/QH13, được sửa đổi, bổ sung bởi Luật số 47/2019/QH14 ngày 22 tháng 11 năm 2019; Chính phủ chịu trách nhiệm và báo cáo công tác trước Quốc hội.';
    expect(prose.length).toBeGreaterThan(300);
    const read = parseText(prose);
    expect(read.diagnostics.some((d) => d.id === 'text/run-on')).toBe(false);
    expect(read.document.number).toBeUndefined();
  });

  it('leaves a laid-out document whose body has a long paragraph quoting a header as it is', () => {
    const laidOut = [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      'SỞ TÀI CHÍNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 2154/STC-QLNS',
      'Quảng Ngãi, ngày 14 tháng 8 năm 2024',
      'V/v hướng dẫn lập dự toán',
      'Kính gửi: Các sở, ban, ngành tỉnh',
      `Mẫu văn bản gửi kèm có phần đầu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 01/BC-ĐV" và ${'nội dung báo cáo theo biểu mẫu, '.repeat(10)}gửi về Sở Tài chính.`,
    ].join('\n');
    const read = parseText(laidOut);
    expect(read.diagnostics.some((d) => d.id === 'text/run-on')).toBe(false);
    expect(read.document.number).toBe(2154);
  });
});

describe('markers as OCR and lossy PDF text give them', () => {
  it('reads "S 291/…" (ố lost), "S6: i04 /…" (ố read as 6, 1 as i) and "1906 ISGDĐT-…" (the "/" read as I)', () => {
    const read = (t: string) => {
      const r = parseNumberNotation(t);
      return [r.number, r.notation];
    };
    expect(read('S 291/QĐ-UBDT')).toEqual([291, 'QĐ-UBDT']);
    expect(read('S6: i04 /BGDDT-GDDH')).toEqual([104, 'BGDDT-GDDH']);
    expect(read('Số: 1906 ISGDĐT-CTrTT')).toEqual([1906, 'SGDĐT-CTrTT']);
    expect(parseNumberNotation('Số: 1906 ISGDĐT-CTrTT').deviations.map((d) => d.code)).toEqual(['slash-missing']);
  });

  it('reads "năm" with any mark OCR puts on its a, and digits glued to "tháng"', () => {
    expect(parsePlaceDate('Đà Nẵng, ngày 26tháng 7 nẳm 2020').date).toBe('2020-07-26');
  });

  it('recognises a Quốc hiệu with a few letters misread, and does not judge its form', () => {
    const text = [
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
      'CpNG HOA XA HOI CHU NGHIA VIET NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 104/BGDĐT-GDĐH',
      'Hà Nội, ngày 14 tháng 3 năm 2024',
      'V/v rà soát thông tin tuyển sinh',
      'Kính gửi: Các đại học, học viện',
      'Đề nghị các đơn vị thực hiện./.',
    ].join('\n');
    const read = parseText(text);
    expect(read.document.issuer).toEqual({ name: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(read.diagnostics.filter((d) => d.id === 'text/ocr-misread').map((d) => d.path)).toEqual([
      'nationalTitle.name',
    ]);
    expect(validate(read).diagnostics.filter((d) => d.id === 'nd30/pl1/quoc-hieu-tieu-ngu')).toEqual([]);
  });
});
