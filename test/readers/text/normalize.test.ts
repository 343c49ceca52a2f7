import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  normalizeInput,
  parseText,
} from '../../../src/readers/text/index.js';

const raw = (input: string, text: string, needle: string) => {
  const n = normalizeInput(input);
  const at = n.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return input.slice(n.start[at]!, n.end[at + needle.length - 1]!);
};

describe('normalizeInput: each kind of noise', () => {
  it('turns CRLF, CR, form feeds and line separators into LF', () => {
    expect(normalizeInput('a\r\nb\rc\fd\u2028e').text).toBe('a\nb\nc\nd\ne');
  });

  it('turns NBSP and other spaces into a space and drops zero-width characters and soft hyphens', () => {
    expect(normalizeInput('Số:\u00A01719/UBND\u200B-KGVX\u00AD\uFEFF').text).toBe('Số: 1719/UBND-KGVX');
  });

  it('composes NFD text to NFC and maps each letter back to its marks', () => {
    const nfd = 'Quảng Ngãi'.normalize('NFD');
    const n = normalizeInput(nfd);
    expect(n.text).toBe('Quảng Ngãi');
    expect(raw(nfd, 'Ngãi', 'Ngãi')).toBe('Ngãi'.normalize('NFD'));
  });

  it('removes markdown emphasis, strike-through and broken bold markers inside words', () => {
    expect(normalizeInput('**Kính g****ửi****:**').text).toBe('Kính gửi:');
    expect(normalizeInput('Số: ~~1719~~/UBND-KGVX').text).toBe('Số: 1719/UBND-KGVX');
    expect(normalizeInput('__Nơi nhận__:').text).toBe('Nơi nhận:');
  });

  it('parts two capitals lines glued by "****", but not a word in capitals the copy broke there', () => {
    expect(normalizeInput('**LUẬT****CÁN BỘ, CÔNG CHỨC**').text).toBe('LUẬT\nCÁN BỘ, CÔNG CHỨC');
    // A piece without a vowel is no syllable: "BỘ C" / "ÔNG", "VĂ" / "N PHÒNG", "TH" / "Ủ ĐÔ" (bulk web pages).
    expect(normalizeInput('**BỘ C****ÔNG THƯƠNG**').text).toBe('BỘ CÔNG THƯƠNG');
    expect(normalizeInput('**VĂ****N PHÒNG CHÍNH PHỦ**').text).toBe('VĂN PHÒNG CHÍNH PHỦ');
    expect(normalizeInput('**DANH DỰ TH****Ủ ĐÔ**').text).toBe('DANH DỰ THỦ ĐÔ');
  });

  it('removes pandoc escapes and hard line breaks but keeps a doubled backslash', () => {
    expect(normalizeInput('1\\. Điều\\\nTiếp \\-\\-\\-').text).toBe('1. Điều\nTiếp ---');
    expect(normalizeInput('a\\\\-b').text).toBe('a\\\\-b');
  });

  it('keeps the raw text of a span exactly as written', () => {
    expect(raw('**ỦY BAN** ~~1719~~', '1719', '1719')).toBe('1719');
    expect(raw('ngày 09\r\ntháng 4', 'ngày 09\ntháng 4', 'ngày 09\ntháng 4')).toBe('ngày 09\r\ntháng 4');
  });

  it('is idempotent on any text', () => {
    const noisy = fc.stringMatching(/^[a-zA-ZăđếộờữỹĐ*~_\\\r\n\f\u00A0\u200B\u0301\u0323 .:;/-]{0,80}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), noisy), (s) => {
        const once = normalizeInput(s).text;
        expect(normalizeInput(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every character into the input, in order', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizeInput(s);
        for (let k = 0; k < n.text.length; k++) {
          expect(n.start[k]!).toBeLessThan(n.end[k]!);
          expect(n.end[k]!).toBeLessThanOrEqual(s.length);
          if (k > 0) expect(n.start[k]!).toBeGreaterThanOrEqual(n.start[k - 1]!);
        }
      }),
    );
  });
});

describe('legacy encodings', () => {
  const sample =
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦy ban nhân dân tỉnh Quảng Ngãi\nSố: 1719/UBND-KGVX\nQuảng Ngãi, ngày 09 tháng 4 năm 2024\nKính gửi: Sở Thông tin và Truyền thông; các cơ quan, đơn vị trực thuộc.';

  it('converts VNI text back to Unicode and reports it', () => {
    const vni = encodeVni(sample);
    expect(vni).not.toBe(sample);
    expect(detectLegacyEncoding(vni)).toBe('vni');
    const n = normalizeInput(vni);
    expect(n.text).toBe(sample);
    expect(n.diagnostics.map((d) => d.id)).toEqual(['text/legacy-encoding']);
  });

  it('converts TCVN3 text back to Unicode (upper-case toned letters come back in lower case, as .VnTimeH fonts store them)', () => {
    const lower = sample.toLowerCase();
    const tcvn = encodeTcvn3(lower);
    expect(detectLegacyEncoding(tcvn)).toBe('tcvn3');
    expect(normalizeInput(tcvn).text).toBe(lower);
  });

  it('round-trips Vietnamese text through both encodings', () => {
    // Real sentences (a short repeated syllable like "ủy ủy ủy" is ambiguous between the two codes).
    const sentences = [
      'Ủy ban nhân dân tỉnh Quảng Ngãi đề nghị các sở, ban, ngành khẩn trương triển khai thực hiện.',
      'Thực hiện Công điện số 33/CĐ-TTg ngày 07/4/2024 của Thủ tướng Chính phủ về tăng cường bảo đảm an toàn thông tin mạng.',
      'Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện.',
      'Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm trước pháp luật.',
      'Trường hợp vượt thẩm quyền, tham mưu Ủy ban nhân dân tỉnh xem xét, chỉ đạo.',
      'Nơi nhận: Như trên; Lưu: VT, KGVX. Phó Chủ tịch Trần Hoàng Tuấn.',
      'Độc lập - Tự do - Hạnh phúc. Hà Nội, ngày 05 tháng 02 năm 2024.',
      'Bộ Giáo dục và Đào tạo hướng dẫn rà soát, cung cấp và công bố thông tin tuyển sinh đại học.',
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 2 }), (picked) => {
        const t = picked.join(' ');
        expect(normalizeInput(encodeVni(t)).text).toBe(t);
        expect(normalizeInput(encodeTcvn3(t.toLowerCase())).text).toBe(t.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });

  it('leaves Unicode text alone, including Latin-1 letters like "à" and "ô"', () => {
    expect(detectLegacyEncoding(sample)).toBeUndefined();
    expect(detectLegacyEncoding('Hà Nội ô tô')).toBeUndefined();
    expect(normalizeInput(sample).diagnostics).toEqual([]);
  });

  it('reads a VNI document into the model', () => {
    const vni = encodeVni(
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1719/UBND-KGVX\nV/v tăng cường bảo đảm an toàn thông tin\nQuảng Ngãi, ngày 09 tháng 4 năm 2024\n\nKính gửi: Sở Tài chính\n',
    );
    const { document, diagnostics, sources } = parseText(vni);
    expect(document.issuer!.name).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI');
    expect(document.subject).toBe('tăng cường bảo đảm an toàn thông tin');
    expect(document.date).toBe('2024-04-09');
    expect(diagnostics.some((d) => d.id === 'text/legacy-encoding')).toBe(true);
    expect(sources.place?.raw).toBe(encodeVni('Quảng Ngãi, ngày 09 tháng 4 năm 2024'));
  });
});
