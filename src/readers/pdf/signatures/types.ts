/**
 * What {@link readPdfSignatures} reports: the file's revisions, each signature with its dictionary
 * entries, signer, byte-range coverage, integrity, trust and widget, and diagnostics.
 *
 * @module
 */

import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { DigestName } from './algorithms.js';
import type { PdfDate } from './pdf-date.js';

export type { DigestName } from './algorithms.js';
export type { PdfDate } from './pdf-date.js';

/** A finding about the file or one signature; never thrown. */
export interface PdfSignatureDiagnostic extends Diagnostic {
  /** Byte offset in the file, when one place is concerned. */
  readonly offset?: number;
  /** Index (in {@link PdfSignatureReport.signatures}) of the signature concerned. */
  readonly signature?: number;
}

/** One attribute of a distinguished name. */
export interface DistinguishedNameAttribute {
  /** The attribute type's OID, e.g. `2.5.4.3`. */
  readonly oid: string;
  /** Its short name (`CN`, `O`, `OU`, `L`, `C`, `E`, `UID` …), or the OID when it has none. */
  readonly type: string;
  /** The value as text (a value that is not a string is `#` and its DER in hex, as RFC 4514 writes it). */
  readonly value: string;
  /** Index of the relative distinguished name holding it (attributes of a multi-valued RDN share one). */
  readonly rdn: number;
}

/** What a certificate says about its subject and issuer. */
export interface CertificateSummary {
  /** Subject as an RFC 4514 string, most specific first (as pdfsig prints it), e.g. `CN=…,O=…,C=VN`. */
  readonly subject: string;
  /** Subject common name (CN). */
  readonly subjectCommonName: string | null;
  /** Subject organisation (O). */
  readonly subjectOrganization: string | null;
  /** Subject organisational unit (OU), the first one. */
  readonly subjectOrganizationalUnit: string | null;
  /** Every subject attribute, in the certificate's order. */
  readonly subjectAttributes: readonly DistinguishedNameAttribute[];
  /** Issuer as an RFC 4514 string. */
  readonly issuer: string;
  /** Issuer common name (CN). */
  readonly issuerCommonName: string | null;
  /** Issuer organisation (O). */
  readonly issuerOrganization: string | null;
  /** Serial number, lower-case hex as encoded. */
  readonly serialNumber: string;
  /** Start of validity, ISO 8601 UTC. */
  readonly notBefore: string;
  /** End of validity, ISO 8601 UTC. */
  readonly notAfter: string;
  /** Whether subject and issuer are the same name. */
  readonly selfSigned: boolean;
  /** SHA-256 of the certificate's DER, lower-case hex. */
  readonly sha256Fingerprint: string;
}

/** How far the signed bytes reach. */
export type PdfCoverage =
  /** Up to the end of the file: nothing was added after signing. */
  | 'whole-file'
  /** Up to the end of an earlier revision: incremental updates were appended after signing. */
  | 'earlier-revision'
  /** Ends somewhere that is neither the file's end nor a revision's end. */
  | 'partial'
  /** The byte range could not be read. */
  | 'unknown';

/** A problem with a `/ByteRange`. */
export type ByteRangeProblem =
  /** Not an array of four non-negative integers. */
  | 'not-four-integers'
  /** The first range does not start at byte 0. */
  | 'not-from-start'
  /** The gap between the two ranges is not exactly the `/Contents` hexadecimal string. */
  | 'gap-not-contents'
  /** The second range starts before the first ends. */
  | 'overlap'
  /** A range reaches past the end of the file. */
  | 'outside-file';

/** The `/ByteRange` and what it covers. */
export interface PdfByteRangeReport {
  /** The numbers as written (`[0 a b c]` normally). */
  readonly values: readonly number[];
  /** Whether none of {@link problems} applies. */
  readonly wellFormed: boolean;
  /** What is wrong with it. */
  readonly problems: readonly ByteRangeProblem[];
  /** Bytes covered (sum of the range lengths), when readable. */
  readonly coveredBytes: number | null;
  /** Offset just past the last covered byte. */
  readonly coverageEnd: number | null;
  /** What the coverage amounts to. */
  readonly coverage: PdfCoverage;
  /** The revision (1-based, counting `%%EOF` markers) the coverage ends with, when it ends with one. */
  readonly revision: number | null;
  /** Bytes of the file after the coverage (appended later), when readable. */
  readonly bytesAfter: number | null;
}

/** The two integrity checks of a signature, each with why it could not be made. */
export interface PdfSignatureIntegrity {
  /** Digest algorithm of the CMS SignerInfo. */
  readonly digestAlgorithm: DigestName | null;
  /** Whether the digest of the covered bytes equals the signed messageDigest; null when not computed. */
  readonly digestMatches: boolean | null;
  /** Why {@link digestMatches} is null, or what it compared when not the covered bytes alone. */
  readonly digestReason?: string;
  /** Digest of the covered bytes, lower-case hex. */
  readonly computedDigest?: string;
  /** The messageDigest signed attribute, lower-case hex. */
  readonly signedDigest?: string;
  /** Whether the signature over the signed attributes verifies with the signer's public key; null when not computed. */
  readonly signatureValid: boolean | null;
  /** Why {@link signatureValid} is null. */
  readonly signatureReason?: string;
  /** Signature algorithm of the SignerInfo, readable (e.g. `RSA PKCS#1 v1.5`) or its OID. */
  readonly signatureAlgorithm: string | null;
}

/** Whether the signer's chain leads to a root the caller trusts. */
export type PdfTrustResult =
  /** No `trustedRoots` given: nothing is said about trust. */
  | { readonly status: 'not-checked' }
  /** A chain from the signer to a given root verifies, all certificates valid at `checkedAt`. */
  | {
      readonly status: 'trusted';
      /** Signer first, root last. */
      readonly chain: readonly CertificateSummary[];
      /** The time the validity periods were checked at (signing time), ISO 8601 UTC. */
      readonly checkedAt: string;
    }
  /** No chain verifies. */
  | {
      readonly status: 'not-trusted';
      /** Why, in English. */
      readonly reason: string;
      /** The time the validity periods were checked at, ISO 8601 UTC. */
      readonly checkedAt: string;
    };

/** A rectangle in PDF points: lower-left and upper-right corners. */
export interface PdfRect {
  /** Left edge. */
  readonly x1: number;
  /** Bottom edge. */
  readonly y1: number;
  /** Right edge. */
  readonly x2: number;
  /** Top edge. */
  readonly y2: number;
}

/** Where a signature field shows on the page. */
export interface PdfSignatureWidget {
  /** 0-based index of the page, when found (page `/Annots`, else the widget's `/P`). */
  readonly pageIndex: number | null;
  /** The `/Rect` in points, normalised so that x1 ≤ x2 and y1 ≤ y2. */
  readonly rect: PdfRect;
  /** The same rectangle in millimetres (1 pt = 25.4/72 mm), rounded to 0.01 mm. */
  readonly rectMm: PdfRect;
  /** Whether it shows: a non-empty rectangle and neither the Hidden nor the NoView flag. */
  readonly visible: boolean;
  /**
   * The lines of text its appearance draws, as `parsePdf` reads the page (`readPdfSignatures`
   * alone does not draw pages: absent there): a stamp's name, e-mail and time, the number or day it
   * fills in, none for an image alone.
   */
  readonly appearance?: readonly string[];
}

/** One signature of the file. */
export interface PdfSignature {
  /** Position in signing order (by where the coverage ends), from 0. */
  readonly index: number;
  /** Fully qualified field name (`/T` of the field and its parents), null for a dictionary no field uses. */
  readonly fieldName: string | null;
  /** Object number of the signature dictionary. */
  readonly objectNumber: number | null;
  /** `/Type` (`Sig`, or `DocTimeStamp` for a document time stamp). */
  readonly type: string | null;
  /** `/Filter`, e.g. `Adobe.PPKLite`. */
  readonly filter: string | null;
  /** `/SubFilter`, e.g. `adbe.pkcs7.detached`, `ETSI.CAdES.detached`, `adbe.pkcs7.sha1`. */
  readonly subFilter: string | null;
  /** `/M`, the signing time the dictionary states (not signed: the signer's clock). */
  readonly signingTime: PdfDate | null;
  /** The CMS signingTime signed attribute, ISO 8601 UTC. */
  readonly cmsSigningTime: string | null;
  /**
   * Time of an RFC 3161 time stamp in the CMS, ISO 8601 UTC: of a document time stamp, or the
   * genTime of the signature time-stamp token (an unsigned attribute), read from the token's DER
   * without parsing or verifying the token's own CMS (its signature and the time-stamping
   * authority's certificates are not checked).
   */
  readonly timestampTime: string | null;
  /** `/Reason`. */
  readonly reason: string | null;
  /** `/Location`. */
  readonly location: string | null;
  /** `/Name`. */
  readonly name: string | null;
  /** `/ContactInfo`. */
  readonly contactInfo: string | null;
  /** `/Prop_Build /App /Name`: the signing application, when stated. */
  readonly application: string | null;
  /** The signer's certificate. */
  readonly signer: CertificateSummary | null;
  /** Whether the signer's certificate was valid at the signing time (CMS, else `/M`); null without either. */
  readonly signerValidAtSigningTime: boolean | null;
  /** Every certificate in the CMS, signer first, then its issuers as far as carried, then the rest. */
  readonly certificates: readonly CertificateSummary[];
  /** The byte range and its coverage. */
  readonly byteRange: PdfByteRangeReport;
  /** Digest and signature checks. */
  readonly integrity: PdfSignatureIntegrity;
  /** Trust, only when roots were given. */
  readonly trust: PdfTrustResult;
  /** The field's widget, or null when the field has none (or no field uses the dictionary). */
  readonly widget: PdfSignatureWidget | null;
}

/** A signature field that holds no signature yet. */
export interface PdfUnsignedField {
  /** Fully qualified field name. */
  readonly fieldName: string;
  /** Its widget. */
  readonly widget: PdfSignatureWidget | null;
}

/** The file's revisions (incremental updates). */
export interface PdfRevisions {
  /** Count of `%%EOF` markers: one per revision in a well-formed file. */
  readonly eofMarkers: number;
  /** Count of cross-reference sections on the `/Prev` chain (hybrid `/XRefStm` streams not counted). */
  readonly xrefSections: number;
  /** Offset just past each `%%EOF` marker and its end-of-line, in file order. */
  readonly ends: readonly number[];
}

/** Everything found about the signatures of one PDF. */
export interface PdfSignatureReport {
  /** File size in bytes. */
  readonly fileSize: number;
  /** The header's version, e.g. `1.5`. */
  readonly pdfVersion: string | null;
  /** Revisions. */
  readonly revisions: PdfRevisions;
  /** The signatures, in signing order. */
  readonly signatures: readonly PdfSignature[];
  /** Signature fields with no signature. */
  readonly unsignedFields: readonly PdfUnsignedField[];
  /** Bytes after the end of the last well-formed signature coverage (0 when it covers the whole file); null without one. */
  readonly bytesAfterLastSignature: number | null;
  /** Findings, never thrown. */
  readonly diagnostics: readonly PdfSignatureDiagnostic[];
}
