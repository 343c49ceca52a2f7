/**
 * A readable summary of an X.509 certificate (RFC 5280): subject and issuer as RFC 4514 strings
 * and their usual attributes, serial, validity and SHA-256 fingerprint.
 *
 * @module
 */

import * as asn1js from 'asn1js';
import type { Certificate, RelativeDistinguishedNames } from 'pkijs';
import { toHex } from './objects/bytes.js';
import type { CertificateSummary, DistinguishedNameAttribute } from './types.js';

/** Short names of attribute types, as RFC 4514 and NSS (hence pdfsig) print them. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
};

/**
 * The summary of `cert`. The fingerprint is of `written`, the certificate's DER as the file carries
 * it, when known; else of pkijs's encoding of its parse (the same bytes for a DER certificate).
 */
export async function summarizeCertificate(
  cert: Certificate,
  subtle: SubtleCrypto,
  written?: Uint8Array,
): Promise<CertificateSummary> {
  const subject = nameAttributes(cert.subject);
  const issuer = nameAttributes(cert.issuer);
  const der = (written ?? new Uint8Array(cert.toSchema().toBER(false))) as Uint8Array<ArrayBuffer>;
  const fingerprint = new Uint8Array(await subtle.digest('SHA-256', der));
  return {
    subject: formatName(subject),
    subjectCommonName: first(subject, 'CN'),
    subjectOrganization: first(subject, 'O'),
    subjectOrganizationalUnit: first(subject, 'OU'),
    subjectAttributes: subject,
    issuer: formatName(issuer),
    issuerCommonName: first(issuer, 'CN'),
    issuerOrganization: first(issuer, 'O'),
    serialNumber: toHex(new Uint8Array(cert.serialNumber.valueBlock.valueHexView)),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
    selfSigned: cert.subject.isEqual(cert.issuer),
    sha256Fingerprint: toHex(fingerprint),
  };
}

/**
 * The attributes of a name in the order written, each with the index of its RDN (pkijs flattens
 * the RDNs, so the grouping is read again from the name's own DER).
 */
export function nameAttributes(name: RelativeDistinguishedNames): DistinguishedNameAttribute[] {
  const rdnOf = rdnIndexes(name);
  return name.typesAndValues.map((tv, i) => ({
    oid: tv.type,
    type: SHORT_NAMES[tv.type] ?? tv.type,
    value: attributeText(tv.value),
    rdn: rdnOf[i] ?? i,
  }));
}

/** RFC 4514 string: the last RDN first, attributes of one RDN joined by `+` (as pdfsig prints). */
export function formatName(attributes: readonly DistinguishedNameAttribute[]): string {
  const rdns = new Map<number, string[]>();
  for (const a of attributes) {
    const list = rdns.get(a.rdn) ?? [];
    list.push(`${a.type}=${escapeValue(a.value)}`);
    rdns.set(a.rdn, list);
  }
  return [...rdns.entries()]
    .sort((x, y) => y[0] - x[0])
    .map(([, parts]) => parts.join('+'))
    .join(',');
}

/** For each attribute (flattened order), the index of the RDN (SET) holding it. */
function rdnIndexes(name: RelativeDistinguishedNames): number[] {
  const der = name.valueBeforeDecode;
  if (der.byteLength === 0) return [];
  const asn = asn1js.fromBER(der);
  if (asn.offset === -1 || !(asn.result instanceof asn1js.Sequence)) return [];
  const out: number[] = [];
  asn.result.valueBlock.value.forEach((rdn, index) => {
    const count = rdn instanceof asn1js.Set ? rdn.valueBlock.value.length : 1;
    for (let i = 0; i < count; i++) out.push(index);
  });
  return out;
}

function first(attributes: readonly DistinguishedNameAttribute[], type: string): string | null {
  return attributes.find((a) => a.type === type)?.value ?? null;
}

function attributeText(value: unknown): string {
  if (value instanceof asn1js.BaseStringBlock) return String(value.valueBlock.value);
  if (value instanceof asn1js.BaseBlock) return `#${toHex(new Uint8Array(value.toBER(false)))}`;
  return String(value);
}

function escapeValue(value: string): string {
  return value
    .replace(/[\\,+"<>;]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');
}
