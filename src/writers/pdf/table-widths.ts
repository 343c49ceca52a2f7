import type { FontSet } from './fonts.js';
import { DATA_TABLE } from '../layout-plan/index.js';

/**
 * Column widths of a data table from its content, as a browser sizes an automatic table: each
 * column at least as wide as its longest word and at most as its longest line, the room left
 * shared in proportion to what each column would still take, the whole table as wide as the text.
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
  const totalMin = sum(min);
  if (totalMax <= widthPt) return max.map((m) => m + ((widthPt - totalMax) * m) / totalMax);
  if (totalMin >= widthPt) return min.map((m) => (m * widthPt) / totalMin);
  const room = widthPt - totalMin;
  const want = totalMax - totalMin;
  return min.map((m, c) => m + ((max[c]! - m) * room) / want);
}
