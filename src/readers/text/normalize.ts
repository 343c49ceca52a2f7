import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { codeDiagnostic } from '../../diagnostics/build.js';
import { decodeTcvn3, decodeVni, detectLegacyEncoding, restoreTcvn3Capitals } from '../../formats/legacy/encodings.js';
import {
  classifyCharacter,
  FindingList,
  type HygieneFinding,
  hygieneKindOf,
  textHygieneDiagnostic,
} from '../../model/normalize.js';
import { Locator, rangeOf } from '../../recognize/spans.js';

/**
 * The normalisation stage of the text reader: turns noisy input into clean text while keeping,
 * for every character, the range of the original input it came from (so that `sources` can give
 * the raw text exactly as written). Idempotent: normalising normalised text changes nothing.
 *
 * What it does: legacy TCVN3 / VNI to Unicode; NFC; the model's input hygiene
 * (`src/model/normalize.ts`, one classification of characters for every reader) as text lines
 * want it: CRLF, CR, form feed and the other line separators to LF, tabs kept (they separate
 * columns), no-break and other special spaces to a space, controls, zero-width and direction
 * characters removed, each kind reported once (`text/…`) with its first place; markdown emphasis
 * runs (`**`, `~~`, `__`) and pandoc backslash escapes removed.
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
  /** What the stage reported (legacy encoding converted, characters the hygiene changed). */
  readonly diagnostics: readonly Diagnostic[];
}

const EMPHASIS = new Set(['*', '~', '_']);
// Every character that needs a look: the hygiene's (C0 but tab and LF, C1, special spaces,
// invisible and direction characters, surrogates, U+FFFE/U+FFFF), emphasis marks, combining marks.
// Pandoc escapes; not "\\" and not the emphasis marks, so that the stage stays idempotent.
const SPECIAL_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0xa0, 0xa0],
  [0xad, 0xad],
  [0x061c, 0x061c],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x2064],
  [0x2066, 0x2069],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
  [0xfffe, 0xffff],
  [0xd800, 0xdfff],
  [0x0300, 0x036f],
  // The emphasis marks and "$" (math-aware OCR fragments).
  [0x2a, 0x2a],
  [0x7e, 0x7e],
  [0x5f, 0x5f],
  [0x24, 0x24],
];
// The same as a table of UTF-16 code units: the scan of every character of the input runs by table,
// about twice as fast as a regex with as many ranges.
const SPECIAL_UNITS = new Uint8Array(0x10000);
for (const [from, to] of SPECIAL_RANGES) SPECIAL_UNITS.fill(1, from, to + 1);
// Not "|": "\|" is a pipe inside a cell of a pipe table, which the table reader unescapes.
const ESCAPABLE = /[`{}[\]()#+\-.!<>"'$\n]/;

/**
 * Whether the soft hyphen at `i` joins two groups of a ký hiệu: capitals or digits on both sides,
 * in a token that has its "/" before it ("1719/QĐ\u00ADUBND").
 */
function inNotation(source: string, i: number): boolean {
  if (!/[A-ZĐ0-9]/u.test(source[i - 1] ?? '') || !/[A-ZĐ]/u.test(source[i + 1] ?? '')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 24; k--) {
    const c = source[k]!;
    if (c === '/') return true;
    if (!/[A-ZĐa-zđ0-9-]/u.test(c)) return false;
  }
  return false;
}

// A fragment of math-aware OCR standing for plain letters: "$\\mathsf{b}$" for "b" (a letter of a
// scanned page the OCR took for a formula).
const LATEX = /\$\\(?:mathsf|mathrm|mathbf|mathit|mathtt|text|textbf|textrm)\s*\{([^{}$\n\\]{1,16})\}\$/y;

/** True when the character at `i` is one the hygiene removes as invisible. */
const isZeroWidth = (source: string, i: number): boolean =>
  source.charCodeAt(i) >= 0x80 && classifyCharacter(source, i)?.class === 'zero-width';

/** Index of the first character of `source` from `from` that needs a look (SPECIAL_RANGES), or its length. */
function nextSpecial(source: string, from: number): number {
  // Locals: the minified build makes the module's constants `var`s, which the loop would load again
  // and check at every character.
  const table = SPECIAL_UNITS;
  const n = source.length;
  let k = from;
  while (k < n && table[source.charCodeAt(k)] === 0) k++;
  return k;
}

/**
 * Fills the source maps of an ordinary run `[from, to)` of the source at output position `len`;
 * returns the output position after it. Every character of the input passes here: a small function
 * of its own, so that it is optimised apart from the large loop that calls it.
 */
function mapRun(
  outStart: Int32Array,
  outEnd: Int32Array,
  len: number,
  from: number,
  to: number,
  srcStart: Int32Array | undefined,
  srcEnd: Int32Array | undefined,
): number {
  if (srcStart && srcEnd) {
    outStart.set(srcStart.subarray(from, to), len);
    outEnd.set(srcEnd.subarray(from, to), len);
  } else
    for (let k = from; k < to; k++, len++) {
      outStart[len] = k;
      outEnd[len] = k + 1;
    }
  return srcStart && srcEnd ? len + (to - from) : len;
}

/** Normalises `input` (see the module comment). Pure; never throws. */
export function normalizeInput(input: string): NormalizedInput {
  const diagnostics: Diagnostic[] = [];
  const legacy = detectLegacyEncoding(input);
  let source = input;
  let srcStart: Int32Array | undefined;
  let srcEnd: Int32Array | undefined;
  if (legacy) {
    const decoded = legacy === 'tcvn3' ? decodeTcvn3(input) : decodeVni(input);
    source = decoded.text;
    srcStart = decoded.start;
    srcEnd = decoded.end;
    if (legacy === 'tcvn3') {
      const restored = restoreTcvn3Capitals(input, decoded.text);
      source = restored.text;
      if (restored.lines.length) diagnostics.push(...capitalsRestored(input, restored.lines));
    }
    const name = legacy === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI (VNI-Times)';
    diagnostics.push(
      codeDiagnostic(
        'text/legacy-encoding',
        {
          vi: `Văn bản dùng bảng mã ${name}, đã chuyển sang Unicode (TCVN 6909:2001)`,
          en: `The text uses the legacy ${name} encoding; converted to Unicode (TCVN 6909:2001)`,
        },
        { severity: 'warning' },
      ),
    );
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
  // What the hygiene changed, by kind, at offsets of the input.
  const hygiene = new FindingList();
  // Tone marks joined back to their letter, and marks after a space that no letter could take.
  const detached: { from: number; to: number }[] = [];
  const strayMarks: number[] = [];
  // Offsets of the math-aware OCR fragments read as their letters.
  const latex: number[] = [];
  // Runs of ordinary characters are copied whole; only the characters of SPECIAL_RANGES get a look.
  let i = 0;
  while (i < n) {
    const stop = nextSpecial(source, i);
    if (stop > i) {
      parts.push(source.slice(i, stop));
      len = mapRun(outStart, outEnd, len, i, stop, srcStart, srcEnd);
      i = stop;
    }
    if (stop >= n) break;
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
    // Printable ASCII (the emphasis marks, "$") is never the hygiene's: no look needed.
    const fate = code >= 0x20 && code < 0x7f ? undefined : classifyCharacter(source, i);
    if (fate) {
      // A page break (pdftotext's form feed) is an ordinary line end; a BOM at the very start marks the encoding.
      // A soft hyphen between two groups of a ký hiệu ("QĐ\u00ADUBND" of a web copy) stood for its
      // hyphen: the page showed "QĐ-UBND" (PL I, I.II.3), so it is kept as one.
      const notationHyphen = code === 0xad && inNotation(source, i);
      const ordinary = code === 0x0c || (code === 0xfeff && at(i) === 0) || notationHyphen;
      if (!ordinary) hygiene.add(hygieneKindOf(fate.class), fate.codePoint, at(i));
      if (fate.class === 'line-break' || fate.class === 'newline') push('\n', at(i), to(i));
      else if (notationHyphen) push('-', at(i), to(i));
      else if (fate.class === 'special-space') push(' ', at(i), to(i));
      else if (fate.class === 'invalid' && code !== 0xfffe && code !== 0xffff) push('\ufffd', at(i), to(i));
      i++;
      continue;
    }
    if (ch === '$') {
      LATEX.lastIndex = i;
      const tex = LATEX.exec(source);
      if (tex) {
        // Its letters stay, each at its place in the input; the markup around them goes.
        const inner = i + tex[0].indexOf('{') + 1;
        for (let k = 0; k < tex[1]!.length; k++) push(source[inner + k]!, at(inner + k), to(inner + k));
        latex.push(at(i));
        i += tex[0].length;
        continue;
      }
      push(ch, at(i), to(i));
      i++;
      continue;
    }
    if (EMPHASIS.has(ch)) {
      let next = i + 1;
      while (next < n && isZeroWidth(source, next)) next++;
      if (source[next] === ch) {
        // A run of two or more emphasis marks (markdown bold, strike-through, underline) is markup;
        // zero-width characters inside it go with it (reported, as they are removed anyway).
        let j = i;
        for (; j < n && (EMPHASIS.has(source[j]!) || isZeroWidth(source, j)); j++)
          if (isZeroWidth(source, j)) hygiene.add('zero-width', source.charCodeAt(j), at(j));
        // One bold run closed and the next opened with nothing between ("**LUẬT****CÁN BỘ**"): two
        // lines the copy glued, parted again. Between capitals only: inside a word the copy also
        // breaks bold runs ("**Kính g****ửi****:**").
        if (
          j - i >= 4 &&
          /\p{Lu}/u.test(source[i - 1] ?? '') &&
          /\p{Lu}/u.test(source[j] ?? '') &&
          isSyllable(lettersBefore(source, i)) &&
          isSyllable(lettersAfter(source, j))
        )
          push('\n', at(i), to(j - 1));
        i = j;
        continue;
      }
      push(ch, at(i), to(i));
      i++;
      continue;
    }
    if (
      code >= 0x0300 &&
      code <= 0x036f &&
      len > 1 &&
      outputAt(parts, 1) === ' ' &&
      LETTER.test(outputAt(parts, 2) ?? '') &&
      LETTER.test(source[afterMarks(source, i)] ?? '')
    ) {
      // A tone mark detached from its letter by a space inside a word (PDF text: "Trâ ̀n"): the
      // space goes, the mark joins the letter before (composed below), and the join is reported.
      const letterStart = outStart[len - 2]!;
      dropLast(parts);
      len--;
      detached.push({ from: letterStart, to: to(afterMarks(source, i) - 1) });
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
    if (code >= 0x0300 && code <= 0x036f && (len === 0 || outputAt(parts, 1) === ' ')) strayMarks.push(at(i));
    push(ch, at(i), to(i));
    i++;
  }
  if (detached.length || strayMarks.length) diagnostics.push(...detachedMarks(input, detached, strayMarks));
  if (latex.length) {
    const first = latex[0]!;
    const span = new Locator(input).span(first, first + 1, () => ({
      raw: input.slice(first, first + 1),
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
    }));
    diagnostics.push(
      codeDiagnostic(
        'text/ocr-latex',
        {
          vi: `${latex.length} đoạn công thức của OCR ("$\\mathsf{b}$") đã đọc thành chữ của nó`,
          en: `${latex.length} math-aware OCR fragment(s) ("$\\mathsf{b}$") read as their letters`,
        },
        { severity: 'info', place: rangeOf(span), raw: span.raw },
      ),
    );
  }
  diagnostics.push(...hygiene.list().map((finding) => hygieneDiagnostic(input, finding)));
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

/** The letters of the word that ends just before `i`. */
function lettersBefore(source: string, i: number): string {
  let k = i;
  while (k > 0 && /[\p{L}\p{M}]/u.test(source[k - 1]!)) k--;
  return source.slice(k, i);
}

/** The letters of the word that starts at `i`. */
function lettersAfter(source: string, i: number): string {
  let k = i;
  while (k < source.length && /[\p{L}\p{M}]/u.test(source[k]!)) k++;
  return source.slice(i, k);
}

/**
 * Whether `word` can stand as a Vietnamese syllable, as far as a vowel tells: a bold run the copy
 * broke inside a word leaves a piece without one ("**BỘ C****ÔNG THƯƠNG**"), two glued lines do not.
 */
function isSyllable(word: string): boolean {
  return /[aeiouy]/iu.test(word.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** A hygiene finding as a `text/…` diagnostic, placed at its first character. */
function hygieneDiagnostic(input: string, finding: HygieneFinding): Diagnostic {
  const from = finding.offset;
  const to = Math.min(input.length, from + 1);
  const span = new Locator(input).span(from, to, () => ({
    raw: input.slice(from, to),
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
  }));
  return textHygieneDiagnostic(finding, { place: rangeOf(span), raw: span.raw });
}

/** The lines whose capitals {@link restoreTcvn3Capitals} restored, reported: a few one by one, the rest counted. */
function capitalsRestored(input: string, lines: readonly { from: number; to: number }[]): Diagnostic[] {
  const locator = new Locator(input);
  const shown = lines.slice(0, MAX_LINE_REPORTS);
  const out: Diagnostic[] = shown.map(({ from, to }) => {
    const span = locator.span(from, to, () => ({
      raw: input.slice(from, to),
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
    }));
    return codeDiagnostic(
      'text/legacy-capitals',
      {
        vi: 'Dòng đặt bằng phông chữ hoa TCVN3 (.VnTimeH): đã chuyển sang chữ in hoa',
        en: 'Line set in an upper-case TCVN3 face (.VnTimeH): converted to capitals',
      },
      { severity: 'info', place: rangeOf(span), raw: span.raw },
    );
  });
  if (lines.length > shown.length) {
    const more = lines.length - shown.length;
    out.push(
      codeDiagnostic(
        'text/legacy-capitals',
        {
          vi: `Và ${more} dòng khác đặt bằng phông chữ hoa TCVN3, đã chuyển sang chữ in hoa`,
          en: `And ${more} more lines set in an upper-case TCVN3 face, converted to capitals`,
        },
        { severity: 'info' },
      ),
    );
  }
  return out;
}

const LETTER = /^\p{L}$/u;

/** The `back`-th last character of the output so far (1 = the last), looking back through its parts. */
function outputAt(parts: readonly string[], back: number): string | undefined {
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p]!;
    if (back <= part.length) return part[part.length - back];
    back -= part.length;
  }
  return undefined;
}

/** Drops the last character of the output. */
function dropLast(parts: string[]): void {
  const last = parts[parts.length - 1]!;
  if (last.length === 1) parts.pop();
  else parts[parts.length - 1] = last.slice(0, -1);
}

/**
 * Index of the first character after the run of combining marks that starts at `i`; zero-width
 * characters and runs of emphasis marks among or after them are passed over (they are removed, so
 * the letter after them follows).
 */
function afterMarks(source: string, i: number): number {
  let k = i;
  while (k < source.length) {
    const code = source.charCodeAt(k);
    if ((code >= 0x0300 && code <= 0x036f) || isZeroWidth(source, k)) k++;
    else if (EMPHASIS.has(source[k]!) && source[k + 1] === source[k]) {
      // A run of emphasis marks is markup, removed as well.
      while (k < source.length && (EMPHASIS.has(source[k]!) || isZeroWidth(source, k))) k++;
    } else break;
  }
  return k;
}

/**
 * Detached tone marks, reported: each one joined back (a few one by one, the rest counted), and one
 * report for the marks left standing after a space, whose letter the text does not tell (PDF text
 * that dumps a phrase's marks after it: "Giao duc và Đao tao. ̉ ̀ ́ ̣").
 */
function detachedMarks(
  input: string,
  joined: readonly { from: number; to: number }[],
  stray: readonly number[],
): Diagnostic[] {
  const locator = new Locator(input);
  const at = (from: number, to: number) =>
    locator.span(from, to, () => ({ raw: input.slice(from, to), line: 0, column: 0, endLine: 0, endColumn: 0 }));
  const out: Diagnostic[] = joined.slice(0, MAX_LINE_REPORTS).map(({ from, to }) => {
    const span = at(from, to);
    return codeDiagnostic(
      'text/detached-mark',
      {
        vi: `Dấu thanh tách rời khỏi chữ ("${span.raw}"): đã ghép lại vào chữ trước`,
        en: `Tone mark detached from its letter ("${span.raw}"): joined to the letter before`,
      },
      { severity: 'info', place: rangeOf(span), raw: span.raw },
    );
  });
  if (joined.length > MAX_LINE_REPORTS) {
    const more = joined.length - MAX_LINE_REPORTS;
    out.push(
      codeDiagnostic(
        'text/detached-mark',
        {
          vi: `Và ${more} dấu thanh tách rời khác, đã ghép lại`,
          en: `And ${more} more detached tone marks, joined back`,
        },
        { severity: 'info' },
      ),
    );
  }
  if (stray.length) {
    const span = at(stray[0]!, stray[0]! + 1);
    out.push(
      codeDiagnostic(
        'text/detached-mark',
        {
          vi: `${stray.length} dấu thanh đứng riêng sau dấu cách, không rõ thuộc chữ nào: giữ nguyên (chữ gần đó có thể thiếu dấu)`,
          en: `${stray.length} tone marks stand alone after a space and belong to no clear letter: kept as they are (nearby words may lack their marks)`,
        },
        { severity: 'warning', place: rangeOf(span), raw: span.raw },
      ),
    );
  }
  return out;
}

/** How many lines of one kind the normalisation reports one by one before it counts the rest. */
const MAX_LINE_REPORTS = 50;

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
