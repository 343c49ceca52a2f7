/**
 * Everything about one signature: its dictionary entries, `/Contents` and CMS, signer and
 * certificates, integrity, trust and signing-time checks, with the diagnostics they raise.
 *
 * @module
 */

import { type Certificate, type CryptoEngine } from 'pkijs';
import { LimitExceededError, VanbanError } from '../../../errors.js';
import { type ByteRangeCheck, coveredBytes } from './byte-range.js';
import { summarizeCertificate } from './certificate.js';
import { type ParsedCms, parseCms } from './cms.js';
import { integrityUnavailable } from './integrity-unavailable.js';
import { checkIntegrity } from './integrity.js';
import { diagnostic } from './messages.js';
import type { PdfDocument } from './objects/document.js';
import { isString } from './objects/values.js';
import type { FoundSignature } from './signature-dictionaries.js';
import { readSignatureEntries, type SignatureEntries } from './signature-entries.js';
import { checkTrust } from './trust.js';
import type { PdfSignature, PdfSignatureDiagnostic, PdfTrustResult } from './types.js';

/** What the analysis needs besides the signature. */
export interface AnalysisContext {
  /** The object store. */
  readonly doc: PdfDocument;
  /** The WebCrypto engine for pkijs. */
  readonly engine: CryptoEngine;
  /** WebCrypto's subtle interface. */
  readonly subtle: SubtleCrypto;
  /** Trusted roots, or undefined when the caller gave none (trust not checked). */
  readonly roots: readonly Certificate[] | undefined;
  /** Largest CMS accepted. */
  readonly maxCmsBytes: number;
}

/** Signing times further apart than this are reported as disagreeing (clocks drift by seconds). */
const TIME_TOLERANCE_MS = 5 * 60 * 1000;

/** Analyses the signature `found` (the `index`-th in signing order) with its byte-range check. */
export async function analyzeSignature(
  found: FoundSignature,
  index: number,
  range: ByteRangeCheck,
  ctx: AnalysisContext,
): Promise<{ signature: PdfSignature; diagnostics: PdfSignatureDiagnostic[] }> {
  const { doc } = ctx;
  const n = index + 1;
  const place = { signature: index, offset: found.offset };
  const diagnostics: PdfSignatureDiagnostic[] = [];
  const entries = readSignatureEntries(doc, found.dict);

  if (!found.offsetsAreFileOffsets) diagnostics.push(diagnostic('pdf/signature-in-object-stream', { n }, place));
  if (!found.fieldName) diagnostics.push(diagnostic('pdf/signature-without-field', { n }, place));
  if (!range.report.wellFormed) {
    diagnostics.push(
      diagnostic('pdf/signature-byte-range-malformed', { n, detail: range.report.problems.join(', ') }, place),
    );
  }

  const contents = doc.resolve(found.dict.entries.get('Contents'));
  let der: Uint8Array | undefined;
  if (!isString(contents)) {
    diagnostics.push(diagnostic('pdf/signature-contents-invalid', { n, detail: 'not a string' }, place));
  } else {
    if (contents.bytes.length > ctx.maxCmsBytes) {
      throw new LimitExceededError('maxCmsBytes', contents.bytes.length, ctx.maxCmsBytes, `CMS of signature ${n}`);
    }
    if (!contents.hex)
      diagnostics.push(diagnostic('pdf/signature-contents-invalid', { n, detail: 'a literal string' }, place));
    if (contents.invalidCharacters > 0) {
      diagnostics.push(
        diagnostic(
          'pdf/signature-contents-invalid',
          { n, detail: `${contents.invalidCharacters} non-hex characters` },
          place,
        ),
      );
    }
    der = contents.bytes;
  }

  const cms = der && der.length > 0 ? parseCms(der) : { error: 'empty /Contents' };
  const base: SignatureBase = {
    index,
    fieldName: found.fieldName,
    objectNumber: found.objectNumber,
    ...entries,
    byteRange: range.report,
    widget: found.widget,
  };
  if ('error' in cms) {
    diagnostics.push(diagnostic('pdf/signature-cms-unreadable', { n, detail: cms.error }, place));
    return { signature: unreadableCms(base, cms.error, ctx), diagnostics };
  }
  try {
    return await analyzeCms(cms, base, entries, range, ctx, diagnostics, n, place);
  } catch (error) {
    if (error instanceof VanbanError) throw error;
    // A value pkijs parsed but cannot convert (a damaged date or key): the CMS is unusable.
    const detail = `damaged CMS: ${(error as Error).message}`;
    diagnostics.push(diagnostic('pdf/signature-cms-unreadable', { n, detail }, place));
    return { signature: unreadableCms(base, detail, ctx), diagnostics };
  }
}

type SignatureBase = Omit<
  PdfSignature,
  'cmsSigningTime' | 'timestampTime' | 'signer' | 'signerValidAtSigningTime' | 'certificates' | 'integrity' | 'trust'
>;

function unreadableCms(base: SignatureBase, detail: string, ctx: AnalysisContext): PdfSignature {
  return {
    ...base,
    cmsSigningTime: null,
    timestampTime: null,
    signer: null,
    signerValidAtSigningTime: null,
    certificates: [],
    integrity: integrityUnavailable(`the CMS cannot be read: ${detail}`),
    trust: ctx.roots
      ? { status: 'not-trusted', reason: 'the CMS cannot be read', checkedAt: new Date().toISOString() }
      : { status: 'not-checked' },
  };
}

async function analyzeCms(
  cms: ParsedCms,
  base: SignatureBase,
  entries: SignatureEntries,
  range: ByteRangeCheck,
  ctx: AnalysisContext,
  diagnostics: PdfSignatureDiagnostic[],
  n: number,
  place: { signature: number; offset: number | undefined },
): Promise<{ signature: PdfSignature; diagnostics: PdfSignatureDiagnostic[] }> {
  const { doc, subtle } = ctx;
  if (cms.trailingNonZeroBytes > 0) {
    diagnostics.push(diagnostic('pdf/signature-cms-trailing-data', { n, bytes: cms.trailingNonZeroBytes }, place));
  }
  if (cms.signerInfoCount > 1) diagnostics.push(diagnostic('pdf/signature-several-signers', { n }, place));
  if (!cms.signer) diagnostics.push(diagnostic('pdf/signature-signer-missing', { n }, place));

  const covered = range.ranges ? coveredBytes(doc.bytes, range.ranges) : undefined;
  const integrity = await checkIntegrity(cms, covered, ctx.engine, subtle);
  if (integrity.digestMatches === false) diagnostics.push(diagnostic('pdf/signature-digest-mismatch', { n }, place));
  if (integrity.signatureValid === false) diagnostics.push(diagnostic('pdf/signature-signature-invalid', { n }, place));
  const unverifiable = [
    integrity.digestMatches === null && cms.signedAttributes ? integrity.digestReason : undefined,
    integrity.signatureValid === null ? integrity.signatureReason : undefined,
  ].filter((r): r is string => !!r);
  if (unverifiable.length > 0)
    diagnostics.push(diagnostic('pdf/signature-not-verifiable', { n, detail: unverifiable.join('; ') }, place));

  const cmsTime = cms.signingTime;
  const dictTime = entries.signingTime?.utc ? new Date(entries.signingTime.utc) : undefined;
  if (cmsTime && dictTime && Math.abs(cmsTime.getTime() - dictTime.getTime()) > TIME_TOLERANCE_MS) {
    const detail = `/M ${entries.signingTime?.raw} = ${dictTime.toISOString()}, CMS ${cmsTime.toISOString()}${localTimeAsUtc(entries.signingTime?.iso, cmsTime)}`;
    diagnostics.push(diagnostic('pdf/signature-times-disagree', { n, detail }, place));
  }
  const signingTime = cmsTime ?? dictTime;
  let signerValidAtSigningTime: boolean | null = null;
  if (cms.signer && signingTime) {
    signerValidAtSigningTime =
      cms.signer.notBefore.value.getTime() <= signingTime.getTime() &&
      signingTime.getTime() <= cms.signer.notAfter.value.getTime();
    if (!signerValidAtSigningTime) {
      const detail = `${cms.signer.notBefore.value.toISOString()} – ${cms.signer.notAfter.value.toISOString()}, signed ${signingTime.toISOString()}`;
      diagnostics.push(diagnostic('pdf/signature-certificate-not-valid-at-signing', { n, detail }, place));
    }
  }

  let trust: PdfTrustResult = { status: 'not-checked' };
  if (ctx.roots) {
    trust = await checkTrust(cms.signer, cms.certificates, ctx.roots, signingTime ?? new Date(), ctx.engine, subtle);
    if (trust.status === 'not-trusted')
      diagnostics.push(diagnostic('pdf/signature-not-trusted', { n, detail: trust.reason }, place));
  }

  const ordered = orderCertificates(cms.signer, cms.certificates);
  const certificates = await Promise.all(
    ordered.map((c) => summarizeCertificate(c, subtle, cms.certificateDer.get(c))),
  );
  return {
    signature: {
      ...base,
      cmsSigningTime: cmsTime?.toISOString() ?? null,
      timestampTime: cms.timestampTime?.toISOString() ?? null,
      signer: cms.signer ? certificates[0]! : null,
      signerValidAtSigningTime,
      certificates,
      integrity,
      trust,
    },
    diagnostics,
  };
}

/**
 * A note when the CMS time equals the `/M` wall-clock time read as UTC: the signing software wrote
 * local time with a `Z` (seen in Vietnamese signing tools built on iText).
 */
function localTimeAsUtc(dictIso: string | null | undefined, cmsTime: Date): string {
  const wallClock = dictIso?.slice(0, 19);
  if (!wallClock) return '';
  const asUtc = new Date(`${wallClock}Z`).getTime();
  return Math.abs(asUtc - cmsTime.getTime()) <= TIME_TOLERANCE_MS
    ? '; the CMS time is the local time of /M labelled UTC'
    : '';
}

/** Signer first, then its issuers as far as the CMS carries them, then the others in their order. */
function orderCertificates(signer: Certificate | undefined, certs: readonly Certificate[]): Certificate[] {
  if (!signer) return [...certs];
  const ordered = [signer];
  let current = signer;
  while (!current.subject.isEqual(current.issuer)) {
    const issuer = certs.find((c) => !ordered.includes(c) && c.subject.isEqual(current.issuer));
    if (!issuer) break;
    ordered.push(issuer);
    current = issuer;
  }
  return [...ordered, ...certs.filter((c) => !ordered.includes(c))];
}
