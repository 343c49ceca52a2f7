/**
 * Input hygiene: what every way into the model (`createDocument`, and the text, DOCX, PDF, XML and
 * edXML readers) does with the characters that are not text a person wrote — one classification of
 * characters and one cleaning of strings, here, so that every reader agrees.
 *
 * - NFC, so that "ễ" typed as e + two combining marks matches "ễ" (pitfalls.md, Text and parsing).
 *   Not reported: NFC changes no character a reader sees.
 * - Line breaks (LF, CR, CRLF, U+000B that Word's manual line break becomes when pasted, U+000C,
 *   U+0085, U+2028, U+2029) become "\n" in a field that may hold several lines, a space elsewhere
 *   (see {@link allowsLineBreak}). A tab becomes a space.
 * - Other C0 and C1 control characters are removed: no format can carry them (XML 1.0 `Char`
 *   refuses them) and nobody means them.
 * - Invisible characters are removed: the byte order mark, zero-width space, word joiner, soft hyphen,
 *   the invisible operators, ZWNJ, ZWJ (kept only inside an emoji sequence, 👨‍👩‍👧, where it joins
 *   two pictographs; Vietnamese words never need it), and the bidirectional marks, embeddings and
 *   isolates (Vietnamese runs left to right; an override can make a name read otherwise than it is
 *   stored).
 * - No-break and other fixed-width spaces become a space (see {@link classifyCharacter}).
 * - A lone surrogate (half of a pair, which no encoding can write) becomes U+FFFD; U+FFFE and
 *   U+FFFF, which XML refuses, are removed.
 *
 * Every change but NFC is reported: the model's as `model/…` diagnostics with the field's path,
 * the line readers' (text, DOCX, PDF) as `text/…` ones with the place.
 *
 * @module
 */

import { codeDiagnostic, type DiagnosticDetails } from '../diagnostics/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What kind of character the hygiene changes; each kind is one diagnostic code (`model/<kind>`, `text/<kind>`). */
export type HygieneKind = 'line-break' | 'control-character' | 'zero-width' | 'special-space' | 'invalid-character';

/**
 * The class of a character the hygiene looks at: `newline` (LF, CR: the ordinary line ends),
 * `line-break` (the other line and paragraph separators), `tab`, `control` (other C0 and C1
 * controls, DEL), `zero-width` (invisible format characters), `special-space` (no-break and
 * fixed-width spaces), `invalid` (lone surrogates, U+FFFE, U+FFFF).
 */
export type CharacterClass = 'newline' | 'line-break' | 'tab' | 'control' | 'zero-width' | 'special-space' | 'invalid';

/** A character the hygiene looks at, with its class and its length in UTF-16 units. */
export interface ClassifiedCharacter {
  /** Its class. */
  readonly class: CharacterClass;
  /** Its code point. */
  readonly codePoint: number;
}

const LINE_SEPARATORS = new Set([0x0b, 0x0c, 0x85, 0x2028, 0x2029]);
// BOM, zero-width space, word joiner, invisible operators, soft hyphen, ZWNJ, ZWJ, Mongolian vowel
// separator; bidi marks (LRM, RLM, ALM), embeddings and overrides (LRE…RLO), isolates (LRI…PDI).
const INVISIBLE = new Set([
  0xfeff, 0x200b, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x00ad, 0x200c, 0x200d, 0x180e, 0x200e, 0x200f, 0x061c,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
// No-break space, figure space, narrow no-break space, the fixed-width spaces U+2000–U+200A,
// medium mathematical space, ideographic space, Ogham space mark.
const SPECIAL_SPACES = new Set([
  0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f,
  0x3000, 0x1680,
]);
const ZWJ = 0x200d;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/**
 * A regular expression that finds every character {@link classifyCharacter} may classify (and some
 * it keeps: an ordinary high surrogate of a pair), for scanning long text for the few that need a
 * look. Global; reset `lastIndex` before use.
 */
export const HYGIENE_CANDIDATE =
  /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff\ufffe\uffff\ud800-\udfff]/g;

/**
 * The class of the character at `index` of `text`, or undefined for one the hygiene keeps (letters,
 * marks, ordinary spaces, surrogate pairs, a ZWJ inside an emoji sequence).
 */
export function classifyCharacter(text: string, index: number): ClassifiedCharacter | undefined {
  const code = text.charCodeAt(index);
  if (code === 0x0a || code === 0x0d) return { class: 'newline', codePoint: code };
  if (code === 0x09) return { class: 'tab', codePoint: code };
  if (LINE_SEPARATORS.has(code)) return { class: 'line-break', codePoint: code };
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return { class: 'control', codePoint: code };
  if (SPECIAL_SPACES.has(code)) return { class: 'special-space', codePoint: code };
  if (INVISIBLE.has(code)) {
    if (code === ZWJ && isPictographAt(text, index - 1, -1) && isPictographAt(text, index + 1, 1)) return undefined;
    return { class: 'zero-width', codePoint: code };
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? undefined : { class: 'invalid', codePoint: code };
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const prev = text.charCodeAt(index - 1);
    return prev >= 0xd800 && prev <= 0xdbff ? undefined : { class: 'invalid', codePoint: code };
  }
  if (code === 0xfffe || code === 0xffff) return { class: 'invalid', codePoint: code };
  return undefined;
}

/** True when the code point that ends (direction -1) or starts (1) at `index` is a pictograph, a variation selector before it skipped. */
function isPictographAt(text: string, index: number, direction: -1 | 1): boolean {
  let at = index;
  // An emoji's presentation selector (U+FE0F) or skin tone (U+1F3FB–U+1F3FF) sits between the pictograph and the ZWJ.
  if (direction === -1 && text.charCodeAt(at) === 0xfe0f) at--;
  if (direction === -1 && at > 0 && isSkinTone(text, at - 1)) at -= 2;
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  let start = at;
  if (direction === -1 && code >= 0xdc00 && code <= 0xdfff && at > 0) start = at - 1;
  const point = text.codePointAt(start);
  return point !== undefined && PICTOGRAPH.test(String.fromCodePoint(point));
}

/** True when a skin tone modifier's surrogate pair starts at `at`. */
function isSkinTone(text: string, at: number): boolean {
  const low = text.charCodeAt(at + 1);
  return text.charCodeAt(at) === 0xd83c && low >= 0xdffb && low <= 0xdfff;
}

/** The hygiene's kind of a class, for a field that holds one line or several. */
export function hygieneKindOf(c: CharacterClass): HygieneKind {
  switch (c) {
    case 'newline':
    case 'line-break':
      return 'line-break';
    case 'tab':
    case 'control':
      return 'control-character';
    case 'zero-width':
      return 'zero-width';
    case 'special-space':
      return 'special-space';
    case 'invalid':
      return 'invalid-character';
  }
}

/** What the hygiene did to one kind of character in one string. */
export interface HygieneFinding {
  /** The kind of character. */
  readonly kind: HygieneKind;
  /** How many were changed or removed. */
  readonly count: number;
  /** The distinct code points, in order of first appearance. */
  readonly codePoints: readonly number[];
  /** Offset (UTF-16) of the first one in the string as given. */
  readonly offset: number;
}

/** A string after the hygiene, with what it changed. */
export interface CleanedText {
  /** The clean text, NFC. */
  readonly text: string;
  /** What was changed, one entry per kind; empty when the string was clean (NFC aside). */
  readonly findings: readonly HygieneFinding[];
}

/** Options of {@link cleanText}. */
export interface CleanTextOptions {
  /** Keep line breaks as "\n" (a field of several lines) instead of turning them into spaces. Default false. */
  readonly multiline?: boolean;
  /** Keep tabs, unreported (a DOCX line, where a tab separates columns), instead of turning them into spaces. Default false. */
  readonly keepTabs?: boolean;
}

/**
 * The model's hygiene of one string (see the module comment): line breaks to "\n" or a space, tabs
 * and special spaces to a space, controls and invisible characters removed, lone surrogates to
 * U+FFFD, then NFC. Idempotent: cleaning clean text changes nothing and finds nothing.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): CleanedText {
  HYGIENE_CANDIDATE.lastIndex = 0;
  if (!HYGIENE_CANDIDATE.test(text)) return { text: text.normalize('NFC'), findings: [] };
  const multiline = options.multiline ?? false;
  const found = new FindingList();
  let out = '';
  let from = 0;
  HYGIENE_CANDIDATE.lastIndex = 0;
  for (let m = HYGIENE_CANDIDATE.exec(text); m; m = HYGIENE_CANDIDATE.exec(text)) {
    const i = m.index;
    const c = classifyCharacter(text, i);
    if (!c || (c.class === 'tab' && options.keepTabs)) continue;
    out += text.slice(from, i);
    from = i + 1;
    if (c.class === 'newline') {
      const crlf = c.codePoint === 0x0d && text.charCodeAt(i + 1) === 0x0a;
      if (crlf) {
        from = i + 2;
        HYGIENE_CANDIDATE.lastIndex = i + 2;
      }
      out += multiline ? '\n' : ' ';
      // A line feed in a field of several lines is what it should be; a CR or CRLF there is made one.
      if (!multiline || c.codePoint === 0x0d) found.add('line-break', c.codePoint, i);
      continue;
    }
    found.add(hygieneKindOf(c.class), c.codePoint, i);
    if (c.class === 'line-break') out += multiline ? '\n' : ' ';
    else if (c.class === 'tab' || c.class === 'special-space') out += ' ';
    else if (c.class === 'invalid' && c.codePoint !== 0xfffe && c.codePoint !== 0xffff) out += '\ufffd';
  }
  out += text.slice(from);
  return { text: out.normalize('NFC'), findings: found.list() };
}

/** Findings gathered one kind at a time. */
export class FindingList {
  private readonly byKind = new Map<HygieneKind, { count: number; codePoints: number[]; offset: number }>();

  /** Records one character of `kind` at `offset`. */
  add(kind: HygieneKind, codePoint: number, offset: number): void {
    const entry = this.byKind.get(kind);
    if (!entry) this.byKind.set(kind, { count: 1, codePoints: [codePoint], offset });
    else {
      entry.count++;
      if (!entry.codePoints.includes(codePoint)) entry.codePoints.push(codePoint);
    }
  }

  /** Merges `finding` (of another string) into the list; `offset` is where its first one stands, in the caller's terms. */
  merge(finding: HygieneFinding, offset: number): void {
    const entry = this.byKind.get(finding.kind);
    if (!entry) this.byKind.set(finding.kind, { count: finding.count, codePoints: [...finding.codePoints], offset });
    else {
      entry.count += finding.count;
      for (const c of finding.codePoints) if (!entry.codePoints.includes(c)) entry.codePoints.push(c);
    }
  }

  /** The findings, one per kind, in the order the kinds were first met. */
  list(): HygieneFinding[] {
    return [...this.byKind].map(([kind, e]) => ({ kind, ...e }));
  }
}

/**
 * Which fields may hold a line break ("\n"); everywhere else a line break becomes a space.
 *
 * - The parts the Decree prints on several lines, centred, where a long text must break and the
 *   writer of the document may choose where (a name breaks between its words of meaning, "SỞ THÔNG
 *   TIN / VÀ TRUYỀN THÔNG", not where the column ends): the issuer's and its parent's names, of the
 *   issuer, of each co-issuer and of the copying organisation (ô 2, PL I, I.II.2: "long names may
 *   wrap", nd30.md §2.2; the copy block's ô 2, PL I, II.II, nd30.md §5.2); the trích yếu (ô 5a and
 *   5b, PL I, I.II.5: centred under the tên loại, or under the Số in the left column where a long
 *   V/v wraps, nd30.md §2.5); an appendix's title (PL I, I.III.1, nd30.md §5.1); a heading's title
 *   (phần, chương, mục, tiểu mục: centred upper case under its number, PL I, I.II.6, nd30.md §2.6).
 *   There a "\n" is a forced break that the writers honour before they balance the lines; runs of
 *   breaks and the spaces around them are one break, and a break at either end is dropped (see
 *   {@link cleanDeep}). Where the Decree puts a part on its own line the model has a field of its
 *   own (the parent above the issuer, "Chương I" above its title, each authority line above the
 *   signer's title, I.II.7.a; each Kính gửi and Nơi nhận entry, I.II.9), so these are the only
 *   printed fields of several lines. A reader reads the printed lines back joined by a space: it
 *   cannot tell a chosen break from a wrap.
 * - The notes of the exchange metadata (PL VI field 11, edXML `Description`): free text that is never
 *   printed, kept as given, line for line.
 *
 * A line break anywhere else (a signer's name, a Kính gửi entry, a paragraph, an article's title, a
 * table cell that the text writer and the DOCX reader carry as one pipe row) is only where a page
 * wrapped the text: it becomes a space, and the writers wrap as the column allows.
 *
 * @param path The field's path from the document, e.g. `['coIssuers', 0, 'name']`.
 * @param holder The object that holds the field: a body block's `title` may break in a heading only,
 *   not in an article. Without it, a block's `title` is taken for a heading's.
 */
export function allowsLineBreak(path: readonly (string | number)[], holder?: unknown): boolean {
  return isFreeText(path) || breaksPrintedLines(path, holder);
}

/** The exchange notes (PL VI field 11): free text of several lines, kept as given. */
function isFreeText(path: readonly (string | number)[]): boolean {
  return path.length === 2 && path[0] === 'exchange' && path[1] === 'description';
}

/** A printed field of several centred lines whose breaks the user chooses (see {@link allowsLineBreak}). */
function breaksPrintedLines(path: readonly (string | number)[], holder: unknown): boolean {
  const [first, second, third, fourth] = path;
  const last = path.at(-1);
  const name = last === 'name' || last === 'parent';
  if (path.length === 1) return first === 'subject';
  if (path.length === 2) return first === 'issuer' && name;
  if (path.length === 3) {
    if (first === 'coIssuers' && typeof second === 'number') return name;
    if (first === 'copy' && second === 'issuer') return name;
    if (first === 'appendices' && typeof second === 'number') return third === 'title';
    if (first === 'body' && typeof second === 'number') return third === 'title' && isHeading(holder);
    return false;
  }
  return (
    path.length === 5 &&
    first === 'appendices' &&
    typeof second === 'number' &&
    third === 'body' &&
    typeof fourth === 'number' &&
    last === 'title' &&
    isHeading(holder)
  );
}

/** True for a heading block, or when the block is not known (see {@link allowsLineBreak}'s `holder`). */
function isHeading(holder: unknown): boolean {
  return (
    holder === undefined ||
    (typeof holder === 'object' && holder !== null && 'type' in holder && holder.type === 'heading')
  );
}

/** A printed field's lines: each break with the breaks and spaces around it one "\n", none at either end. */
function joinPrintedLines(text: string): string {
  return text.includes('\n') ? text.replace(/\s*\n\s*/gu, '\n').replace(/^\n+|\n+$/gu, '') : text;
}

/** One finding of {@link cleanDeep}: the field's path, what was changed, and whether the field may hold several lines. */
export interface FieldFinding {
  /** The field's path, dot-separated ("coIssuers.0.name"). */
  readonly path: string;
  /** What was changed. */
  readonly finding: HygieneFinding;
  /** True when the field keeps its line breaks (see {@link allowsLineBreak}). */
  readonly multiline?: boolean;
}

/**
 * The model's hygiene of every string inside `value` (objects and arrays, recursively), with the
 * findings by path; other values pass through. Plain objects only: a class instance is left alone.
 * In a printed field of several lines (see {@link allowsLineBreak}) the breaks and the spaces around
 * them become one "\n" and a break at either end is dropped.
 */
export function cleanDeep<T>(value: T): { value: T; findings: FieldFinding[] } {
  const findings: FieldFinding[] = [];
  const walk = (v: unknown, path: (string | number)[], holder: unknown): unknown => {
    if (typeof v === 'string') {
      const multiline = allowsLineBreak(path, holder);
      const cleaned = cleanText(v, { multiline });
      for (const finding of cleaned.findings) findings.push({ path: path.join('.'), finding, multiline });
      return breaksPrintedLines(path, holder) ? joinPrintedLines(cleaned.text) : cleaned.text;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i], v));
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, [...path, k], v);
      return out;
    }
    return v;
  };
  return { value: walk(value, [], undefined) as T, findings };
}

/**
 * `value` with every string cleaned as `createDocument` cleans it, without the findings: what a
 * writer of a laid-out format (text, DOCX, PDF) draws from a document that did not come through the
 * model (a hand-built object), so that a control character is never a box, a missing-glyph error,
 * an ill-formed part or a line of its own. A document the model made comes back equal.
 */
export function cleanStrings<T>(value: T): T {
  return cleanDeep(value).value;
}

/** NFC-normalises `text` and removes zero-width characters and soft hyphens (a {@link cleanText} that keeps the rest). Idempotent. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
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

/** "U+000B" for 0x0b. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

const WHAT: Readonly<Record<HygieneKind, { vi: (multi: boolean) => string; en: (multi: boolean) => string }>> = {
  'line-break': {
    vi: (multi) => (multi ? 'ngắt dòng, đã thống nhất thành xuống dòng' : 'ngắt dòng, đã thay bằng dấu cách'),
    en: (multi) => (multi ? 'line breaks, made plain line feeds' : 'line breaks, replaced by spaces'),
  },
  'control-character': {
    vi: () => 'ký tự điều khiển, đã bỏ',
    en: () => 'control characters, removed',
  },
  'zero-width': {
    vi: () => 'ký tự vô hình (BOM, độ rộng 0, gạch nối mềm, dấu hướng chữ), đã bỏ',
    en: () => 'invisible characters (BOM, zero-width, soft hyphen, direction marks), removed',
  },
  'special-space': {
    vi: () => 'dấu cách không ngắt hoặc dấu cách đặc biệt, đã thay bằng dấu cách thường',
    en: () => 'no-break or special spaces, replaced by ordinary spaces',
  },
  'invalid-character': {
    vi: () => 'ký tự không hợp lệ (nửa cặp thay thế, U+FFFE, U+FFFF), đã thay bằng U+FFFD hoặc bỏ',
    en: () => 'invalid characters (a lone surrogate, U+FFFE, U+FFFF), replaced by U+FFFD or removed',
  },
};

/** The message of a finding: how many of what, which code points, and what was done. */
export function findingMessage(finding: HygieneFinding, multiline = false): { vi: string; en: string } {
  const points = finding.codePoints.slice(0, 4).map(codePointName).join(', ');
  const more = finding.codePoints.length > 4 ? ', …' : '';
  const what = WHAT[finding.kind];
  const tab = finding.kind === 'control-character' && finding.codePoints.includes(0x09);
  return {
    vi: `${finding.count} ${what.vi(multiline)}${tab ? ', tab thay bằng dấu cách' : ''} (${points}${more})`,
    en: `${finding.count} ${what.en(multiline)}${tab ? ', tabs replaced by spaces' : ''} (${points}${more})`,
  };
}

/**
 * A line reader's (text, DOCX, PDF) diagnostic of a finding: `text/<kind>`, with `details` (the
 * place of the first one) and `where` appended to the message (the page of a PDF).
 */
export function textHygieneDiagnostic(
  finding: HygieneFinding,
  details: DiagnosticDetails = {},
  where?: { vi: string; en: string },
): Diagnostic {
  const message = findingMessage(finding, true);
  return codeDiagnostic(
    `text/${finding.kind}`,
    where ? { vi: `${message.vi}, ${where.vi}`, en: `${message.en}, ${where.en}` } : message,
    details,
  );
}

/** The model's diagnostics of {@link cleanDeep}'s findings: one per field and kind, with the field's path. */
export function hygieneDiagnostics(findings: readonly FieldFinding[]): Diagnostic[] {
  return findings.map(({ path, finding, multiline }) =>
    codeDiagnostic(`model/${finding.kind}`, findingMessage(finding, multiline ?? allowsLineBreak(path.split('.'))), {
      path,
      actual: finding.codePoints.map(codePointName).join(' '),
    }),
  );
}
