/**
 * Unicode normalisation of Vietnamese text on the way in: NFC, so that "ễ" typed as e + two
 * combining marks matches "ễ" (pitfalls.md, Text and parsing).
 *
 * @module
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NFC-normalises `text` and removes zero-width characters and soft hyphens. Idempotent. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '');
}

/** NFC-normalises every string inside `value` (objects and arrays, recursively); other values pass through. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => normalizeDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeDeep(v);
    return out as T;
  }
  return value;
}
