import type { Paragraph } from 'docx';
import type { VanbanDocument } from '../../model/document.js';
import { dashList, RECIPIENTS_LABEL, titleLine } from '../printed.js';
import { type Look, paragraph, rule, ruleLine, widthOf } from './compose.js';
import type { WriteContext } from './context.js';
import { SHORT_LINE_RATIO } from './header.js';

/**
 * Tên loại and trích yếu (ô 5a; PL I, I.II.5.a) and Kính gửi (ô 9a; PL I, I.II.9.a).
 *
 * @module
 */

/** Space above the title block and above Kính gửi. */
const SECTION_GAP_PT = 12;
/** Where "Kính gửi:" starts, from the left margin: about 3.5 cm in the Word file of Mẫu 1.5 (TEMPLATE, nd30.md §2.9). */
const RECIPIENTS_INDENT_CM = 3.5;

/**
 * The tên loại (upper case, bold, centred) over the trích yếu (bold, centred) and the short line
 * under it; a type without a trích yếu (giấy giới thiệu, giấy nghỉ phép) has the line under its
 * tên loại. A công văn has neither: its V/v is in the header.
 */
export function titleBlock(d: VanbanDocument, ctx: WriteContext): Paragraph[] {
  const title = titleLine(d);
  if (title === undefined) return [];
  const { textWidthMm } = ctx.geometry;
  const look: Look = { sizePt: ctx.options.sizes.title, bold: true, alignment: 'center', keepNext: true };
  const titleLook: Look = { ...look, spacing: { beforePt: SECTION_GAP_PT } };
  const lastText = d.subject ?? title;
  const textMm = Math.min(widthOf(lastText, look), textWidthMm);
  const line = rule(SHORT_LINE_RATIO * textMm, textWidthMm);
  const out = [paragraph(title, titleLook)];
  if (d.subject) {
    // A little air between the two lines: stacked marks of the capitals (Ế, Ẩ) reach above a single line.
    const subjectLook: Look = { ...look, spacing: { beforePt: 3 } };
    out.push(paragraph(d.subject, subjectLook));
    ctx.intent.record('titleLine', titleLook, 'page');
    ctx.intent.record('subjectLine', subjectLook, 'page', ruleLine(line.lengthMm, textMm));
    ctx.intent.record('subject', subjectLook, 'page', ruleLine(line.lengthMm, textMm));
  } else ctx.intent.record('titleLine', titleLook, 'page', ruleLine(line.lengthMm, textMm));
  out.push(line.paragraph);
  return out;
}

/**
 * Kính gửi: one addressee on the label's line; several in a dash list whose dashes stand under the
 * colon, each entry ending ";" and the last "." (PL I, I.II.9.a). Wrapped entries hang under their text.
 */
export function recipientsBlock(d: VanbanDocument, ctx: WriteContext): Paragraph[] {
  if (d.recipients.length === 0) return [];
  const sizePt = ctx.options.sizes.body;
  const labelCm = widthOf(`${RECIPIENTS_LABEL} `, { sizePt }) / 10;
  if (d.recipients.length === 1) {
    const look: Look = { sizePt, alignment: 'left', indentCm: { left: RECIPIENTS_INDENT_CM + labelCm, firstLine: -labelCm }, spacing: { beforePt: SECTION_GAP_PT, afterPt: 6 } };
    ctx.intent.recordAll(['recipients.heading', 'recipients.0'], look, 'page');
    return [paragraph(`${RECIPIENTS_LABEL} ${d.recipients[0]}`, look)];
  }
  const label: Look = { sizePt, alignment: 'left', indentCm: { left: RECIPIENTS_INDENT_CM }, spacing: { beforePt: SECTION_GAP_PT }, keepNext: true };
  const colonCm = RECIPIENTS_INDENT_CM + widthOf(RECIPIENTS_LABEL.slice(0, -1), { sizePt }) / 10;
  const dashCm = widthOf('- ', { sizePt }) / 10;
  const lines = dashList(d.recipients);
  ctx.intent.record('recipients.heading', label, 'page');
  const out = [paragraph(RECIPIENTS_LABEL, label)];
  lines.forEach((text, i) => {
    const look: Look = { sizePt, alignment: 'left', indentCm: { left: colonCm + dashCm, firstLine: -dashCm }, ...(i === lines.length - 1 && { spacing: { afterPt: 6 } }), ...(i < lines.length - 1 && { keepNext: true }) };
    ctx.intent.record(`recipients.${i}`, look, 'page');
    out.push(paragraph(text, look));
  });
  return out;
}
