import { type Columns, pageColumns } from '../layout-plan/index.js';
import type { ResolvedDocxOptions } from './options.js';

/**
 * Where things go across the page: the text area and the columns of the header and closing
 * tables (nd30.md §3.3: the Mẫu are borderless two-column tables, ô 2–3 at the left, ô 1 and 4 at
 * the right; Nơi nhận at the left of the closing table, the signer at the right).
 *
 * @module
 */

export { PAGE_HEIGHT_MM, PAGE_WIDTH_MM } from '../layout-plan/index.js';

/** Column widths in millimetres. */
export type Geometry = Columns;

/**
 * The right header column holds the Quốc hiệu on one line (at its size, bold) and is at least 60%
 * of the text area, as in the templates; the left column has the rest. The closing table gives the
 * signer the right 55%.
 */
export function geometry(options: ResolvedDocxOptions): Geometry {
  return pageColumns(options.marginsMm, options.sizes);
}
