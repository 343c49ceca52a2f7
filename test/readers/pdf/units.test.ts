/**
 * The PDF reader's small parts on their own: font names as producers write them, rows and spaces
 * from positioned chunks (precomposed and combining Vietnamese, ligatures, overprinted fake bold),
 * the two-column bands, the text state of the operator walk, and the page furniture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeRows } from '../../../src/readers/pdf/bands.js';
import { fontFace } from '../../../src/readers/pdf/fonts.js';
import { pageNumbering, removeFurniture } from '../../../src/readers/pdf/furniture.js';
import { type TextChunk, walkOperators } from '../../../src/readers/pdf/operators.js';
import { buildRows, cleanText, dropOverprints } from '../../../src/readers/pdf/rows.js';

const chunk = (text: string, x0: number, x1: number, y: number, size = 13, font = 'f1'): TextChunk => ({
  text,
  x0,
  x1,
  y,
  size,
  font,
  upright: true,
});

describe('font names', () => {
  it.each([
    ['ZIZYAJ+TimesNewRomanPSMT', 'Times New Roman', false, false],
    ['IAIJPM+TimesNewRomanPS-ItalicMT', 'Times New Roman', false, true],
    ['TimesNewRomanPS-BoldMT', 'Times New Roman', true, false],
    ['Times New Roman,BoldItalic', 'Times New Roman', true, true],
    ['Times New Roman,Bold', 'Times New Roman', true, false],
    ['BAAAAA+LiberationSerif-Bold', 'Liberation Serif', true, false],
    ['DAAAAA+LiberationSerif-Italic', 'Liberation Serif', false, true],
    ['ABCDEF+Times-Bold', 'Times', true, false],
    ['Times-Roman', 'Times', false, false],
    ['ArialMT', 'Arial', false, false],
    ['Arial-BoldItalicMT', 'Arial', true, true],
  ])('%s → %s', (name, family, bold, italic) => {
    expect(fontFace({ name })).toEqual({ family, bold, italic });
  });

  it('pdfjs’s flags make a font bold or italic when its name does not say', () => {
    expect(fontFace({ name: 'F1', bold: true })).toMatchObject({ bold: true, italic: false });
    expect(fontFace(undefined)).toEqual({ family: '', bold: false, italic: false });
  });
});

describe('rows and words', () => {
  it('joins glyph runs of one word, puts spaces back from gaps, NFC and ligatures', () => {
    // LibreOffice draws "Ủ" as a run of its own; a combining hook above follows its base letter.
    const rows = buildRows(0, [
      chunk('Ủ', 100, 109, 80),
      chunk('Y', 109.1, 118, 80),
      chunk('BAN', 121.5, 150, 80),
      chunk('Ho\u0309i', 153, 170, 80),
      chunk('\ufb01le', 173, 190, 80),
    ]);
    expect(rows.map((r) => r.segments.map((s) => s.text))).toEqual([['ỦY BAN Hỏi file']]);
  });

  it('cleanText is idempotent and leaves no double spaces, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
        expect(once).not.toMatch(/ {2}|^\s|\s$/u);
        expect(once).toBe(once.normalize('NFC'));
      }),
    );
  });

  it('rows follow baselines top to bottom; a raised note mark stays on its line', () => {
    const rows = buildRows(0, [
      chunk('second', 100, 150, 120),
      chunk('first', 100, 140, 100),
      chunk('2', 141, 146, 96, 8),
    ]);
    expect(rows.map((r) => r.segments.map((s) => s.text).join(' '))).toEqual(['first 2', 'second']);
  });

  it('text drawn twice over itself (fake bold) is kept once and marked', () => {
    const a = chunk('VIỆT', 492.2, 524, 83);
    const b = chunk('VIỆT', 492.4, 524.2, 83);
    const { chunks, overprinted } = dropOverprints([a, b]);
    expect(chunks).toHaveLength(1);
    expect(overprinted.has(chunks[0]!)).toBe(true);
  });
});

describe('two-column bands', () => {
  it('the header is read left column then right column; the body after it row by row', () => {
    const rows = buildRows(0, [
      chunk('ỦY BAN NHÂN DÂN', 109, 231, 83),
      chunk('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 287, 558, 83),
      chunk('TỈNH QUẢNG NGÃI', 109, 231, 98),
      chunk('Độc lập - Tự do - Hạnh phúc', 343, 502, 98),
      chunk('Số: 507/UBND-KGVX', 104, 236, 129),
      chunk('Quảng Ngãi, ngày 24 tháng 01 năm 2025', 320, 536, 129),
      chunk('V/v góp ý dự thảo', 120, 220, 151),
      chunk('Kính gửi: Sở Thông tin và Truyền thông', 251, 482, 248, 14),
    ]);
    const placed = placeRows(rows, true);
    expect(placed.map((p) => [p.region, p.text])).toEqual([
      ['header-left', 'ỦY BAN NHÂN DÂN'],
      ['header-left', 'TỈNH QUẢNG NGÃI'],
      ['header-left', 'Số: 507/UBND-KGVX'],
      ['header-left', 'V/v góp ý dự thảo'],
      ['header-right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['header-right', 'Độc lập - Tự do - Hạnh phúc'],
      ['header-right', 'Quảng Ngãi, ngày 24 tháng 01 năm 2025'],
      ['page', 'Kính gửi: Sở Thông tin và Truyền thông'],
    ]);
  });

  it('the closing block: Nơi nhận left, the signer right, the name far below', () => {
    const rows = buildRows(0, [
      chunk('Nơi nhận:', 99, 150, 500, 12),
      chunk('KT. CHỦ TỊCH', 380, 470, 500, 14),
      chunk('- Như trên;', 99, 150, 514, 11),
      chunk('PHÓ CHỦ TỊCH', 378, 472, 516, 14),
      chunk('- Lưu: VT, KGVX.', 99, 180, 528, 11),
      chunk('Trần Hoàng Tuấn', 375, 475, 600, 14),
    ]);
    expect(placeRows(rows, false).map((p) => [p.region, p.text])).toEqual([
      ['closing-left', 'Nơi nhận:'],
      ['closing-left', '- Như trên;'],
      ['closing-left', '- Lưu: VT, KGVX.'],
      ['closing-right', 'KT. CHỦ TỊCH'],
      ['closing-right', 'PHÓ CHỦ TỊCH'],
      ['closing-right', 'Trần Hoàng Tuấn'],
    ]);
  });
});

describe('the operator walk', () => {
  // The codes the walk reads, as pdfjs numbers them.
  const OPS = {
    save: 10,
    restore: 11,
    transform: 12,
    beginText: 31,
    endText: 32,
    setFont: 37,
    setTextMatrix: 42,
    moveText: 40,
    showText: 44,
    setCharSpacing: 33,
    setWordSpacing: 34,
    setHScale: 35,
    constructPath: 91,
    stroke: 20,
    fill: 22,
    setLineWidth: 2,
  };
  const viewport = [1, 0, 0, -1, 0, 842] as const;
  const glyphs = (s: string) => [...s].map((c) => ({ unicode: c, width: 500, isSpace: c === ' ' }));

  it('places glyphs with the text matrix, the CTM and the font size; a space splits words', () => {
    const content = walkOperators(
      [OPS.beginText, OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.endText],
      [[], ['F1', 12], [[1, 0, 0, 1, 100, 742]], [glyphs('Số: 5')], []],
      OPS,
      viewport,
      () => ({ fontMatrix: [0.001, 0, 0, 0.001, 0, 0] }),
    );
    expect(content.chunks.map((c) => [c.text, c.x0, c.x1, c.y, c.size])).toEqual([
      ['Số:', 100, 118, 100, 12],
      ['5', 124, 130, 100, 12],
    ]);
    expect(content.chunks[1]!.spaceBefore).toBe(true);
  });

  it('a thin filled rectangle and a stroked segment are drawn lines; a tall box is not', () => {
    const rect = (x: number, y: number, w: number, h: number) => [
      0,
      x,
      y,
      1,
      x + w,
      y,
      1,
      x + w,
      y + h,
      1,
      x,
      y + h,
      4,
    ];
    const content = walkOperators(
      [OPS.setLineWidth, OPS.constructPath, OPS.constructPath, OPS.constructPath],
      [
        [0.75],
        [OPS.stroke, [[0, 150, 742, 1, 220, 742]]],
        [OPS.fill, [rect(300, 740, 160, 0.5)]],
        [OPS.fill, [rect(300, 600, 160, 40)]],
      ],
      OPS,
      viewport,
      () => undefined,
    );
    expect(content.segments.map((s) => [s.x0, s.x1, s.y])).toEqual([
      [150, 220, 100],
      [300, 460, 101.75],
    ]);
  });
});

describe('page furniture', () => {
  it('numbers counting up at the top of pages 2+ are facts, not text; centred', () => {
    const page = (n: number) => [
      ...(n > 0 ? [chunk(String(n + 1), 312, 320, 40)] : []),
      chunk(`Nội dung trang ${n + 1} của văn bản, dòng đầu tiên đủ dài`, 99, 538, 80, 14),
      chunk('dòng thứ hai', 99, 300, 98, 14),
    ];
    const pages = [0, 1, 2].map((n) => buildRows(n, page(n)));
    const furniture = removeFurniture(pages, [842, 842, 842]);
    expect(furniture.pages.map((rows) => rows.length)).toEqual([2, 2, 2]);
    expect(pageNumbering(furniture.numbers)).toEqual({
      position: 'header',
      alignment: 'center',
      onFirstPage: false,
      format: 'decimal',
    });
  });
});
