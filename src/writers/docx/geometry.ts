import { MOTTO, NATIONAL_NAME } from '../printed.js';
import { widthOf } from './compose.js';
import type { ResolvedDocxOptions } from './options.js';

/**
 * Where things go across the page: the text area and the columns of the header and closing
 * tables (nd30.md §3.3: the Mẫu are borderless two-column tables, ô 2–3 at the left, ô 1 and 4 at
 * the right; Nơi nhận at the left of the closing table, the signer at the right).
 *
 * @module
 */

/** A4 portrait (PL I, I.I). */
export const PAGE_WIDTH_MM = 210;
export const PAGE_HEIGHT_MM = 297;

/** Column widths in millimetres. */
export interface Geometry {
  readonly textWidthMm: number;
  readonly header: readonly [number, number];
  readonly closing: readonly [number, number];
}

/**
 * The right header column holds the Quốc hiệu on one line (at its size, bold) and is at least 60%
 * of the text area, as in the templates; the left column has the rest. The closing table gives the
 * signer the right 55%.
 */
export function geometry(options: ResolvedDocxOptions): Geometry {
  const textWidthMm = PAGE_WIDTH_MM - options.marginsMm.left - options.marginsMm.right;
  const nationalName = widthOf(NATIONAL_NAME, { sizePt: options.sizes.nationalName, bold: true });
  const motto = widthOf(MOTTO, { sizePt: options.sizes.motto, bold: true });
  const right = Math.ceil(Math.max(0.6 * textWidthMm, nationalName + 3, motto + 3));
  const signer = Math.round(0.55 * textWidthMm);
  return { textWidthMm, header: [textWidthMm - right, right], closing: [textWidthMm - signer, signer] };
}
