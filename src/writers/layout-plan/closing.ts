/**
 * Where the closing block's parts go, the same in every writer: Nơi nhận at the left, level with
 * the signer at the right (PL I mục IV, ô 7 and ô 9b; nd30.md §3.3). Decree 30 shows one signer; for
 * several (a joint document, a biên bản) it says nothing (UNCONFIRMED, nd30.md §8): they are set
 * two a row in the order of the model, left then right, and with an odd count the last one takes
 * the right column, where Decree 30 puts a single signer, with Nơi nhận level with it; with an even
 * count Nơi nhận has a row of its own under them.
 *
 * @module
 */

/** One cell of a closing row. */
export type ClosingCell =
  { readonly kind: 'list' } | { readonly kind: 'signer'; readonly index: number } | { readonly kind: 'empty' };

/** The rows of two cells of a closing block with `signers` signers, with or without a Nơi nhận list. */
export function closingRows(signers: number, hasList: boolean): ClosingCell[][] {
  const list: ClosingCell = hasList ? { kind: 'list' } : { kind: 'empty' };
  const signer = (index: number): ClosingCell => ({ kind: 'signer', index });
  if (signers === 0) return hasList ? [[list, { kind: 'empty' }]] : [];
  if (signers === 1) return [[list, signer(0)]];
  const rows: ClosingCell[][] = [];
  for (let i = 0; i + 1 < signers; i += 2) rows.push([signer(i), signer(i + 1)]);
  if (signers % 2 === 1) rows.push([list, signer(signers - 1)]);
  else if (hasList) rows.push([list, { kind: 'empty' }]);
  return rows;
}
