import { cleanText as hygiene, type HygieneFinding } from '../../model/normalize.js';
import type { FontFace } from './fonts.js';
import type { TextChunk } from './operators.js';

/**
 * Reading order inside a page: chunks of text grouped into rows by baseline, each row cut into
 * segments where a gap wider than a column gutter opens (the two columns of the header and the
 * closing block share baselines), the words of a segment joined with a space where the gap between
 * them is one. The text is NFC with ligatures (ﬁ ﬂ) expanded, whether the producer drew Vietnamese
 * letters precomposed or as a base letter and combining marks.
 *
 * @module
 */

/** A row's piece between two column gaps. */
export interface Segment {
  readonly chunks: readonly TextChunk[];
  readonly x0: number;
  readonly x1: number;
  /** The text, normalised and single-spaced. */
  readonly text: string;
  /** What the model's input hygiene changed in it (controls, invisible characters, special spaces), when anything. */
  readonly hygiene?: readonly HygieneFinding[];
}

/** Text on one baseline of a page. */
export interface Row {
  readonly page: number;
  /** Baseline, in points from the top of the page. */
  readonly y: number;
  /** The font size most of its text has, in points. */
  readonly size: number;
  readonly segments: readonly Segment[];
  readonly x0: number;
  readonly x1: number;
  /** What a drawing made of the row: a pipe row of a drawn table, or a line across the text column (no text). */
  readonly drawn?: 'table' | 'rule';
}

// Two chunks of one baseline closer than this (in em) belong to one word.
const SPACE_EM = 0.12;
// A gap at least this wide (em, and points) may separate columns: the bands decide whether it does
// (a gutter is a gap that rows under one another share), else the row's pieces join again.
const COLUMN_GAP_EM = 1.2;
const COLUMN_GAP_MIN = 12;
// The Quốc hiệu opens the header's right column, and the place and date stands level with "Số:":
// before them a gap of a few word spaces is already the gutter (a long parent name or ký hiệu set
// close to them, nd30.md §2.1–2.4).
const HEADER_GAP_EM = 0.6;
const NATIONAL_START = /^(?:CỘNG\s*H(?:ÒA|OÀ)\s*XÃ|ĐẢNG\s*CỘNG\s*SẢN)/u;
const NUMBER_START = /^Số\s*:/u;
const PLACE_DATE_START = /^\p{Lu}[\p{L}.\s-]{0,40},\s*ngày\b/u;
// Baselines within this share of the font size are one row (a raised note mark too).
const ROW_TOLERANCE_EM = 0.4;

const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};
const LIGATURE = /[\ufb00-\ufb06]/gu;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u3000]+/gu;

/** Text as the reader passes it on: ligatures expanded, the model's hygiene (NFC, no controls or zero-width characters), single spaces. */
export function cleanText(text: string): string {
  return cleanWithFindings(text).text;
}

/** {@link cleanText} with what the hygiene changed. */
function cleanWithFindings(text: string): { text: string; findings: readonly HygieneFinding[] } {
  const cleaned = hygiene(text.replace(LIGATURE, (l) => LIGATURES[l] ?? l));
  return { text: cleaned.text.replace(SPACES, ' ').trim(), findings: cleaned.findings };
}

/**
 * Drops a chunk drawn again over itself (Word's fake bold for a font without a bold face draws the
 * text twice, a fraction of a point apart): the one kept is marked `overprinted`.
 */
export function dropOverprints(chunks: readonly TextChunk[]): { chunks: TextChunk[]; overprinted: Set<TextChunk> } {
  const sorted = [...chunks].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const kept: TextChunk[] = [];
  const overprinted = new Set<TextChunk>();
  for (const c of sorted) {
    let twin: TextChunk | undefined;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - 8; k--) {
      const o = kept[k]!;
      if (o.text === c.text && Math.abs(o.x0 - c.x0) < 1 && Math.abs(o.y - c.y) < 1 && o.annotation === c.annotation) {
        twin = o;
        break;
      }
    }
    if (twin) overprinted.add(twin);
    else kept.push(c);
  }
  return { chunks: kept, overprinted };
}

/** The rows of one page's upright chunks, top to bottom. */
export function buildRows(page: number, chunks: readonly TextChunk[]): Row[] {
  const sorted = [...chunks].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: TextChunk[][] = [];
  let current: TextChunk[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const c of sorted) {
    if (
      current.length &&
      Math.abs(c.y - rowY) <= ROW_TOLERANCE_EM * Math.min(Math.max(c.size, rowSize), 2 * Math.min(c.size, rowSize))
    ) {
      current.push(c);
      // The row's baseline is that of its largest text (a raised note mark does not move it).
      if (c.size > rowSize) {
        rowSize = c.size;
        rowY = c.y;
      }
      continue;
    }
    if (current.length) groups.push(current);
    current = [c];
    rowY = c.y;
    rowSize = c.size;
  }
  if (current.length) groups.push(current);
  const rows: Row[] = [];
  for (const group of groups) {
    const row = toRow(page, group);
    if (row) rows.push(row);
  }
  return rows;
}

function toRow(page: number, group: TextChunk[]): Row | undefined {
  group.sort((a, b) => a.x0 - b.x0);
  const size = dominantSize(group);
  const segments: Segment[] = [];
  let pieces: TextChunk[] = [];
  let end = -Infinity;
  const close = () => {
    const segment = toSegment(pieces);
    if (segment) segments.push(segment);
    pieces = [];
  };
  group.forEach((c, i) => {
    const gap = c.x0 - end;
    if (
      pieces.length &&
      ((gap >= Math.max(COLUMN_GAP_EM * size, COLUMN_GAP_MIN) && !filledNumber(pieces.at(-1), c)) ||
        (gap >= HEADER_GAP_EM * size && opensHeaderColumn(group, i)))
    )
      close();
    pieces.push(c);
    end = Math.max(end, c.x1);
  });
  close();
  if (segments.length === 0) return undefined;
  const main = group.reduce((best, c) => (c.size > best.size ? c : best), group[0]!);
  return {
    page,
    y: main.y,
    size,
    segments,
    x0: segments[0]!.x0,
    x1: Math.max(...segments.map((s) => s.x1)),
  };
}

/** Whether chunk `i` of a row opens the header's right column: the Quốc hiệu, or a place and date after "Số:". */
function opensHeaderColumn(group: readonly TextChunk[], i: number): boolean {
  // Cheapest first: a justified body line's wide word spaces reach here too.
  const afterNumber = NUMBER_START.test(group[0]!.text);
  if (!afterNumber && !/^(?:CỘNG|ĐẢNG)/u.test(group[i]!.text)) return false;
  const rest = group
    .slice(i, i + 12)
    .map((c) => c.text)
    .join(' ');
  return NATIONAL_START.test(rest) || (afterNumber && PLACE_DATE_START.test(rest));
}

/** Joins the chunks of a segment, a space where the gap is a word space. */
export function toSegment(chunks: readonly TextChunk[]): Segment | undefined {
  let text = '';
  let end = -Infinity;
  let x0 = Infinity;
  let x1 = -Infinity;
  let previous: TextChunk | undefined;
  for (const c of chunks) {
    const gap = c.x0 - end;
    if (
      text !== '' &&
      (gap > SPACE_EM * c.size || (c.spaceBefore && gap > -0.3 * c.size)) &&
      !/^\p{M}/u.test(c.text) &&
      !filledNumber(previous, c)
    )
      text += ' ';
    text += c.text;
    previous = c;
    end = Math.max(end, c.x1);
    x0 = Math.min(x0, c.x0);
    x1 = Math.max(x1, c.x1);
  }
  const clean = cleanWithFindings(text);
  if (clean.text === '') return undefined;
  return { chunks, x0, x1, text: clean.text, ...(clean.findings.length > 0 && { hygiene: clean.findings }) };
}

/**
 * Whether `next` ("/UBND-KGVX") follows a number a signature field filled into the Số line's blank
 * at issuance ("507", drawn by the field's appearance): the gap between them is what the blank left,
 * not a space the drafter typed (057–059: 8.7, 15 and 22 pt).
 */
function filledNumber(number: TextChunk | undefined, next: TextChunk): boolean {
  return (
    number?.filledBy !== undefined &&
    next.filledBy === undefined &&
    /^\s*\d{1,6}\s*$/u.test(number.text) &&
    /^\s*\//u.test(next.text)
  );
}

/** The font size most of the text has (by characters), rounded to a tenth of a point. */
export function dominantSize(chunks: readonly TextChunk[]): number {
  const weight = new Map<number, number>();
  for (const c of chunks) {
    const size = Math.round(c.size * 10) / 10;
    weight.set(size, (weight.get(size) ?? 0) + c.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of weight) if (n > most) [best, most] = [size, n];
  return best;
}

/** The style of a run of chunks: bold (italic) when all its letters are, false when none is, undefined when mixed. */
export function styleOf(
  chunks: readonly TextChunk[],
  faceOf: (c: TextChunk) => FontFace,
): { bold: boolean | undefined; italic: boolean | undefined; family: string; size: number } {
  let letters = 0;
  let bold = 0;
  let italic = 0;
  const families = new Map<string, number>();
  for (const c of chunks) {
    const n = c.text.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (n === 0) continue;
    const face = faceOf(c);
    letters += n;
    if (face.bold) bold += n;
    if (face.italic) italic += n;
    families.set(face.family, (families.get(face.family) ?? 0) + n);
  }
  let family = '';
  let most = -1;
  for (const [f, n] of families) if (n > most) [family, most] = [f, n];
  return {
    bold: letters === 0 ? undefined : bold === letters ? true : bold === 0 ? false : undefined,
    italic: letters === 0 ? undefined : italic === letters ? true : italic === 0 ? false : undefined,
    family,
    size: dominantSize(chunks),
  };
}
