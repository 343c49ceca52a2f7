import { VanbanError } from '../../errors.js';

/**
 * Input that is not a readable PDF as a whole: not a PDF, truncated past repair, encrypted with a
 * password that was not given, or pdfjs-dist not installed. Content problems inside a readable PDF
 * (no text layer, a signature stamp, an unreadable font) are diagnostics, never errors.
 *
 * Codes: `pdf/invalid` (not a PDF or damaged beyond pdfjs's repair), `pdf/encrypted` (a password is
 * needed or the one given is wrong), `pdf/unavailable` (pdfjs-dist could not be loaded),
 * `pdf/aborted` (the read was stopped by {@link ParsePdfOptions.signal}).
 */
export class PdfError extends VanbanError {
  constructor(code: `pdf/${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
