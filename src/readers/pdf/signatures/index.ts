/**
 * Digital signatures of a PDF: finds every signature (ISO 32000-1 §12.8, PAdES) and checks its
 * byte-range coverage, digest, signature (WebCrypto) and, given roots, its chain; gives the signer
 * certificate, both signing times and the widget's place. Browser-safe: `Uint8Array` in, WebCrypto,
 * pkijs/asn1js for CMS and X.509, fflate for object streams, and a small PDF object parser of its
 * own (cross-reference tables and streams, object streams, and a rebuild by scanning when damaged).
 *
 * @module
 */

export { readPdfSignatures } from './read-signatures.js';
export { DEFAULT_PDF_SIGNATURE_LIMITS, type ReadPdfSignaturesOptions } from './options.js';
export type { PdfSignatureDiagnosticCode } from './messages.js';
export type * from './types.js';
