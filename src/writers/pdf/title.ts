import type { VanbanDocument } from '../../model/document.js';
import { textWidthMm } from '../../_lib/text-width.js';
import {
  centredBox,
  inBox,
  RECIPIENTS_INDENT_CM,
  SECTION_GAP_PT,
  SHORT_LINE_RATIO,
  SUBTITLE_GAP_PT,
} from '../layout-plan/index.js';
import { dashList, recipientsLabel, titleLine } from '../printed.js';
import type { PdfContext } from './context.js';
import type { Look, Piece } from './pieces.js';

/**
 * Tên loại and trích yếu (ô 5a; PL I, I.II.5.a) and Kính gửi (ô 9a; PL I, I.II.9.a), as the DOCX
 * writer sets them.
 *
 * @module
 */

/**
 * The tên loại (upper case, bold, centred) over the trích yếu (bold, centred) and the short line
 * under it; a type without a trích yếu has the line under its tên loại. A công văn has neither.
 */
export function titlePieces(d: VanbanDocument, ctx: PdfContext): Piece[] {
  const title = titleLine(d);
  if (title === undefined) return [];
  const width = ctx.columns.textWidthMm;
  const look: Look = { sizePt: ctx.options.sizes.title, bold: true, alignment: 'center', keepNext: true };
  const box =
    d.subject === undefined ? undefined : centredBox(d.subject, width, look.sizePt, true, ctx.options.lineBreaking);
  const textMm = box?.textMm ?? Math.min(textWidthMm(title, look.sizePt, true), width);
  const out: Piece[] = [
    { type: 'para', texts: [title], look: { ...look, spacing: { beforePt: SECTION_GAP_PT } }, field: 'kind' },
  ];
  if (box)
    out.push({
      type: 'para',
      texts: box.lines,
      look: inBox({ ...look, spacing: { beforePt: SUBTITLE_GAP_PT } }, box),
      field: 'subject',
    });
  out.push({ type: 'rule', lengthMm: SHORT_LINE_RATIO * textMm });
  return out;
}

/**
 * Kính gửi: one addressee on the label's line; several in a dash list whose dashes stand under the
 * colon (PL I, I.II.9.a), wrapped entries hanging under their text. A công điện heads its list
 * "<issuer> điện:" in bold at the paragraph indent (Mẫu 1.6).
 */
export function recipientsPieces(d: VanbanDocument, ctx: PdfContext): Piece[] {
  if (d.recipients.length === 0) return [];
  const sizePt = ctx.options.sizes.body;
  const lineSpacing = ctx.options.lineSpacing;
  const label = recipientsLabel(d);
  if (d.recipients.length === 1 && !label.list) {
    const labelCm = textWidthMm(`${label.text} `, sizePt) / 10;
    const look: Look = {
      sizePt,
      alignment: 'left',
      indentCm: { left: RECIPIENTS_INDENT_CM + labelCm, firstLine: -labelCm },
      spacing: { beforePt: SECTION_GAP_PT, afterPt: 6, line: lineSpacing },
    };
    return [{ type: 'para', texts: [`${label.text} ${d.recipients[0]}`], look, field: 'recipients.0' }];
  }
  const { telegram } = label;
  const startCm = telegram ? ctx.options.firstLineIndentCm : RECIPIENTS_INDENT_CM;
  const heading: Look = {
    sizePt,
    ...(telegram && { bold: true }),
    alignment: 'left',
    indentCm: { left: startCm },
    spacing: { beforePt: SECTION_GAP_PT, line: lineSpacing },
    keepNext: true,
  };
  const colonCm = telegram ? startCm : startCm + textWidthMm(label.text.slice(0, -1), sizePt) / 10;
  const dashCm = textWidthMm('- ', sizePt) / 10;
  const lines = dashList(d.recipients);
  const out: Piece[] = [{ type: 'para', texts: [label.text], look: heading, field: 'recipients.heading' }];
  lines.forEach((text, i) => {
    const last = i === lines.length - 1;
    const look: Look = {
      sizePt,
      alignment: telegram ? 'justify' : 'left',
      indentCm: { left: colonCm + dashCm, firstLine: -dashCm },
      spacing: { ...(last && { afterPt: 6 }), line: lineSpacing },
      ...(!last && { keepNext: true }),
    };
    out.push({ type: 'para', texts: [text], look, field: `recipients.${i}` });
  });
  return out;
}
