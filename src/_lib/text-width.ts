/**
 * Estimated printed width of a line of text in Times New Roman, to compare a drawn line's length
 * with the text above it (nd30.md §3.4: the Tiêu ngữ line as long as the text, the issuer's 1/3–1/2).
 *
 * The advance widths are those of Times Roman (Adobe AFM, in 1/1000 em), which Times New Roman
 * matches to within a few units; a Vietnamese letter takes the width of its base letter (diacritics
 * do not advance). Kerning is ignored, so the estimate is within about 2% on real lines.
 *
 * @module
 */

const REGULAR_UPPER = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611,
];
const REGULAR_LOWER = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444,
];
const BOLD_UPPER = [
  722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
  722, 722, 667,
];
const BOLD_LOWER = [
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
  500, 500, 444,
];
const PUNCTUATION: Record<string, number> = {
  ' ': 250,
  '-': 333,
  _: 500,
  '.': 250,
  ',': 250,
  ':': 278,
  ';': 278,
  '/': 278,
  '(': 333,
  ')': 333,
  '"': 408,
  "'": 180,
  '&': 778,
  '*': 500,
};

/** Advance of a character by its base letter (ASCII or not), from the tables above. */
function baseAdvance(base: string, bold: boolean): number {
  const code = base.charCodeAt(0);
  if (code >= 65 && code <= 90) return (bold ? BOLD_UPPER : REGULAR_UPPER)[code - 65]!;
  if (code >= 97 && code <= 122) return (bold ? BOLD_LOWER : REGULAR_LOWER)[code - 97]!;
  if (code >= 48 && code <= 57) return 500;
  return PUNCTUATION[base] ?? 500;
}

// Advances of the ASCII characters, looked up by code (this runs for every run a reader measures).
const ASCII: readonly [Int16Array, Int16Array] = [false, true].map((bold) =>
  Int16Array.from({ length: 128 }, (_, c) => baseAdvance(String.fromCharCode(c), bold)),
) as [Int16Array, Int16Array];
// Advances of the other characters met so far (Vietnamese letters), found once each.
const OTHERS: readonly [Map<string, number>, Map<string, number>] = [new Map(), new Map()];

/** Advance width of one character (one code point) in 1/1000 em. */
export function advance(ch: string, bold: boolean): number {
  const code = ch.charCodeAt(0);
  if (code < 128) return ASCII[bold ? 1 : 0][code]!;
  const cache = OTHERS[bold ? 1 : 0];
  let width = cache.get(ch);
  if (width === undefined) {
    // đ/Đ advance like d/D; other letters by their base letter after stripping the marks.
    width = baseAdvance((ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch).normalize('NFD')[0] ?? ch, bold);
    cache.set(ch, width);
  }
  return width;
}

/** Estimated width in millimetres of `text` set in Times New Roman at `sizePt`. */
export function textWidthMm(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return (units / 1000) * sizePt * (25.4 / 72);
}
