import type { Font } from 'fontkit';

/**
 * Where the writer meets pdfkit's typings (@types/pdfkit): the few places where pdfkit 0.20 takes
 * more than they say. Pinned versions; test/writers/pdf checks each.
 *
 * @module
 */

/** The document pdfkit writes. */
export type PdfDocument = PDFKit.PDFDocument;

/** An indirect object with the dictionary the writer fills (the typings narrow `data` to page resources). */
export interface PdfRef {
  readonly data: Record<string, unknown>;
  write(bytes: Uint8Array | string): void;
  end(): void;
}

/** A new indirect object of `doc`. */
export function pdfRef(doc: PdfDocument, data: Record<string, unknown>): PdfRef {
  return doc.ref(data) as unknown as PdfRef;
}

/**
 * A parsed fontkit font where pdfkit takes a font: pdfkit 0.20 embeds it as given, so the four faces
 * are parsed once and measured with the same tables that draw them (the typings list bytes and names only).
 */
export function fontSource(font: Font): PDFKit.Mixins.PDFFontSource {
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}
