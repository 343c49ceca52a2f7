import { textWidthMm } from '../../_lib/text-width.js';
import { MOTTO, NATIONAL_NAME } from '../printed.js';
import { type MarginsMm, PAGE_WIDTH_MM } from './page.js';
import type { PartSizes } from './sizes.js';

/**
 * Where things go across the page: the text area and the columns of the header and closing
 * tables (nd30.md §3.3: the Mẫu are borderless two-column tables, ô 2–3 at the left, ô 1 and 4 at
 * the right; Nơi nhận at the left of the closing table, the signer at the right).
 *
 * @module
 */

/** Column widths in millimetres. */
export interface Columns {
  /** Width of the text area between the margins. */
  readonly textWidthMm: number;
  /** Left (issuer, Số, V/v) and right (Quốc hiệu, date) header columns. */
  readonly header: readonly [number, number];
  /** Left (Nơi nhận) and right (signer) closing columns. */
  readonly closing: readonly [number, number];
}

/**
 * The right header column holds the Quốc hiệu on one line (at its size, bold) and is at least 60%
 * of the text area, as in the templates; the left column has the rest. The closing table gives the
 * signer the right 55%. Widths come from the Times New Roman estimate of `_lib/text-width`, so
 * every writer sets the same columns whatever font it embeds.
 */
export function pageColumns(marginsMm: MarginsMm, sizes: Pick<PartSizes, 'nationalName' | 'motto'>): Columns {
  const textWidth = PAGE_WIDTH_MM - marginsMm.left - marginsMm.right;
  const nationalName = textWidthMm(NATIONAL_NAME, sizes.nationalName, true);
  const motto = textWidthMm(MOTTO, sizes.motto, true);
  const right = Math.ceil(Math.max(0.6 * textWidth, nationalName + 3, motto + 3));
  const signer = Math.round(0.55 * textWidth);
  return { textWidthMm: textWidth, header: [textWidth - right, right], closing: [textWidth - signer, signer] };
}
