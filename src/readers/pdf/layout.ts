import type { Alignment, LayoutFacts, PageLayout, PageNumbering, RuleLine, TextLayout } from '../../model/layout.js';
import type { SourceMap } from '../../model/source.js';
import { inClosing, lastRowOf, type PlacedLine } from './bands.js';
import type { FontFace } from './fonts.js';
import type { DrawnBox, TextChunk } from './operators.js';
import { type Extent, extent, textColumn } from './column.js';
import { foldVi } from '../../recognize/cells.js';

/**
 * Layout facts measured on the pages, the same kinds the DOCX reader states so that the same rules
 * judge a PDF: the page size and the margins where the text stands (the extreme text boxes over all
 * pages, to 0.5 mm), and for each source path the font, size, weight, alignment, region and the line
 * drawn under it (PL I, I.I–I.II; nd30.md §3.1–3.4). A PDF keeps no styles, so what is reported is
 * what is printed: alignment is read from where a line stands in its column, and is left out where
 * one line cannot tell (an indented line of a one-line paragraph).
 *
 * @module
 */

/** A horizontal rule on a page: a drawn line or a row of underscores. */
export interface PageRule {
  readonly page: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly kind: RuleLine['kind'];
  readonly style: NonNullable<RuleLine['style']>;
}

/** What {@link layoutFacts} measures from. */
export interface LayoutInput {
  readonly pageSizes: readonly { readonly width: number; readonly height: number }[];
  readonly placed: readonly PlacedLine[];
  readonly rules: readonly PageRule[];
  readonly sources: SourceMap;
  readonly lineAt: (offset: number) => number | undefined;
  readonly faceOf: (c: TextChunk) => FontFace;
  readonly numbering: PageNumbering;
  readonly images: NonNullable<LayoutFacts['images']>;
  /** The stroked rectangles of every page, with their page. */
  readonly boxes?: readonly (DrawnBox & { readonly page: number })[];
}

const PT_TO_MM = 25.4 / 72;
const PAGE_NUMBER = /^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/u;
// Centred within ±2 mm; a line reaching the column's edge within 2 mm fills it.
const CENTRE = 2 / PT_TO_MM;
const EDGE = 2 / PT_TO_MM;
const ASCENT = 0.891;
const DESCENT = 0.216;
// A word space of Times New Roman and its metric twins, in em.
const WORD_SPACE_EM = 0.25;

/** The layout facts of a read PDF, and whether the bottom margin had to be estimated. */
export function layoutFacts(input: LayoutInput): { layout: LayoutFacts; bottomEstimated: boolean } {
  const { placed } = input;
  const column = textColumn(placed);
  const alignments = alignLines(placed, column);
  const below = tieRules(placed, input.rules);
  const parts: Record<string, TextLayout> = {};
  const cache = new Map<string, TextLayout>();
  for (const [path, span] of Object.entries(input.sources)) {
    const first = input.lineAt(span.offset);
    if (first === undefined) continue;
    const last = input.lineAt(Math.max(span.offset, span.end - 1)) ?? first;
    let rule: number | undefined;
    for (let k = last; k >= first && rule === undefined; k--) if (below.has(k)) rule = k;
    const key = `${first}:${rule ?? ''}`;
    let layout = cache.get(key);
    if (!layout) {
      layout = lineLayout(
        placed[first]!,
        alignments[first]!,
        rule === undefined ? undefined : ruleLine(placed, first, rule, below.get(rule)!, column),
        input.faceOf,
      );
      cache.set(key, layout);
    }
    const box = enclosingBox(placed[first]!, input.boxes ?? []);
    parts[path] = box ? { ...layout, box } : layout;
  }
  const { bottomEstimated, ...page } = section(input, placed, column);
  return {
    layout: { sections: [page], parts, ...(input.images.length > 0 && { images: input.images }) },
    bottomEstimated,
  };
}

function lineLayout(
  line: PlacedLine,
  alignment: { alignment?: Alignment; firstLineCm?: number; leftCm?: number },
  lineBelow: RuleLine | undefined,
  faceOf: (c: TextChunk) => FontFace,
): TextLayout {
  const chunks = line.segments.flatMap((s) => s.chunks);
  const ocr = chunks.every((c) => c.font === OCR_FONT);
  const out: { -readonly [K in keyof TextLayout]: TextLayout[K] } = {};
  if (!ocr) {
    const style = majorityStyle(chunks, faceOf);
    if (style.family) out.font = { ascii: style.family, hAnsi: style.family };
    out.sizePt = Math.round(style.size * 2) / 2;
    out.bold = style.bold;
    out.italic = style.italic;
  }
  if (alignment.alignment) out.alignment = alignment.alignment;
  if (alignment.firstLineCm !== undefined || alignment.leftCm !== undefined)
    out.indentCm = {
      ...(alignment.firstLineCm !== undefined && { firstLine: alignment.firstLineCm }),
      ...(alignment.leftCm !== undefined && { left: alignment.leftCm }),
    };
  if (lineBelow) out.lineBelow = lineBelow;
  out.region = line.region;
  return out;
}

// A stamp's box holds one line: no taller than this many of its font sizes.
const STAMP_BOX_EM = 3;

/** The box drawn round a line alone (a stamp: độ khẩn, độ mật, phạm vi lưu hành), in millimetres. */
function enclosingBox(
  line: PlacedLine,
  boxes: readonly (DrawnBox & { readonly page: number })[],
): TextLayout['box'] | undefined {
  const box = boxAround(line, boxes);
  return box && { widthMm: half((box.x1 - box.x0) * PT_TO_MM), heightMm: half((box.y1 - box.y0) * PT_TO_MM) };
}

/** The stamp's box drawn round a line alone, in points. */
function boxAround(line: PlacedLine, boxes: readonly (DrawnBox & { readonly page: number })[]): DrawnBox | undefined {
  if (line.row.drawn) return undefined;
  const e = extent(line);
  const { y, size } = line.row;
  return boxes.find(
    (b) =>
      b.page === line.page &&
      b.annotation === undefined &&
      b.x0 <= e.x0 + 0.5 &&
      b.x1 >= e.x1 - 0.5 &&
      b.y0 < y - 0.5 * size &&
      b.y1 > y &&
      b.y1 - b.y0 <= STAMP_BOX_EM * size,
  );
}

/** The font id of text read by OCR. */
export const OCR_FONT = 'ocr';

/** Family, size and the weight most of the letters have. */
function majorityStyle(chunks: readonly TextChunk[], faceOf: (c: TextChunk) => FontFace) {
  let letters = 0;
  let bold = 0;
  let italic = 0;
  const families = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const c of chunks) {
    const n = c.text.length;
    const face = faceOf(c);
    letters += n;
    if (face.bold) bold += n;
    if (face.italic) italic += n;
    families.set(face.family, (families.get(face.family) ?? 0) + n);
    const size = Math.round(c.size * 10) / 10;
    sizes.set(size, (sizes.get(size) ?? 0) + n);
  }
  return {
    family: top(families) ?? '',
    size: top(sizes) ?? 0,
    bold: bold * 2 > letters,
    italic: italic * 2 > letters,
  };
}

function top<T>(counts: Map<T, number>): T | undefined {
  let best: T | undefined;
  let most = -1;
  for (const [k, n] of counts) if (n > most) [best, most] = [k, n];
  return best;
}

// A page whose text stops this far (mm) above the top margin's mirror is not full: it does not show
// where the bottom margin is.
const NOT_FULL_MM = 15;

/**
 * The page setup. The top, left and right margins are where the text starts and reaches; the
 * bottom one is only seen on a full page (any page but the last, whose text runs down to it). When
 * no page is full (a one-page letter, a closing block kept with the paragraph before it), the
 * bottom margin is taken to be the top one and `bottomEstimated` says so.
 */
function section(
  input: LayoutInput,
  placed: readonly PlacedLine[],
  column: { x0: number; x1: number; bounded?: true },
): PageLayout & { bottomEstimated: boolean } {
  const size = input.pageSizes[0] ?? { width: 595.28, height: 841.89 };
  let top = Infinity;
  for (const l of placed) {
    // The contact block stands in the bottom margin, as in the DOCX's first-page footer.
    if (l.region === 'page-footer' || l.row.drawn === 'rule') continue;
    // The page number stands in the top margin (PL I, I.I.5; nd30.md §3.6).
    if (l.page > 0 && PAGE_NUMBER.test(l.text)) continue;
    // A stamp's text stands inside its box: the box is where the page's text area starts.
    const box = l.page === 0 ? boxAround(l, input.boxes ?? []) : undefined;
    top = Math.min(top, box ? box.y0 : l.row.y - ASCENT * l.row.size);
  }
  const foot = footGaps(input, placed);
  const bottomEstimated = Number.isFinite(top) && (foot === undefined || (foot.most - top) * PT_TO_MM > NOT_FULL_MM);
  // The margin is at most the foot's smallest gap, and at least the gaps less what the next page's
  // first lines needed (a page the writer broke early shows a wider gap than its margin).
  const bottom = bottomEstimated || !foot ? top : foot.most;
  const margins = Number.isFinite(top)
    ? {
        top: half(top * PT_TO_MM),
        bottom: half(bottom * PT_TO_MM),
        left: half(column.x0 * PT_TO_MM),
        right: half((size.width - column.x1) * PT_TO_MM),
      }
    : { top: 0, bottom: 0, left: 0, right: 0 };
  const widthMm = Math.round(size.width * PT_TO_MM * 10) / 10;
  const heightMm = Math.round(size.height * PT_TO_MM * 10) / 10;
  return {
    widthMm,
    heightMm,
    orientation: widthMm > heightMm ? 'landscape' : 'portrait',
    marginsMm: margins,
    ...((column.bounded || (!bottomEstimated && foot)) && {
      marginsAtLeastMm: {
        ...(!bottomEstimated && foot && { bottom: half(Math.max(0, foot.least) * PT_TO_MM) }),
        // Text that does not reach across the column shows only that the margins are no wider than it leaves.
        ...(column.bounded && { left: 0, right: 0 }),
      },
    }),
    pageNumbering: input.numbering,
    content: { type: 'main' },
    bottomEstimated,
  };
}

/**
 * What the feet of the pages say of the bottom margin (points): at `most` the smallest gap under a
 * page's text, which the margin cannot exceed; at `least` the largest such gap less the height of
 * the next page's first lines, which the margin must exceed since they did not fit (see
 * firstLinesHeight). Pages that do not show it:
 * the last, one whose foot holds the contact block (page 1, as the DOCX's first-page footer), and
 * one that ends with a closing block, and one before a page an appendix or a new document starts:
 * those start a page of their own.
 */
function footGaps(input: LayoutInput, placed: readonly PlacedLine[]): { most: number; least: number } | undefined {
  const byPage = new Map<number, PlacedLine[]>();
  for (const l of placed) {
    if (l.region === 'page-footer' || l.row.drawn === 'rule') continue;
    const lines = byPage.get(l.page);
    if (lines) lines.push(l);
    else byPage.set(l.page, [l]);
  }
  const footed = new Set(placed.filter((l) => l.region === 'page-footer').map((l) => l.page));
  const lastPage = Math.max(...placed.map((l) => l.page));
  let most = Infinity;
  let least = -Infinity;
  for (const [page, lines] of byPage) {
    const next = byPage.get(page + 1);
    if (page === lastPage || footed.has(page) || !next || startsRun(next[0]!)) continue;
    const lowest = lines.reduce((a, l) => (lastRowOf(l).y > lastRowOf(a).y ? l : a));
    if (inClosing(lowest)) continue;
    const height = input.pageSizes[page]?.height ?? input.pageSizes[0]?.height ?? 841.89;
    const row = lastRowOf(lowest);
    const gap = height - (row.y + DESCENT * row.size);
    most = Math.min(most, gap);
    least = Math.max(least, gap - firstLinesHeight(next));
  }
  return Number.isFinite(most) ? { most, least: Math.min(least, most) } : undefined;
}

/** Whether a page's first line starts a run of pages: an appendix ("Phụ lục …") or a document's header. */
function startsRun(first: PlacedLine): boolean {
  return first.region === 'header-left' || first.region === 'header-right' || /^phu luc\b/u.test(foldVi(first.text));
}

/**
 * The height the first lines of a page need: what a writer keeps together and carries over whole.
 * A closing band starting among them, with the lines before it (the last paragraph is kept with the
 * signature), else three lines (a heading kept with the first two of its paragraph).
 */
function firstLinesHeight(lines: readonly PlacedLine[]): number {
  const topOf = (l: PlacedLine) => l.row.y - ASCENT * l.row.size;
  const bottomOf = (l: PlacedLine) => lastRowOf(l).y + DESCENT * lastRowOf(l).size;
  const band = lines.findIndex(inClosing);
  let end = Math.min(lines.length, 3);
  if (band >= 0 && band < KEPT_BEFORE_CLOSING) {
    end = band;
    while (end < lines.length && inClosing(lines[end])) end++;
  }
  const unit = lines.slice(0, end);
  return Math.max(...unit.map(bottomOf)) - Math.min(...unit.map(topOf)) + 0.5 * lines[0]!.row.size;
}

// How many lines before a closing band the writer may carry over with it (the last paragraph's).
const KEPT_BEFORE_CLOSING = 4;

function half(mm: number): number {
  return Math.round(mm * 2) / 2;
}

/** The alignment (and first-line indent) of each placed line. */
function alignLines(
  placed: readonly PlacedLine[],
  column: { x0: number; x1: number },
): { alignment?: Alignment; firstLineCm?: number; leftCm?: number }[] {
  const out: { alignment?: Alignment; firstLineCm?: number; leftCm?: number }[] = placed.map(() => ({}));
  // Lines of a band column: against the column's own axis and edge.
  const groups = new Map<string, number[]>();
  placed.forEach((l, k) => {
    if (!l.column) return;
    const key = `${l.page}:${l.region}:${Math.round(l.column.x0)}:${Math.round(l.column.x1)}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  for (const members of groups.values()) alignColumn(placed, members, out);
  // Lines of the page: paragraphs of lines that fill the measure, else each line on its own. A drawn
  // table's row is no paragraph: its cells have their own alignment, which the page does not show.
  const runs: [number, number][] = [];
  let k = 0;
  while (k < placed.length) {
    if (placed[k]!.column || placed[k]!.row.drawn) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < placed.length && continues(placed[end - 1]!, placed[end]!, column)) end++;
    runs.push([k, end]);
    k = end;
  }
  const indent = usualIndent(placed, runs, column);
  for (const [from, to] of runs) alignParagraph(placed, from, to, column, out, indent);
  return out;
}

/** The first-line indent most paragraphs of two lines or more have (points), if any. */
function usualIndent(
  placed: readonly PlacedLine[],
  runs: readonly [number, number][],
  column: { x0: number; x1: number },
): number | undefined {
  const counts = new Map<number, number>();
  for (const [from, to] of runs) {
    if (to - from < 2) continue;
    const indent = Math.round(extent(placed[from]!).x0 - column.x0);
    if (indent > EDGE) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  return top(counts);
}

/** Whether `next` continues the paragraph of `prev`: the line before fills the measure, this one starts at the column's edge. */
function continues(prev: PlacedLine, next: PlacedLine, column: { x0: number; x1: number }): boolean {
  if (next.column || prev.column || next.page !== prev.page) return false;
  if (Math.abs(next.row.size - prev.row.size) > 0.6) return false;
  const pitch = next.row.y - prev.row.y;
  if (pitch <= 0 || pitch > 1.9 * next.row.size) return false;
  const p = extent(prev);
  const n = extent(next);
  return p.x1 >= column.x1 - EDGE && Math.abs(n.x0 - column.x0) <= EDGE;
}

function alignParagraph(
  placed: readonly PlacedLine[],
  from: number,
  to: number,
  column: { x0: number; x1: number },
  out: { alignment?: Alignment; firstLineCm?: number; leftCm?: number }[],
  indent: number | undefined,
): void {
  const first = extent(placed[from]!);
  if (to - from >= 2) {
    const indent = (first.x0 - column.x0) * PT_TO_MM;
    for (let k = from; k < to; k++)
      out[k] = { alignment: 'justify', ...(k === from && { firstLineCm: Math.round(indent) / 10 }) };
    return;
  }
  // One line tells centred, right-aligned and full; a line that stops short of the right edge may
  // be left-aligned or the last line of a justified paragraph: it is left unsaid.
  const centre = (first.x0 + first.x1) / 2;
  const fromLeft = first.x0 - column.x0;
  let alignment: Alignment | undefined;
  // A line set at the body's first-line indent is a paragraph of one line: justified when it fills
  // the measure, else unsaid, however near the page's centre its middle happens to fall.
  const indented = indent !== undefined && Math.abs(fromLeft - indent) <= 1;
  if (indented) alignment = first.x1 >= column.x1 - EDGE ? 'justify' : undefined;
  else if (Math.abs(centre - (column.x0 + column.x1) / 2) <= CENTRE && fromLeft > EDGE) alignment = 'center';
  else if (first.x1 >= column.x1 - EDGE && fromLeft > 10 / PT_TO_MM) alignment = 'right';
  else if (first.x1 >= column.x1 - EDGE) alignment = 'justify';
  // The entries of a list (Kính gửi) line up: their indent is a fact the rules compare.
  const left = !alignment && flushWithNeighbour(placed, from) ? Math.round(fromLeft * PT_TO_MM) / 10 : undefined;
  out[from] = { ...(alignment && { alignment }), ...(left !== undefined && { leftCm: left }) };
}

/** A line of a list: the line before or after it on the page starts where it starts and neither fills the measure. */
function flushWithNeighbour(placed: readonly PlacedLine[], k: number): boolean {
  const line = placed[k]!;
  const x0 = extent(line).x0;
  return [placed[k - 1], placed[k + 1]].some(
    (n) => n !== undefined && !n.column && n.page === line.page && Math.abs(extent(n).x0 - x0) <= 1,
  );
}

/** Alignment of the lines of one band column: centred on a common axis, or flush with its left edge. */
function alignColumn(
  placed: readonly PlacedLine[],
  members: readonly number[],
  out: { alignment?: Alignment }[],
): void {
  const boxes = members.map((k) => extent(placed[k]!));
  const centres = boxes.map((b) => (b.x0 + b.x1) / 2).sort((a, b) => a - b);
  const axis = centres[Math.floor(centres.length / 2)]!;
  const left = Math.min(...boxes.map((b) => b.x0));
  const centred = boxes.map((b) => Math.abs((b.x0 + b.x1) / 2 - axis) <= CENTRE);
  const flush = boxes.map((b) => Math.abs(b.x0 - left) <= EDGE / 2);
  // The column's habit decides a line that is both (the widest line of a centred column is flush too).
  const centredOnly = centred.filter((c, i) => c && !flush[i]).length;
  const flushOnly = flush.filter((f, i) => f && !centred[i]).length;
  // Lines of nearly one width are both: two or three of them over a common axis are a centred block
  // (an issuer's name), three or more with nothing to tell are a list set flush left (Nơi nhận).
  const mostlyCentred =
    centredOnly > flushOnly || (centredOnly === flushOnly && (centredOnly > 0 || members.length < 3));
  members.forEach((k, i) => {
    const alignment: Alignment =
      centred[i] && (!flush[i] || mostlyCentred || members.length === 1)
        ? 'center'
        : flush[i]
          ? 'left'
          : boxes[i]!.x0 > axis
            ? 'right'
            : 'left';
    out[k] = { alignment };
  });
}

/**
 * The rule under line `at` as a RuleLine: its length, and its ratio to the text above it. A part
 * wrapped over several lines (an issuer's name, a trích yếu) is measured as the DOCX reader and both
 * writers measure it: its lines set as one line (a word space between them), capped at its
 * column (see columnWidth), and never shorter than its longest line.
 */
function ruleLine(
  placed: readonly PlacedLine[],
  first: number,
  at: number,
  rule: PageRule,
  textColumn: { x0: number; x1: number },
): RuleLine {
  let widest = 0;
  let joined = 0;
  for (let k = first; k <= at; k++) {
    const line = placed[k]!;
    if (line.page !== rule.page || line.region !== placed[at]!.region) continue;
    for (const e of rowExtents(line)) {
      widest = Math.max(widest, e.x1 - e.x0);
      joined += (joined > 0 ? WORD_SPACE_EM * line.row.size : 0) + (e.x1 - e.x0);
    }
  }
  const width = Math.max(widest, Math.min(joined, columnWidth(placed[at]!, textColumn)));
  const length = rule.x1 - rule.x0;
  return {
    kind: rule.kind,
    lengthMm: Math.round(length * PT_TO_MM * 10) / 10,
    ...(width > 0 && { ratioToText: Math.round((length / width) * 100) / 100 }),
    style: rule.style,
  };
}

/** The extent of each printed row of a line: one, or several for a line merged from a wrapped name. */
function rowExtents(line: PlacedLine): Extent[] {
  if (!line.lastRow) return [extent(line)];
  const rows: { y: number; x0: number; x1: number }[] = [];
  for (const s of line.segments) {
    const y = s.chunks[0]?.y ?? line.row.y;
    const e = rows.find((r) => Math.abs(r.y - y) < 0.4 * line.row.size);
    if (e) {
      e.x0 = Math.min(e.x0, s.x0);
      e.x1 = Math.max(e.x1, s.x1);
    } else rows.push({ y, x0: s.x0, x1: s.x1 });
  }
  return rows;
}

/**
 * The width of the column `line` is centred in. A header or closing cell starts at the text
 * column's edge (left cells at the left margin, right cells end at the right one) and centres its
 * lines, so its width is twice the distance from that edge to the line's axis; the text seen in a
 * band reaches only part of the way across its cell. Elsewhere, the page's text column.
 */
function columnWidth(line: PlacedLine, textColumn: { x0: number; x1: number }): number {
  const e = extent(line);
  const axis = (e.x0 + e.x1) / 2;
  if (line.region === 'header-left' || line.region === 'closing-left') return 2 * (axis - textColumn.x0);
  if (line.region === 'header-right' || line.region === 'closing-right') return 2 * (textColumn.x1 - axis);
  return textColumn.x1 - textColumn.x0;
}

/** Ties each rule to the text line just above it. */
function tieRules(placed: readonly PlacedLine[], rules: readonly PageRule[]): Map<number, PageRule> {
  const out = new Map<number, PageRule>();
  for (const rule of rules) {
    let best: number | undefined;
    let bestDistance = Infinity;
    placed.forEach((l, k) => {
      if (l.page !== rule.page) return;
      const distance = rule.y - lastRowOf(l).y;
      const reach = rule.kind === 'underscores' ? 1.6 * l.row.size : l.row.size + 3;
      if (distance <= 0 || distance > reach || distance >= bestDistance) return;
      const e = extent(l);
      const overlap = Math.min(e.x1, rule.x1) - Math.max(e.x0, rule.x0);
      if (overlap < 0.5 * Math.min(e.x1 - e.x0, rule.x1 - rule.x0)) return;
      best = k;
      bestDistance = distance;
    });
    if (best === undefined || out.has(best)) continue;
    out.set(best, rule);
  }
  return out;
}
