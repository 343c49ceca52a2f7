import type { Paragraph } from 'docx';
import type { VanbanDocument } from '../../model/document.js';
import { dashList, recipientsLabel, titleLine } from '../printed.js';
import { type Look, paragraph, rule, ruleLine, widthOf } from './compose.js';
import type { WriteContext } from './context.js';
import {
  centredBox,
  inBox,
  RECIPIENTS_INDENT_CM,
  SECTION_GAP_PT,
  SHORT_LINE_RATIO,
  SUBTITLE_GAP_PT,
} from '../layout-plan/index.js';

/**
 * Tên loại and trích yếu (ô 5a; PL I, I.II.5.a) and Kính gửi (ô 9a; PL I, I.II.9.a).
 *
 * @module
 */

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
  const box =
    d.subject === undefined
      ? undefined
      : centredBox(d.subject, textWidthMm, look.sizePt, true, ctx.options.lineBreaking);
  const textMm = box?.textMm ?? Math.min(widthOf(title, look), textWidthMm);
  const line = rule(SHORT_LINE_RATIO * textMm, textWidthMm);
  const out = [paragraph(title, titleLook)];
  if (box) {
    // A little air between the two lines: stacked marks of the capitals (Ế, Ẩ) reach above a single line.
    const subjectLook: Look = inBox<Look>({ ...look, spacing: { beforePt: SUBTITLE_GAP_PT } }, box);
    out.push(paragraph(box.lines, subjectLook));
    ctx.intent.record('titleLine', titleLook, 'page');
    ctx.intent.record('subjectLine', subjectLook, 'page', ruleLine(line.lengthMm, textMm));
    ctx.intent.record('subject', subjectLook, 'page', ruleLine(line.lengthMm, textMm));
  } else ctx.intent.record('titleLine', titleLook, 'page', ruleLine(line.lengthMm, textMm));
  out.push(line.paragraph);
  return out;
}

/**
 * Kính gửi: one addressee on the label's line; several in a dash list whose dashes stand under the
 * colon, each entry ending ";" and the last "." (PL I, I.II.9.a). Wrapped entries hang under their
 * text. A công điện heads its list "<issuer> điện:" in bold at the paragraph indent (Mẫu 1.6).
 */
export function recipientsBlock(d: VanbanDocument, ctx: WriteContext): Paragraph[] {
  if (d.recipients.length === 0) return [];
  const sizePt = ctx.options.sizes.body;
  const label = recipientsLabel(d);
  if (d.recipients.length === 1 && !label.list) {
    const labelCm = widthOf(`${label.text} `, { sizePt }) / 10;
    const look: Look = {
      sizePt,
      alignment: 'left',
      indentCm: { left: RECIPIENTS_INDENT_CM + labelCm, firstLine: -labelCm },
      spacing: { beforePt: SECTION_GAP_PT, afterPt: 6, line: ctx.options.lineSpacing },
    };
    ctx.intent.recordAll(['recipients.heading', 'recipients.0'], look, 'page');
    return [paragraph(`${label.text} ${d.recipients[0]}`, look)];
  }
  const { telegram } = label;
  const startCm = telegram ? ctx.options.firstLineIndentCm : RECIPIENTS_INDENT_CM;
  const heading: Look = {
    sizePt,
    ...(telegram && { bold: true }),
    alignment: 'left',
    indentCm: { left: startCm },
    spacing: { beforePt: SECTION_GAP_PT, line: ctx.options.lineSpacing },
    keepNext: true,
  };
  const colonCm = telegram ? startCm : startCm + widthOf(label.text.slice(0, -1), { sizePt }) / 10;
  const dashCm = widthOf('- ', { sizePt }) / 10;
  const lines = dashList(d.recipients);
  ctx.intent.record('recipients.heading', heading, 'page');
  const out = [paragraph(label.text, heading)];
  lines.forEach((text, i) => {
    const last = i === lines.length - 1;
    const look: Look = {
      sizePt,
      alignment: telegram ? 'justify' : 'left',
      indentCm: { left: colonCm + dashCm, firstLine: -dashCm },
      spacing: { ...(last && { afterPt: 6 }), line: ctx.options.lineSpacing },
      ...(!last && { keepNext: true }),
    };
    ctx.intent.record(`recipients.${i}`, look, 'page');
    out.push(paragraph(text, look));
  });
  return out;
}
