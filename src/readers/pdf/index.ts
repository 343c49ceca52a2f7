import { readPdf, type PdfReadResult } from './read.js';
import { readPdfSignatures } from './signatures/index.js';
import type { PdfSignatureReport } from './signatures/types.js';
import type { ParsePdfOptions } from './options.js';

/**
 * The PDF reader: a PDF in, the document model out, with the layout facts the validator's layout
 * rules read, the page and box of every source, and what the file's signatures drew kept apart
 * from the document's text. Built on pdfjs-dist (loaded on first use, run in the calling thread,
 * nothing fetched), browser-safe, bounded on hostile input.
 *
 * @module
 */

export { PdfError } from './errors.js';
export { PDF_LIMITS, type ParsePdfOptions } from './options.js';
export type { OcrBox, OcrFunction, OcrImage, OcrLine, OcrPage } from './ocr.js';
export type { PdfBox, PdfLine, PdfSourceSpan } from './lines.js';
export type { PdfPageInfo, PdfReadResult } from './read.js';
export { DEFAULT_PDF_SIGNATURE_LIMITS, readPdfSignatures, type ReadPdfSignaturesOptions } from './signatures/index.js';
export type * from './signatures/types.js';

/**
 * Reads a PDF document: its text layer in reading order (the two-column header and closing block
 * column by column), the parts of the document as the text reader recognises them, and layout facts
 * measured on the pages (page size, margins, font, size, weight, alignment and region of each part,
 * the lines drawn under the Tiêu ngữ, the issuer and the trích yếu, page numbering, signature and
 * seal images). Never throws on content: a scan without OCR, a signature stamp, unmapped glyphs
 * are `pdf/…` diagnostics, and `textLayer` tells whether the pages carry text.
 *
 * @param bytes The PDF file. It is copied, never modified.
 * @param options Limits (safe defaults, see {@link PDF_LIMITS}), a password, an abort signal, an OCR function,
 *   and how signatures are checked (`signatures`: trusted roots and limits, or `false` to skip them).
 * @throws PdfError `pdf/invalid` (not a PDF, damaged beyond repair), `pdf/encrypted` (password
 *   needed or wrong), `pdf/unavailable` (pdfjs-dist not installed), `pdf/aborted` (signal).
 * @throws LimitExceededError (code `input/limit-exceeded`) naming the option: `maxBytes`, `maxPages`,
 *   `maxDecodedBytes` (a decompression bomb), `maxOperatorsPerPage`, `timeoutMs`.
 * @throws InvalidArgumentError when `bytes` is not a Uint8Array.
 * @example
 * ```ts
 * const { document, sources, layout, textLayer } = await parsePdf(new Uint8Array(await file.arrayBuffer()));
 * document.number; // 507
 * sources.numberLine.page; // 0
 * layout.parts['nationalTitle.motto'].lineBelow?.ratioToText; // 1.0
 * ```
 */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<PdfDocumentResult> {
  const read = await readPdf(bytes, options);
  if (options.signatures === false) return read;
  const report = await readPdfSignatures(bytes, options.signatures ?? {});
  const signatures = withAppearances(report, read.signatureAppearances);
  return { ...read, signatures, diagnostics: [...read.diagnostics, ...signatures.diagnostics] };
}

/** Each visible signature's widget with the text its appearance draws, as the page read it. */
function withAppearances(
  report: PdfSignatureReport,
  appearances: Readonly<Record<string, readonly string[]>>,
): PdfSignatureReport {
  return {
    ...report,
    signatures: report.signatures.map((s) => {
      const appearance = s.fieldName === null ? undefined : appearances[s.fieldName];
      return s.widget && appearance ? { ...s, widget: { ...s.widget, appearance } } : s;
    }),
  };
}

/** What {@link parsePdf} gives: the read document and, unless `signatures: false`, its digital signatures. */
export interface PdfDocumentResult extends PdfReadResult {
  /** Every signature of the file, checked (absent when `options.signatures` is false). */
  readonly signatures?: PdfSignatureReport;
}
