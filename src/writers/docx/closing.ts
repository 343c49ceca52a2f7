import type { Paragraph, Table } from 'docx';
import type { VanbanDocument } from '../../model/document.js';
import type { Signature } from '../../model/signature.js';
import { archiveLine, DISTRIBUTION_LABEL, distributionLines, signatureHeadLines } from '../printed.js';
import { CLOSING_GAP_PT as GAP_PT, closingRows } from '../layout-plan/index.js';
import { blank, type Look, paragraph, paragraphWith, type Region } from './compose.js';
import type { WriteContext } from './context.js';
import { DEFAULT_SEAL_MM, inlineImage, placeImage, sealOverSignature } from './images.js';
import { layoutTable } from './table.js';

/**
 * The closing block (ô 7a–7c, 8, 9b, 12; PL I, I.II.7–9, I.III.3; nd30.md §2.7–2.9): a borderless
 * table with Nơi nhận at the left, level with the signer's first line at the right. A joint
 * document (liên tịch) or a biên bản sets its signers side by side, two a row, with Nơi nhận under
 * the left one.
 *
 * @module
 */

/** What a closing table holds, for the main document or a copy block (`base` prefixes the paths, e.g. `copy.`). */
export interface ClosingParts {
  readonly signatures: readonly Signature[];
  /** Model path of each signature, e.g. `signatures.0`, `copy.signature`. */
  readonly signaturePaths: readonly string[];
  readonly distribution: readonly string[];
  readonly archive: Pick<VanbanDocument, 'archive' | 'archiveCopies' | 'drafter'>;
  readonly base: string;
}

/** The closing parts of the document itself. */
export function documentClosing(d: VanbanDocument): ClosingParts {
  return {
    signatures: d.signatures,
    signaturePaths: d.signatures.map((_, i) => `signatures.${i}`),
    distribution: d.distribution,
    archive: d,
    base: '',
  };
}

/** The closing table, or nothing when there is neither a signer nor a Nơi nhận. */
export function closingBlock(parts: ClosingParts, ctx: WriteContext): Table[] {
  const list =
    parts.archive.archive.length > 0 || parts.distribution.length > 0 ? distributionParagraphs(parts, ctx) : [];
  const { signatures, signaturePaths } = parts;
  const plan = closingRows(signatures.length, list.length > 0);
  if (plan.length === 0) return [];
  const half = ctx.geometry.textWidthMm / 2;
  const columns: readonly [number, number] = signatures.length <= 1 ? ctx.geometry.closing : [half, half];
  const rows = plan.map((cells) =>
    cells.map((cell, k): Paragraph[] => {
      if (cell.kind === 'list') return list;
      if (cell.kind === 'empty') return [];
      const region = signatures.length <= 1 || k === 1 ? 'closing-right' : 'closing-left';
      return signatureParagraphs(signatures[cell.index]!, signaturePaths[cell.index]!, columns[k]!, ctx, region);
    }),
  );
  return [layoutTable(columns, rows)];
}

/** "Nơi nhận:" (12, bold italic), its entries and the Lưu line (11), flush left. */
function distributionParagraphs(parts: ClosingParts, ctx: WriteContext): Paragraph[] {
  const { sizes } = ctx.options;
  const label: Look = {
    sizePt: sizes.distributionLabel,
    bold: true,
    italic: true,
    alignment: 'left',
    spacing: { beforePt: GAP_PT },
    keepNext: true,
  };
  const entry: Look = { sizePt: sizes.distribution, alignment: 'left', keepNext: true };
  const last: Look = { sizePt: sizes.distribution, alignment: 'left' };
  const { base } = parts;
  ctx.intent.record(`${base}distribution.heading`, label, 'closing-left');
  const out = [paragraph(DISTRIBUTION_LABEL, label)];
  distributionLines(parts.distribution).forEach((text, i) => {
    ctx.intent.record(`${base}distribution.${i}`, entry, 'closing-left');
    out.push(paragraph(text, entry));
  });
  ctx.intent.recordAll(
    [`${base}archive.line`, `${base}archive`, ...(base === '' && parts.archive.drafter ? ['drafter'] : [])],
    last,
    'closing-left',
  );
  out.push(paragraph(archiveLine(parts.archive), last));
  return out;
}

/**
 * One signer: the authority lines and title (upper case, bold), the signature space (the blue
 * signature image with the seal over its left third, a "(Đã ký)" mark, or blank lines for the
 * pen), then the name (bold), all centred in a column `columnMm` wide.
 */
function signatureParagraphs(
  s: Signature,
  path: string,
  columnMm: number,
  ctx: WriteContext,
  region: Region = 'closing-right',
): Paragraph[] {
  const { sizes } = ctx.options;
  const head = signatureHeadLines(s);
  const look: Look = { sizePt: sizes.signature, bold: true, alignment: 'center', keepNext: true };
  const first: Look = { ...look, spacing: { beforePt: GAP_PT } };
  const out: Paragraph[] = head.map((text, i) => paragraph(text, i === 0 ? first : look));
  s.authority.forEach((_, i) => ctx.intent.record(`${path}.authority.${i}`, i === 0 ? first : look, region));
  if (s.title) ctx.intent.record(`${path}.title`, s.authority.length === 0 ? first : look, region);
  const space: Look = { sizePt: sizes.signature, alignment: 'center', keepNext: true };
  const seal = s.seal && placeImage(s.seal, DEFAULT_SEAL_MM, `${path}.seal`);
  if (s.image) {
    const signature = placeImage(s.image, ctx.options.signatureImageWidthMm, `${path}.image`);
    out.push(
      paragraphWith(
        [
          inlineImage(signature, 'Chữ ký', ctx.nextDrawingId()),
          ...(seal ? [sealOverSignature(seal, signature, columnMm, ctx.nextDrawingId())] : []),
        ],
        space,
      ),
    );
  } else if (seal) {
    // A seal without a signature image (the organisation's signature alone): in the signature space.
    out.push(paragraphWith([inlineImage(seal, 'Con dấu', ctx.nextDrawingId())], space));
  } else if (s.mark) {
    out.push(paragraph(s.mark, { ...space, italic: true }), blank(sizes.signature));
  } else {
    for (let i = 0; i < ctx.options.signatureSpaceLines; i++) out.push(blank(sizes.signature));
  }
  const name: Look = {
    sizePt: sizes.signature,
    bold: true,
    alignment: 'center',
    ...(head.length === 0 && { spacing: { beforePt: GAP_PT } }),
  };
  ctx.intent.record(`${path}.name`, name, region);
  out.push(paragraph(s.name, name));
  return out;
}
