import type { DocxParagraph } from '../docx/paragraph.js';
import { collectionRegime, type DocumentCollection, findDocuments } from '../docx/collection.js';
import type { PdfLine } from './lines.js';

/**
 * Files that hold several documents one after another (the templates of Phụ lục III printed to
 * PDF, letters scanned into one file): found as the DOCX reader finds them, by their headers (a
 * Quốc hiệu in a header band) and template headings, so that no made-up document is read from them.
 *
 * @module
 */

/** The documents of `lines` when there are several (line indices where each begins), else undefined. */
export function findPdfDocuments(
  lines: readonly PdfLine[],
): (DocumentCollection & { regime: ReturnType<typeof collectionRegime> }) | undefined {
  // The DOCX reader's detection reads a paragraph's index, lines and region only.
  const paragraphs = lines.map(
    (l, index) => ({ index, lines: [l.text], region: l.hints?.region ?? 'page' }) as unknown as DocxParagraph,
  );
  const found = findDocuments(paragraphs);
  // The regime the text before the first one states (the Decree that the templates are an appendix of).
  return found && { ...found, regime: collectionRegime(paragraphs.slice(0, found.starts[0])) };
}
