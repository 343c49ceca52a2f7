import type { ReaderDiagnostic } from '../../model/diagnostic.js';
import { decodeTcvn3, decodeVni, detectLegacyEncoding } from './legacy.js';

/**
 * The normalisation stage of the text reader: turns noisy input into clean text while keeping,
 * for every character, the range of the original input it came from (so that `sources` can give
 * the raw text exactly as written). Idempotent: normalising normalised text changes nothing.
 *
 * What it does: legacy TCVN3 / VNI to Unicode; NFC; CRLF, CR, form feed and Unicode line
 * separators to LF; NBSP and other spaces to a space; zero-width characters and soft hyphens
 * removed; markdown emphasis runs (`**`, `~~`, `__`) and pandoc backslash escapes removed.
 *
 * @module
 */

/** Normalised text with its map back to the input. */
export interface NormalizedInput {
  /** The cleaned text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset in the input where it starts. */
  readonly start: Int32Array;
  /** For each UTF-16 unit of `text`, the offset in the input just past it. */
  readonly end: Int32Array;
  /** What the stage reported (legacy encoding converted). */
  readonly diagnostics: readonly ReaderDiagnostic[];
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const SPACES = new Set([0x00a0, 0x2007, 0x202f, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a]);
const LINE_BREAKS = new Set([0x0c, 0x0b, 0x2028, 0x2029, 0x85]);
const EMPHASIS = new Set(['*', '~', '_']);
// Pandoc escapes; not "\\" and not the emphasis marks, so that the stage stays idempotent.
const SPECIAL = /[\r\u000b\u000c\u0085\u2028\u2029\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u2002-\u200a\u202f\u3000*~_\u0300-\u036f]/g;
const ESCAPABLE = /[`{}[\]()#+\-.!|<>"'$\n]/;

/** Normalises `input` (see the module comment). Pure; never throws. */
export function normalizeInput(input: string): NormalizedInput {
  const diagnostics: ReaderDiagnostic[] = [];
  const legacy = detectLegacyEncoding(input);
  let source = input;
  let srcStart: Int32Array | undefined;
  let srcEnd: Int32Array | undefined;
  if (legacy) {
    const decoded = legacy === 'tcvn3' ? decodeTcvn3(input) : decodeVni(input);
    source = decoded.text;
    srcStart = decoded.start;
    srcEnd = decoded.end;
    const name = legacy === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI (VNI-Times)';
    diagnostics.push({
      code: 'text/legacy-encoding',
      severity: 'warning',
      message: {
        vi: `Văn bản dùng bảng mã ${name}, đã chuyển sang Unicode (TCVN 6909:2001)`,
        en: `The text uses the legacy ${name} encoding; converted to Unicode (TCVN 6909:2001)`,
      },
    });
  }
  const n = source.length;
  const outStart = new Int32Array(n + 1);
  const outEnd = new Int32Array(n + 1);
  const parts: string[] = [];
  let len = 0;
  const at = (i: number) => (srcStart ? srcStart[i]! : i);
  const to = (i: number) => (srcEnd ? srcEnd[i]! : i + 1);
  const push = (ch: string, s: number, e: number) => {
    parts.push(ch);
    outStart[len] = s;
    outEnd[len] = e;
    len++;
  };
  // Runs of ordinary characters are copied whole; only the characters in SPECIAL get a look.
  SPECIAL.lastIndex = 0;
  let i = 0;
  while (i < n) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(source);
    const stop = m ? m.index : n;
    if (stop > i) {
      parts.push(source.slice(i, stop));
      for (let k = i; k < stop; k++) {
        outStart[len] = at(k);
        outEnd[len] = to(k);
        len++;
      }
      i = stop;
    }
    if (!m) break;
    const ch = source[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '\r') {
      if (source[i + 1] === '\n') {
        push('\n', at(i), to(i + 1));
        i += 2;
      } else {
        push('\n', at(i), to(i));
        i++;
      }
      continue;
    }
    if (LINE_BREAKS.has(code)) { push('\n', at(i), to(i)); i++; continue; }
    if (ZERO_WIDTH.has(code)) { i++; continue; }
    if (SPACES.has(code)) { push(' ', at(i), to(i)); i++; continue; }
    if (EMPHASIS.has(ch)) {
      let next = i + 1;
      while (next < n && ZERO_WIDTH.has(source.charCodeAt(next))) next++;
      if (source[next] === ch) {
        // A run of two or more emphasis marks (markdown bold, strike-through, underline) is markup;
        // zero-width characters inside it go with it (they are removed anyway).
        let j = i;
        while (j < n && (EMPHASIS.has(source[j]!) || ZERO_WIDTH.has(source.charCodeAt(j)))) j++;
        i = j;
        continue;
      }
      push(ch, at(i), to(i));
      i++;
      continue;
    }
    if (code >= 0x0300 && code <= 0x036f && len > 0) {
      // A combining mark (NFD input): compose it with the character before.
      const prevPart = parts[parts.length - 1]!;
      const prev = prevPart.slice(-1);
      const composed = (prev + ch).normalize('NFC');
      if (composed.length === 1) {
        parts[parts.length - 1] = prevPart.slice(0, -1) + composed;
        outEnd[len - 1] = to(i);
        i++;
        continue;
      }
    }
    push(ch, at(i), to(i));
    i++;
  }
  const chars = parts;
  const escaped = removeEscapes(chars.join(''));
  if (!escaped) return { text: chars.join(''), start: outStart.slice(0, len), end: outEnd.slice(0, len), diagnostics };
  const start = new Int32Array(escaped.kept.length);
  const end = new Int32Array(escaped.kept.length);
  escaped.kept.forEach((k, i) => {
    start[i] = outStart[k]!;
    end[i] = outEnd[k]!;
  });
  return { text: escaped.text, start, end, diagnostics };
}

/**
 * Second pass: pandoc backslash escapes ("1\\.", "\\-\\-\\-") and hard line breaks ("\\" at the end of a
 * line). A backslash after a backslash is kept, so that no pass creates a new escape. Returns
 * undefined when there is nothing to remove.
 */
function removeEscapes(text: string): { text: string; kept: number[] } | undefined {
  if (!text.includes('\\')) return undefined;
  const kept: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && text[i - 1] !== '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) continue;
    out += ch;
    kept.push(i);
  }
  return { text: out, kept };
}
