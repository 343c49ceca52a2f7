/**
 * The two integrity checks of a CMS signature (RFC 5652 §5.4, §5.6) with WebCrypto: the digest of
 * the signed content against the messageDigest attribute, and the signature over the signed
 * attributes (or over the content when there are none) against the signer's public key. Covers
 * detached signatures, adbe.pkcs7.sha1 (the content is the SHA-1 of the covered bytes) and RFC 3161
 * document time stamps (the token's imprint is the digest of the covered bytes).
 *
 * @module
 */

import { type CryptoEngine } from 'pkijs';
import { DIGEST_BY_OID, type DigestName, SIGNATURE_BY_OID } from './algorithms.js';
import type { ParsedCms } from './cms.js';
import { bytesEqual, toHex } from './objects/bytes.js';
import type { PdfSignatureIntegrity } from './types.js';

/** Checks `cms` against `covered` (the bytes the byte range covers; undefined when unreadable). */
export async function checkIntegrity(
  cms: ParsedCms,
  covered: Uint8Array | undefined,
  engine: CryptoEngine,
  subtle: SubtleCrypto,
): Promise<PdfSignatureIntegrity> {
  const signatureInfo = SIGNATURE_BY_OID[cms.signatureOid];
  const signatureAlgorithm = signatureInfo?.name ?? cms.signatureOid;
  const digestAlgorithm = cms.digest ?? null;
  const digest = await digestCheck(cms, covered, subtle);
  const signature = await signatureCheck(cms, covered, engine, signatureInfo?.digest);
  return { digestAlgorithm, ...digest, ...signature, signatureAlgorithm };
}

type DigestPart = Pick<PdfSignatureIntegrity, 'digestMatches' | 'digestReason' | 'computedDigest' | 'signedDigest'>;

async function digestCheck(cms: ParsedCms, covered: Uint8Array | undefined, subtle: SubtleCrypto): Promise<DigestPart> {
  if (!cms.digest) return { digestMatches: null, digestReason: `unsupported digest algorithm ${cms.digestOid}` };
  if (!covered) return { digestMatches: null, digestReason: 'the byte range is unreadable or reaches past the file' };
  const signedDigest = cms.messageDigest ? toHex(cms.messageDigest) : undefined;

  // RFC 3161 token (DocTimeStamp): the imprint stamps the covered bytes, messageDigest the TSTInfo.
  if (cms.stampedImprint) {
    const imprintAlgorithm = DIGEST_BY_OID[cms.stampedImprint.digestOid];
    if (!imprintAlgorithm)
      return { digestMatches: null, digestReason: `unsupported imprint algorithm ${cms.stampedImprint.digestOid}` };
    const imprint = await digestOf(subtle, imprintAlgorithm, covered);
    const tokenOk =
      !cms.messageDigest ||
      !cms.content ||
      bytesEqual(await digestOf(subtle, cms.digest, cms.content), cms.messageDigest);
    return {
      digestMatches: bytesEqual(imprint, cms.stampedImprint.digest) && tokenOk,
      digestReason: 'time-stamp token: message imprint compared with the covered bytes',
      computedDigest: toHex(imprint),
      signedDigest: toHex(cms.stampedImprint.digest),
    };
  }

  // adbe.pkcs7.sha1: the encapsulated content is the SHA-1 digest of the covered bytes.
  if (cms.content) {
    const sha1 = await digestOf(subtle, 'SHA-1', covered);
    const contentOk = bytesEqual(sha1, cms.content);
    const attributeOk = cms.messageDigest
      ? bytesEqual(await digestOf(subtle, cms.digest, cms.content), cms.messageDigest)
      : true;
    return {
      digestMatches: contentOk && attributeOk,
      digestReason: 'encapsulated content (adbe.pkcs7.sha1): SHA-1 of the covered bytes compared with it',
      computedDigest: toHex(sha1),
      signedDigest: toHex(cms.content),
    };
  }

  const computed = await digestOf(subtle, cms.digest, covered);
  if (!cms.messageDigest) {
    return {
      digestMatches: null,
      digestReason: 'no signed attributes: the signature is made over the content itself (see signatureValid)',
      computedDigest: toHex(computed),
    };
  }
  return { digestMatches: bytesEqual(computed, cms.messageDigest), computedDigest: toHex(computed), signedDigest };

  async function digestOf(s: SubtleCrypto, algorithm: DigestName, data: Uint8Array): Promise<Uint8Array> {
    return new Uint8Array(await s.digest(algorithm, data as Uint8Array<ArrayBuffer>));
  }
}

type SignaturePart = Pick<PdfSignatureIntegrity, 'signatureValid' | 'signatureReason'>;

async function signatureCheck(
  cms: ParsedCms,
  covered: Uint8Array | undefined,
  engine: CryptoEngine,
  impliedDigest: DigestName | undefined,
): Promise<SignaturePart> {
  if (!cms.signer) return { signatureValid: null, signatureReason: 'the signer certificate is not in the CMS' };
  // With no signed attributes the signature is over the content: encapsulated, else the covered bytes.
  const signed = cms.signedAttributes ?? cms.content ?? covered;
  if (!signed) return { signatureValid: null, signatureReason: 'the byte range is unreadable: no content to verify' };
  const hash = impliedDigest ?? cms.digest;
  if (!hash) return { signatureValid: null, signatureReason: `unsupported digest algorithm ${cms.digestOid}` };
  try {
    const valid = await engine.verifyWithPublicKey(
      signed as Uint8Array<ArrayBuffer>,
      cms.signerInfo.signature,
      cms.signer.subjectPublicKeyInfo,
      cms.signerInfo.signatureAlgorithm,
      hash,
    );
    return { signatureValid: valid };
  } catch (error) {
    return { signatureValid: null, signatureReason: `cannot verify: ${(error as Error).message}` };
  }
}
