import { decodeBase64 } from '../../_lib/base64.js';
import { pixelSize } from '../../_lib/image-size.js';
import { InvalidArgumentError } from '../../errors.js';
import type { VanbanDocument } from '../../model/document.js';
import type { Image } from '../../model/primitives.js';
import type { Signature } from '../../model/signature.js';
import { CLOSING_GAP_PT, closingRows } from '../layout-plan/index.js';
import { archiveLine, DISTRIBUTION_LABEL, distributionLines, signatureHeadLines } from '../printed.js';
import type { PdfContext } from './context.js';
import type { Look, Piece, PlacedImage } from './pieces.js';

/**
 * The closing block (ô 7a–7c, 8, 9b, 12; PL I, I.II.7–9; nd30.md §2.7–2.9), as the DOCX writer lays
 * it out: a borderless row with Nơi nhận at the left, level with the signer's first line at the
 * right; joint documents and biên bản set their signers side by side, two a row, with Nơi nhận
 * under the left one. The signature space carries the signature fields.
 *
 * @module
 */

/** What a closing block holds, for the main document or a copy block (`base` prefixes the paths, e.g. `copy.`). */
export interface ClosingParts {
  readonly signatures: readonly Signature[];
  /** Model path of each signature, e.g. `signatures.0`, `copy.signature`. */
  readonly signaturePaths: readonly string[];
  readonly distribution: readonly string[];
  readonly archive: Pick<VanbanDocument, 'archive' | 'archiveCopies' | 'drafter'>;
  readonly base: string;
  /** The signatures get signature fields (the main document's, not a copy's). */
  readonly fields: boolean;
}

/** The closing parts of the document itself. */
export function documentClosing(d: VanbanDocument): ClosingParts {
  return {
    signatures: d.signatures,
    signaturePaths: d.signatures.map((_, i) => `signatures.${i}`),
    distribution: d.distribution,
    archive: d,
    base: '',
    fields: true,
  };
}

/** The closing rows, or nothing when there is neither a signer nor a Nơi nhận. */
export function closingPieces(parts: ClosingParts, ctx: PdfContext): Piece[] {
  const list = parts.archive.archive.length > 0 || parts.distribution.length > 0 ? distributionPieces(parts, ctx) : [];
  const { signatures, signaturePaths } = parts;
  const signer = (i: number) =>
    signatures[i] ? signaturePieces(signatures[i], signaturePaths[i]!, parts.fields ? i : undefined, ctx) : [];
  const half = ctx.columns.textWidthMm / 2;
  const columnsMm = signatures.length <= 1 ? ctx.columns.closing : ([half, half] as const);
  const rows = closingRows(signatures.length, list.length > 0);
  // The block is kept whole, as the DOCX writer's keep-with-next paragraphs keep its table's rows.
  return rows.map((cells, r): Piece => ({
    type: 'row',
    columnsMm,
    cells: cells.map((cell) => (cell.kind === 'list' ? list : cell.kind === 'signer' ? signer(cell.index) : [])),
    ...(r < rows.length - 1 && { keepNext: true }),
  }));
}

/** "Nơi nhận:" (12, bold italic), its entries and the Lưu line (11), flush left. */
function distributionPieces(parts: ClosingParts, ctx: PdfContext): Piece[] {
  const { sizes } = ctx.options;
  const label: Look = {
    sizePt: sizes.distributionLabel,
    bold: true,
    italic: true,
    alignment: 'left',
    spacing: { beforePt: CLOSING_GAP_PT },
  };
  const entry: Look = { sizePt: sizes.distribution, alignment: 'left' };
  const { base } = parts;
  return [
    { type: 'para', texts: [DISTRIBUTION_LABEL], look: label, field: `${base}distribution` },
    ...distributionLines(parts.distribution).map((text, i): Piece => ({
      type: 'para',
      texts: [text],
      look: entry,
      field: `${base}distribution.${i}`,
    })),
    { type: 'para', texts: [archiveLine(parts.archive)], look: entry, field: `${base}archive` },
  ];
}

/**
 * One signer: the authority lines and title (upper case, bold), the signature space, then the
 * name (bold), all centred in the column.
 */
function signaturePieces(s: Signature, path: string, fieldsFor: number | undefined, ctx: PdfContext): Piece[] {
  const o = ctx.options;
  const head = signatureHeadLines(s);
  const look: Look = { sizePt: o.sizes.signature, bold: true, alignment: 'center' };
  const out: Piece[] = head.map((text, i) => ({
    type: 'para',
    texts: [text],
    look: i === 0 ? { ...look, spacing: { beforePt: CLOSING_GAP_PT } } : look,
    field: i < s.authority.length ? `${path}.authority.${i}` : `${path}.title`,
  }));
  const image = s.image && placeImage(s.image, o.signatureImageWidthMm, `${path}.image`);
  const seal = s.seal && placeImage(s.seal, o.sealSizeMm, `${path}.seal`);
  out.push({
    type: 'signature-space',
    sizePt: o.sizes.signature,
    lines: o.signatureSpaceLines,
    ...(image && { image }),
    ...(seal && { seal }),
    ...(s.mark && { mark: s.mark }),
    field: path,
    ...(fieldsFor !== undefined && {
      fieldsFor: { signer: fieldsFor, widthMm: o.signatureImageWidthMm, sealMm: o.sealSizeMm },
    }),
  });
  out.push({
    type: 'para',
    texts: [s.name],
    look: { ...look, ...(head.length === 0 && { spacing: { beforePt: CLOSING_GAP_PT } }) },
    field: `${path}.name`,
  });
  return out;
}

/**
 * Decodes `image` and sizes it: the model's width and height, or `defaultWidthMm` with the height
 * from the picture's own proportions (PNG or JPEG header).
 */
function placeImage(image: Image, defaultWidthMm: number, path: string): PlacedImage {
  const bytes = decodeBase64(image.data);
  if (!bytes || bytes.length === 0) throw new InvalidArgumentError(`${path}: the image data is not base64`);
  const pixels = pixelSize(bytes);
  if (!pixels) throw new InvalidArgumentError(`${path}: the image is neither PNG nor JPEG`);
  const widthMm =
    image.widthMm ?? (image.heightMm !== undefined ? (image.heightMm * pixels.width) / pixels.height : defaultWidthMm);
  const heightMm = image.heightMm ?? (widthMm * pixels.height) / pixels.width;
  return { bytes, widthMm, heightMm };
}
