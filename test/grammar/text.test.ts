import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatArchiveLine, formatAuthority, fromRoman, isTitleCaseVi, isUpperVi, normalizeText, normalizeTonePlacement,
  parseArchiveLine, parseAuthorityLine, pointLabel, splitAcademicTitle, toRoman, toTitleCaseVi, toUpperVi,
} from '../../src/index.js';

describe('Vietnamese case', () => {
  it.each([
    ['ủy ban nhân dân tỉnh quảng ngãi', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'],
    ['độc lập - tự do - hạnh phúc', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
    ['sở giáo dục và đào tạo', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
  ])('upper %s', (lower, upper) => expect(toUpperVi(lower)).toBe(upper));

  it('title-cases names', () => {
    expect(toTitleCaseVi('TRẦN HOÀNG TUẤN')).toBe('Trần Hoàng Tuấn');
    expect(toTitleCaseVi('đặng ngọc ánh')).toBe('Đặng Ngọc Ánh');
    expect(isTitleCaseVi('Quảng Ngãi')).toBe(true);
    expect(isTitleCaseVi('Quảng ngãi')).toBe(false);
    expect(isUpperVi('PHÓ CHỦ TỊCH')).toBe(true);
    expect(isUpperVi('Phó Chủ tịch')).toBe(false);
  });

  it('upper then lower round-trips any NFC Vietnamese text', () => {
    const letters = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ');
    fc.assert(fc.property(fc.array(letters).map((a) => a.join('')), (s) => { expect(toUpperVi(s).toLowerCase()).toBe(s); }));
  });
});

describe('normalisation and tone placement', () => {
  it('makes NFD text NFC and drops zero-width characters, idempotently', () => {
    const raw = 'Qu\u200Bảng Ngãi'.normalize('NFD');
    expect(normalizeText(raw)).toBe('Quảng Ngãi');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => { expect(normalizeText(normalizeText(s))).toBe(normalizeText(s)); }));
  });

  it.each([
    ['HOÀ', 'HÒA', 'HOÀ'],
    ['hòa', 'hòa', 'hoà'],
    ['khoẻ', 'khỏe', 'khoẻ'],
    ['thuỷ', 'thủy', 'thuỷ'],
    ['hoàng', 'hoàng', 'hoàng'],
    ['quyết', 'quyết', 'quyết'],
    ['Tuấn', 'Tuấn', 'Tuấn'],
    ['giữa', 'giữa', 'giữa'],
    ['người', 'người', 'người'],
  ])('%s → classic %s, modern %s', (word, classic, modern) => {
    expect(normalizeTonePlacement(word, 'classic')).toBe(classic);
    expect(normalizeTonePlacement(word, 'modern')).toBe(modern);
  });
});

describe('authority lines', () => {
  it.each([
    ['KT. CHỦ TỊCH', { prefix: 'KT', of: 'CHỦ TỊCH' }, []],
    ['TM. ỦY BAN NHÂN DÂN', { prefix: 'TM', of: 'ỦY BAN NHÂN DÂN' }, []],
    ['TUQ. BỘ TRƯỞNG', { prefix: 'TUQ', of: 'BỘ TRƯỞNG' }, []],
    ['Q. GIÁM ĐỐC', { prefix: 'Q', of: 'GIÁM ĐỐC' }, []],
    ['K/T BỘ TRƯỞNG', { prefix: 'KT', of: 'BỘ TRƯỞNG' }, ['slash-prefix']],
    ['T/M BAN BÍ THƯ', { prefix: 'TM', of: 'BAN BÍ THƯ' }, ['slash-prefix']],
    ['Kt. Giám đốc', { prefix: 'KT', of: 'GIÁM ĐỐC' }, ['prefix-case', 'authority-case']],
    ['KT CHỦ TỊCH', { prefix: 'KT', of: 'CHỦ TỊCH' }, ['prefix-period']],
  ])('%s', (line, authority, deviations) => {
    const parsed = parseAuthorityLine(line)!;
    expect(parsed.authority).toEqual(authority);
    expect(parsed.deviations.map((d) => d.code)).toEqual(deviations);
  });

  it('does not take titles for prefixes', () => {
    expect(parseAuthorityLine('PHÓ CHỦ TỊCH')).toBeUndefined();
    expect(parseAuthorityLine('QUYỀN GIÁM ĐỐC')).toBeUndefined();
    expect(parseAuthorityLine('TỔNG GIÁM ĐỐC')).toBeUndefined();
    expect(parseAuthorityLine('TM')).toBeUndefined();
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom('TM', 'KT', 'TL', 'TUQ', 'Q' as const), fc.constantFrom('CHỦ TỊCH', 'BỘ TRƯỞNG', 'ỦY BAN NHÂN DÂN', 'GIÁM ĐỐC'), (prefix, of) => {
        expect(parseAuthorityLine(formatAuthority({ prefix, of }))).toMatchObject({ authority: { prefix, of }, deviations: [] });
      }),
    );
  });

  it('splits learned titles off names', () => {
    expect(splitAcademicTitle('PGS.TS. Nguyễn Văn A')).toEqual({ title: 'PGS.TS.', name: 'Nguyễn Văn A' });
    expect(splitAcademicTitle('Trần Hoàng Tuấn')).toEqual({ name: 'Trần Hoàng Tuấn' });
  });
});

describe('Lưu line', () => {
  it.each([
    ['- Lưu: VT, KGVX.', { archive: ['VT', 'KGVX'] }, []],
    ['Lưu: VT.', { archive: ['VT'] }, []],
    ['- Lưu: VT, TCCB, 02.', { archive: ['VT', 'TCCB'], archiveCopies: 2 }, []],
    ['- Lưu: VT, KGVX. PL.(300)', { archive: ['VT', 'KGVX'], drafter: { code: 'PL', copies: 300 } }, []],
    ['- Lưu VT, KGVX.', { archive: ['VT', 'KGVX'] }, ['colon-missing']],
    ['- Lưu: KGVX.', { archive: ['KGVX'] }, ['vt-missing']],
    ['- Lưu: VT, KGVX', { archive: ['VT', 'KGVX'] }, ['end-punctuation']],
    ['- Lưu: VT, Hồ sơ.', { archive: ['VT', 'Hồ sơ'] }, []],
  ])('%s', (line, fields, deviations) => {
    const parsed = parseArchiveLine(line);
    expect(parsed).toMatchObject(fields);
    expect(parsed.deviations.map((d) => d.code)).toEqual(deviations);
  });

  it('round-trips', () => {
    const unit = fc.stringMatching(/^[A-ZĐ]{2,6}$/).filter((u) => u !== 'VT');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 3 }), fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }), (units, copies) => {
        const line = { archive: ['VT', ...units], ...(copies !== undefined && { archiveCopies: copies }) };
        expect(parseArchiveLine(formatArchiveLine(line))).toEqual({ ...line, deviations: [] });
      }),
    );
  });
});

describe('numbering', () => {
  it('writes and reads Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 1999].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => { expect(fromRoman(toRoman(n))).toBe(n); }));
    expect(fromRoman('IIII')).toBeUndefined();
  });

  it('labels điểm in the Decree order, skipping f and j', () => {
    expect(Array.from({ length: 10 }, (_, i) => pointLabel(i)).join(' ')).toBe('a b c d đ e g h i k');
  });
});
