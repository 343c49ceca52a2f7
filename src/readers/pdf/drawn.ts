import type { FontFace } from './fonts.js';
import type { PageRule } from './layout.js';
import type { DrawnBox, TextChunk } from './operators.js';
import { type Row, type Segment, styleOf, toSegment } from './rows.js';

/**
 * What the drawn lines of a page say about its text, as the DOCX reader learns it from tables and
 * borders: a data table of the body (ô 6) drawn as a grid of stroked cells is read one pipe row a
 * line ("| a | b |", the text writer's form, "|---|" under a bold first row), a line across the
 * text width (above the copy block of Mẫu 3.1, above the contact block of ô 13) separates parts as
 * a typed "-----" does, and the contact block at the foot of page 1 (its usual place, the DOCX
 * writer's first-page footer) is read after the closing block, where a text file has it.
 *
 * @module
 */

// Cells of one table row share their top and bottom within this many points.
const SAME_EDGE = 1;
// A rule reaching this share of the page's width crosses the text column (the header's lines are shorter).
const FULL_WIDTH_SHARE = 0.6;
// The labels of ô 13's lines (nd30.md §2.10), as the text and DOCX readers read them.
const CONTACT_LINE = /^(địa chỉ|đ\/c|đt|điện thoại|tel|fax|e-?mail|thư điện tử|website|trang thông tin điện tử)\s*:/iu;

/** A row of a drawn table: its cells' boxes, left to right. */
interface GridRow {
  readonly y0: number;
  readonly y1: number;
  readonly cells: readonly DrawnBox[];
}

/** The rows of the page's drawn tables, top to bottom: two or more cells side by side, edge to edge. */
function gridRows(boxes: readonly DrawnBox[]): GridRow[] {
  const own = boxes.filter((b) => b.annotation === undefined).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const out: GridRow[] = [];
  for (let k = 0; k < own.length;) {
    const first = own[k]!;
    const cells = [first];
    let j = k + 1;
    for (; j < own.length; j++) {
      const b = own[j]!;
      const last = cells[cells.length - 1]!;
      if (Math.abs(b.y0 - first.y0) > SAME_EDGE || Math.abs(b.y1 - first.y1) > SAME_EDGE) break;
      if (Math.abs(b.x0 - last.x1) > SAME_EDGE) break;
      cells.push(b);
    }
    if (cells.length >= 2) out.push({ y0: first.y0, y1: first.y1, cells });
    k = cells.length >= 2 ? j : k + 1;
  }
  return out;
}

/** Escapes a cell's pipes as the text writer does. */
const cellText = (text: string) => text.replace(/\|/gu, '\\|');

/**
 * The page's rows with the text inside each drawn table row replaced by one pipe row, and a
 * markdown separator row after a table's first row when all its text is bold (the writer's header
 * row). A header row repeated at the top of a page the table continues on is dropped.
 */
export function withTables(
  rows: readonly Row[],
  boxes: readonly DrawnBox[],
  faceOf: (c: TextChunk) => FontFace,
  previousHeader: { text: string | undefined },
): Row[] {
  const grid = gridRows(boxes);
  if (grid.length === 0) return [...rows];
  const inside = new Map<Row, GridRow>();
  for (const row of rows) {
    const g = grid.find((r) => row.y > r.y0 && row.y < r.y1 && row.x0 >= r.cells[0]!.x0 - SAME_EDGE);
    if (g) inside.set(row, g);
  }
  const out: Row[] = [];
  let previous: GridRow | undefined;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const g = inside.get(row);
    if (!g) {
      out.push(row);
      previous = undefined;
      continue;
    }
    const members = [row];
    while (k + 1 < rows.length && inside.get(rows[k + 1]!) === g) members.push(rows[++k]!);
    const chunks = members.flatMap((m) => m.segments.flatMap((s) => s.chunks));
    const texts = g.cells.map((cell) => {
      const lines = members.map((m) =>
        toSegment(
          m.segments.flatMap((s) => s.chunks).filter((c) => (c.x0 + c.x1) / 2 > cell.x0 && (c.x0 + c.x1) / 2 < cell.x1),
        ),
      );
      return lines
        .filter((s): s is Segment => s !== undefined)
        .map((s) => s.text)
        .join(' ');
    });
    const text = `| ${texts.map(cellText).join(' | ')} |`;
    const continues = previous !== undefined && Math.abs(previous.y1 - g.y0) <= SAME_EDGE;
    const opens = !continues;
    const bold = styleOf(chunks, faceOf).bold === true;
    // The header row the writer repeats on the next page: the table read once.
    if (opens && bold && previousHeader.text === text && out.every((r) => r.drawn !== undefined)) {
      previous = g;
      continue;
    }
    const x0 = g.cells[0]!.x0;
    const x1 = g.cells[g.cells.length - 1]!.x1;
    const segment: Segment = { chunks, x0, x1, text };
    out.push({ page: row.page, y: row.y, size: row.size, segments: [segment], x0, x1, drawn: 'table' });
    if (opens && bold) {
      previousHeader.text = text;
      const separator = `|${g.cells.map(() => '---').join('|')}|`;
      out.push({
        page: row.page,
        y: members[members.length - 1]!.y,
        size: row.size,
        segments: [{ chunks: [], x0, x1, text: separator }],
        x0,
        x1,
        drawn: 'table',
      });
    } else if (opens) previousHeader.text = undefined;
    previous = g;
  }
  return out;
}

/** The page's rows with a row for each line drawn across the text column, in its place. */
export function withRules(rows: readonly Row[], rules: readonly PageRule[], pageWidth: number, page: number): Row[] {
  // And the lines under the issuers' names, in the left column: they separate the agencies of a joint
  // document as the text writer's "-------" does.
  const full = rules.filter(
    (r) =>
      r.page === page && r.kind === 'shape' && (r.x1 - r.x0 >= FULL_WIDTH_SHARE * pageWidth || r.x1 < pageWidth / 2),
  );
  if (full.length === 0) return [...rows];
  const out = [...rows];
  for (const r of full) {
    const at = out.findIndex((row) => row.y > r.y);
    const rule: Row = {
      page,
      y: r.y,
      size: 1,
      segments: [{ chunks: [], x0: r.x0, x1: r.x1, text: '' }],
      x0: r.x0,
      x1: r.x1,
      drawn: 'rule',
    };
    out.splice(at < 0 ? out.length : at, 0, rule);
  }
  return out;
}

/**
 * The contact block at the foot of the page: a rule across the text column with nothing under it
 * but contact lines. Gives the page without it, and the block (the rule first), or undefined.
 */
export function footContact(rows: readonly Row[]): { rows: Row[]; block: Row[] } | undefined {
  for (let k = rows.length - 1; k >= 0; k--) {
    const row = rows[k]!;
    if (row.drawn !== 'rule') continue;
    const below = rows.slice(k + 1);
    if (below.length === 0 || below.some((r) => r.drawn !== undefined)) return undefined;
    if (!CONTACT_LINE.test(below[0]!.segments.map((s) => s.text).join(' '))) return undefined;
    return { rows: rows.slice(0, k), block: rows.slice(k) };
  }
  return undefined;
}
