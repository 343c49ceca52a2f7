import { ALL_KINDS } from '../registry/kinds.js';

/**
 * OCR repairs inside ký hiệu-like tokens ("33/CD-TTg" → "33/CĐ-TTg"): OCR and fonts without
 * Vietnamese glyphs read Đ as D; a type code that is not in the table but becomes one with Đ is
 * repaired (PL III mục I; nd30.md §1: "QD" in place of "QĐ" is an error of the text, not a new code).
 *
 * @module
 */

const CODES = new Set(ALL_KINDS.flatMap((k) => ('code' in k && k.code ? [k.code] : [])));
const TOKEN = /(\d{1,6}\/(?:\d{4}\/)?)([A-Za-zĐđ]{1,6})(?=-[A-ZĐ])/g;

/** One repair made. */
export interface OcrRepair {
  /** Index of the repaired code in the text. */
  readonly index: number;
  readonly from: string;
  readonly to: string;
}

/** Repairs type codes in ký hiệu tokens; the text keeps its length, so positions stay valid. */
export function repairTypeCodes(text: string): { text: string; repairs: OcrRepair[] } {
  const repairs: OcrRepair[] = [];
  if (!text.includes('/')) return { text, repairs };
  const out = text.replace(TOKEN, (whole, head: string, code: string, index: number) => {
    if (CODES.has(code) || !code.includes('D')) return whole;
    const fixed = code.replace(/D/g, 'Đ');
    if (!CODES.has(fixed)) return whole;
    repairs.push({ index: index + head.length, from: code, to: fixed });
    return head + fixed;
  });
  return { text: out, repairs };
}

/** Whether the UTF-16 unit `code` belongs to a word (a letter or a digit). */
function wordUnit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `word` is an upper-case word whose only digits are zeros read for O ("C0NG", "H0À"; not "A0", "QH10", "2020"). */
function zeroForO(word: string): boolean {
  if (/[1-9]|\p{Ll}/u.test(word)) return false;
  let letters = 0;
  for (const ch of word) if (ch !== '0' && ++letters >= 2) return true;
  return false;
}

/**
 * OCR reads the letter O as the digit 0 inside capitals ("C0NG HÒA", "GIÁM Đ0C"): such zeros as
 * "O", the text keeping its length so that positions stay valid. A zero in a word with other
 * digits or lower-case letters, or with fewer than two letters ("A0" paper), is a digit. Only the
 * words around a zero are looked at (this runs on every folded cell).
 */
export function zerosAsO(text: string): string {
  let at = text.indexOf('0');
  if (at < 0) return text;
  let out = '';
  let copied = 0;
  while (at >= 0) {
    let a = at;
    while (a > 0 && wordUnit(text.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < text.length && wordUnit(text.charCodeAt(b))) b++;
    const word = text.slice(a, b);
    if (zeroForO(word)) {
      out += text.slice(copied, a) + word.replaceAll('0', 'O');
      copied = b;
    }
    at = text.indexOf('0', b);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** {@link zerosAsO} with the count of zeros it read as O, for reporting a field's repair. */
export function repairZeros(text: string): { text: string; count: number } {
  const fixed = zerosAsO(text);
  if (fixed === text) return { text, count: 0 };
  let count = 0;
  for (let k = 0; k < text.length; k++) if (text[k] !== fixed[k]) count++;
  return { text: fixed, count };
}
