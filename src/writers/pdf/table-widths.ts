import type { FontSet } from './fonts.js';
import { DATA_TABLE } from '../layout-plan/index.js';

/**
 * Column widths of a data table from its content, much as Word autofits a table to the window:
 * columns short enough keep their text on one line, the long ones share the rest in proportion to
 * their text, each at least as wide as its longest word; the table as wide as the text area.
 *
 * @module
 */

/** Widths in points of `columns` columns of `rows` across `widthPt`; `field` is the table's model path, for errors. */
export function columnWidths(
  rows: readonly (readonly string[])[],
  columns: number,
  widthPt: number,
  sizePt: number,
  fonts: FontSet,
  header: boolean,
  field: string,
): number[] {
  const pad = 2 * DATA_TABLE.MARGIN_H_PT;
  const min = Array.from({ length: columns }, () => pad);
  const max = Array.from({ length: columns }, () => pad);
  rows.forEach((row, r) => {
    const style = header && r === 0 ? 'bold' : 'regular';
    row.forEach((text, c) => {
      const drawable = fonts.drawable(text, style, `${field}.rows.${r}.${c}`);
      const words = drawable.split(' ').map((w) => fonts.width(w, style, sizePt));
      min[c] = Math.max(min[c]!, pad + Math.max(0, ...words));
      max[c] = Math.max(max[c]!, pad + fonts.width(drawable, style, sizePt));
    });
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const totalMax = sum(max);
  if (totalMax <= widthPt) return max.map((m) => m + ((widthPt - totalMax) * m) / totalMax);
  // Columns that fit whole in a fair share of what is left keep their whole width (a short heading
  // never wraps), again until none does; the others share the rest in proportion, each at least its longest word.
  const widths: (number | undefined)[] = Array.from({ length: columns }, () => undefined);
  let remaining = widthPt;
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
  return (widths as number[]).map((w) => (total > widthPt ? (w * widthPt) / total : w));
}
