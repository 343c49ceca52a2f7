import type { Columns } from '../layout-plan/index.js';
import type { FontSet } from './fonts.js';
import type { ResolvedPdfOptions } from './options.js';

/** What every part builder needs: the options, the columns of the page and the fonts. */
export interface PdfContext {
  readonly options: ResolvedPdfOptions;
  readonly columns: Columns;
  readonly fonts: FontSet;
}
