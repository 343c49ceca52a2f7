import type { SourceSpan } from '../../model/source.js';
import type { TextLine } from '../../recognize/lines.js';
import type { PlacedLine } from './bands.js';
import type { FontFace } from './fonts.js';
import type { TextChunk } from './operators.js';
import { styleOf } from './rows.js';
import { type Extent, extent, textColumn } from './column.js';

/**
 * Placed lines to the text reader's lines: a synthetic text of the lines joined with "\n" (as the
 * DOCX reader joins its paragraphs), each line hinted with its region and weight, and carrying its
 * page and box so that every source can point at the page.
 *
 * @module
 */

/** A box on a page in millimetres from its top-left corner. */
export interface PdfBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of a PDF page: a text line with the page (0-based) and the box it stands in. */
export interface PdfLine extends TextLine {
  readonly page: number;
  readonly box: PdfBox;
}

/** A source of a PDF: the range in the synthetic text, with the page and box of the text. */
export interface PdfSourceSpan extends SourceSpan {
  /** 0-based page index of the span's first line. */
  readonly page?: number;
  /** The box of the span's lines on that page (their union), in millimetres from the top-left. */
  readonly box?: PdfBox;
}

const PT_TO_MM = 25.4 / 72;
// Times New Roman's ascent and descent, in em: a line's box from its baseline.
const ASCENT = 0.891;
const DESCENT = 0.216;

/** The box of a placed line, in millimetres. */
export function lineBox(line: PlacedLine): PdfBox {
  const x0 = Math.min(...line.segments.map((s) => s.x0));
  const x1 = Math.max(...line.segments.map((s) => s.x1));
  const size = line.row.size;
  return {
    x: mm(x0),
    y: mm(line.row.y - ASCENT * size),
    width: mm(x1 - x0),
    height: mm((ASCENT + DESCENT) * size),
  };
}

/** The lines, their synthetic text, and the line at an offset of it. */
export interface PdfLines {
  readonly lines: PdfLine[];
  readonly input: string;
  /** Index of the line holding `offset`. */
  readonly lineAt: (offset: number) => number | undefined;
  /** Index of the placed line holding `offset` (a blank line belongs to the line after it). */
  readonly placedAt: (offset: number) => number | undefined;
}

// Within this many points of the column's edge, a line reaches it (2 mm).
const EDGE = 5.67;
// A line that starts a list entry or a numbered point starts a paragraph, wherever it stands.
const ENTRY_START = /^(?:[-–+•*]\s|\d+[.)]\s|[a-zđ]\)\s|[IVX]+\.\s|Điều\s+\d)/u;
const CODE_BREAK = /[\p{L}\p{N}][-/]$/u;
// A line that ends its sentence or clause (a closing quote or bracket may follow the mark).
const ENDS_SENTENCE = /[.;:!?]["”)]?$/u;

/**
 * Whether `next` continues the justified paragraph of `prev`, as a DOCX paragraph holds them in one
 * line: both lines of the page, the same size and weight, the one before reaching the column's right
 * edge, this one starting at its left edge, the next line down.
 */
function continuesParagraph(
  prev: PlacedLine,
  next: PlacedLine,
  column: Extent,
  prevBold: boolean | undefined,
  nextBold: boolean | undefined,
): boolean {
  if (prev.page !== next.page || !wrapsOnto(prev, next, column, prevBold, nextBold)) return false;
  const pitch = next.row.y - prev.row.y;
  if (pitch <= 0 || pitch > 1.9 * next.row.size) return false;
  return (
    // A dash or a "Điều 32" a line was wrapped before ("… tuần hoàn - hữu cơ" / "- thích ứng …", "… tại" /
    // "Điều 32 Nghị định này") goes on the sentence the line before left open, at the margin; a list
    // entry or a numbered point follows a line that ended its own.
    (!ENTRY_START.test(next.text) || !ENDS_SENTENCE.test(prev.text)) &&
    !prev.text.includes('    ') &&
    !next.text.includes('    ')
  );
}

/**
 * Whether `line` is a justified paragraph's line stretched wide around a word that cannot break (a
 * long link): it runs from the column's left edge to its right one under a line that reached the
 * right edge, so its wide gap is word space, not a gutter between columns.
 */
function stretched(line: PlacedLine, before: PlacedLine | undefined, column: Extent): boolean {
  if (line.segments.length < 2 || !before || before.page !== line.page || !textRun(before, line)) return false;
  const e = extent(line);
  return Math.abs(e.x0 - column.x0) <= EDGE && e.x1 >= column.x1 - EDGE && extent(before).x1 >= column.x1 - EDGE;
}

/**
 * The weight a line of mixed weight ends in ("**Điều 3.** Chánh Văn phòng …;"): what the line under it
 * goes on with when it continues the paragraph.
 */
function tailWeight(line: PlacedLine, faceOf: (c: TextChunk) => FontFace): boolean | undefined {
  const chunks = line.segments.flatMap((s) => s.chunks);
  for (let k = chunks.length - 1; k >= 0; k--)
    if (/[\p{L}\p{N}]/u.test(chunks[k]!.text)) return faceOf(chunks[k]!).bold;
  return undefined;
}

/** A line's words joined by single spaces. */
function wordsOf(line: PlacedLine): string {
  return line.segments.map((s) => s.text).join(' ');
}

/** Whether two lines are both of the page's running text (no band, no drawn line or table), in one size. */
function textRun(a: PlacedLine, b: PlacedLine): boolean {
  return (
    a.region === 'page' &&
    b.region === 'page' &&
    a.row.drawn === undefined &&
    b.row.drawn === undefined &&
    Math.abs(a.row.size - b.row.size) <= 0.6
  );
}

/**
 * Whether `next`, the first line of a page, goes on the sentence `prev` left open at the foot of the
 * page before: `prev` reaches the column's right edge with no end mark, `next` starts at the margin,
 * in the same size and weight. The two stay lines of their pages (their places are on two pages).
 */
function continuesOverPage(
  prev: PlacedLine,
  next: PlacedLine,
  column: Extent,
  prevBold: boolean | undefined,
  nextBold: boolean | undefined,
): boolean {
  return prev.page !== next.page && !ENDS_SENTENCE.test(prev.text) && wrapsOnto(prev, next, column, prevBold, nextBold);
}

/**
 * Whether `next` starts where `prev` wrapped: `prev` runs to the column's right edge, `next` starts at its left
 * edge, both of the page's running text in one size and weight (what the two continuation tests share).
 */
function wrapsOnto(
  prev: PlacedLine,
  next: PlacedLine,
  column: Extent,
  prevBold: boolean | undefined,
  nextBold: boolean | undefined,
): boolean {
  return (
    textRun(prev, next) &&
    prevBold === nextBold &&
    extent(prev).x1 >= column.x1 - EDGE &&
    Math.abs(extent(next).x0 - column.x0) <= EDGE
  );
}

/** Where a line that is not centred stands in the column: from its left edge (or indent), or flush right. */
function alignmentIn(line: PlacedLine, column: Extent): 'left' | 'right' {
  const e = extent(line);
  return e.x0 > (column.x0 + column.x1) / 2 && e.x1 >= column.x1 - EDGE ? 'right' : 'left';
}

/**
 * Whether `next` starts a paragraph after `prev` by where they stand: `prev` stops short of the
 * column's right edge and `next` starts at a first-line indent, neither centred nor set right. The
 * gap that tells paragraphs apart is lost at a page break, and tells nothing in a run of one-line
 * paragraphs (a list of names, a table's cells copied as lines), where every gap is one.
 */
function startsParagraph(
  prev: PlacedLine,
  next: PlacedLine,
  column: Extent,
  centred: (p: PlacedLine) => boolean,
): boolean {
  if (!textRun(prev, next) || centred(prev) || centred(next)) return false;
  const p = extent(prev);
  const n = extent(next);
  const middle = (column.x0 + column.x1) / 2;
  // The line before starts at the margin (a paragraph's last line) or at the same indent (a one-line
  // paragraph); a line indented further goes on under the text of one that opens with a label
  // ("Kính gửi: Công ty …" / "Việt Nam").
  const before = Math.abs(p.x0 - column.x0) <= EDGE || Math.abs(p.x0 - n.x0) <= EDGE;
  return before && p.x1 < column.x1 - EDGE && n.x0 > column.x0 + EDGE && n.x0 < middle;
}

// Two lines of the page further apart than the page's usual line pitch by this share of the font
// size stand in two paragraphs: a blank line between them, as pdftotext -layout prints one, tells
// the text reader where a title or a trích yếu ends. So does a bold centred line followed by a regular one.
const PARAGRAPH_GAP_EM = 0.3;

/** The usual distance between baselines of consecutive lines of the page, in font sizes. */
function usualPitch(placed: readonly PlacedLine[]): number {
  const ratios: number[] = [];
  for (let k = 1; k < placed.length; k++) {
    const [a, b] = [placed[k - 1]!, placed[k]!];
    if (a.page !== b.page || a.region !== 'page' || b.region !== 'page' || Math.abs(a.row.size - b.row.size) > 0.6)
      continue;
    const r = (b.row.y - a.row.y) / b.row.size;
    if (r > 0.8 && r < 3) ratios.push(r);
  }
  if (ratios.length === 0) return 1.2;
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 4)]!;
}

/**
 * Builds the text reader's lines from the placed lines: a justified paragraph's lines are one line,
 * as the DOCX reader gives a paragraph (the recogniser was made on DOCX paragraphs and on
 * pdftotext's lines, and reads both; joined, a paragraph cannot end where a wrapped line happens to
 * look like a name or a heading).
 */
export function toPdfLines(given: readonly PlacedLine[], faceOf: (c: TextChunk) => FontFace): PdfLines {
  const lines: { text: string; hints: TextLine['hints']; page: number; box: PdfBox; offset: number }[] = [];
  const lineStarts: number[] = [];
  const placedStarts: number[] = [];
  const column = textColumn(given);
  const placed = given.map((p, k) => (stretched(p, given[k - 1], column) ? { ...p, text: wordsOf(p) } : p));
  const pitch = usualPitch(placed);
  const centre = (column.x0 + column.x1) / 2;
  const centred = (p: PlacedLine) => Math.abs((p.row.x0 + p.row.x1) / 2 - centre) <= 6 && p.row.x0 > column.x0 + 6;
  let offset = 0;
  let beforeBold: boolean | undefined;
  const push = (text: string, hints: TextLine['hints'], page: number, box: PdfBox) => {
    lines.push({ text, hints, page, box, offset });
    lineStarts.push(offset);
    offset += text.length + 1;
  };
  placed.forEach((p, index) => {
    const before = placed[index - 1];
    const style = styleOf(
      p.segments.flatMap((s) => s.chunks),
      faceOf,
    );
    const current = lines[lines.length - 1];
    if (before && current && continuesParagraph(before, p, column, beforeBold, style.bold)) {
      // One line again: the text goes on after a space (none after a code broken at its hyphen).
      const joint = CODE_BREAK.test(current.text) ? '' : ' ';
      placedStarts.push(offset - 1 + joint.length);
      current.text += joint + p.text;
      offset += joint.length + p.text.length;
      current.box = union(current.box, lineBox(p));
      if (current.hints?.italic && style.italic !== true) current.hints = { ...current.hints, italic: false };
      // Lines run from edge to edge and on: a justified paragraph (a trích yếu is centred).
      if (current.hints?.alignment === undefined) current.hints = { ...current.hints, alignment: 'justify' };
      beforeBold = style.bold ?? tailWeight(p, faceOf);
      return;
    }
    if (p.row.drawn === 'rule') {
      placedStarts.push(offset);
      push('', { region: p.region, rule: true }, p.page, lineBox(p));
      beforeBold = undefined;
      return;
    }
    if (
      before &&
      !(before.row.drawn === 'table' && p.row.drawn === 'table') &&
      before.page === p.page &&
      before.region === 'page' &&
      p.region === 'page' &&
      (p.row.y - before.row.y > (pitch + PARAGRAPH_GAP_EM) * Math.max(p.row.size, before.row.size) ||
        (beforeBold === true && style.bold === false && centred(before)))
    )
      push('', { region: 'page' }, p.page, lineBox(p));
    else if (before && startsParagraph(before, p, column, centred)) push('', { region: 'page' }, p.page, lineBox(p));
    const continues = before !== undefined && continuesOverPage(before, p, column, beforeBold, style.bold);
    beforeBold = style.bold ?? tailWeight(p, faceOf);
    placedStarts.push(offset);
    push(
      p.text,
      {
        region: p.region,
        ...(style.bold !== undefined && { bold: style.bold }),
        ...(style.italic === true && { italic: true }),
        ...(p.region === 'page' && { alignment: centred(p) ? 'center' : alignmentIn(p, column) }),
        ...(continues && { continues: true }),
      },
      p.page,
      lineBox(p),
    );
  });
  const search = (starts: readonly number[], at: number): number | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: PdfLine[] = lines.map((l, k) => ({
    text: l.text,
    offset: l.offset,
    line: k + 1,
    raw: l.text,
    ...(l.hints && { hints: l.hints }),
    page: l.page,
    box: l.box,
  }));
  return {
    lines: out,
    input: out.map((l) => l.text).join('\n'),
    lineAt: (at) => search(lineStarts, at),
    placedAt: (at) => search(placedStarts, at),
  };
}

function union(a: PdfBox, b: PdfBox): PdfBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: round(Math.max(a.x + a.width, b.x + b.width) - x),
    height: round(Math.max(a.y + a.height, b.y + b.height) - y),
  };
}

/** A source span with the page and the box of the lines it covers (those on its first line's page). */
export function withPlace(
  span: SourceSpan,
  lines: readonly PdfLine[],
  lineAt: (offset: number) => number | undefined,
): PdfSourceSpan {
  const first = lineAt(span.offset);
  const last = lineAt(Math.max(span.offset, span.end - 1));
  if (first === undefined) return span;
  const page = lines[first]!.page;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let k = first; k <= (last ?? first); k++) {
    const l = lines[k]!;
    if (l.page !== page) break;
    x0 = Math.min(x0, l.box.x);
    y0 = Math.min(y0, l.box.y);
    x1 = Math.max(x1, l.box.x + l.box.width);
    y1 = Math.max(y1, l.box.y + l.box.height);
  }
  return { ...span, page, box: { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) } };
}

function mm(pt: number): number {
  return round(pt * PT_TO_MM);
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
