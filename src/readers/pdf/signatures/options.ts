/**
 * Options of {@link readPdfSignatures}: the roots to check trust against, and limits with safe
 * defaults (each named in the {@link LimitExceededError} it causes).
 *
 * @module
 */

/**
 * Options of the signature reader. A signature's time-stamp token (RFC 3161, in the CMS's unsigned
 * attributes) is never verified: its time is read, nothing else (see `PdfSignature.timestampTime`).
 */
export interface ReadPdfSignaturesOptions {
  /**
   * Certificates the caller trusts as roots, DER bytes or PEM text. Without them no signature is
   * called trusted: trust is `not-checked`.
   */
  readonly trustedRoots?: readonly (Uint8Array | string)[];
  /** Largest file read, in bytes. Default 200 MiB. */
  readonly maxFileBytes?: number;
  /** Most signature dictionaries read. Default 100. */
  readonly maxSignatures?: number;
  /** Largest CMS (decoded `/Contents`) read, in bytes. Default 1 MiB (real ones are 2–40 KiB). */
  readonly maxCmsBytes?: number;
  /** Largest decoded cross-reference or object stream, in bytes. Default 64 MiB. */
  readonly maxStreamBytes?: number;
  /**
   * The WebCrypto implementation; defaults to `globalThis.crypto` (browsers, Node ≥ 20). Tests and
   * hosts without a global may pass one.
   */
  readonly crypto?: Crypto;
}

/** The default limits. */
export const DEFAULT_PDF_SIGNATURE_LIMITS = {
  maxFileBytes: 200 * 1024 * 1024,
  maxSignatures: 100,
  maxCmsBytes: 1024 * 1024,
  maxStreamBytes: 64 * 1024 * 1024,
} as const;
