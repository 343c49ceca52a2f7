import { foldVi } from './cells.js';
import type { TextLine } from './lines.js';

/**
 * Run-on text: a whole document on one line, as OCR engines without layout analysis (EasyOCR's
 * paragraph mode), text copied out of a PDF viewer, and some web copies give it. The header's two
 * columns come interleaved ("UBND … CỘNG HÒA … SỞ … Độc lập …"), then Số, the place and date, the
 * V/v, Kính gửi and the body, all on the line. Such a line is cut before the markers every
 * document prints (Quốc hiệu, Tiêu ngữ, Số, the place and date, V/v, Kính gửi, its dashes, the
 * body's numbered parts, Nơi nhận, Lưu, the signer's authority), so that the recogniser finds the
 * parts as on any other copy. The markers are matched on folded text with the noise OCR leaves in
 * them ("CỌNG HOÀ XÃ HỌI", "S6:", "VIv", "Kinh giii:"); the cuts keep every character, each piece
 * mapped back to the input.
 *
 * @module
 */

// Lines shorter than this are never taken for a whole document.
const MIN_RUN_ON = 300;
// How far into the line the header's Quốc hiệu or Tiêu ngữ must start (the issuer's name may come first).
const HEADER_REACH = 200;

// Header markers, on folded text (Vietnamese marks removed, lower case; OCR drops or swaps letters).
const NATIONAL =
  /\bc\S{0,2}\s?ng\s+h\S{1,2}a\s+x\S{1,2}\s+h\S{0,2}\s?i\s+ch\S{0,2}\s+ngh\S{1,3}\s+vi\S{0,2}\s?t\s+nam\b/gu;
const MOTTO = /\bd\S{0,2}\s?c\s+l\S{0,2}p\s*[-–]?\s*t\S{0,2}\s+do\s*[-–]?\s*h\S{0,2}\s?nh\s+ph\S{0,2}c\b/gu;
// "Số:", "S6:", "Số 12/…", "S 291/…" (a dropped glyph).
const NUMBER = /(?<![\p{L}\p{N}])s[o6]?\s*:\s*(?=[\p{N}il])|(?<![\p{L}\p{N}])s[o6]?\s+(?=\d{1,6}\s*\/)/gu;
const RECIPIENTS = /\bkinh\s+g\S{1,3}\s*:/gu;
// The whole Số line as printed or misread: "Số: 2154/STC-QLNS", "S6: i04 /BGDDT-GDDH", "Số: 1906 ISGDĐT-CTrTT".
const NUMBER_LINE =
  /(?<![\p{L}\p{N}])S[ốoô6]?\s*:?\s*[0-9ilIO|]{1,6}\s*(?:\/\s*|[I|](?=\p{Lu}))[\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+)*/gu;
const QUICK_HEADER = /NG\s+H|[ĐD][ộoọ]c\s+l[ậa]p/u;
const HEADER_NUMBER = /(?<![\p{L}\p{N}])S[ốoô6]?\s*:?\s*[0-9ilI|O]{1,6}\s*[/I|]\s*\p{Lu}/u;
// The place and date: the place's one to three capitalised words are found on the original text.
const DATE = /\bng\S{0,2}y\s*\d{1,2}\s*th\S{0,2}ng\s*\d{1,2}\s*n\S{0,2}m\s*\d{4}\b/gu;
// Body and closing markers, on the text as written.
const BODY = [
  // "1. Thời gian …", "II. NHIỆM VỤ": numbers followed by a capital.
  /(?<=\s)(?:\d{1,2}|[IVX]{1,4})\.\s+(?=\p{Lu})/gu,
  // "a) …" after a sentence or a list item ended.
  /(?<=[.;:]\s+)\p{Ll}\)\s/gu,
  // A dash starting an item after ";" or ":" (Kính gửi, Nơi nhận entries).
  /(?<=[;:]\s*)-\s+(?=\S)/gu,
  // The signer's authority ("KT. CHỦ TỊCH").
  /(?<=\s)(?:TM|KT|TL|TUQ|Q)\.\s*(?=\p{Lu}{2})/gu,
];
// And on folded text: "Điều 2.", "Nơi nhận:", "- Lưu:".
const BODY_FOLDED = [
  /(?<=\s)di\S{0,2}\s?u\s+\d{1,3}\.\s/gu,
  /(?<=\s)n\S{0,2}i\s+nh\S{0,2}n\s*:/gu,
  /(?<=\s)-\s*l\S{0,2}u\s*:/gu,
];
const LIST_END = /\.\s+(?=\p{Lu})/u;
const SUBJECT = /(?<=\s)V\s*[/Il1]\s*v\b/gu;

/**
 * The lines with every run-on document line cut at its markers; `cut` counts the lines cut.
 * Other lines are given back as they are.
 */
export function splitRunOnLines(lines: readonly TextLine[]): { lines: TextLine[]; cut: number } {
  // A table row (cells between pipes or tabs) is read cell by cell, not cut.
  const long = lines.filter((l) => l.text.length >= MIN_RUN_ON && !l.hints && !/[|\t]/u.test(l.text));
  if (long.length === 0) return { lines: [...lines], cut: 0 };
  const cutLines = new Map<TextLine, TextLine[]>();
  for (const line of long) {
    const pieces = runOnPieces(line);
    if (pieces) cutLines.set(line, pieces);
  }
  // A document whose Quốc hiệu or Tiêu ngữ stands on a line of its own is laid out: its long line
  // is a paragraph quoting a header.
  if (cutLines.size === 0 || lines.some((l) => l.text.length < MIN_RUN_ON && headerLine(l.text)))
    return { lines: [...lines], cut: 0 };
  return { lines: lines.flatMap((l) => cutLines.get(l) ?? [l]), cut: cutLines.size };
}

function runOnPieces(line: TextLine): TextLine[] | undefined {
  const text = line.text;
  // A run-on document starts with its header: its Số line (a capital S, a number, a ký hiệu; prose
  // cites "số 47/2019/QH14" in lower case) or its Kính gửi early, and the Quốc hiệu or the Tiêu
  // ngữ among the first words (the issuer's name may come first).
  // A cheap look first ("…NG HÒA", "Độc lập" near the start): most long lines are paragraphs.
  if (!QUICK_HEADER.test(text.slice(0, HEADER_REACH))) return undefined;
  const start = text.slice(0, 600);
  if (!HEADER_NUMBER.test(start) && !/Kính\s+g\S{1,3}\s*:/u.test(start)) return undefined;
  if (!headerLine(text.slice(0, HEADER_REACH))) return undefined;
  const folded = foldVi(text);
  const cuts = new Set<number>();
  const at = (re: RegExp, source: string, limit = source.length, after = false) => {
    for (const m of source.slice(0, limit).matchAll(re)) {
      cuts.add(m.index);
      if (after) cuts.add(m.index + m[0].length);
    }
  };
  at(NATIONAL, folded, 800, true);
  at(MOTTO, folded, 800, true);
  at(NUMBER, folded, 800);
  // The Số line ends with its ký hiệu: what follows up to "ngày" is the place.
  const numberEnds: number[] = [];
  for (const m of text.slice(0, 800).matchAll(NUMBER_LINE)) {
    numberEnds.push(m.index + m[0].length);
    cuts.add(m.index + m[0].length);
  }
  at(RECIPIENTS, folded, 2000);
  at(SUBJECT, text, 800);
  // The header's place and date: the first date; later ones are cited in the body.
  const date = [...folded.slice(0, 800).matchAll(DATE)][0];
  if (date) {
    const after = numberEnds.filter((e) => e <= date.index && date.index - e <= 60).at(-1);
    cuts.add(after ?? placeStart(text, date.index));
    cuts.add(date.index + date[0].length);
  }
  for (const re of BODY) at(re, text);
  for (const re of BODY_FOLDED) at(re, folded);
  // "Điều 1." is cut before "Điều", not again before its number.
  const sorted = [...cuts]
    .filter((c) => c > 0 && c < text.length && !/di\S{0,2}\s?u\s+$/u.test(folded.slice(Math.max(0, c - 8), c)))
    .sort((a, b) => a - b);
  const pieces: TextLine[] = [];
  // A web page's bullet before the run-on text ("- U BAN DÂN T C …") is not the issuer's.
  let from = /^[-*•]\s+/u.exec(text)?.[0].length ?? 0;
  const push = (a: number, b: number) => {
    const piece = slice(line, a, b);
    if (piece) pieces.push(piece);
  };
  for (const to of [...sorted, text.length]) {
    // A list entry ends at its "." when a sentence follows: the last addressee, then the body.
    const entryEnd = /^\s*[-–]\s/u.test(text.slice(from, from + 3)) ? LIST_END.exec(text.slice(from, to)) : null;
    if (entryEnd) {
      push(from, from + entryEnd.index + entryEnd[0].length);
      from += entryEnd.index + entryEnd[0].length;
    }
    push(from, to);
    from = to;
  }
  return pieces.length > 1 ? pieces : undefined;
}

/**
 * Whether `text` holds the Quốc hiệu in capitals, as a header prints it (prose names the country in
 * title case), or the Tiêu ngữ.
 */
function headerLine(text: string): boolean {
  const folded = foldVi(text);
  // The Tiêu ngữ's words each start with a capital ("Độc lập - Tự do - Hạnh phúc"); prose writes "độc lập, tự do".
  for (const m of folded.matchAll(MOTTO)) if (/^\p{Lu}/u.test(text.slice(m.index))) return true;
  for (const m of folded.matchAll(NATIONAL)) {
    const letters = text.slice(m.index, m.index + m[0].length).replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    if (upper >= 0.8 * letters.length) return true;
  }
  return false;
}

/**
 * Where the place before "ngày" starts when no Số line ends just before it: up to three capitalised
 * words ("Đà Nẵng", "Hà N i"), not reaching back over a code or a number ("…/SGDĐT-CTrTT").
 */
function placeStart(text: string, dateAt: number): number {
  let start = dateAt;
  const words = text.slice(Math.max(0, dateAt - 60), dateAt).split(/(?<=\s)/u);
  let taken = 0;
  for (let k = words.length - 1; k >= 0 && taken < 3; k--) {
    const word = words[k]!.trim().replace(/,$/u, '');
    if (!word) continue;
    if (!/^\p{Lu}\p{Ll}*$/u.test(word) && !/^\p{Ll}{1,3}$/u.test(word)) break;
    start -= words[k]!.length;
    taken++;
  }
  // A lone lower-case piece ("i" of "Hà N i") counts only inside a capitalised place.
  while (start < dateAt && /^\p{Ll}/u.test(text.slice(start))) start = text.indexOf(' ', start) + 1 || dateAt;
  return start;
}

/** The piece `from`–`to` of `line`, trimmed, as a line of its own mapped back to the input. */
function slice(line: TextLine, from: number, to: number): TextLine | undefined {
  let a = from;
  let b = to;
  while (a < b && /\s/u.test(line.text[a]!)) a++;
  while (b > a && /\s/u.test(line.text[b - 1]!)) b--;
  if (a === b) return undefined;
  const start = line.map ? line.map.start.subarray(a, b) : offsets(line.offset + a, b - a, 0);
  const end = line.map ? line.map.end.subarray(a, b) : offsets(line.offset + a, b - a, 1);
  return { text: line.text.slice(a, b), offset: start[0]!, line: line.line, map: { start, end } };
}

function offsets(first: number, length: number, shift: number): Int32Array {
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) out[i] = first + i + shift;
  return out;
}
