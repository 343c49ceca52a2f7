import type { Alignment, PageNumbering } from '../../model/layout.js';
import type { Row } from './rows.js';

/**
 * Page furniture: the page numbers (a number alone at the top or foot of a page, Decree 30 centres it
 * in the top margin from page 2: PL I, I.I.7; nd30.md §3.6) and running headers or footers (the same
 * line at the top or foot of several pages). They are layout facts, not the document's text.
 *
 * @module
 */

/** A page number found on a page. */
export interface FoundPageNumber {
  readonly page: number;
  readonly value: number;
  readonly position: 'header' | 'footer';
  readonly alignment: Alignment;
}

/** The furniture of a document and its pages without it. */
export interface Furniture {
  readonly pages: Row[][];
  readonly numbers: readonly FoundPageNumber[];
  /** Running header and footer rows removed, with their page. */
  readonly running: readonly Row[];
}

// "2", "- 2 -", "Trang 2", "2/4", "Trang 2/4".
const PAGE_NUMBER = /^(?:trang\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*\/\s*\d{1,4})?$/iu;
// A furniture row stands this many of its font sizes away from the text next to it.
const ISOLATION_EM = 1.4;
// Centred within this many points of the text column's centre (about 3 mm).
const CENTRE_TOLERANCE = 8.5;

/** Finds and removes the furniture of `pages` (rows top to bottom); `heights` are the page heights in points. */
export function removeFurniture(pages: readonly Row[][], heights: readonly number[]): Furniture {
  const column = textColumn(pages);
  const numbers: FoundPageNumber[] = [];
  const drop = new Set<Row>();
  pages.forEach((rows, page) => {
    for (const edge of edgeRows(rows)) {
      const m = PAGE_NUMBER.exec(edge.row.segments.map((s) => s.text).join(' '));
      if (!m || edge.row.segments.length !== 1) continue;
      const value = Number(m[1]);
      // A number that is not the page's own (a list's "1" alone at the top) is text; off by a
      // cover page or a restart the count still goes up one a page.
      const position = edge.row.y < (heights[page] ?? 842) / 2 ? 'header' : 'footer';
      numbers.push({ page, value, position, alignment: alignmentIn(edge.row, column) });
      drop.add(edge.row);
    }
  });
  // Page numbers must count up with the pages, else they are text (a numbered list's lone "1.").
  const counting = numbers.filter(
    (n, k) => k === 0 || n.value - numbers[k - 1]!.value === n.page - numbers[k - 1]!.page,
  );
  const kept = numbers.length >= 2 ? counting : numbers.filter((n) => n.page > 0);
  for (const n of numbers) if (!kept.includes(n)) drop.delete(edgeRowOf(pages[n.page]!, n));
  // Running headers and footers: the same text (digits aside) at the same edge of two pages or more.
  const running: Row[] = [];
  const seen = new Map<string, Row[]>();
  pages.forEach((rows) => {
    for (const edge of edgeRows(rows)) {
      if (drop.has(edge.row)) continue;
      const key = `${edge.top ? 'top' : 'foot'}:${edge.row.segments
        .map((s) => s.text)
        .join(' ')
        .replace(/\d+/gu, '#')}`;
      seen.set(key, [...(seen.get(key) ?? []), edge.row]);
    }
  });
  for (const rows of seen.values())
    if (rows.length >= 2 && new Set(rows.map((r) => r.page)).size >= 2)
      for (const r of rows) {
        drop.add(r);
        running.push(r);
      }
  return { pages: pages.map((rows) => rows.filter((r) => !drop.has(r))), numbers: kept, running };
}

function edgeRowOf(rows: readonly Row[], n: FoundPageNumber): Row {
  return n.position === 'header' ? rows[0]! : rows[rows.length - 1]!;
}

/** The first and last rows of a page when they stand apart from the text. */
function edgeRows(rows: readonly Row[]): { row: Row; top: boolean }[] {
  const out: { row: Row; top: boolean }[] = [];
  if (rows.length < 2) return out;
  const [first, second] = [rows[0]!, rows[1]!];
  if (second.y - first.y >= ISOLATION_EM * Math.max(first.size, second.size)) out.push({ row: first, top: true });
  const [last, before] = [rows[rows.length - 1]!, rows[rows.length - 2]!];
  if (last.y - before.y >= ISOLATION_EM * Math.max(last.size, before.size)) out.push({ row: last, top: false });
  return out;
}

/** The horizontal extent of the text over all pages. */
export function textColumn(pages: readonly Row[][]): { x0: number; x1: number } {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const rows of pages)
    for (const r of rows) {
      x0 = Math.min(x0, r.x0);
      x1 = Math.max(x1, r.x1);
    }
  return Number.isFinite(x0) ? { x0, x1 } : { x0: 0, x1: 0 };
}

function alignmentIn(row: Row, column: { x0: number; x1: number }): Alignment {
  const centre = (row.x0 + row.x1) / 2;
  if (Math.abs(centre - (column.x0 + column.x1) / 2) <= CENTRE_TOLERANCE) return 'center';
  return centre > (column.x0 + column.x1) / 2 ? 'right' : 'left';
}

/** The numbering facts of the document from the page numbers found. */
export function pageNumbering(numbers: readonly FoundPageNumber[]): PageNumbering {
  const later = numbers.filter((n) => n.page > 0);
  const basis = later.length > 0 ? later : numbers;
  if (basis.length === 0) return { position: 'none', onFirstPage: false };
  const position = majority(basis.map((n) => n.position));
  const alignment = majority(basis.map((n) => n.alignment));
  return { position, alignment, onFirstPage: numbers.some((n) => n.page === 0), format: 'decimal' };
}

function majority<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
