import type { PlacedLine } from './bands.js';

/**
 * The column the page's text stands in, which alignment, indents and paragraphs are read against.
 *
 * @module
 */

/** A horizontal extent in points. */
export interface Extent {
  readonly x0: number;
  readonly x1: number;
}

/** The horizontal extent of a placed line's text. */
export function extent(l: PlacedLine): Extent {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const s of l.segments) {
    if (s.x0 < x0) x0 = s.x0;
    if (s.x1 > x1) x1 = s.x1;
  }
  return { x0, x1 };
}

/**
 * The page's text column. Its right edge: the rightmost of the body's full lines over all pages
 * (Word's header and closing tables often hang past the margins); its left edge: the leftmost of
 * those and of the other lines outside the bands, so that a body of one-line paragraphs, each
 * indented, still finds the margin in a wrapped line, a list or a table. Of all the text when the
 * body has fewer than two full lines (a one-line body): then the margins are the bands' reach.
 */
export function textColumn(placed: readonly PlacedLine[]): Extent & { readonly bounded?: true } {
  const all = spanOf(placed);
  const width = all.x1 - all.x0;
  const body = placed.filter((l) => !l.column);
  const full = body.filter((l) => {
    const e = extent(l);
    return e.x1 - e.x0 >= 0.75 * width;
  });
  // Without full lines, the text's reach only bounds the column: the margins are at most what is seen.
  if (full.length < 2) return { ...all, bounded: true };
  return { x0: Math.min(spanOf(full).x0, spanOf(body).x0), x1: spanOf(full).x1 };
}

function spanOf(lines: readonly PlacedLine[]): Extent {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const l of lines) {
    const e = extent(l);
    x0 = Math.min(x0, e.x0);
    x1 = Math.max(x1, e.x1);
  }
  return Number.isFinite(x0) ? { x0, x1 } : { x0: 0, x1: 0 };
}
