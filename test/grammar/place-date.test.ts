import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatPlaceDate, parsePlaceDate, toRoman } from '../../src/index.js';

describe('formatPlaceDate', () => {
  it.each([
    ['Quảng Ngãi', '2024-04-09', 'Quảng Ngãi, ngày 09 tháng 4 năm 2024'],
    ['Hà Nội', '2024-02-05', 'Hà Nội, ngày 05 tháng 02 năm 2024'],
    ['Hà Nội', '2020-01-05', 'Hà Nội, ngày 05 tháng 01 năm 2020'],
    ['Thành phố Hồ Chí Minh', '2019-06-29', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019'],
    ['Cần Thơ', '2025-12-10', 'Cần Thơ, ngày 10 tháng 12 năm 2025'],
  ])('%s %s', (place, date, expected) => {
    expect(formatPlaceDate(place, date)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDate('2024-02-30')).toThrow(RangeError);
  });
});

describe('parsePlaceDate', () => {
  it.each([
    ['Quảng Ngãi, ngày 09 tháng 4 năm 2024', { place: 'Quảng Ngãi', date: '2024-04-09' }, []],
    ['Hà Nội, ngày 9/4/2024', { place: 'Hà Nội', date: '2024-04-09' }, ['date-numeric']],
    ['Hà Nội ngày 09 tháng 4 năm 2024', { place: 'Hà Nội', date: '2024-04-09' }, ['comma-missing']],
    ['Hà Nội, ngày 9 tháng 04 năm 2024', { date: '2024-04-09' }, ['day-not-padded', 'month-padded']],
    ['Hà Nội, ngày 05 tháng 2 năm 2024', { date: '2024-02-05' }, ['month-not-padded']],
    ['Hà Nội, ngày O5 tháng 02 năm 2O24', { date: '2024-02-05' }, ['ocr-digit', 'ocr-digit']],
    [
      'Ha Noi, ngay 05 thang 02 nam 2024',
      { place: 'Ha Noi', date: '2024-02-05' },
      ['word-form', 'word-form', 'word-form'],
    ],
    ['Hà Nội, ngày      tháng     năm 2024', { place: 'Hà Nội', year: 2024 }, ['date-blank']],
    ['Hà Nội, ngày 30 tháng 02 năm 2024', { place: 'Hà Nội' }, ['date-invalid']],
    ['hà nội, ngày 05 tháng 02 năm 2024', { place: 'hà nội' }, ['place-case']],
    ['Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019', { place: 'Thành phố Hồ Chí Minh', date: '2019-06-29' }, []],
    // Units named after a number keep it as a syllable (nd30.md §2.4: "Quận 1").
    ['Quận 1, ngày 05 tháng 02 năm 2024', { place: 'Quận 1', date: '2024-02-05' }, []],
    ['Phường 12, ngày 10 tháng 12 năm 2024', { place: 'Phường 12', date: '2024-12-10' }, []],
    ['Phường IV, ngày 10 tháng 12 năm 2024', { place: 'Phường IV' }, []],
    ['Thị trấn Phong Điền, ngày 10 tháng 12 năm 2024', { place: 'Thị trấn Phong Điền' }, []],
    ['Thủ đô Hà Nội, ngày 10 tháng 12 năm 2024', { place: 'Thủ đô Hà Nội' }, []],
    ['quận 1, ngày 05 tháng 02 năm 2024', { place: 'quận 1' }, ['place-case']],
    ['Quận một, ngày 05 tháng 02 năm 2024', { place: 'Quận một' }, ['place-case']],
    ['Phường iv, ngày 05 tháng 02 năm 2024', { place: 'Phường iv' }, ['place-case']],
    ['Thành Phố Hồ chí Minh, ngày 05 tháng 02 năm 2024', { place: 'Thành Phố Hồ chí Minh' }, ['place-case']],
    // Corpus 033: a space before the comma.
    [
      'Hà Nội , ngày 22 tháng 07 năm 2015',
      { place: 'Hà Nội', date: '2015-07-22' },
      ['space-before-comma', 'month-padded'],
    ],
    ['Hà Nội\u00A0, ngày 22 tháng 7 năm 2015', { place: 'Hà Nội', date: '2015-07-22' }, ['space-before-comma']],
  ])('%s', (raw, fields, deviations) => {
    const parsed = parsePlaceDate(raw);
    expect(parsed).toMatchObject(fields);
    expect(parsed.deviations.map((d) => d.code)).toEqual(deviations);
  });

  it('says what the comma should follow', () => {
    expect(parsePlaceDate('Hà Nội , ngày 22 tháng 7 năm 2015').deviations).toEqual([
      expect.objectContaining({ code: 'space-before-comma', actual: 'Hà Nội ,', expected: 'Hà Nội,' }),
    ]);
  });

  it('reads NFD text', () => {
    expect(parsePlaceDate('Quảng Ngãi, ngày 09 tháng 4 năm 2024'.normalize('NFD'))).toMatchObject({
      place: 'Quảng Ngãi',
      date: '2024-04-09',
      deviations: [],
    });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parsePlaceDate(s)));
  });
});

const isoDate = fc
  .date({ min: new Date('1945-09-02T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const syllable = fc.constantFrom(
  'Hà',
  'Nội',
  'Quảng',
  'Ngãi',
  'Cần',
  'Thơ',
  'Đà',
  'Nẵng',
  'Huế',
  'Bình',
  'Định',
  'Hải',
  'Phòng',
  'Thủ',
  'Đức',
  'Ông',
  'Ích',
  'Khiêm',
);
const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
// The generic noun of a unit (PL II): "Thành phố Hồ Chí Minh", "Thị xã Sơn Tây".
const genericNoun = fc.constantFrom(
  'Thủ đô',
  'Thành phố',
  'Tỉnh',
  'Quận',
  'Huyện',
  'Thị xã',
  'Phường',
  'Xã',
  'Thị trấn',
  'Đặc khu',
);
// Units named after a number, Arabic or Roman: "Quận 1", "Phường 12", "Phường IV".
const unitNumber = fc.oneof(fc.integer({ min: 1, max: 30 }).map(String), fc.integer({ min: 1, max: 20 }).map(toRoman));
const place = fc.oneof(
  name,
  fc.tuple(genericNoun, name).map(([g, n]) => `${g} ${n}`),
  fc.tuple(genericNoun, unitNumber).map(([g, n]) => `${g} ${n}`),
);

describe('format then parse', () => {
  it('gives back every place and existing date without deviations', () => {
    fc.assert(
      fc.property(place, isoDate, (p, d) => {
        expect(parsePlaceDate(formatPlaceDate(p, d))).toEqual({
          place: p,
          date: d,
          day: Number(d.slice(8)),
          month: Number(d.slice(5, 7)),
          year: Number(d.slice(0, 4)),
          deviations: [],
        });
      }),
    );
  });
});
