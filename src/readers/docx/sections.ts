import { childElement, childElements, type XmlElement } from '../../formats/xml/parse.js';
import type { Alignment, PageLayout, PageNumbering } from '../../model/layout.js';
import type { DocxParagraph, WalkContext } from './paragraph.js';
import { BodyWalker } from './walker.js';
import { attr, numAttr, onOff } from '../../formats/ooxml/attributes.js';
import { DEFAULT_PAGE_TWIPS, twipsToMm } from '../../formats/ooxml/units.js';

/**
 * Sections: page setup (`w:pgSz`, `w:pgMar`) and where the page number sits (a PAGE field in a
 * header or footer; `w:titlePg` with an empty first-page header hides it on page 1), PL I, I.I and
 * nd30.md §3.6.
 *
 * @module
 */

/** The `w:sectPr` elements of a body in order: those ending a paragraph, then the body's last one. */
export function sectionProperties(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of body.children) if (c.type === 'element') collectSectionProperties(c, out);
  return out;
}

/** Adds the `w:sectPr` elements of one block of the body (a paragraph's, or the body's last) to `out`. */
export function collectSectionProperties(block: XmlElement, out: XmlElement[]): void {
  if (block.local === 'p') {
    const pPr = childElement(block, 'pPr');
    const sect = pPr && childElement(pPr, 'sectPr');
    if (sect) out.push(sect);
  } else if (block.local === 'sectPr') out.push(block);
  else if (block.local === 'sdt' || block.local === 'sdtContent' || block.local === 'customXml') {
    for (const c of block.children) if (c.type === 'element') collectSectionProperties(c, out);
  }
}

/** Reads a header or footer part into paragraphs (the caller parses and resolves the part). */
export type HeaderFooterReader = (relationshipId: string) => XmlElement | undefined;

/** The sections' page layouts, and the paragraphs of the first page's footer (ô 13's usual place). */
export interface PageLayouts {
  readonly layouts: PageLayout[];
  /** Paragraphs of the first section's first-page footer (with titlePg), in the footer's own index order. */
  readonly firstPageFooter: readonly DocxParagraph[];
}

/** Page layout of each section, with its page numbering read from its headers and footers. */
export function readPageLayouts(
  sections: readonly XmlElement[],
  readPart: HeaderFooterReader,
  ctx: WalkContext,
): PageLayouts {
  const textWidths = sections.map(textAreaTwips);
  const inherited: Record<string, string | undefined> = {};
  const cache = new Map<string, DocxParagraph[]>();
  const paragraphsOf = (id: string | undefined): DocxParagraph[] => {
    if (id === undefined) return [];
    let found = cache.get(id);
    if (!found) {
      const part = readPart(id);
      const walker = new BodyWalker(ctx);
      if (part) walker.walk(part, 'page-header');
      walker.resolveWidths(textWidths);
      found = walker.paragraphs;
      cache.set(id, found);
    }
    return found;
  };
  let firstPageFooter: readonly DocxParagraph[] = [];
  const layouts = sections.map((sect, index): PageLayout => {
    // A section without its own header or footer of a type keeps the previous section's (ECMA-376 §17.10.5).
    for (const kind of ['header', 'footer'] as const) {
      for (const ref of childElements(sect, `${kind}Reference`))
        inherited[`${kind}:${attr(ref, 'type') ?? 'default'}`] = attr(ref, 'id');
    }
    const pgSz = childElement(sect, 'pgSz');
    const widthTw = numAttr(pgSz, 'w') ?? DEFAULT_PAGE_TWIPS.width;
    const heightTw = numAttr(pgSz, 'h') ?? DEFAULT_PAGE_TWIPS.height;
    const landscape = attr(pgSz, 'orient') === 'landscape' || widthTw > heightTw;
    const titlePage = onOff(sect, 'titlePg') ?? false;
    const numType = childElement(sect, 'pgNumType');
    const start = numAttr(numType, 'start');
    const format = attr(numType, 'fmt');
    const find = (type: string): { position: 'header' | 'footer'; alignment?: Alignment } | undefined => {
      for (const position of ['header', 'footer'] as const) {
        const page = paragraphsOf(inherited[`${position}:${type}`]).find((p) => p.fields.includes('PAGE'));
        if (page) return { position, alignment: page.paragraph.alignment ?? 'left' };
      }
      return undefined;
    };
    const main = find('default');
    const first = titlePage ? find('first') : main;
    if (index === 0 && titlePage) firstPageFooter = paragraphsOf(inherited['footer:first']);
    const placed = main ?? first;
    const pageNumbering: PageNumbering = {
      position: placed?.position ?? 'none',
      ...(placed?.alignment && { alignment: placed.alignment }),
      onFirstPage: first !== undefined,
      format: format ?? 'decimal',
      ...(start !== undefined && { start }),
    };
    return {
      widthMm: twipsToMm(widthTw),
      heightMm: twipsToMm(heightTw),
      orientation: landscape ? 'landscape' : 'portrait',
      marginsMm: pageMarginsMm(sect),
      pageNumbering,
    };
  });
  return { layouts, firstPageFooter };
}

/** A section's margins in twips, Word's defaults for those it leaves out ({@link DEFAULT_PAGE_TWIPS}). */
function pageMarginsTwips(sectPr: XmlElement | undefined): {
  top: number;
  bottom: number;
  left: number;
  right: number;
} {
  const pgMar = sectPr && childElement(sectPr, 'pgMar');
  return {
    // A negative top or bottom margin only lets the text overlap the header or footer (ECMA-376 §17.6.11).
    top: Math.abs(numAttr(pgMar, 'top') ?? DEFAULT_PAGE_TWIPS.top),
    bottom: Math.abs(numAttr(pgMar, 'bottom') ?? DEFAULT_PAGE_TWIPS.bottom),
    left: numAttr(pgMar, 'left') ?? DEFAULT_PAGE_TWIPS.left,
    right: numAttr(pgMar, 'right') ?? DEFAULT_PAGE_TWIPS.right,
  };
}

function pageMarginsMm(sectPr: XmlElement): PageLayout['marginsMm'] {
  const m = pageMarginsTwips(sectPr);
  return { top: twipsToMm(m.top), bottom: twipsToMm(m.bottom), left: twipsToMm(m.left), right: twipsToMm(m.right) };
}

/** Width of a section's text area (page width less the side margins), in twips. */
export function textAreaTwips(sectPr: XmlElement | undefined): number {
  const pgSz = sectPr && childElement(sectPr, 'pgSz');
  const { left, right } = pageMarginsTwips(sectPr);
  return (numAttr(pgSz, 'w') ?? DEFAULT_PAGE_TWIPS.width) - left - right;
}
