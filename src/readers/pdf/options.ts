import type { ReadPdfSignaturesOptions } from './signatures/options.js';
import type { OcrFunction } from './ocr.js';

/**
 * Options of `parsePdf`: the limits that bound a hostile file (each with a safe default, named in
 * the error that reports it), the password of an encrypted file, and an OCR function for scans.
 *
 * @module
 */

/** Options of `parsePdf`. */
export interface ParsePdfOptions {
  /**
   * The digital signatures: checked by default (signer, time, coverage, digest and signature with
   * WebCrypto; the trust chain when `trustedRoots` are given); `false` reads the text only.
   */
  readonly signatures?: false | ReadPdfSignaturesOptions;
  /** Largest file accepted, in bytes; default {@link PDF_LIMITS}.maxBytes (100 MB). */
  readonly maxBytes?: number;
  /** Most pages read; default 1000. A longer file is refused (`input/limit-exceeded`, limit `maxPages`). */
  readonly maxPages?: number;
  /**
   * Most bytes the file's Flate streams may inflate to, all together; default 512 MB. Checked before
   * pdfjs sees the file, so that a decompression bomb cannot exhaust memory (pdfjs has no such limit).
   */
  readonly maxDecodedBytes?: number;
  /** Most drawing operators read on one page; default 2,000,000. */
  readonly maxOperatorsPerPage?: number;
  /**
   * Largest image decoded, in pixels (pdfjs `maxImageSize`); bigger ones are skipped. Default
   * 4,000,000 (50,000,000 when `ocr` is given, for the scans). 0 decodes none: a faster read, with no
   * image facts (seal and signature images, their colours).
   */
  readonly maxImagePixels?: number;
  /** Time budget of the whole read in milliseconds; default 60,000. */
  readonly timeoutMs?: number;
  /** The password of an encrypted file. */
  readonly password?: string;
  /** Stops the read: the promise rejects with a `PdfError` of code `pdf/aborted`. */
  readonly signal?: AbortSignal;
  /**
   * Reads the pages that have no text layer (scans): given each such page, returns its lines with
   * their boxes. Plug tesseract.js or an OCR service here; see `examples/pdf-ocr.mjs`.
   */
  readonly ocr?: OcrFunction;
}

/** The default limits of {@link ParsePdfOptions}. */
export const PDF_LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  maxPages: 1000,
  maxDecodedBytes: 512 * 1024 * 1024,
  maxOperatorsPerPage: 2_000_000,
  maxImagePixels: 4_000_000,
  timeoutMs: 60_000,
} as const;

/** The limits in force for one read. */
export type PdfLimits = { -readonly [K in keyof typeof PDF_LIMITS]: number };

/** The options' limits with the defaults filled in. */
export function limitsOf(options: ParsePdfOptions): PdfLimits {
  return {
    maxBytes: options.maxBytes ?? PDF_LIMITS.maxBytes,
    maxPages: options.maxPages ?? PDF_LIMITS.maxPages,
    maxDecodedBytes: options.maxDecodedBytes ?? PDF_LIMITS.maxDecodedBytes,
    maxOperatorsPerPage: options.maxOperatorsPerPage ?? PDF_LIMITS.maxOperatorsPerPage,
    maxImagePixels: options.maxImagePixels ?? PDF_LIMITS.maxImagePixels,
    timeoutMs: options.timeoutMs ?? PDF_LIMITS.timeoutMs,
  };
}
