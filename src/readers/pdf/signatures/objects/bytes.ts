/**
 * Byte helpers for the PDF object layer: character classes of ISO 32000-1 §7.2.2 and searches over
 * a `Uint8Array` (no Node `Buffer`, so it runs in browsers).
 *
 * @module
 */

/** Whether `c` is PDF white space (NUL, HT, LF, FF, CR, SP), ISO 32000-1 table 1. */
export function isWhiteSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

/** Whether `c` is a PDF delimiter: `( ) < > [ ] { } / %`, ISO 32000-1 table 2. */
export function isDelimiter(c: number | undefined): boolean {
  return (
    c === 0x28 ||
    c === 0x29 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x2f ||
    c === 0x25
  );
}

/** Whether `c` is an ASCII digit. */
export function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/** Whether `c` ends a token (white space, delimiter, or past the end as `undefined`). */
export function endsToken(c: number | undefined): boolean {
  return c === undefined || isWhiteSpace(c) || isDelimiter(c);
}

/** The ASCII bytes of `text` (callers pass ASCII only). */
export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** The bytes `start..end` read as Latin-1 (one character per byte). */
export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  }
  return out;
}

/** First index of `needle` in `haystack` at or after `from` and ending at or before `to`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0, to = haystack.length): number {
  const first = needle[0]!;
  const last = to - needle.length;
  // The native search finds the first byte (a scan of the whole file for %%EOF was a tenth of a signed read).
  outer: for (
    let i = haystack.indexOf(first, Math.max(0, from));
    i >= 0 && i <= last;
    i = haystack.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Last index of `needle` in `haystack` starting at or before `from` and at or after `lowest`, or -1. */
export function lastIndexOfBytes(
  haystack: Uint8Array,
  needle: Uint8Array,
  from = haystack.length - needle.length,
  lowest = 0,
): number {
  const first = needle[0]!;
  const start = Math.min(from, haystack.length - needle.length);
  outer: for (
    let i = start < 0 ? -1 : haystack.lastIndexOf(first, start);
    i >= lowest;
    i = i > 0 ? haystack.lastIndexOf(first, i - 1) : -1
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Every index of `needle` in `haystack` (non-overlapping), at most `max` of them. */
export function allIndexesOf(haystack: Uint8Array, needle: Uint8Array, max = Number.POSITIVE_INFINITY): number[] {
  const found: number[] = [];
  let at = indexOfBytes(haystack, needle);
  while (at >= 0 && found.length < max) {
    found.push(at);
    at = indexOfBytes(haystack, needle, at + needle.length);
  }
  return found;
}

/** Lower-case hexadecimal of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Whether two byte arrays hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
