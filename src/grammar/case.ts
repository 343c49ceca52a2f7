/**
 * Vietnamese upper, lower and title case (PL II). JavaScript's Unicode case mapping is right for
 * Vietnamese (đ ↔ Đ, ư ↔ Ư, tone-marked vowels), provided the text is NFC first.
 *
 * @module
 */

/** Upper case, e.g. "Ủy ban nhân dân tỉnh" → "ỦY BAN NHÂN DÂN TỈNH". */
export function toUpperVi(text: string): string {
  return text.normalize('NFC').toUpperCase();
}

/** Lower case. */
export function toLowerVi(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Every syllable capitalised, e.g. "TRẦN HOÀNG TUẤN" → "Trần Hoàng Tuấn", "quảng ngãi" → "Quảng Ngãi". */
export function toTitleCaseVi(text: string): string {
  return toLowerVi(text).replace(/(^|[\s\-–(/])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** First letter capitalised, the rest as it is: "về việc …" → "Về việc …". */
export function capitalizeFirstVi(text: string): string {
  const t = text.normalize('NFC');
  const i = t.search(/\p{L}/u);
  return i < 0 ? t : t.slice(0, i) + t.charAt(i).toUpperCase() + t.slice(i + 1);
}

/** True when the text has letters and none of them is lower case. */
export function isUpperVi(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text.normalize('NFC'));
}

/** True when every syllable starts with a capital letter ("Quảng Ngãi", "Thành phố Hồ Chí Minh" is not). */
export function isTitleCaseVi(text: string): boolean {
  const words = text
    .normalize('NFC')
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}
