import type { Paragraph, Table } from 'docx';
import type { CopyBlock } from '../../model/copy.js';
import type { VanbanDocument } from '../../model/document.js';
import type { Issuer } from '../../model/issuer.js';
import { CONFIDENTIALITY_LABELS, URGENCY_STAMPS } from '../../model/marks.js';
import {
  type IssuerGroup,
  issuerGroups,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  PARTY_NAME,
  placeDateLine,
  subjectLineOfLetter,
} from '../printed.js';
import {
  centredBox,
  inBox,
  CIRCULATION_CENTRE,
  CO_ISSUER_GAP_PT,
  HEADER_GAP_PT as GAP_PT,
  SHORT_LINE_RATIO,
  STAMP_HEIGHT_MM,
  STAMP_PADDING_MM,
} from '../layout-plan/index.js';
import { type Look, paragraph, rule, ruleLine, widthOf } from './compose.js';
import type { WriteContext } from './context.js';
import { layoutTable } from './table.js';

/**
 * The header (ô 1–4, 5b, 10a, 10b, 11; PL I, I.II.1–5, I.III.2; nd30.md §2.1–2.5, §2.10): a
 * borderless table whose first row holds the issuer (left) and the Quốc hiệu and Tiêu ngữ (right),
 * each over its line, and whose second row holds Số and V/v (left) level with the place and date
 * (right); the stamps follow under it at the left, the phạm vi lưu hành notice comes above it.
 *
 * @module
 */

export { SHORT_LINE_RATIO };

/** The circulation notice (ô 11), the header table and the stamps (ô 10a, 10b), in page order. */
export function headerBlock(d: VanbanDocument, ctx: WriteContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (d.circulation) out.push(circulationNotice(d.circulation, ctx));
  const [leftMm, rightMm] = ctx.geometry.header;
  // A joint document's issuers one under the other, each over its line, 6 pt apart; a shared parent once.
  const issuerCell = issuerGroups(d).flatMap((group, g) =>
    issuerGroupParagraphs(group, leftMm, ctx, g === 0 ? undefined : CO_ISSUER_GAP_PT),
  );
  const titleCell = d.regime === 'dang' ? partyParagraphs(rightMm, ctx) : nationalTitleParagraphs(rightMm, ctx);
  out.push(
    layoutTable(ctx.geometry.header, [
      [issuerCell, titleCell],
      [numberCell(d, ctx), placeDateParagraph(d, '', ctx)],
    ]),
  );
  if (d.confidentiality) out.push(stamp(CONFIDENTIALITY_LABELS[d.confidentiality], 'confidentiality', undefined, ctx));
  if (d.urgency) out.push(stamp(URGENCY_STAMPS[d.urgency].label, 'urgency', URGENCY_STAMPS[d.urgency], ctx));
  return out;
}

/**
 * Parent (regular) over the issuer (bold), both upper case and centred, then the short line; at
 * `path` in the model (`issuer`, `coIssuers.0`, `copy.issuer`), `beforePt` above the first line.
 */
export function issuerParagraphs(
  issuer: Issuer,
  path: string,
  columnMm: number,
  ctx: WriteContext,
  beforePt?: number,
  keep = false,
): Paragraph[] {
  const group: IssuerGroup = {
    ...(issuer.parent !== undefined && { parent: { text: issuer.parent, path: `${path}.parent` } }),
    issuers: [{ issuer, path }],
  };
  return issuerGroupParagraphs(group, columnMm, ctx, beforePt, keep);
}

/**
 * Issuers that share a parent: the parent once (regular), then each issuer's name (bold) over its
 * short line, 6 pt apart; names and parents broken at their "\n" and in balanced lines.
 */
function issuerGroupParagraphs(
  group: IssuerGroup,
  columnMm: number,
  ctx: WriteContext,
  beforePt?: number,
  keep = false,
): Paragraph[] {
  const { sizes, lineBreaking } = ctx.options;
  const out: Paragraph[] = [];
  const kept = (look: Look): Look => (keep ? { ...look, keepNext: true } : look);
  const space = (first: boolean, gap: number | undefined) =>
    first && gap !== undefined ? { spacing: { beforePt: gap } } : {};
  if (group.parent) {
    const box = centredBox(group.parent.text, columnMm, sizes.parent, false, lineBreaking);
    const look: Look = inBox<Look>({ sizePt: sizes.parent, alignment: 'center', ...space(true, beforePt) }, box);
    out.push(paragraph(box.lines, kept(look)));
    ctx.intent.record(group.parent.path, look, 'header-left');
  }
  group.issuers.forEach(({ issuer, path }, i) => {
    const gap = i === 0 ? (group.parent ? undefined : beforePt) : CO_ISSUER_GAP_PT;
    const box = centredBox(issuer.name, columnMm, sizes.issuer, true, lineBreaking);
    const look: Look = inBox<Look>({ sizePt: sizes.issuer, bold: true, alignment: 'center', ...space(true, gap) }, box);
    const textMm = box.textMm;
    const line = rule(SHORT_LINE_RATIO * textMm, columnMm, 0, 0, keep);
    out.push(paragraph(box.lines, kept(look)), line.paragraph);
    ctx.intent.record(`${path}.name`, look, 'header-left', ruleLine(line.lengthMm, textMm));
  });
  return out;
}

/** Quốc hiệu and Tiêu ngữ, single spaced, the line under the Tiêu ngữ as long as its text (PL I, I.II.1). */
function nationalTitleParagraphs(columnMm: number, ctx: WriteContext): Paragraph[] {
  const { sizes } = ctx.options;
  const name: Look = { sizePt: sizes.nationalName, bold: true, alignment: 'center' };
  const motto: Look = { sizePt: sizes.motto, bold: true, alignment: 'center' };
  const textMm = Math.min(widthOf(MOTTO, motto), columnMm);
  const line = rule(textMm, columnMm);
  ctx.intent.record('nationalTitle.name', name, 'header-right');
  ctx.intent.record('nationalTitle.motto', motto, 'header-right', ruleLine(line.lengthMm, textMm));
  return [paragraph(NATIONAL_NAME, name), paragraph(MOTTO, motto), line.paragraph];
}

/** A Party document's header: ĐẢNG CỘNG SẢN VIỆT NAM over its line (the Party's own rules, not Decree 30). */
function partyParagraphs(columnMm: number, ctx: WriteContext): Paragraph[] {
  const look: Look = { sizePt: ctx.options.sizes.motto, bold: true, alignment: 'center' };
  const textMm = Math.min(widthOf(PARTY_NAME, look), columnMm);
  const line = rule(textMm, columnMm);
  ctx.intent.record('nationalTitle.name', look, 'header-right', ruleLine(line.lengthMm, textMm));
  return [paragraph(PARTY_NAME, look), line.paragraph];
}

/** Số (13, upright) and, for a công văn, the V/v 6 pt under it (PL I, I.II.3, I.II.5.b). */
function numberCell(d: VanbanDocument, ctx: WriteContext): Paragraph[] {
  const out = numberParagraph(d, '', ctx);
  if (d.kind === 'cong-van' && d.subject) {
    const [leftMm] = ctx.geometry.header;
    const { letterSubject } = ctx.options.sizes;
    const box = centredBox(subjectLineOfLetter(d.subject), leftMm, letterSubject, false, ctx.options.lineBreaking);
    const look: Look = inBox<Look>({ sizePt: letterSubject, alignment: 'center', spacing: { beforePt: 6 } }, box);
    out.push(paragraph(box.lines, look));
    ctx.intent.recordAll(['subjectLine', 'subject'], look, 'header-left');
  }
  return out;
}

/** The Số line of a document or of its copy block (`prefix` `copy.`), with the gap under the header's first row. */
export function numberParagraph(
  d: Pick<VanbanDocument | CopyBlock, 'number' | 'notation'>,
  prefix: '' | 'copy.',
  ctx: WriteContext,
  keep = false,
): Paragraph[] {
  const number = numberLine(d);
  if (number === undefined) return [];
  const look: Look = { sizePt: ctx.options.sizes.number, alignment: 'center', spacing: { beforePt: GAP_PT } };
  ctx.intent.recordAll(
    [
      `${prefix}numberLine`,
      ...(d.number !== undefined ? [`${prefix}number`] : []),
      ...(d.notation !== undefined ? [`${prefix}notation`] : []),
    ],
    look,
    'header-left',
  );
  return [paragraph(number, keep ? { ...look, keepNext: true } : look)];
}

/** Place and date, italic, on the Số row (PL I, I.II.4), of a document or of its copy block. */
export function placeDateParagraph(
  d: Pick<VanbanDocument | CopyBlock, 'place' | 'date'>,
  prefix: '' | 'copy.',
  ctx: WriteContext,
  keep = false,
): Paragraph[] {
  const text = placeDateLine(d);
  if (text === undefined) return [];
  const look: Look = {
    sizePt: ctx.options.sizes.placeDate,
    italic: true,
    alignment: 'center',
    spacing: { beforePt: GAP_PT },
  };
  ctx.intent.recordAll(
    [
      `${prefix}placeDateLine`,
      ...(d.place !== undefined ? [`${prefix}place`] : []),
      ...(d.date !== undefined ? [`${prefix}date`] : []),
    ],
    look,
    'header-right',
  );
  return [paragraph(text, keep ? { ...look, keepNext: true } : look)];
}

/**
 * A stamp in a single-line box at the left under the header: độ khẩn at the sizes of PL I,
 * I.III.2.b (KHẨN 20 × 8 mm, THƯỢNG KHẨN 40 × 8, HỎA TỐC 30 × 8), in red ink; độ mật boxed as its
 * text needs (its stamps are set by the law on state secrets, not by Decree 30: UNCONFIRMED).
 */
function stamp(
  label: string,
  path: 'urgency' | 'confidentiality',
  size: { widthMm: number; heightMm: number } | undefined,
  ctx: WriteContext,
): Paragraph {
  const text: Look = { sizePt: ctx.options.sizes.stamp, bold: true, alignment: 'center' };
  const widthMm = size?.widthMm ?? Math.ceil(widthOf(label, text) + STAMP_PADDING_MM);
  const heightMm = size?.heightMm ?? STAMP_HEIGHT_MM;
  return boxed(label, path, widthMm, heightMm, 0, ctx);
}

/** The phạm vi lưu hành notice (ô 11): boxed, upper case, bold, above the Quốc hiệu. */
function circulationNotice(label: string, ctx: WriteContext): Paragraph {
  const text: Look = { sizePt: ctx.options.sizes.stamp, bold: true, alignment: 'center' };
  const { textWidthMm } = ctx.geometry;
  const widthMm = Math.min(textWidthMm, Math.ceil(widthOf(label, text) + STAMP_PADDING_MM));
  // Ô 11 sits over the right half, about 0.58–0.85 of the width (nd30.md §3.3).
  const leftMm = Math.max(0, Math.min(textWidthMm - widthMm, CIRCULATION_CENTRE * textWidthMm - widthMm / 2));
  return boxed(label, 'circulation', widthMm, STAMP_HEIGHT_MM, leftMm, ctx, '000000');
}

/** A paragraph boxed to `widthMm` × `heightMm` at `leftMm` from the margin. */
function boxed(
  label: string,
  path: string,
  widthMm: number,
  heightMm: number,
  leftMm: number,
  ctx: WriteContext,
  color = ctx.options.stampColor,
): Paragraph {
  const { textWidthMm } = ctx.geometry;
  // The box's height is the line height plus the border spacing (1 pt above and below).
  const exactPt = Math.round(((heightMm * 72) / 25.4 - 2) * 10) / 10;
  const look: Look = {
    sizePt: ctx.options.sizes.stamp,
    bold: true,
    ...(color !== '000000' && { color }),
    alignment: 'center',
    indentCm: { left: leftMm / 10, right: Math.max(0, textWidthMm - leftMm - widthMm) / 10 },
    spacing: { beforePt: GAP_PT, afterPt: 0, exactPt },
    box: { widthMm, heightMm },
  };
  ctx.intent.record(path, look, 'page');
  return paragraph(label, look);
}
