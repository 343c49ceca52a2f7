import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capitalizeFirstVi,
  formatArchiveLine,
  formatAuthority,
  fromRoman,
  isArchiveLine,
  isTitleCaseVi,
  isUpperVi,
  normalizeText,
  normalizeTonePlacement,
  parseArchiveLine,
  parseAuthorityLine,
  pointLabel,
  splitAcademicTitle,
  splitMilitaryRank,
  bareSignerName,
  toLowerVi,
  toRoman,
  toTitleCaseVi,
  toUpperVi,
} from '../../src/index.js';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** The text without its tone marks (vowel marks such as ơ, ư, â and đ kept), NFC. */
const withoutTones = (s: string) => s.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
/** Tone marks in order. */
const tonesOf = (s: string) => s.normalize('NFD').match(TONE_MARKS) ?? [];

const LOWER_LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'];
const letter = fc.constantFrom(...LOWER_LETTERS, ...LOWER_LETTERS.map((c) => c.toUpperCase()));
const word = fc.array(letter, { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
/** Words of Vietnamese letters in any case, joined by a space or a hyphen. */
const phrase = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', '-', ' - ')), { minLength: 1, maxLength: 5 })
  .map((ws) => ws.map(([w, sep], i) => (i === 0 ? w : sep + w)).join(''));

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

  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'ủy ban nhân dân tỉnh quảng ngãi'],
    ['ĐỘC LẬP - TỰ DO - HẠNH PHÚC', 'độc lập - tự do - hạnh phúc'],
    ['Phó Chủ tịch', 'phó chủ tịch'],
    ['ĐẢNG ỦY', 'đảng ủy'],
  ])('lower %s', (upper, lower) => expect(toLowerVi(upper)).toBe(lower));

  it('lowers NFD input to NFC', () => {
    expect(toLowerVi('QUẢNG NGÃI'.normalize('NFD'))).toBe('quảng ngãi');
    expect(toLowerVi('ĐỨC'.normalize('NFD'))).toBe('đức'.normalize('NFC'));
  });

  it.each([
    ['về việc triển khai Công điện số 33/CĐ-TTg', 'Về việc triển khai Công điện số 33/CĐ-TTg'],
    ['đề nghị hỗ trợ kinh phí', 'Đề nghị hỗ trợ kinh phí'],
    ['ủy quyền ký', 'Ủy quyền ký'],
    ['"về việc" trong ngoặc', '"Về việc" trong ngoặc'],
    ['12 nhiệm vụ trọng tâm', '12 Nhiệm vụ trọng tâm'],
    ['Đã viết hoa', 'Đã viết hoa'],
    ['', ''],
    ['2024', '2024'],
  ])('capitalises the first letter only: %s', (text, expected) => expect(capitalizeFirstVi(text)).toBe(expected));

  it('capitalises the first letter of NFD text and keeps the rest as it is', () => {
    expect(capitalizeFirstVi('ủy ban nhân dân'.normalize('NFD'))).toBe('Ủy ban nhân dân');
    fc.assert(
      fc.property(phrase, (s) => {
        const out = capitalizeFirstVi(s);
        expect(out).toBe(out.normalize('NFC'));
        expect(out.slice(1)).toBe(s.normalize('NFC').slice(1));
        expect(out.charAt(0)).toBe(s.charAt(0).toUpperCase());
        expect(capitalizeFirstVi(out)).toBe(out);
      }),
    );
  });

  it('upper then lower round-trips any NFC Vietnamese text', () => {
    const letters = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ',
    );
    fc.assert(
      fc.property(
        fc.array(letters).map((a) => a.join('')),
        (s) => {
          expect(toUpperVi(s).toLowerCase()).toBe(s);
        },
      ),
    );
  });
});

describe('title case (properties)', () => {
  it.each([
    ['đà nẵng', 'Đà Nẵng'],
    ['ĐỒNG THÁP', 'Đồng Tháp'],
    ['bà rịa - vũng tàu', 'Bà Rịa - Vũng Tàu'],
    ['thừa thiên-huế', 'Thừa Thiên-Huế'],
    ['ủy ban (tỉnh)', 'Ủy Ban (Tỉnh)'],
  ])('%s → %s', (text, expected) => {
    expect(toTitleCaseVi(text)).toBe(expected);
    expect(isTitleCaseVi(expected)).toBe(true);
  });

  it('tells title case from the other cases, Đ and đ included', () => {
    expect(isTitleCaseVi('Đà Nẵng')).toBe(true);
    expect(isTitleCaseVi('đà Nẵng')).toBe(false);
    expect(isTitleCaseVi('Đà nẵng')).toBe(false);
    expect(isTitleCaseVi('Ủy Ban'.normalize('NFD'))).toBe(true);
    expect(isTitleCaseVi('12')).toBe(false); // no syllable with a letter
    expect(isTitleCaseVi('')).toBe(false);
  });

  it('is idempotent, NFC, the same letters in another case, and title case by isTitleCaseVi', () => {
    fc.assert(
      fc.property(phrase, fc.boolean(), (s, nfd) => {
        const input = nfd ? s.normalize('NFD') : s;
        const title = toTitleCaseVi(input);
        expect(title).toBe(title.normalize('NFC'));
        expect(toTitleCaseVi(title)).toBe(title);
        expect(toLowerVi(title)).toBe(toLowerVi(s));
        expect(isTitleCaseVi(title)).toBe(true);
        // Each syllable: a capital, then no capital (Đ and đ included).
        for (const w of title.split(/[\s-]+/u).filter(Boolean)) {
          expect(w.charAt(0)).toBe(w.charAt(0).toUpperCase());
          expect(w.slice(1)).toBe(w.slice(1).toLowerCase());
        }
      }),
    );
  });

  it('calls a text title case exactly when every syllable starts with a capital', () => {
    fc.assert(
      fc.property(phrase, (s) => {
        const syllables = s.split(/[\s-]+/u).filter(Boolean);
        expect(isTitleCaseVi(s)).toBe(syllables.every((w) => w.charAt(0) !== w.charAt(0).toLowerCase()));
        expect(isTitleCaseVi(s.normalize('NFD'))).toBe(isTitleCaseVi(s));
      }),
    );
  });
});

describe('normalisation and tone placement', () => {
  it('makes NFD text NFC and drops zero-width characters, idempotently', () => {
    const raw = 'Qu\u200Bảng Ngãi'.normalize('NFD');
    expect(normalizeText(raw)).toBe('Quảng Ngãi');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
      }),
    );
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
    ['Thuý', 'Thúy', 'Thuý'],
    ['quý', 'quý', 'quý'],
    ['gìn', 'gìn', 'gìn'],
    ['Đoàn', 'Đoàn', 'Đoàn'],
    ['ĐOÀ', 'ĐÒA', 'ĐOÀ'],
  ])('%s → classic %s, modern %s', (word, classic, modern) => {
    expect(normalizeTonePlacement(word, 'classic')).toBe(classic);
    expect(normalizeTonePlacement(word, 'modern')).toBe(modern);
  });

  it('places the tone of an open oa, oe, uy on the first vowel by default (classic): hoà → hòa', () => {
    // tone.ts: classic (the default) marks the first vowel of an open oa/oe/uy, modern the second.
    expect(normalizeTonePlacement('hoà')).toBe('hòa');
    expect(normalizeTonePlacement('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(normalizeTonePlacement('hòa', 'modern')).toBe('hoà');
    expect(normalizeTonePlacement('Sở Y tế tỉnh Khánh Hoà, Quảng Ngãi')).toBe('Sở Y tế tỉnh Khánh Hòa, Quảng Ngãi');
  });
});

// Syllables built from an onset, a rhyme whose tone position is known in each style, and a tone:
// an oracle written by hand, apart from tone.ts's rules.
const ONSETS = ['', 'h', 'kh', 'th', 'nh', 'tr', 'đ', 'Đ', 'l', 'x'];
/** Rhyme, index of the toned vowel in the classic and modern styles. */
const RHYMES: readonly [string, number, number][] = [
  ['a', 0, 0],
  ['an', 0, 0],
  ['ai', 0, 0],
  ['ao', 0, 0],
  ['ay', 0, 0],
  ['anh', 0, 0],
  ['ăn', 0, 0],
  ['âu', 0, 0],
  ['oa', 0, 1],
  ['oe', 0, 1],
  ['uy', 0, 1],
  ['oan', 1, 1],
  ['oang', 1, 1],
  ['oai', 1, 1],
  ['oen', 1, 1],
  ['uynh', 1, 1],
  ['uyên', 2, 2],
  ['uân', 1, 1],
  ['ia', 0, 0],
  ['ua', 0, 0],
  ['ưa', 0, 0],
  ['iên', 1, 1],
  ['uôn', 1, 1],
  ['ương', 1, 1],
  ['ươi', 1, 1],
  ['uê', 1, 1],
  ['ui', 0, 0],
  ['oi', 0, 0],
  ['ôi', 0, 0],
  ['ơi', 0, 0],
  ['ưi', 0, 0],
  ['ênh', 0, 0],
  ['inh', 0, 0],
  ['ơn', 0, 0],
];
/** After "qu" and "gi" the u / i is part of the onset ("quý", "giữa", "giường"): only the rhymes these take. */
const QU_GI: readonly [string, string, number, number][] = [
  ['qu', 'a', 0, 0],
  ['qu', 'ang', 0, 0],
  ['qu', 'ay', 0, 0],
  ['qu', 'y', 0, 0],
  ['qu', 'ynh', 0, 0],
  ['qu', 'yên', 1, 1],
  ['qu', 'ân', 0, 0],
  ['qu', 'ê', 0, 0],
  ['gi', 'a', 0, 0],
  ['gi', 'ao', 0, 0],
  ['gi', 'ưa', 0, 0],
  ['gi', 'ương', 1, 1],
  ['gi', 'ăng', 0, 0],
  ['gi', 'ây', 0, 0],
];
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWEL = /[aăâeêioôơuưy]/iu;

/** `letters` with `tone` on the letter at `index`, NFC. */
function toned(letters: string, index: number, tone: string): string {
  const chars = [...letters];
  chars[index] = chars[index]! + tone;
  return chars.join('').normalize('NFC');
}

const onsetAndRhyme = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...RHYMES))
    .map(([onset, [rhyme, classic, modern]]) => ({ onset, rhyme, classic, modern })),
  fc.constantFrom(...QU_GI).map(([onset, rhyme, classic, modern]) => ({ onset, rhyme, classic, modern })),
);
const syllable = fc
  .record({ parts: onsetAndRhyme, tone: fc.constantFrom(...TONES), upper: fc.boolean(), at: fc.nat() })
  .map(({ parts: { onset, rhyme, classic, modern }, tone, upper, at }) => {
    const letters = onset + rhyme;
    const vowels = [...rhyme].flatMap((c, i) => (VOWEL.test(c) ? [onset.length + i] : []));
    // The input carries the tone on any vowel of the rhyme, the right one or not.
    const input = toned(letters, vowels[at % vowels.length]!, tone);
    const up = (t: string) => (upper ? t.toUpperCase() : t);
    return {
      input: up(input),
      classic: up(toned(letters, onset.length + classic, tone)),
      modern: up(toned(letters, onset.length + modern, tone)),
    };
  });

describe('tone placement (properties)', () => {
  it('puts the tone on the right vowel of every syllable, in either style, whatever vowel it came on', () => {
    fc.assert(
      fc.property(syllable, fc.boolean(), (s, nfd) => {
        const input = nfd ? s.input.normalize('NFD') : s.input;
        expect(normalizeTonePlacement(input, 'classic')).toBe(s.classic);
        expect(normalizeTonePlacement(input, 'modern')).toBe(s.modern);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent, gives NFC, keeps the letters and Đ/đ, and moves no tone from one syllable to another', () => {
    const text = fc
      .array(
        fc.oneof(
          syllable.map((s) => s.input),
          fc.constantFrom(' ', ', ', ' - ', '/', ' 2024 '),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('classic' as const, 'modern' as const), fc.boolean(), (t, style, nfd) => {
        const out = normalizeTonePlacement(nfd ? t.normalize('NFD') : t, style);
        expect(out).toBe(out.normalize('NFC'));
        expect(normalizeTonePlacement(out, style)).toBe(out);
        expect(withoutTones(out)).toBe(withoutTones(t));
        expect([...out].filter((c) => c === 'đ' || c === 'Đ')).toEqual(
          [...t.normalize('NFC')].filter((c) => c === 'đ' || c === 'Đ'),
        );
        const words = (x: string) => x.normalize('NFC').match(/\p{L}+/gu) ?? [];
        expect(words(out).map(tonesOf)).toEqual(words(t).map(tonesOf));
      }),
    );
  });

  it('switches style both ways and leaves text with no tone, or two, as it is', () => {
    fc.assert(
      fc.property(syllable, (s) => {
        expect(normalizeTonePlacement(normalizeTonePlacement(s.input, 'modern'), 'classic')).toBe(s.classic);
        expect(normalizeTonePlacement(normalizeTonePlacement(s.input, 'classic'), 'modern')).toBe(s.modern);
      }),
    );
    expect(normalizeTonePlacement('Quang Ngai Đông')).toBe('Quang Ngai Đông');
    expect(normalizeTonePlacement('hoàà')).toBe('hoàà');
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
    // Web copies drop the space after the period: the line is still an authority line.
    ['KT.TRƯỞNG BAN CHÍNH SÁCH', { prefix: 'KT', of: 'TRƯỞNG BAN CHÍNH SÁCH' }, ['prefix-space']],
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
    expect(parseAuthorityLine('KTNN TỈNH')).toBeUndefined();
    expect(parseAuthorityLine('Q.1, TP. HỒ CHÍ MINH')).toBeUndefined();
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('TM', 'KT', 'TL', 'TUQ', 'Q' as const),
        fc.constantFrom('CHỦ TỊCH', 'BỘ TRƯỞNG', 'ỦY BAN NHÂN DÂN', 'GIÁM ĐỐC'),
        (prefix, of) => {
          expect(parseAuthorityLine(formatAuthority({ prefix, of }))).toMatchObject({
            authority: { prefix, of },
            deviations: [],
          });
        },
      ),
    );
  });

  it('splits learned titles off names', () => {
    expect(splitAcademicTitle('PGS.TS. Nguyễn Văn A')).toEqual({ title: 'PGS.TS.', name: 'Nguyễn Văn A' });
    expect(splitAcademicTitle('Trần Hoàng Tuấn')).toEqual({ name: 'Trần Hoàng Tuấn' });
  });

  it('splits a military rank off names, and not a name that starts like one', () => {
    expect(splitMilitaryRank('Thượng tướng Võ Minh Lương')).toEqual({ rank: 'Thượng tướng', name: 'Võ Minh Lương' });
    expect(splitMilitaryRank('Phó Đô đốc Phạm Hoài Nam')).toEqual({ rank: 'Phó Đô đốc', name: 'Phạm Hoài Nam' });
    expect(splitMilitaryRank('Trung Tá Văn Hùng')).toEqual({ name: 'Trung Tá Văn Hùng' });
    expect(bareSignerName('Đại tá, TS. Lê Văn B')).toBe('Đại tá, TS. Lê Văn B');
    expect(bareSignerName('Đại tá TS. Lê Văn B')).toBe('Lê Văn B');
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
    // OCR to markdown: the list's dash before the document's own.
    ['- - Lưu: VT, KGVX.', { archive: ['VT', 'KGVX'] }, []],
    ['- -Lưu VT, KGVX.', { archive: ['VT', 'KGVX'] }, ['colon-missing']],
    // The line printed with no entry at all.
    ['- Lưu.', { archive: [] }, ['colon-missing', 'vt-missing']],
    // Drafters' marks in brackets after a holder, with a comma of their own (bulk pages of Nghệ An).
    ['- Lưu: VT, NC (TP, Dũng).', { archive: ['VT', 'NC (TP, Dũng)'] }, []],
    // The holders in brackets (a Sở's letter of 2007 on its web page).
    ['- Lưu (VP ; KT&KĐCL).', { archive: ['VP', 'KT&KĐCL'] }, ['colon-missing', 'vt-missing']],
  ])('%s', (line, fields, deviations) => {
    const parsed = parseArchiveLine(line);
    expect(parsed).toMatchObject(fields);
    expect(parsed.deviations.map((d) => d.code)).toEqual(deviations);
  });

  it.each([
    ['- Lưu: VT, KGVX.', true],
    ['Lưu: VT.', true],
    ['- Lưu VT, NCC.', true], // corpus 033, no colon
    ['LƯU: VT', true],
    ['- Luu: VT, KGVX.', true], // diacritics lost
    ['- Lưu hồ sơ', true],
    ['Lưu Văn phòng Trung ương Đảng.', true], // corpus 019
    ['Lưu HCTĐKT.', true], // corpus 029
    ['Văn thư, NN (2) Tuynh', false], // corpus 014 prints no "Lưu"
    ['- Lưu', true],
    ['- Lưu.', true],
    ['- - Lưu: VT.', true],
    ['- Như trên;', false],
    ['- Lưu ý: các đơn vị báo cáo trước ngày 15.', false], // a note, not the Lưu line
    ['LƯU HÀNH NỘI BỘ', false], // the circulation stamp (ô 11)
    ['- Trung tâm Lưu trữ lịch sử;', false],
    ['- Lưu trữ tỉnh;', false],
    ['- Lưu (VT)', true],
    ['- Lưu (tham khảo)', false],
  ])('isArchiveLine(%j) is %s', (line, expected) => {
    expect(isArchiveLine(line)).toBe(expected);
    expect(isArchiveLine(line.normalize('NFD'))).toBe(expected);
  });

  it('takes every Lưu line it writes for one', () => {
    const unit = fc.stringMatching(/^[A-ZĐ]{2,6}$/);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 3 }), (units) => {
        expect(isArchiveLine(`- ${formatArchiveLine({ archive: ['VT', ...units] })}`)).toBe(true);
      }),
    );
  });

  it('round-trips', () => {
    const unit = fc.stringMatching(/^[A-ZĐ]{2,6}$/).filter((u) => u !== 'VT');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 3 }),
        fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        (units, copies) => {
          const line = { archive: ['VT', ...units], ...(copies !== undefined && { archiveCopies: copies }) };
          expect(parseArchiveLine(formatArchiveLine(line))).toEqual({ ...line, deviations: [] });
        },
      ),
    );
  });
});

describe('numbering', () => {
  it('writes and reads Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 1999].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(fromRoman(toRoman(n))).toBe(n);
      }),
    );
    expect(fromRoman('IIII')).toBeUndefined();
  });

  it('labels điểm in the Decree order, skipping f and j', () => {
    expect(Array.from({ length: 10 }, (_, i) => pointLabel(i)).join(' ')).toBe('a b c d đ e g h i k');
  });
});
