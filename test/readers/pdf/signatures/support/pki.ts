/**
 * Test PKI made with WebCrypto and pkijs: key pairs, certificates (self-signed roots, intermediates,
 * end entities) and detached CMS signatures like those PDF signing tools write.
 */

import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const crypto = globalThis.crypto;
export const engine = new pkijs.CryptoEngine({ name: 'test', crypto });

/** A key algorithm for test identities. */
export type KeyKind = 'RSA' | 'RSA-PSS' | 'ECDSA-P256';

/** A certificate with its private key. */
export interface Identity {
  readonly certificate: pkijs.Certificate;
  readonly der: Uint8Array;
  readonly privateKey: CryptoKey;
  readonly kind: KeyKind;
}

/** Name attributes in encoding order, e.g. `[['C', 'VN'], ['O', 'Ủy ban nhân dân tỉnh X'], ['CN', 'Nguyễn Văn A']]`. */
export type NameSpec = ReadonlyArray<readonly [string, string]>;

const TYPE_OIDS: Record<string, string> = {
  C: '2.5.4.6',
  L: '2.5.4.7',
  ST: '2.5.4.8',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  E: '1.2.840.113549.1.9.1',
  UID: '0.9.2342.19200300.100.1.1',
};

let serialCounter = 0x1000;

/** Generates a key pair of `kind`. */
export async function generateKeys(kind: KeyKind): Promise<CryptoKeyPair> {
  if (kind === 'ECDSA-P256') {
    return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  }
  return crypto.subtle.generateKey(
    {
      name: kind === 'RSA' ? 'RSASSA-PKCS1-v1_5' : 'RSA-PSS',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
}

/** Makes a certificate for `subject`, signed by `issuer` (self-signed without one). */
export async function makeIdentity(options: {
  subject: NameSpec;
  issuer?: Identity;
  ca?: boolean;
  kind?: KeyKind;
  notBefore?: Date;
  notAfter?: Date;
}): Promise<Identity> {
  const kind = options.kind ?? 'RSA';
  const keys = await generateKeys(kind);
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: serialCounter++ });
  cert.subject = encodeName(options.subject);
  cert.issuer = options.issuer ? options.issuer.certificate.subject : cert.subject;
  cert.notBefore.value = options.notBefore ?? new Date('2024-01-01T00:00:00Z');
  cert.notAfter.value = options.notAfter ?? new Date('2034-01-01T00:00:00Z');
  const basic = new pkijs.BasicConstraints({ cA: !!options.ca });
  const usage = new asn1js.BitString({ valueHex: new Uint8Array([options.ca ? 0x06 : 0xc0]).buffer, unusedBits: 1 });
  cert.extensions = [
    new pkijs.Extension({
      extnID: '2.5.29.19',
      critical: true,
      extnValue: basic.toSchema().toBER(false),
      parsedValue: basic,
    }),
    new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: usage.toBER(false) }),
  ];
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  const signerKey = options.issuer?.privateKey ?? keys.privateKey;
  await cert.sign(signerKey, 'SHA-256', engine);
  return { certificate: cert, der: new Uint8Array(cert.toSchema().toBER(false)), privateKey: keys.privateKey, kind };
}

/**
 * A name with one attribute per RDN, as real certificates have (pkijs alone would put them all in
 * one multi-valued RDN), built from its DER so pkijs keeps that encoding.
 */
export function encodeName(spec: NameSpec): pkijs.RelativeDistinguishedNames {
  const rdns = spec.map(([type, value]) => {
    const oid = TYPE_OIDS[type];
    if (!oid) throw new Error(`unknown name type ${type}`);
    const asn =
      type === 'C'
        ? new asn1js.PrintableString({ value })
        : type === 'E'
          ? new asn1js.IA5String({ value })
          : new asn1js.Utf8String({ value });
    return new asn1js.Set({ value: [new pkijs.AttributeTypeAndValue({ type: oid, value: asn }).toSchema()] });
  });
  return pkijs.RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: rdns }).toBER(false));
}

/** PEM text of a certificate. */
export function toPem(der: Uint8Array): string {
  let bin = '';
  for (const b of der) bin += String.fromCharCode(b);
  const b64 = btoa(bin).replace(/.{64}/g, '$&\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

/** Options of a detached CMS signature. */
export interface CmsOptions {
  readonly signer: Identity;
  /** Further certificates to carry (intermediates). */
  readonly chain?: readonly Identity[];
  readonly digest?: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** The signingTime attribute; omitted when null (CAdES). */
  readonly signingTime?: Date | null;
}

/** A detached CMS SignedData over `content` with contentType, signingTime and messageDigest attributes. */
export async function signDetached(content: Uint8Array, options: CmsOptions): Promise<Uint8Array> {
  const digestName = options.digest ?? 'SHA-256';
  const digest = await crypto.subtle.digest(digestName, content as Uint8Array<ArrayBuffer>);
  const cert = options.signer.certificate;
  const attributes = [
    new pkijs.Attribute({
      type: '1.2.840.113549.1.9.3',
      values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })],
    }),
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
  ];
  if (options.signingTime !== null) {
    const time = options.signingTime ?? new Date('2025-03-01T02:00:00Z');
    attributes.push(
      new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: time })] }),
    );
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [cert, ...(options.chain ?? []).map((c) => c.certificate)],
  });
  // WebCrypto binds RSA keys to one hash: re-import the key for the digest asked for.
  let key = options.signer.privateKey;
  if (options.signer.kind !== 'ECDSA-P256') {
    const pkcs8 = await crypto.subtle.exportKey('pkcs8', key);
    const name = options.signer.kind === 'RSA' ? 'RSASSA-PKCS1-v1_5' : 'RSA-PSS';
    key = await crypto.subtle.importKey('pkcs8', pkcs8, { name, hash: digestName }, false, ['sign']);
  }
  await signedData.sign(key, 0, digestName, undefined, engine);
  const info = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true) });
  return new Uint8Array(info.toSchema().toBER(false));
}
