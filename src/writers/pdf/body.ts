import type { Block } from '../../model/block.js';
import { centredBox, givenLines, inBox, tablePlan } from '../layout-plan/index.js';
import { articleHead, blockLines, type BodyPlacement } from '../printed.js';
import type { PdfContext } from './context.js';
import type { Look, Piece } from './pieces.js';

/**
 * The body (ô 6; PL I, I.II.6; nd30.md §2.6), as the DOCX writer sets it: running text justified
 * with its first-line indent and the paragraph spacing; the căn cứ ban hành block in italic; the authority and
 * enacting lines of Mẫu 1.1–1.3 centred in bold; Phần and Chương centred; Điều in bold; tables.
 *
 * @module
 */

/**
 * The pieces of `blocks` at `path` in the model (`body`, `appendices.0.body`), placed as `placement` says.
 */
export function bodyPieces(
  blocks: readonly Block[],
  path: string,
  ctx: PdfContext,
  placement: BodyPlacement = {},
): Piece[] {
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
    const last = placement.keepLastWithNext === true && i === blocks.length - 1;
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
        return set(i < (placement.legalBasisEnd ?? 0) ? { ...running, italic: true } : running);
      case 'enactment':
        return set(centred);
      case 'article': {
        // "Điều n." and its title bold; its text regular, after them on the line or, under a title, a paragraph of its own.
        const head: Look = { ...running, bold: true, keepNext: true };
        const keep = (look: Look): Look => (last ? { ...look, keepNext: true } : look);
        const title = givenLines(articleHead(block));
        if (block.text === undefined) out.push({ type: 'para', texts: title, look: keep(head), field });
        else if (block.title)
          out.push(
            { type: 'para', texts: title, look: head, field },
            { type: 'para', texts: [block.text], look: keep(running), field: `${field}.text` },
          );
        else
          out.push({
            type: 'para',
            texts: [[{ text: articleHead(block), bold: true }, { text: block.text }]],
            look: keep(running),
            field,
          });
        return;
      }
      case 'heading': {
        if (block.level === 'muc-la-ma') return set({ ...running, bold: true, keepNext: true });
        const [label, ...title] = blockLines(block);
        const kept: Look = last ? { ...centred, keepNext: true } : centred;
        out.push({ type: 'para', texts: [label!], look: kept, field });
        for (const t of title) {
          const box = centredBox(t, ctx.columns.textWidthMm, centred.sizePt, true, o.lineBreaking);
          out.push({ type: 'para', texts: box.lines, look: inBox(kept, box), field });
        }
        return;
      }
      case 'table': {
        const sizePt = o.sizes.body - 1;
        out.push({
          type: 'table',
          rows: block.rows,
          plan: tablePlan(block, ctx.columns.textWidthMm, sizePt),
          sizePt,
          field,
        });
        return;
      }
    }
  });
  return out;
}
