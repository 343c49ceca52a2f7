import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberNotation, ND30_TYPE_CODES, parseNumberNotation } from '../../src/index.js';

const codes = (raw: string) => parseNumberNotation(raw).deviations.map((d) => d.code);

describe('formatNumberNotation', () => {
  it.each([
    [{ number: 5, notation: 'QĐ-UBND' }, 'Số: 05/QĐ-UBND'],
    [{ number: 1719, notation: 'UBND-KGVX' }, 'Số: 1719/UBND-KGVX'],
    [{ number: 5, notation: 'SY-UBND' }, 'Số: 05/SY-UBND'],
    [{ number: 15, notation: 'QĐ-BNV' }, 'Số: 15/QĐ-BNV'],
    [{ number: 10, notation: 'BNV-VP' }, 'Số: 10/BNV-VP'],
    [{ notation: 'UBND-VP' }, 'Số:       /UBND-VP'],
  ])('%j → %s', (value, expected) => {
    expect(formatNumberNotation(value)).toBe(expected);
  });
});

describe('parseNumberNotation', () => {
  it.each([
    ['Số: 05/QĐ-UBND', { number: 5, notation: 'QĐ-UBND', typeCode: 'QĐ', regime: 'hanh-chinh' }, []],
    ['Số: 1719/UBND-KGVX', { number: 1719, notation: 'UBND-KGVX', regime: 'hanh-chinh' }, []],
    ['Số:1719/UBND-KGVX', { number: 1719, notation: 'UBND-KGVX' }, ['space-after-colon']],
    ['Số: /UBND-VP', { notation: 'UBND-VP' }, ['number-missing']],
    ['Số: 12 / UBND - VP', { number: 12, notation: 'UBND-VP' }, ['space-around-separator', 'space-around-separator']],
    ['Số: 12/2024/QĐ-UBND', { number: 12, notation: '2024/QĐ-UBND', year: 2024, typeCode: 'QĐ', regime: 'quy-pham-phap-luat' }, ['year-in-notation']],
    ['Số 36-HD/VPTW', { number: 36, notation: 'HD/VPTW', regime: 'dang' }, ['colon-missing']],
    ['Số: 5/QĐ-UBND', { number: 5 }, ['number-not-padded']],
    ['Số: 012/QĐ-UBND', { number: 12 }, ['number-over-padded']],
    ['SỐ: 05/QĐ-UBND', { number: 5 }, ['label-form']],
    ['Số: 12/CV-UBND', { notation: 'CV-UBND' }, ['cv-type-code']],
    ['Số: 03/TTR-UBND', { notation: 'TTR-UBND' }, ['type-code-case']],
    ['Số: 04/QyĐ-UBND', { typeCode: 'QyĐ' }, []],
    ['Số: l7l9/UBND-KGVX', { number: 1719 }, ['ocr-digit']],
    ['Số: 17986/BTC-CT', { number: 17986, notation: 'BTC-CT' }, []],
    ['Số: 5095/SGDĐT-CTTTHSSV', { number: 5095, notation: 'SGDĐT-CTTTHSSV' }, []],
    ['Số: 33/CĐ-TTg', { number: 33, notation: 'CĐ-TTg', typeCode: 'CĐ' }, []],
  ])('%s', (raw, fields, deviations) => {
    const parsed = parseNumberNotation(raw);
    expect(parsed).toMatchObject(fields);
    expect(parsed.deviations.map((d) => d.code)).toEqual(deviations);
  });

  it('gives the expected form with a deviation', () => {
    expect(parseNumberNotation('Số: 5/QĐ-UBND').deviations[0]).toMatchObject({ actual: '5', expected: '05' });
    expect(parseNumberNotation('Số: 03/TTR-UBND').deviations[0]).toMatchObject({ expected: 'TTr' });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseNumberNotation(s)));
    expect(codes('')).toContain('label-missing');
  });
});

const abbr = fc.stringMatching(/^[A-ZĐ][A-ZĐ0-9]{0,7}$/);
const notation = fc.oneof(
  fc.tuple(fc.constantFrom(...ND30_TYPE_CODES), abbr).map(([t, a]) => `${t}-${a}`),
  fc.array(abbr, { minLength: 2, maxLength: 3 }).map((g) => g.join('-')),
);

describe('format then parse', () => {
  it('gives back every valid number and notation without deviations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), notation, (number, notation) => {
        const parsed = parseNumberNotation(formatNumberNotation({ number, notation }));
        expect(parsed).toMatchObject({ number, notation });
        expect(parsed.deviations.filter((d) => d.code !== 'cv-type-code')).toEqual([]);
      }),
    );
  });
});
