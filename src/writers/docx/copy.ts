import { type Paragraph, type Table } from 'docx';
import type { CopyBlock } from '../../model/copy.js';
import { copyFormInfo } from '../../registry/copies.js';
import { COPY_SEPARATOR_GAP_PT, HEADER_GAP_PT } from '../layout-plan/index.js';
import { closingBlock } from './closing.js';
import { type Look, paragraph, rule } from './compose.js';
import type { WriteContext } from './context.js';
import { issuerParagraphs, numberParagraph, placeDateParagraph } from './header.js';
import { layoutTable } from './table.js';

/**
 * The bản sao block of a paper copy (Mẫu 3.1; PL I, Part II.II; nd30.md §5.2): under a solid line
 * across the text width, right after the copied document: the copying organisation and the copy's
 * Số at the left, the copy form (SAO Y, SAO LỤC, TRÍCH SAO) and the place and date at the right,
 * then Nơi nhận and the signer as in any closing block. No Quốc hiệu.
 *
 * An electronic copy (Mẫu 3.2, `signedAt` set) has no block: its signing line is printed at the
 * top right of page 1 instead (see the document builder).
 *
 * @module
 */

/** The paper copy block. */
export function copyBlocks(copy: CopyBlock, ctx: WriteContext): (Paragraph | Table)[] {
  const { sizes } = ctx.options;
  const [leftMm, rightMm] = ctx.geometry.header;
  // The full-width separator, drawn as every other line of the writer.
  // The block is kept whole: its line and heading rows keep with the closing under them (keep with next).
  const separator = rule(ctx.geometry.textWidthMm, ctx.geometry.textWidthMm, COPY_SEPARATOR_GAP_PT, 0, true).paragraph;
  const left = issuerParagraphs(copy.issuer, 'copy.issuer', leftMm, ctx, HEADER_GAP_PT, true);
  const labelLook: Look = {
    sizePt: sizes.motto,
    bold: true,
    alignment: 'center',
    spacing: { beforePt: HEADER_GAP_PT },
  };
  ctx.intent.record('copy.label', labelLook, 'header-right');
  const closing = closingBlock(
    {
      signatures: copy.signature ? [copy.signature] : [],
      signaturePaths: ['copy.signature'],
      distribution: copy.distribution,
      archive: copy,
      base: 'copy.',
    },
    ctx,
  );
  // Row 2: Số at the left, level with the place and date at the right (Mẫu 3.1, as the main header).
  const rows = [
    [left, [paragraph(copyFormInfo(copy.form).label, { ...labelLook, keepNext: true })]],
    [numberParagraph(copy, 'copy.', ctx, true), placeDateParagraph(copy, 'copy.', ctx, true)],
  ];
  return [separator, layoutTable([leftMm, rightMm], rows), ...closing];
}
