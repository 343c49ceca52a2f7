import type { Appendix } from '../../model/appendix.js';
import { textWidthMm } from '../../_lib/text-width.js';
import { APPENDIX_RULE_GAP_PT, centredBox, inBox, SHORT_LINE_RATIO, SUBTITLE_GAP_PT } from '../layout-plan/index.js';
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
  const width = ctx.columns.textWidthMm;
  const lines: [string[], Look, string][] = [
    [
      [heading.label],
      { sizePt: sizes.appendixLabel, bold: true, alignment: 'center', keepNext: true },
      `${path}.number`,
    ],
  ];
  let textMm = Math.min(textWidthMm(heading.label, sizes.appendixLabel, true), width);
  const add = (text: string | undefined, look: Look, field: string) => {
    if (!text) return;
    const box = centredBox(text, width, look.sizePt, look.bold ?? false, ctx.options.lineBreaking);
    lines.push([box.lines, inBox(look, box), field]);
    textMm = box.textMm;
  };
  add(
    heading.title,
    { sizePt: sizes.title, bold: true, alignment: 'center', spacing: { beforePt: SUBTITLE_GAP_PT }, keepNext: true },
    `${path}.title`,
  );
  add(
    heading.reference,
    { sizePt: sizes.body, italic: true, alignment: 'center', spacing: { beforePt: SUBTITLE_GAP_PT }, keepNext: true },
    `${path}.reference`,
  );
  return [
    ...lines.map(([texts, look, field]): Piece => ({ type: 'para', texts, look, field })),
    // Air under the line: a table that follows must not sit on it.
    { type: 'rule', lengthMm: SHORT_LINE_RATIO * textMm, afterPt: APPENDIX_RULE_GAP_PT },
    ...bodyPieces(appendix.body, `${path}.body`, ctx),
  ];
}
