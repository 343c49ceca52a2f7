import { textWidthMm } from '../../_lib/text-width.js';
import type { Alignment } from '../../model/layout.js';
import type { Block } from '../../model/block.js';
import { DATA_TABLE } from './spacing.js';

/**
 * How a data table of the body or an appendix is set, the same in every writer: its column widths
 * (given, or from the content, much as Word autofits a table to the window), the header row bold
 * and centred, and each column's alignment (number columns such as STT centred).
 *
 * @module
 */

type TableBlock = Extract<Block, { type: 'table' }>;

/** A table's plan. */
export interface TablePlan {
  /** Number of columns (the longest row's). */
  readonly columns: number;
  /** Column widths in millimetres, adding up to the width the table was planned in. */
  readonly widthsMm: readonly number[];
  /** Alignment of each column's body cells. */
  readonly align: readonly Alignment[];
  /** The first row is a header: bold, centred, repeated on each page the table runs on. */
  readonly header: boolean;
}

/** Points to millimetres. */
const MM_PER_PT = 25.4 / 72;

// A cell of a number column: digits with their separators ("1", "1.250", "15/5/2024", "12,5%", "(3)", "01-05").
const NUMBER_CELL = /^[\d\s.,/%:()+–-]+$/u;

/** The plan of `table` across `widthMm` with its text at `sizePt`. */
export function tablePlan(table: TableBlock, widthMm: number, sizePt: number): TablePlan {
  const columns = Math.max(1, ...table.rows.map((r) => r.length));
  const header = table.header === true;
  const given = table.widths?.slice(0, columns);
  const widthsMm =
    given && given.length === columns
      ? proportional(given, widthMm)
      : contentWidths(table.rows, columns, widthMm, sizePt, header);
  const body = header ? table.rows.slice(1) : table.rows;
  const align = Array.from({ length: columns }, (_, c): Alignment => {
    const chosen = table.align?.[c];
    if (chosen) return chosen;
    const cells = body.map((row) => (row[c] ?? '').trim()).filter((t) => t.length > 0);
    return cells.length > 0 && cells.every((t) => NUMBER_CELL.test(t) && /\d/u.test(t)) ? 'center' : 'left';
  });
  return { columns, widthsMm, align, header };
}

function proportional(weights: readonly number[], widthMm: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w * widthMm) / total);
}

/**
 * Widths from the content: columns short enough keep their text on one line, the long ones share
 * the rest in proportion to their text, each at least as wide as its longest word; the table as
 * wide as `widthMm`.
 */
function contentWidths(
  rows: readonly (readonly string[])[],
  columns: number,
  widthMm: number,
  sizePt: number,
  header: boolean,
): number[] {
  const pad = 2 * DATA_TABLE.MARGIN_H_PT * MM_PER_PT;
  const min = Array.from({ length: columns }, () => pad);
  const max = Array.from({ length: columns }, () => pad);
  rows.forEach((row, r) => {
    const bold = header && r === 0;
    row.forEach((text, c) => {
      const words = text.split(/\s+/u).map((w) => textWidthMm(w, sizePt, bold));
      min[c] = Math.max(min[c]!, pad + Math.max(0, ...words));
      max[c] = Math.max(max[c]!, pad + textWidthMm(text.replace(/\s+/gu, ' '), sizePt, bold));
    });
  });
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const totalMax = sum(max);
  if (totalMax <= widthMm) return max.map((m) => m + ((widthMm - totalMax) * m) / totalMax);
  // Columns that fit whole in a fair share of what is left keep their whole width (a short heading
  // never wraps), again until none does; the others share the rest in proportion, each at least its longest word.
  const widths: (number | undefined)[] = Array.from({ length: columns }, () => undefined);
  let remaining = widthMm;
  for (;;) {
    const open = widths.flatMap((w, c) => (w === undefined ? [c] : []));
    const share = remaining / Math.max(1, open.length);
    const fitting = open.filter((c) => max[c]! <= share);
    if (fitting.length === 0 || fitting.length === open.length) break;
    for (const c of fitting) {
      widths[c] = max[c]!;
      remaining -= max[c]!;
    }
  }
  const open = widths.flatMap((w, c) => (w === undefined ? [c] : []));
  const openMax = sum(open.map((c) => max[c]!));
  for (const c of open) widths[c] = Math.max(min[c]!, (remaining * max[c]!) / openMax);
  const total = sum(widths as number[]);
  // Longest words wider than the room: shrink every column alike (words then overflow their cell).
  return (widths as number[]).map((w) => (w * widthMm) / total);
}
