import type { Appendix } from '../../model/appendix.js';
import { textWidthMm } from '../../_lib/text-width.js';
import { SHORT_LINE_RATIO, SUBTITLE_GAP_PT } from '../layout-plan/index.js';
import { appendixHeadingLines } from '../printed.js';
import { bodyPieces } from './body.js';
import type { PdfContext } from './context.js';
import type { Look, Piece } from './pieces.js';

/**
 * A phụ lục (Mẫu 2.1; PL I, I.III.1; nd30.md §5.1): "Phụ lục I" (14, bold), its title (upper case,
 * bold), the "(Kèm theo …)" line (italic) and a short line, all centred, then its content. Each
 * appendix is a page run of its own, numbered from 1 (see the document builder).
 *
 * @module
 */

/** The heading and the content of appendix `index`. */
export function appendixPieces(appendix: Appendix, index: number, ctx: PdfContext): Piece[] {
  const path = `appendices.${index}`;
  const heading = appendixHeadingLines(appendix);
  const { sizes } = ctx.options;
  const lines: [string, Look, string][] = [
    [heading.label, { sizePt: sizes.appendixLabel, bold: true, alignment: 'center', keepNext: true }, `${path}.number`],
  ];
  if (heading.title)
    lines.push([
      heading.title,
      { sizePt: sizes.title, bold: true, alignment: 'center', spacing: { beforePt: SUBTITLE_GAP_PT }, keepNext: true },
      `${path}.title`,
    ]);
  if (heading.reference)
    lines.push([
      heading.reference,
      { sizePt: sizes.body, italic: true, alignment: 'center', spacing: { beforePt: SUBTITLE_GAP_PT }, keepNext: true },
      `${path}.reference`,
    ]);
  const [lastText, lastLook] = lines.at(-1)!;
  const textMm = Math.min(textWidthMm(lastText, lastLook.sizePt, lastLook.bold ?? false), ctx.columns.textWidthMm);
  return [
    ...lines.map(([text, look, field]): Piece => ({ type: 'para', texts: [text], look, field })),
    { type: 'rule', lengthMm: SHORT_LINE_RATIO * textMm },
    ...bodyPieces(appendix.body, `${path}.body`, ctx),
  ];
}
