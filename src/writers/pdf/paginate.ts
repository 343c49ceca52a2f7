import type { Atom, DrawItem } from './flow.js';
import { shift } from './flow.js';

/**
 * Atoms onto pages, as Word and LibreOffice break the DOCX: an atom that does not fit goes to the
 * next page together with the atoms glued before it (keep with next, keep lines together), unless
 * that chain fills the page from its top, when it breaks where it must. A data table's header row
 * is repeated at the top of each page the table continues on.
 *
 * @module
 */

/** A page of a run: what it draws, in points from the page's top-left corner. */
export interface PlacedPage {
  readonly items: DrawItem[];
}

/** Limits of the text area of a run's pages: the first may be shorter (its footer holds ô 13). */
export interface Area {
  readonly top: number;
  readonly bottom: (pageIndex: number) => number;
}

/** Places `atoms` from the top of a new page; returns the pages. */
export function paginate(atoms: readonly Atom[], area: Area): PlacedPage[] {
  const pages: PlacedPage[] = [];
  let i = 0;
  while (i < atoms.length) {
    const bottom = area.bottom(pages.length);
    const items: DrawItem[] = [];
    let y = area.top;
    const start = i;
    let end = i;
    // Fill greedily.
    let fill = i;
    while (fill < atoms.length) {
      const a = atoms[fill]!;
      const repeat = fill === start && fill > 0 && a.repeat ? a.repeat : undefined;
      const need = (repeat ? repeat.height : 0) + a.before + a.height;
      if (fill > start && y + need > bottom + 0.01) break;
      y += need + a.after;
      fill++;
    }
    end = fill;
    // Move the chain glued to the first atom that did not fit over to the next page.
    if (end < atoms.length) {
      let cut = end;
      while (cut > start && atoms[cut - 1]!.glue) cut--;
      if (cut > start) end = cut;
    }
    y = area.top;
    for (let k = start; k < end; k++) {
      const a = atoms[k]!;
      if (k === start && k > 0 && a.repeat) {
        items.push(...shift(a.repeat.items, 0, y));
        y += a.repeat.height;
      }
      y += a.before;
      items.push(...shift(a.items, 0, y));
      y += a.height + a.after;
    }
    pages.push({ items });
    i = end;
  }
  if (pages.length === 0) pages.push({ items: [] });
  return pages;
}
