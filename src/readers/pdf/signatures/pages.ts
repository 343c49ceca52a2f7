/**
 * Page indexes of annotations: walks the page tree (ISO 32000-1 §7.7.3) from the catalog and maps
 * each page object, and each annotation listed in a page's `/Annots`, to the page's 0-based index.
 *
 * @module
 */

import type { PdfDocument } from './objects/document.js';
import { isDict, isName, isRef, type PdfDict, type PdfValue } from './objects/values.js';

/** Page indexes by page object number and by annotation object number. */
export interface PageIndex {
  /** Page object number → page index. */
  readonly pages: ReadonlyMap<number, number>;
  /** Annotation object number → index of the page whose `/Annots` lists it. */
  readonly annotations: ReadonlyMap<number, number>;
  /** Page count found. */
  readonly count: number;
}

/** Bounds the walk on hostile trees (real documents have far fewer pages). */
const MAX_PAGE_NODES = 200_000;

/** Walks the page tree of `catalog`. Loops and missing nodes are skipped. */
export function indexPages(doc: PdfDocument, catalog: PdfDict | undefined): PageIndex {
  const pages = new Map<number, number>();
  const annotations = new Map<number, number>();
  const seen = new Set<number>();
  let count = 0;
  let visited = 0;
  const stack: PdfValue[] = [catalog?.entries.get('Pages') ?? null];
  while (stack.length > 0 && visited < MAX_PAGE_NODES) {
    const item = stack.pop();
    visited++;
    if (isRef(item)) {
      if (seen.has(item.num)) continue;
      seen.add(item.num);
    }
    const node = doc.resolve(item);
    if (!isDict(node)) continue;
    const kids = doc.get(node, 'Kids');
    if (Array.isArray(kids) && !isName(node.entries.get('Type'), 'Page')) {
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      continue;
    }
    const index = count++;
    if (isRef(item)) pages.set(item.num, index);
    const annots = doc.get(node, 'Annots');
    if (Array.isArray(annots)) {
      for (const a of annots) if (isRef(a) && !annotations.has(a.num)) annotations.set(a.num, index);
    }
  }
  return { pages, annotations, count };
}
