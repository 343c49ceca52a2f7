import type { EdxmlBusiness } from '../../formats/edxml/types.js';
import type { EdxmlProblem } from './errors.js';

/**
 * Options of `toEdxml`.
 *
 * @module
 */

/** A file sent with the package (the signed PDF, appendices). */
export interface EdxmlAttachment {
  /** File name, e.g. "1719_UBND-KGVX_signed.pdf". */
  readonly name: string;
  /** MIME type as it should be declared, e.g. "application/pdf". */
  readonly mediaType: string;
  readonly data: Uint8Array;
  /** Description; the samples repeat the file name when there is none. */
  readonly description?: string;
  /** Content id without "cid:"; default derived from the file name and bytes, so output stays deterministic. */
  readonly contentId?: string;
}

/** An envelope signature given as its values; written in the XML-DSig namespace (edxml.md §6). */
export interface EnvelopeSignatureFields {
  readonly digestValue: string;
  readonly signatureValue: string;
  readonly certificate: string;
  readonly subjectName?: string;
  /** Default exclusive c14n `http://www.w3.org/2001/10/xml-exc-c14n#` (the SDK's default). */
  readonly canonicalizationMethod?: string;
  /** Default `http://www.w3.org/2001/04/xmldsig-more#rsa-sha256`. */
  readonly signatureMethod?: string;
  /** Default `http://www.w3.org/2001/04/xmlenc#sha256`. */
  readonly digestMethod?: string;
  /** Default enveloped-signature then exclusive c14n. */
  readonly transforms?: readonly string[];
}

/** Where the sources disagree (edxml.md §2, §9.2, §9.6). */
export interface EdxmlProfile {
  /** Java SDK dialect (default, the VPCP samples) or the .NET SDK / LGSP dialect. */
  readonly dialect?: 'java' | 'dotnet';
  /** SteeringType written when `exchange.steeringType` is absent: 1 (one-based, the VPCP samples; default) or 0. */
  readonly steeringBase?: 0 | 1;
  /** DocumentType/Type: `by-regime` (1 QPPL, 2 hành chính; default) or `vpcp-samples` (always 1). */
  readonly documentTypeCodes?: 'by-regime' | 'vpcp-samples';
  /**
   * Zip attachments as the VNPT Java SDK does (edxml.md §7): any file that is not pdf, doc, docx or
   * zip goes into a ZIP with one entry `<contentId>.<ext>`, declared `application/zip`, name kept.
   * Default false: files travel as they are, with their standard types.
   */
  readonly zipLikeSdk?: boolean;
}

/** Options of `toEdxml`. */
export interface ToEdxmlOptions {
  /** The sender's mã định danh (From/OrganId) when `document.issuer.code` does not carry it. */
  readonly from?: string;
  /** DocumentId; default `exchange.documentId`, else composed as OrganId,yyyy/MM/dd,số/ký hiệu (edxml.md §10.2). */
  readonly documentId?: string;
  readonly attachments?: readonly EdxmlAttachment[];
  /** Business type and its data; default a new document. */
  readonly business?: EdxmlBusiness;
  readonly profile?: EdxmlProfile;
  /** Optional envelope signature: a `<Signature>` element as XML text (written as is) or its values. */
  readonly signature?: string | EnvelopeSignatureFields;
  /**
   * When the package is sent (TraceHeader/Timestamp), ISO 8601 with offset; default the document
   * date at 00:00 Vietnam time. Never the clock. When given, a later promulgation date is warned of.
   */
  readonly sentAt?: string;
  /** Refuse to write when the pre-send check has warnings too, not only errors (see `checkEdxml`). Default false. */
  readonly strict?: boolean;
  /**
   * Called with each warning of the pre-send check when the package is written anyway: a part of
   * the model the package cannot carry (co-issuers, further signers), a mã định danh of an odd shape…
   */
  readonly onWarning?: (problem: EdxmlProblem) => void;
}
