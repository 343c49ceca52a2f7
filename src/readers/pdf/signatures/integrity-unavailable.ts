/**
 * The integrity report of a signature whose CMS cannot be read.
 *
 * @module
 */

import type { PdfSignatureIntegrity } from './types.js';

/** Integrity with both checks not computed, for `reason`. */
export function integrityUnavailable(reason: string): PdfSignatureIntegrity {
  return {
    digestAlgorithm: null,
    digestMatches: null,
    digestReason: reason,
    signatureValid: null,
    signatureReason: reason,
    signatureAlgorithm: null,
  };
}
