import type { Block } from '../../model/block.js';
import { blockLines } from '../printed.js';
import type { PdfContext } from './context.js';
import type { Look, Piece } from './pieces.js';

/**
 * The body (ô 6; PL I, I.II.6; nd30.md §2.6), as the DOCX writer sets it: running text justified
 * with its first-line indent and the paragraph spacing; căn cứ in italic; the authority and
 * enacting lines of Mẫu 1.1–1.3 centred in bold; Phần and Chương centred; Điều in bold; tables.
 *
 * @module
 */

/**
 * The pieces of `blocks` at `path` in the model (`body`, `appendices.0.body`). With
 * `keepLastWithNext` the last block stays on the page of what follows (the closing block), so a
 * signature never stands alone on a page.
 */
export function bodyPieces(blocks: readonly Block[], path: string, ctx: PdfContext, keepLastWithNext = false): Piece[] {
  const o = ctx.options;
  const running: Look = {
    sizePt: o.sizes.body,
    alignment: 'justify',
    indentCm: { firstLine: o.firstLineIndentCm },
    spacing: { afterPt: o.paragraphSpacingPt, line: o.lineSpacing },
  };
  const centred: Look = {
    sizePt: o.sizes.body,
    bold: true,
    alignment: 'center',
    spacing: { beforePt: 6, afterPt: 6, line: o.lineSpacing },
    keepNext: true,
  };
  const out: Piece[] = [];
  blocks.forEach((block, i) => {
    const field = `${path}.${i}`;
    const last = keepLastWithNext && i === blocks.length - 1;
    const set = (look: Look) => {
      const kept: Look = last ? { ...look, keepNext: true } : look;
      for (const text of blockLines(block)) out.push({ type: 'para', texts: [text], look: kept, field });
    };
    switch (block.type) {
      case 'paragraph':
      case 'point':
      case 'list':
        return set(running);
      case 'clause':
        return set(block.titled ? { ...running, bold: true, keepNext: true } : running);
      case 'basis':
        return set({ ...running, italic: true });
      case 'enactment':
        return set(centred);
      case 'article':
        return set({ ...running, bold: true, keepNext: true });
      case 'heading':
        return set(block.level === 'muc-la-ma' ? { ...running, bold: true, keepNext: true } : centred);
      case 'table':
        out.push({ type: 'table', rows: block.rows, header: block.header === true, sizePt: o.sizes.body - 1, field });
        return;
    }
  });
  return out;
}
