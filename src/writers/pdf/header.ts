import type { CopyBlock } from '../../model/copy.js';
import type { VanbanDocument } from '../../model/document.js';
import type { Issuer } from '../../model/issuer.js';
import { CONFIDENTIALITY_LABELS, URGENCY_STAMPS } from '../../model/marks.js';
import { textWidthMm } from '../../_lib/text-width.js';
import {
  centredBox,
  inBox,
  CIRCULATION_CENTRE,
  CO_ISSUER_GAP_PT,
  HEADER_GAP_PT,
  SHORT_LINE_RATIO,
  STAMP_HEIGHT_MM,
  STAMP_PADDING_MM,
} from '../layout-plan/index.js';
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
import type { PdfContext } from './context.js';
import type { Look, Piece } from './pieces.js';

/**
 * The header (ô 1–4, 5b, 10a, 10b, 11; PL I, I.II.1–5, I.III.2; nd30.md §2.1–2.5, §2.10), as the
 * DOCX writer lays it out: a borderless two-column table whose first row holds the issuer (left)
 * and the Quốc hiệu and Tiêu ngữ (right), each over its line, and whose second row holds Số and V/v
 * (left) level with the place and date (right); the stamps under it at the left, the phạm vi lưu
 * hành notice above it. Line lengths come from the shared Times New Roman estimate, as in the DOCX.
 *
 * @module
 */

/** The circulation notice, the header rows and the stamps, in page order. */
export function headerPieces(d: VanbanDocument, ctx: PdfContext): Piece[] {
  const out: Piece[] = [];
  if (d.circulation) out.push(circulationNotice(d.circulation, ctx));
  const [leftMm, rightMm] = ctx.columns.header;
  const issuerCell = issuerGroups(d).flatMap((group, g) =>
    issuerGroupPieces(group, leftMm, ctx, g === 0 ? undefined : CO_ISSUER_GAP_PT),
  );
  const titleCell = d.regime === 'dang' ? partyPieces(rightMm, ctx) : nationalTitlePieces(rightMm, ctx);
  out.push({ type: 'row', columnsMm: ctx.columns.header, cells: [issuerCell, titleCell] });
  out.push({ type: 'row', columnsMm: ctx.columns.header, cells: [numberCell(d, ctx), placeDatePieces(d, '', ctx)] });
  if (d.confidentiality) out.push(stamp(CONFIDENTIALITY_LABELS[d.confidentiality], 'confidentiality', undefined, ctx));
  if (d.urgency) out.push(stamp(URGENCY_STAMPS[d.urgency].label, 'urgency', URGENCY_STAMPS[d.urgency], ctx));
  return out;
}

/** Parent (regular) over the issuer (bold), centred, then the short line; `beforePt` above the first line. */
export function issuerPieces(
  issuer: Issuer,
  path: string,
  columnMm: number,
  ctx: PdfContext,
  beforePt?: number,
): Piece[] {
  const group: IssuerGroup = {
    ...(issuer.parent !== undefined && { parent: { text: issuer.parent, path: `${path}.parent` } }),
    issuers: [{ issuer, path }],
  };
  return issuerGroupPieces(group, columnMm, ctx, beforePt);
}

/** Issuers that share a parent: the parent once, then each name over its short line, as the DOCX writer sets them. */
function issuerGroupPieces(group: IssuerGroup, columnMm: number, ctx: PdfContext, beforePt?: number): Piece[] {
  const { sizes, lineBreaking } = ctx.options;
  const out: Piece[] = [];
  const space = (gap: number | undefined) => (gap === undefined ? {} : { spacing: { beforePt: gap } });
  if (group.parent) {
    const box = centredBox(group.parent.text, columnMm, sizes.parent, false, lineBreaking);
    out.push({
      type: 'para',
      texts: box.lines,
      look: inBox<Look>({ sizePt: sizes.parent, alignment: 'center', ...space(beforePt) }, box),
      field: group.parent.path,
    });
  }
  group.issuers.forEach(({ issuer, path }, i) => {
    const gap = i === 0 ? (group.parent ? undefined : beforePt) : CO_ISSUER_GAP_PT;
    const box = centredBox(issuer.name, columnMm, sizes.issuer, true, lineBreaking);
    const look = inBox<Look>({ sizePt: sizes.issuer, bold: true, alignment: 'center', ...space(gap) }, box);
    out.push({ type: 'para', texts: box.lines, look, field: `${path}.name` });
    out.push({ type: 'rule', lengthMm: SHORT_LINE_RATIO * box.textMm });
  });
  return out;
}

/** Quốc hiệu and Tiêu ngữ, single spaced, the line under the Tiêu ngữ as long as its text (PL I, I.II.1). */
function nationalTitlePieces(columnMm: number, ctx: PdfContext): Piece[] {
  const { sizes } = ctx.options;
  const textMm = Math.min(textWidthMm(MOTTO, sizes.motto, true), columnMm);
  return [
    {
      type: 'para',
      texts: [NATIONAL_NAME],
      look: { sizePt: sizes.nationalName, bold: true, alignment: 'center' },
      field: 'nationalTitle.name',
    },
    {
      type: 'para',
      texts: [MOTTO],
      look: { sizePt: sizes.motto, bold: true, alignment: 'center' },
      field: 'nationalTitle.motto',
    },
    { type: 'rule', lengthMm: textMm },
  ];
}

/** A Party document's header: ĐẢNG CỘNG SẢN VIỆT NAM over its line (the Party's own rules, not Decree 30). */
function partyPieces(columnMm: number, ctx: PdfContext): Piece[] {
  const sizePt = ctx.options.sizes.motto;
  const textMm = Math.min(textWidthMm(PARTY_NAME, sizePt, true), columnMm);
  return [
    {
      type: 'para',
      texts: [PARTY_NAME],
      look: { sizePt, bold: true, alignment: 'center' },
      field: 'nationalTitle.name',
    },
    { type: 'rule', lengthMm: textMm },
  ];
}

/** Số and, for a công văn, the V/v 6 pt under it (PL I, I.II.3, I.II.5.b). */
function numberCell(d: VanbanDocument, ctx: PdfContext): Piece[] {
  const out = numberPieces(d, '', ctx);
  if (d.kind === 'cong-van' && d.subject) {
    const { letterSubject } = ctx.options.sizes;
    const box = centredBox(
      subjectLineOfLetter(d.subject),
      ctx.columns.header[0],
      letterSubject,
      false,
      ctx.options.lineBreaking,
    );
    out.push({
      type: 'para',
      texts: box.lines,
      look: inBox<Look>({ sizePt: letterSubject, alignment: 'center', spacing: { beforePt: HEADER_GAP_PT } }, box),
      field: 'subject',
    });
  }
  return out;
}

/** The Số line of a document or of its copy block (`prefix` `copy.`). */
export function numberPieces(
  d: Pick<VanbanDocument | CopyBlock, 'number' | 'notation'> & Partial<Pick<VanbanDocument, 'regime'>>,
  prefix: '' | 'copy.',
  ctx: PdfContext,
): Piece[] {
  const number = numberLine(d);
  if (number === undefined) return [];
  return [
    {
      type: 'para',
      texts: [number],
      look: { sizePt: ctx.options.sizes.number, alignment: 'center', spacing: { beforePt: HEADER_GAP_PT } },
      field: `${prefix}notation`,
    },
  ];
}

/** Place and date, italic, on the Số row (PL I, I.II.4), of a document or of its copy block. */
export function placeDatePieces(
  d: Pick<VanbanDocument | CopyBlock, 'place' | 'date'>,
  prefix: '' | 'copy.',
  ctx: PdfContext,
): Piece[] {
  const text = placeDateLine(d);
  if (text === undefined) return [];
  return [
    {
      type: 'para',
      texts: [text],
      look: {
        sizePt: ctx.options.sizes.placeDate,
        italic: true,
        alignment: 'center',
        spacing: { beforePt: HEADER_GAP_PT },
      },
      field: `${prefix}place`,
    },
  ];
}

/**
 * A stamp in a single-line box at the left under the header: độ khẩn at the sizes of PL I,
 * I.III.2.b (KHẨN 20 × 8 mm, THƯỢNG KHẨN 40 × 8, HỎA TỐC 30 × 8) in the stamp colour; độ mật boxed
 * as its text needs.
 */
function stamp(
  label: string,
  path: 'urgency' | 'confidentiality',
  size: { widthMm: number; heightMm: number } | undefined,
  ctx: PdfContext,
): Piece {
  const sizePt = ctx.options.sizes.stamp;
  const widthMm = size?.widthMm ?? Math.ceil(textWidthMm(label, sizePt, true) + STAMP_PADDING_MM);
  return boxed(label, path, widthMm, size?.heightMm ?? STAMP_HEIGHT_MM, 0, ctx.options.stampColor, ctx);
}

/** The phạm vi lưu hành notice (ô 11): boxed, upper case, bold, above the Quốc hiệu, over the right half. */
function circulationNotice(label: string, ctx: PdfContext): Piece {
  const { textWidthMm: width } = ctx.columns;
  const widthMm = Math.min(width, Math.ceil(textWidthMm(label, ctx.options.sizes.stamp, true) + STAMP_PADDING_MM));
  const leftMm = Math.max(0, Math.min(width - widthMm, CIRCULATION_CENTRE * width - widthMm / 2));
  // The first thing on page 1: its box stands on the top margin (PL I, I.I), no gap above it, so
  // that the page shows where its margin is.
  return boxed(label, 'circulation', widthMm, STAMP_HEIGHT_MM, leftMm, undefined, ctx, 0);
}

function boxed(
  label: string,
  path: string,
  widthMm: number,
  heightMm: number,
  leftMm: number,
  color: string | undefined,
  ctx: PdfContext,
  beforePt = HEADER_GAP_PT,
): Piece {
  const width = ctx.columns.textWidthMm;
  // The text line is the box's height less the border's spacing (1 pt above and below), as in the DOCX.
  const exactPt = Math.round(((heightMm * 72) / 25.4 - 2) * 10) / 10;
  const look: Look = {
    sizePt: ctx.options.sizes.stamp,
    bold: true,
    ...(color && color !== '#000000' && { color }),
    alignment: 'center',
    indentCm: { left: leftMm / 10, right: Math.max(0, width - leftMm - widthMm) / 10 },
    spacing: { beforePt, afterPt: 0, exactPt },
    box: { widthMm, heightMm },
  };
  return { type: 'para', texts: [label], look, field: path };
}
