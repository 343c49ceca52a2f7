import type { Paragraph, Table } from 'docx';
import type { Block } from '../../model/block.js';
import { centredBox, inBox, givenLines, tablePlan } from '../layout-plan/index.js';
import { articleHead, blockLines, type BodyPlacement } from '../printed.js';
import { type Look, paragraph, paragraphWith, run } from './compose.js';
import type { WriteContext } from './context.js';
import { dataTable } from './table.js';

/**
 * The body (ô 6; PL I, I.II.6; nd30.md §2.6): running text justified with its first-line indent and
 * at least 6 pt between paragraphs; the căn cứ ban hành block in italic; the authority and enacting lines of Mẫu
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
 * Paragraphs and tables of `blocks`; `path` is where they sit in the model (`body`, `appendices.0.body`),
 * placed as `placement` says.
 */
export function bodyBlocks(
  blocks: readonly Block[],
  path: string,
  ctx: WriteContext,
  placement: BodyPlacement = {},
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
    const last = placement.keepLastWithNext === true && i === blocks.length - 1;
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
        return set(i < (placement.legalBasisEnd ?? 0) ? { ...running, italic: true } : running);
      case 'enactment':
        return set(centred);
      case 'article': {
        // "Điều n." and its title bold; its text regular, after them on the line or, under a title, a paragraph of its own.
        const head: Look = { ...running, bold: true, keepNext: true };
        ctx.intent.record(at, block.text !== undefined && !block.title ? running : head, 'page');
        const keep = (look: Look): Look => (last ? { ...look, keepNext: true } : look);
        if (block.text === undefined) out.push(paragraph(givenLines(articleHead(block)), keep(head)));
        else if (block.title)
          out.push(paragraph(givenLines(articleHead(block)), head), paragraph(block.text, keep(running)));
        else out.push(paragraphWith([run(articleHead(block), head), run(` ${block.text}`, running)], keep(running)));
        return;
      }
      case 'heading': {
        // "I. TIÊU ĐỀ" of a report is a bold line at the indent; Phần, Chương, Mục centred over their title.
        if (block.level === 'muc-la-ma') return set({ ...running, bold: true, keepNext: true });
        const [label, ...title] = lines;
        ctx.intent.record(at, centred, 'page');
        const kept: Look = last ? { ...centred, keepNext: true } : centred;
        out.push(paragraph(label!, kept));
        for (const t of title) {
          const box = centredBox(t, ctx.geometry.textWidthMm, centred.sizePt, true, ctx.options.lineBreaking);
          out.push(paragraph(box.lines, inBox(kept, box)));
        }
        return;
      }
      case 'table': {
        const sizePt = ctx.options.sizes.body - 1;
        const plan = tablePlan(block, ctx.geometry.textWidthMm, sizePt);
        const cell = (text: string, r: number, c: number) => {
          const head = plan.header && r === 0;
          return [
            paragraph(givenLines(text), {
              sizePt,
              alignment: head ? 'center' : plan.align[c]!,
              ...(head && { bold: true }),
            }),
          ];
        };
        out.push(
          dataTable(
            plan.widthsMm,
            block.rows.map((row, r) => row.map((text, c) => cell(text, r, c))),
            plan.header,
          ),
        );
        return;
      }
    }
  });
  return out;
}
