/**
 * Trust of a signer: whether a chain from the signer's certificate to one of the roots the caller
 * gives verifies (each certificate signed by the next, the intermediates CAs, all valid at the
 * signing time), with pkijs's chain validation engine. No roots, no verdict: `not-checked`.
 * Revocation (CRL, OCSP) is not checked.
 *
 * @module
 */

import { Certificate, CertificateChainValidationEngine, type CryptoEngine } from 'pkijs';
import { summarizeCertificate } from './certificate.js';
import type { PdfTrustResult } from './types.js';

/** Reads trusted roots given as DER bytes or PEM text (one or more `BEGIN CERTIFICATE` blocks each). */
export function parseTrustedRoots(roots: readonly (Uint8Array | string)[]): { certs: Certificate[]; errors: string[] } {
  const certs: Certificate[] = [];
  const errors: string[] = [];
  roots.forEach((root, i) => {
    const ders = typeof root === 'string' ? pemBlocks(root) : [root];
    if (ders.length === 0) errors.push(`trusted root ${i}: no PEM certificate block`);
    for (const der of ders) {
      try {
        certs.push(Certificate.fromBER(der.slice()));
      } catch (error) {
        errors.push(`trusted root ${i}: not a certificate (${(error as Error).message})`);
      }
    }
  });
  return { certs, errors };
}

/** Verifies the chain from `signer` (helped by the CMS's `certificates`) to one of `roots` at `at`. */
export async function checkTrust(
  signer: Certificate | undefined,
  certificates: readonly Certificate[],
  roots: readonly Certificate[],
  at: Date,
  engine: CryptoEngine,
  subtle: SubtleCrypto,
): Promise<PdfTrustResult> {
  const checkedAt = at.toISOString();
  if (!signer) return { status: 'not-trusted', reason: 'no signer certificate', checkedAt };
  if (roots.length === 0) return { status: 'not-trusted', reason: 'no usable trusted root', checkedAt };
  // The engine takes the last of `certs` as the end-entity certificate.
  const others = certificates.filter((c) => c !== signer);
  const validator = new CertificateChainValidationEngine({
    trustedCerts: [...roots],
    certs: [...others, signer],
    checkDate: at,
  });
  try {
    const result = await validator.verify({}, engine);
    if (!result.result)
      return { status: 'not-trusted', reason: result.resultMessage || 'chain does not verify', checkedAt };
    const path = (result as { certificatePath?: Certificate[] }).certificatePath ?? [];
    const chain = await Promise.all(path.map((c) => summarizeCertificate(c, subtle)));
    return { status: 'trusted', chain, checkedAt };
  } catch (error) {
    const message = (error as { resultMessage?: string; message?: string }).resultMessage ?? (error as Error).message;
    return { status: 'not-trusted', reason: message || 'chain does not verify', checkedAt };
  }
}

function pemBlocks(text: string): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  const re = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const b64 = m[1]!.replace(/[^A-Za-z0-9+/=]/g, '');
    try {
      const bin = atob(b64);
      const der = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) der[i] = bin.charCodeAt(i);
      blocks.push(der);
    } catch {
      // not base64: reported as no block when none is readable
    }
  }
  return blocks;
}
