/**
 * Object identifiers of the digest and signature algorithms met in PDF signatures (RFC 5754,
 * RFC 8017, RFC 5758), with the WebCrypto names of the digests.
 *
 * @module
 */

/** A digest WebCrypto computes. */
export type DigestName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Digest algorithms by OID. */
export const DIGEST_BY_OID: Readonly<Record<string, DigestName>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** Signature algorithms by OID: a readable name and the digest the name implies, if any. */
export const SIGNATURE_BY_OID: Readonly<Record<string, { name: string; digest?: DigestName }>> = {
  '1.2.840.113549.1.1.1': { name: 'RSA PKCS#1 v1.5' },
  '1.2.840.113549.1.1.5': { name: 'RSA PKCS#1 v1.5 with SHA-1', digest: 'SHA-1' },
  '1.2.840.113549.1.1.11': { name: 'RSA PKCS#1 v1.5 with SHA-256', digest: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'RSA PKCS#1 v1.5 with SHA-384', digest: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'RSA PKCS#1 v1.5 with SHA-512', digest: 'SHA-512' },
  '1.2.840.113549.1.1.10': { name: 'RSA-PSS' },
  '1.2.840.10045.2.1': { name: 'ECDSA' },
  '1.2.840.10045.4.1': { name: 'ECDSA with SHA-1', digest: 'SHA-1' },
  '1.2.840.10045.4.3.2': { name: 'ECDSA with SHA-256', digest: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ECDSA with SHA-384', digest: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ECDSA with SHA-512', digest: 'SHA-512' },
};

/** CMS content and attribute types (RFC 5652 §5, §11; RFC 3161). */
export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  subjectKeyIdentifier: '2.5.29.14',
} as const;
