/**
 * The page of every writer that lays out a page (DOCX, PDF): A4 portrait and the margins Decree 30
 * allows (PL I, I.I; nd30.md §3.1).
 *
 * @module
 */

/** A4 portrait (PL I, I.I). */
export const PAGE_WIDTH_MM = 210;
/** A4 portrait (PL I, I.I). */
export const PAGE_HEIGHT_MM = 297;

/** Page margins in millimetres. */
export interface MarginsMm {
  /** Top margin, 20–25 mm. */
  readonly top: number;
  /** Bottom margin, 20–25 mm. */
  readonly bottom: number;
  /** Left margin, 30–35 mm. */
  readonly left: number;
  /** Right margin, 15–20 mm. */
  readonly right: number;
}

/** Margins of the Word file of Phụ lục III (nd30.md §3.1). */
export const DEFAULT_MARGINS_MM: MarginsMm = { top: 25, bottom: 20, left: 35, right: 20 };

/** The range of each margin the Decree allows (PL I, I.I). */
export const MARGIN_RANGES_MM: Readonly<Record<keyof MarginsMm, readonly [number, number]>> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};

/** Header and footer distance from the page edge: 10 mm, as the Phụ lục III Word file (nd30.md §3.1). */
export const HEADER_DISTANCE_MM = 10;
