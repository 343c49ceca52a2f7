/**
 * Numbering systems of the body and appendices (PL I, I.II.6.đ, I.III.1; nd30.md §2.6, §5.1).
 *
 * @module
 */

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 4 → "IV". @throws RangeError outside 1–3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/** "IV" → 4; undefined when not a well-formed Roman numeral. */
export function fromRoman(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN.find(([, l]) => l === text[i])![0];
    const next = i + 1 < text.length ? ROMAN.find(([, l]) => l === text[i + 1])![0] : 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : undefined;
}

/**
 * Letters of điểm in order. The decree itself skips f, j (a b c d đ e g h i k …); whether ă, â, ê, ô,
 * ơ, ư and the letters after k are used is UNCONFIRMED (nd30.md §2.6, §8.5): we follow the Vietnamese
 * alphabet without its marked vowels.
 */
export const POINT_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
] as const;

/** The label of the n-th điểm (0-based): 0 → "a", 4 → "đ". */
export function pointLabel(index: number): string {
  const letter = POINT_LETTERS[index];
  if (letter === undefined) throw new RangeError(`No điểm letter at ${index}`);
  return letter;
}
