import { cleanStrings } from '../../model/normalize.js';
import { modelOf, type WritableDocument } from '../document-input.js';
import type { LayoutFacts } from '../../model/layout.js';
import { buildAppendixDocx, buildMainDocx } from './document.js';
import type { DocxOptions } from './options.js';
import { packDeterministic } from './package.js';

/**
 * The DOCX writer: a document laid out as Decree 30 prescribes (PL I; nd30.md §3), built with the
 * `docx` package, in the browser as in Node.
 *
 * - A4 portrait, margins 25 / 20 / 35 / 20 mm by default (the Phụ lục III Word file), Times New
 *   Roman on the ascii, hAnsi and cs slots, every part at its size, case, weight and slant.
 * - The header and the closing block as borderless two-column tables (the Mẫu's own construction);
 *   the lines under the Tiêu ngữ (as long as its text), the issuer and the trích yếu (2/5 of the
 *   text) as bottom borders of narrowed paragraphs; Số and the date on one row, the V/v 6 pt under Số.
 * - Body justified with a 1.27 cm (or 1 cm) first-line indent and 6 pt between paragraphs.
 * - The page number centred in the header from page 2; each appendix in its own section numbered
 *   from 1; the paper copy block after the last part.
 * - Stamps (độ khẩn at their sizes, độ mật, phạm vi lưu hành) boxed; the signature image with the
 *   seal over its left third; signing lines of electronic copies and separate-file appendices.
 * - Identical input gives identical bytes, whatever the clock.
 * - Every string cleaned as `createDocument` cleans it : a control character in a
 *   hand-built document is not written into a part.
 *
 * @module
 */

export type { DocxOptions, DocxSizeSet, MarginsMm } from './options.js';
export type { SizeSet } from '../layout-plan/sizes.js';
export type { LineBreaking } from '../layout-plan/lines.js';
export type { WritableDocument } from '../document-input.js';
export { DEFAULT_MARGINS_MM } from './options.js';

/**
 * Writes `document` as a DOCX file: the document, its appendices (except those marked
 * `separateFile`, see {@link toDocxAppendix}) and its paper copy block.
 *
 * @example
 * ```ts
 * const bytes = await toDocx(createDocument(json), { sizeSet: '13/14' });
 * ```
 * @throws InvalidArgumentError when an option is outside what Decree 30 allows (margins, sizes,
 *   indent, spacing) or an image is not base64.
 */
export async function toDocx(document: WritableDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  // The `docx` package drops C0 controls unreported and writes U+FFFE raw (an ill-formed part): clean first.
  const d = cleanStrings(modelOf(document));
  const built = buildMainDocx(d, options);
  return packDeterministic(built.document, built.title, d.date);
}

/**
 * Writes appendix `index` of `document` as a file of its own (a `separateFile` appendix, Mẫu 2.2),
 * with the signing line (số, ký hiệu and signing time, 10 pt) at the top right of its first page
 * when the signing time is known (`options.signedAt`, else the first signer's `signedAt`).
 *
 * @throws RangeError when the document has no appendix `index`.
 */
export async function toDocxAppendix(
  document: WritableDocument,
  index: number,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  // The `docx` package drops C0 controls unreported and writes U+FFFE raw (an ill-formed part): clean first.
  const d = cleanStrings(modelOf(document));
  const built = buildAppendixDocx(d, index, options);
  return packDeterministic(built.document, built.title, d.date);
}

/**
 * The layout facts {@link toDocx} means to give `document` with `options`, keyed by the same model
 * paths as the readers' sources: what `parseDocx` measures in the file, and what the validator's
 * layout rules can check before a file is even written.
 */
export function docxLayoutIntent(document: WritableDocument, options: DocxOptions = {}): LayoutFacts {
  return buildMainDocx(cleanStrings(modelOf(document)), options).intent;
}
