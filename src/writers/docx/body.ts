import type { Paragraph, Table } from 'docx';
import type { Block } from '../../model/block.js';
import { blockLines } from '../printed.js';
import { type Look, paragraph } from './compose.js';
import type { WriteContext } from './context.js';
import { dataTable } from './table.js';

/**
 * The body (ô 6; PL I, I.II.6; nd30.md §2.6): running text justified with its first-line indent and
 * at least 6 pt between paragraphs; căn cứ in italic; the authority and enacting lines of Mẫu
 * 1.1–1.3 centred in bold; Phần and Chương centred over their upper-case titles; Điều in bold.
 *
 * @module
 */

/** The look of running text. */
export function runningLook(ctx: WriteContext): Look {
  const o = ctx.options;
  return {
    sizePt: o.sizes.body,
    alignment: 'justify',
    indentCm: { firstLine: o.firstLineIndentCm },
    spacing: { afterPt: o.paragraphSpacingPt, line: o.lineSpacing },
  };
}

/**
 * Paragraphs and tables of `blocks`; `path` is where they sit in the model (`body`, `appendices.0.body`).
 * With `keepLastWithNext` the last block stays on the page of what follows (the closing block), so a
 * signature never stands alone on a page.
 */
export function bodyBlocks(
  blocks: readonly Block[],
  path: string,
  ctx: WriteContext,
  keepLastWithNext = false,
): (Paragraph | Table)[] {
  const running = runningLook(ctx);
  const centred: Look = {
    sizePt: ctx.options.sizes.body,
    bold: true,
    alignment: 'center',
    spacing: { beforePt: 6, afterPt: 6, line: ctx.options.lineSpacing },
    keepNext: true,
  };
  const out: (Paragraph | Table)[] = [];
  blocks.forEach((block, i) => {
    const at = `${path}.${i}`;
    const lines = blockLines(block);
    const last = keepLastWithNext && i === blocks.length - 1;
    const set = (look: Look, texts: readonly string[] = lines) => {
      ctx.intent.record(at, look, 'page');
      const kept: Look = last ? { ...look, keepNext: true } : look;
      for (const text of texts) out.push(paragraph(text, kept));
    };
    switch (block.type) {
      case 'paragraph':
      case 'point':
        return set(running);
      case 'clause':
        return set(block.titled ? { ...running, bold: true, keepNext: true } : running);
      case 'list':
        return set(running);
      case 'basis':
        return set({ ...running, italic: true });
      case 'enactment':
        return set(centred);
      case 'article':
        return set({ ...running, bold: true, keepNext: true });
      case 'heading':
        // "I. TIÊU ĐỀ" of a report is a bold line at the indent; Phần, Chương, Mục centred over their title.
        return set(block.level === 'muc-la-ma' ? { ...running, bold: true, keepNext: true } : centred);
      case 'table': {
        const cell = (text: string, bold: boolean) => [
          paragraph(text, { sizePt: ctx.options.sizes.body - 1, alignment: 'left', ...(bold && { bold: true }) }),
        ];
        out.push(
          dataTable(
            ctx.geometry.textWidthMm,
            block.rows.map((row, r) => row.map((text) => cell(text, block.header === true && r === 0))),
            block.header === true,
          ),
        );
        return;
      }
    }
  });
  return out;
}
