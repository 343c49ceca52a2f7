/**
 * The object layer's internal error: thrown while parsing one object or table, caught by the layer
 * above and turned into a diagnostic. It never reaches the caller of `readPdfSignatures`.
 *
 * @module
 */

/** A syntax problem at a byte offset of the buffer being parsed. */
export class PdfSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset in the buffer being parsed where the problem was seen. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'PdfSyntaxError';
  }
}
