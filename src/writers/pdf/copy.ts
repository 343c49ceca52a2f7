import type { CopyBlock } from '../../model/copy.js';
import { copyFormInfo } from '../../registry/copies.js';
import { COPY_SEPARATOR_GAP_PT, HEADER_GAP_PT } from '../layout-plan/index.js';
import { closingPieces } from './closing.js';
import type { PdfContext } from './context.js';
import { issuerPieces, numberPieces, placeDatePieces } from './header.js';
import type { Piece } from './pieces.js';

/**
 * The bản sao block of a paper copy (Mẫu 3.1; PL I, Part II.II; nd30.md §5.2), as the DOCX writer
 * lays it out: under a solid line across the text width, the copying organisation and the copy's
 * Số at the left, the copy form and the place and date at the right, then Nơi nhận and the signer.
 * An electronic copy (Mẫu 3.2) has no block: its 10 pt signing line is printed at the top right of
 * page 1 instead (see the document builder).
 *
 * @module
 */

/** The paper copy block. */
export function copyPieces(copy: CopyBlock, ctx: PdfContext): Piece[] {
  const { sizes } = ctx.options;
  const columns = ctx.columns.header;
  const label: Piece = {
    type: 'para',
    texts: [copyFormInfo(copy.form).label],
    look: { sizePt: sizes.motto, bold: true, alignment: 'center', spacing: { beforePt: HEADER_GAP_PT } },
    field: 'copy.form',
  };
  // The block is kept whole: its line and heading rows go to the page its closing block stands on.
  return [
    { type: 'rule', lengthMm: ctx.columns.textWidthMm, beforePt: COPY_SEPARATOR_GAP_PT, keepNext: true },
    {
      type: 'row',
      columnsMm: columns,
      cells: [issuerPieces(copy.issuer, 'copy.issuer', columns[0], ctx, HEADER_GAP_PT), [label]],
      keepNext: true,
    },
    {
      type: 'row',
      columnsMm: columns,
      cells: [numberPieces(copy, 'copy.', ctx), placeDatePieces(copy, 'copy.', ctx)],
      keepNext: true,
    },
    ...closingPieces(
      {
        signatures: copy.signature ? [copy.signature] : [],
        signaturePaths: ['copy.signature'],
        distribution: copy.distribution,
        archive: copy,
        base: 'copy.',
        fields: false,
      },
      ctx,
    ),
  ];
}
