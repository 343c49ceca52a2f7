/**
 * What a reader of a printed format gives back of a document's chosen line breaks: a name, a trích
 * yếu or a title the model holds on several lines ("SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG", see
 * `allowsLineBreak`) is printed on those lines, and a reader reads them joined by a space, as it reads
 * a line the page wrapped (it cannot tell the two apart). The round-trip tests compare a read
 * document with this view of the one written; every other field, `exchange.description`'s lines
 * included, stays as it is.
 */
import { allowsLineBreak } from '../../src/model/normalize.js';

/** `value` (a document, or any part of one given its `path`) with the breaks of its printed fields read as spaces. */
export function breaksAsSpaces<T>(value: T, path: readonly (string | number)[] = []): T {
  const walk = (v: unknown, at: readonly (string | number)[], holder: unknown): unknown => {
    if (typeof v === 'string') return v.includes('\n') && printedOnLines(at, holder) ? v.replace(/\s*\n\s*/gu, ' ') : v;
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...at, i], v));
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...at, k], v)]));
    return v;
  };
  return walk(value, path, undefined) as T;
}

/** A printed field whose line breaks the model keeps: every field that may hold one but the exchange notes. */
function printedOnLines(path: readonly (string | number)[], holder: unknown): boolean {
  return allowsLineBreak(path, holder) && !(path[0] === 'exchange' && path[1] === 'description');
}
