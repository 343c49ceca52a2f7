import { InvalidArgumentError, LimitExceededError } from '../../errors.js';
import type { TextLine, ReadResult } from '../../recognize/lines.js';
import { normalizeInput } from './normalize.js';
import { readLines } from '../../recognize/read-lines.js';

/**
 * The text reader: `parseText` reads plain text (copied from PDFs and web pages, OCR output,
 * markdown) into the document model, with the source of every field and diagnostics for what it
 * could not read.
 *
 * @module
 */

export { normalizeInput, type NormalizedInput } from './normalize.js';
export {
  type DecodedText,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  type LegacyEncoding,
} from '../../formats/legacy/encodings.js';

/** Options of {@link parseText}. */
export interface ParseTextOptions {
  /** Largest input accepted, in UTF-16 units; default 5 MB. */
  readonly maxLength?: number;
}

/** The default {@link ParseTextOptions.maxLength}: 5 MB. */
export const DEFAULT_MAX_TEXT_LENGTH = 5 * 1024 * 1024;

/**
 * Reads a document from text. Never throws on content: what it cannot read is in `diagnostics`.
 *
 * @throws `InvalidArgumentError` (code `input/invalid-argument`) when `text` is not a string.
 * @throws `LimitExceededError` (code `input/limit-exceeded`) when `text` is longer than `maxLength`.
 * @example
 * ```ts
 * const { document, sources } = parseText('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1719/UBND-KGVX\n…');
 * document.number; // 1719
 * sources.placeDateLine.raw; // "Quảng Ngãi, ngày 09 tháng 4 năm 2024"
 * ```
 */
export function parseText(text: string, options: ParseTextOptions = {}): ReadResult {
  if (typeof text !== 'string')
    throw new InvalidArgumentError(`parseText expects a string, got ${text === null ? 'null' : typeof text}`);
  const max = options.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (text.length > max) throw new LimitExceededError('maxLength', text.length, max, 'Text length');
  const normalized = normalizeInput(text);
  const lines = splitLines(normalized.text, normalized.start, normalized.end, text);
  const result = readLines(lines, { input: text });
  return { ...result, diagnostics: [...normalized.diagnostics, ...result.diagnostics] };
}

/** Lines of normalised text, each with its map back to the input. */
function splitLines(text: string, start: Int32Array, end: Int32Array, input: string): TextLine[] {
  const lines: TextLine[] = [];
  let from = 0;
  let lineNo = 1;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text.charCodeAt(k) !== 10) continue;
    const offset = from < text.length ? start[from]! : input.length;
    const map = { start: start.subarray(from, k), end: end.subarray(from, k) };
    lines.push({ text: text.slice(from, k), offset, line: lineNo, map });
    lineNo++;
    from = k + 1;
  }
  return lines;
}
