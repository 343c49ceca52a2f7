/**
 * Deviations real documents show that the validator used to miss, each in the rule it belongs to.
 * One công văn, right as printed, then changed one deviation at a time: the right letter has no
 * finding, each changed one exactly the finding of its deviation.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/readers/text/index.js';
import { validate } from '../../src/validator.js';

const LETTER = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 1719/UBND-KGVX
V/v triển khai kế hoạch năm 2024
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 09 tháng 4 năm 2024

Kính gửi: Sở Giáo dục và Đào tạo

Thực hiện Thông tư số 38/2015/TT-BTC của Bộ Tài chính, Ủy ban nhân dân tỉnh đề nghị Sở triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Hoàng Tuấn
`;

/** Errors and warnings of the letter with `from` replaced by `to`, as "rule: message". */
function findings(from?: string, to?: string): string[] {
  const text = from === undefined ? LETTER : LETTER.replace(from, to!);
  if (from !== undefined) expect(text).not.toBe(LETTER);
  return validate(parseText(text))
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.id}: ${d.message.en}`);
}

describe('deviations the validator used to miss', () => {
  it('finds nothing in the letter as the Decree prints it', () => {
    expect(findings()).toEqual([]);
  });

  it('a trích yếu in capitals: one finding, not a second for the "V/V" it prints', () => {
    expect(findings('V/v triển khai kế hoạch năm 2024', 'V/V TRIỂN KHAI KẾ HOẠCH NĂM 2024')).toEqual([
      'nd30/pl1/trich-yeu-cong-van: A công văn subject must be in normal case, not capitals (found "TRIỂN KHAI KẾ HOẠCH NĂM 2024")',
    ]);
  });

  it('an abbreviated place ("TP. Hồ Chí Minh")', () => {
    expect(findings('Quảng Ngãi, ngày', 'TP. Hồ Chí Minh, ngày')).toEqual([
      'nd30/pl1/dia-danh: The place name must be written in full, not abbreviated (found "TP. Hồ Chí Minh")',
    ]);
  });

  it('"Kính gửi:" with no space after the colon', () => {
    expect(findings('Kính gửi: Sở', 'Kính gửi:Sở')).toEqual([
      'nd30/pl1/kinh-gui: A space must follow "Kính gửi:" (found "Kính gửi:Sở Giáo dục " run on)',
    ]);
  });

  it('a V/v ending with "."', () => {
    expect(findings('năm 2024\nCỘNG', 'năm 2024.\nCỘNG')).toEqual([
      'nd30/pl1/trich-yeu-cong-van: A công văn subject must take no final punctuation (found ".")',
    ]);
  });

  it('a single addressee ending with ";" or "."', () => {
    for (const mark of [';', '.'])
      expect(findings('Đào tạo\n\nThực', `Đào tạo${mark}\n\nThực`)).toEqual([
        `nd30/pl1/kinh-gui: A single addressee on the "Kính gửi:" line must take no final punctuation (found "${mark}")`,
      ]);
  });

  it('spaces inside a cited ký hiệu, and not a ký hiệu the page wrapped after its "-"', () => {
    expect(findings('38/2015/TT-BTC', '38/2015/TT- BTC')).toEqual([
      'nd30/pl1/trich-dan-ky-hieu: A cited number and notation must take no spaces around "/" and "-" (found "38/2015/TT- BTC")',
    ]);
    expect(findings('38/2015/TT-BTC của Bộ Tài chính,', '38/2015/TT-\nBTC của Bộ Tài chính,')).toEqual([]);
  });

  it('"V/v V/v …" from a subject stored with its printed prefix', () => {
    expect(findings('V/v triển', 'V/v V/v triển')).toEqual([
      'nd30/pl1/trich-yeu-cong-van: "V/v" must be written once before the subject (found "V/v V/v")',
    ]);
  });

  it('lower-case authority and title lines ("Kt. Chủ tịch" / "Phó Chủ tịch"), read and reported', () => {
    const text = LETTER.replace('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Kt. Chủ tịch\nPhó Chủ tịch');
    expect(parseText(text).document.signatures[0]).toMatchObject({
      authority: [{ prefix: 'KT' }],
      title: 'Phó Chủ tịch',
      name: 'Trần Hoàng Tuấn',
    });
    expect(findings('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Kt. Chủ tịch\nPhó Chủ tịch')).toEqual([
      'nd30/pl1/tien-to-tham-quyen: The prefix must be upper case: "KT." (found "Kt"); Authority and title must be upper case (found "Chủ tịch")',
      'nd30/pl1/ho-ten-chuc-vu: The signer’s title must be in capitals (found "Phó Chủ tịch")',
    ]);
  });
});
