import { cleanStrings } from '../../model/normalize.js';
import { modelOf, type WritableDocument } from '../document-input.js';
import { appendixRuns, drawRuns, layoutRuns, mainRuns, pdfContext } from './document.js';
import type { ToPdfOptions } from './options.js';

/**
 * The PDF writer: the layout of {@link toDocx} drawn straight to PDF with pdfkit, in Node and in
 * the browser, without LibreOffice; ready to sign.
 *
 * - A4 portrait, margins 25 / 20 / 35 / 20 mm by default; every part at the size, case, weight and
 *   slant of the DOCX writer (the shared layout plan, `src/writers/layout-plan`), in the fonts the
 *   caller gives (Times New Roman, or a metric twin such as Liberation Serif 2), embedded as subsets.
 * - The two-column header with its lines, Số level with the date, the V/v under Số; tên loại and
 *   trích yếu centred over their line; Kính gửi with the dashes under the colon; the body justified
 *   with its first-line indent, broken at spaces only; data tables sized from their content; the
 *   closing block with Nơi nhận level with the signer, kept on one page with the last paragraph.
 * - The page number centred in the top margin from page 2; each appendix numbered from 1; stamps
 *   boxed; the contact block at the foot of page 1; the signature and seal images of the model.
 * - Empty signature fields (`/FT /Sig`) for the signer (ô 7c) and the organisation (ô 8, the seal)
 *   on the page of the closing block: `vanban.signer` and `vanban.organisation` by default.
 * - Optional PDF/A-2b: an sRGB output intent (the ICC's sRGB2014 profile, which pdfkit ships) and
 *   XMP metadata from the model.
 * - Deterministic: the same document, options and fonts give the same bytes, whatever the clock;
 *   the dates are the document's, the /ID a hash of the file.
 *
 * In a browser bundle, pdfkit's `exports` map gives bundlers its browser build
 * (`pdfkit/js/pdfkit.browser.mjs`: Uint8Array throughout, fflate for compression, the ICC profile
 * inlined), so no polyfill is needed; the fonts come as bytes from the caller (e.g. `fetch`).
 *
 * @module
 */

export { PdfFontError, PdfMissingGlyphError } from './errors.js';
export type { PdfFonts, SignatureFieldNames, ToPdfOptions } from './options.js';

/**
 * Writes `document` as a PDF: the document, its appendices (except those marked `separateFile`,
 * see {@link toPdfAppendix}) and its paper copy block, laid out as {@link toDocx} lays it out.
 *
 * Signature fields (sizes in millimetres): the signer's (`vanban.signer`) spans the signature
 * space between the signer's title and name, `signatureImageWidthMm` wide (default 40; the image's
 * width when the model gives a signature image) and as high as the space (4 blank lines of the
 * body size by default, about 22.7 mm at 14 pt); the organisation's (`vanban.organisation`) is a
 * square of `sealSizeMm` (default 36; the seal image's width when given) whose right edge is a third
 * of the way into the signer's, vertically centred on it. Further signers of a joint document get
 * `vanban.signer2`, `vanban.organisation2`…
 *
 * @example
 * ```ts
 * const fonts = { regular, bold, italic, boldItalic }; // Uint8Array each, e.g. Times New Roman
 * const pdf = await toPdf(createDocument(json), { fonts, pdfA: '2b' });
 * ```
 * Text is set in NFC. A letter the font has no precomposed glyph for is drawn as its base letter
 * and combining marks when the font has those (placed by the font's mark positioning); such
 * letters then extract as decomposed (NFD) text. Times New Roman and Liberation Serif 2 have every
 * precomposed Vietnamese letter; Liberation Serif 1.07 has neither them nor the marks.
 *
 * @throws PdfMissingGlyphError (`pdf/missing-glyph`) when a font lacks a character of the text
 *   (named by code point and model field), rather than print a blank box.
 * @throws PdfFontError (`pdf/bad-font`) when font bytes are not one TrueType or OpenType font.
 * @throws InvalidArgumentError when an option is outside what Decree 30 allows or an image is not
 *   base64 PNG or JPEG.
 */
export async function toPdf(document: WritableDocument, options: ToPdfOptions): Promise<Uint8Array> {
  // A control character of a hand-built document is neither a box nor a missing-glyph error.
  const d = cleanStrings(modelOf(document));
  const ctx = pdfContext(options);
  return drawRuns(d, layoutRuns(d, mainRuns(d, ctx), ctx), ctx);
}

/**
 * Writes appendix `index` of `document` as a file of its own (a `separateFile` appendix, Mẫu 2.2),
 * with the signing line (số, ký hiệu and signing time, 10 pt) at the top right of its first page
 * when the signing time is known (`options.signedAt`, else the first signer's `signedAt`).
 *
 * @throws RangeError when the document has no appendix `index`.
 */
export async function toPdfAppendix(
  document: WritableDocument,
  index: number,
  options: ToPdfOptions,
): Promise<Uint8Array> {
  // A control character of a hand-built document is neither a box nor a missing-glyph error.
  const d = cleanStrings(modelOf(document));
  const ctx = pdfContext(options);
  return drawRuns(d, layoutRuns(d, appendixRuns(d, index, ctx), ctx), ctx);
}
