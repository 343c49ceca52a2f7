import type { DocxParagraph } from './paragraph.js';

/**
 * The contact block (ô 13; PL I, I.III.4) where Word templates put it: in the first page's
 * footer, under a line across the text width. Its lines are read with the document, right after
 * the closing block, where a text file has them; other footer text (page numbers, file names) is
 * left out.
 *
 * @module
 */

// The labels of ô 13's lines (nd30.md §2.10), as the text reader reads them.
const CONTACT_LINE = /^(địa chỉ|đ\/c|đt|điện thoại|tel|fax|e-?mail|thư điện tử|website|trang thông tin điện tử)\s*:/iu;

/**
 * `paragraphs` with the contact lines of `footer` placed after the first closing table of the
 * first section (or at the end of that section), numbered from `firstIndex` on.
 */
export function withFooterContact(
  paragraphs: readonly DocxParagraph[],
  footer: readonly DocxParagraph[],
  firstIndex: number,
): DocxParagraph[] {
  const contact = footer
    .filter((p) => p.fields.length === 0 && CONTACT_LINE.test(p.lines.join(' ').normalize('NFC').trim()))
    .map((p, k): DocxParagraph => ({ ...p, index: firstIndex + k, region: 'page-footer', section: 0 }));
  if (contact.length === 0) return [...paragraphs];
  let at = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.section > 0) break;
    const closing = p.region === 'closing-left' || p.region === 'closing-right';
    if (closing) at = i;
    else if (at >= 0) break;
  }
  if (at < 0) at = paragraphs.findLastIndex((p) => p.section === 0);
  return [...paragraphs.slice(0, at + 1), ...contact, ...paragraphs.slice(at + 1)];
}
