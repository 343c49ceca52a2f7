/**
 * Digital signature facts: what a reader found about the signatures of a file, in the shape the
 * validator's rules read (Điều 5; PL I, I.II.7.c, I.II.8, Part II.I; nd30.md §4). The PDF reader's
 * signature report (`parsePdf(…).signatures`) has this shape and more; another reader of signed
 * files may give the same facts.
 *
 * @module
 */

/** What a signer's certificate says of its holder. */
export interface SignerFacts {
  /** Subject common name (CN): a person's name, or an organisation's for an organisation certificate. */
  readonly subjectCommonName: string | null;
  /** Subject organisation (O). */
  readonly subjectOrganization: string | null;
  /** Subject organisational unit (OU), the first one. */
  readonly subjectOrganizationalUnit: string | null;
}

/** A rectangle on a page in millimetres from the page's lower-left corner (PDF coordinates). */
export interface RectMm {
  /** Left edge. */
  readonly x1: number;
  /** Bottom edge. */
  readonly y1: number;
  /** Right edge. */
  readonly x2: number;
  /** Top edge. */
  readonly y2: number;
}

/** Where a signature shows, and what its appearance says. */
export interface SignatureWidgetFacts {
  /** 0-based page, when known. */
  readonly pageIndex: number | null;
  /** The box in millimetres, from the page's lower-left corner. */
  readonly rectMm: RectMm;
  /** Whether it shows at all. */
  readonly visible: boolean;
  /**
   * The lines of text its appearance draws, when the reader read them (the signer's name, the
   * time, Mẫu 3.2's copy line…); absent when unknown, empty when it draws no text.
   */
  readonly appearance?: readonly string[];
}

/** One digital signature of a file. */
export interface DigitalSignatureFact {
  /** The signature field's name. */
  readonly fieldName: string | null;
  /** The signer's certificate, null when it could not be read. */
  readonly signer: SignerFacts | null;
  /** The time the signature dictionary states (`/M`): ISO 8601 with its offset, and the instant in UTC. */
  readonly signingTime: { readonly iso: string | null; readonly utc: string | null } | null;
  /** The signed signingTime attribute, ISO 8601 UTC. */
  readonly cmsSigningTime: string | null;
  /** How far the signed bytes reach: the whole file, or an earlier revision (more was signed after). */
  readonly byteRange: { readonly coverage: 'whole-file' | 'earlier-revision' | 'partial' | 'unknown' };
  /** Whether the digest and the signature verify (null when they could not be computed). */
  readonly integrity: { readonly digestMatches: boolean | null; readonly signatureValid: boolean | null };
  /** Where it shows, null for an invisible signature. */
  readonly widget: SignatureWidgetFacts | null;
}

/** The digital signatures of a file, in signing order. */
export interface DigitalSignatureFacts {
  readonly signatures: readonly DigitalSignatureFact[];
}
