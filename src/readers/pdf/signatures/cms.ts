/**
 * Reads the CMS SignedData (RFC 5652) held in a signature's `/Contents`, with pkijs: the signer
 * info, its signed attributes, the certificates and the signer's certificate. Pure parsing: nothing
 * is verified here.
 *
 * @module
 */

import * as asn1js from 'asn1js';
import { Certificate, ContentInfo, IssuerAndSerialNumber, SignedData, type SignerInfo, TSTInfo } from 'pkijs';
import { DIGEST_BY_OID, type DigestName, OID } from './algorithms.js';
import { bytesEqual } from './objects/bytes.js';

/** The parts of a SignedData the checks need. */
export interface ParsedCms {
  /** The SignerInfo checked (the first; PDF signatures have one). */
  readonly signerInfo: SignerInfo;
  /** How many SignerInfos the SignedData has. */
  readonly signerInfoCount: number;
  /** The certificates carried, in the order written. */
  readonly certificates: readonly Certificate[];
  /** The certificate the SignerInfo names, when carried. */
  readonly signer: Certificate | undefined;
  /** OID of the SignerInfo's digest algorithm. */
  readonly digestOid: string;
  /** The digest as WebCrypto names it, when supported. */
  readonly digest: DigestName | undefined;
  /** OID of the SignerInfo's signature algorithm. */
  readonly signatureOid: string;
  /** The DER of the signed attributes re-tagged as a SET, which is what was signed; undefined without them. */
  readonly signedAttributes: Uint8Array | undefined;
  /** The messageDigest attribute. */
  readonly messageDigest: Uint8Array | undefined;
  /** The signingTime attribute. */
  readonly signingTime: Date | undefined;
  /** The encapsulated content type OID (id-data for detached PDF signatures). */
  readonly contentType: string;
  /** The encapsulated content, when present (adbe.pkcs7.sha1, RFC 3161 tokens). */
  readonly content: Uint8Array | undefined;
  /** For a time-stamp token: the imprint it stamps (digest OID and value). */
  readonly stampedImprint: { readonly digestOid: string; readonly digest: Uint8Array } | undefined;
  /** The time of an RFC 3161 token: of the token itself (DocTimeStamp) or an unsigned signature time stamp. */
  readonly timestampTime: Date | undefined;
  /** Bytes after the DER structure that are not zero padding. */
  readonly trailingNonZeroBytes: number;
}

/** Parses DER `bytes` (zero padding after the structure allowed) or returns why it cannot. */
export function parseCms(bytes: Uint8Array): ParsedCms | { readonly error: string } {
  try {
    return readCms(bytes);
  } catch (error) {
    // asn1js and pkijs throw plain errors on values they cannot convert (a damaged time, an OID…).
    return { error: `damaged CMS: ${(error as Error).message}` };
  }
}

function readCms(bytes: Uint8Array): ParsedCms | { readonly error: string } {
  const buffer = bytes.slice().buffer;
  const asn = asn1js.fromBER(buffer);
  if (asn.offset === -1) return { error: `not DER: ${asn.result.error}` };
  let trailing = 0;
  for (let i = asn.offset; i < bytes.length; i++) if (bytes[i] !== 0) trailing++;
  let signedData: SignedData;
  try {
    const info = new ContentInfo({ schema: asn.result });
    if (info.contentType !== OID.signedData) return { error: `content type ${info.contentType} is not SignedData` };
    signedData = new SignedData({ schema: info.content });
  } catch (error) {
    return { error: `not a CMS SignedData: ${(error as Error).message}` };
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return { error: 'SignedData has no SignerInfo' };
  const certificates = (signedData.certificates ?? []).filter((c): c is Certificate => c instanceof Certificate);
  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const attribute = (oid: string) => attributes.find((a) => a.type === oid)?.values[0];
  const digestValue = attribute(OID.messageDigest);
  const timeValue = attribute(OID.signingTime);
  const eContent = signedData.encapContentInfo.eContent;
  const content = eContent ? octets(eContent) : undefined;
  const stamp = signedData.encapContentInfo.eContentType === OID.tstInfo && content ? readTstInfo(content) : undefined;
  const unsignedStamp = signerInfo.unsignedAttrs?.attributes.find((a) => a.type === OID.timeStampToken)?.values[0];
  return {
    signerInfo,
    signerInfoCount: signedData.signerInfos.length,
    certificates,
    signer: certificates.find((c) => namesSigner(c, signerInfo)),
    digestOid: signerInfo.digestAlgorithm.algorithmId,
    digest: DIGEST_BY_OID[signerInfo.digestAlgorithm.algorithmId],
    signatureOid: signerInfo.signatureAlgorithm.algorithmId,
    signedAttributes: signerInfo.signedAttrs ? new Uint8Array(signerInfo.signedAttrs.encodedValue) : undefined,
    messageDigest: digestValue instanceof asn1js.OctetString ? octets(digestValue) : undefined,
    signingTime: timeValue instanceof asn1js.UTCTime ? timeValue.toDate() : undefined,
    contentType: signedData.encapContentInfo.eContentType,
    content,
    stampedImprint: stamp?.imprint,
    timestampTime: stamp?.time ?? (unsignedStamp ? readTokenTime(unsignedStamp) : undefined),
    trailingNonZeroBytes: trailing,
  };
}

/** The bytes of an OCTET STRING, primitive or constructed (BER). */
function octets(value: asn1js.OctetString): Uint8Array {
  if (!value.idBlock.isConstructed) return new Uint8Array(value.valueBlock.valueHexView);
  const parts = (value.valueBlock.value as asn1js.OctetString[]).map(octets);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether `cert` is the one a SignerInfo's sid names (issuer and serial, or subject key identifier). */
function namesSigner(cert: Certificate, signerInfo: SignerInfo): boolean {
  const sid = signerInfo.sid as unknown;
  if (sid instanceof IssuerAndSerialNumber) {
    return cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber);
  }
  if (sid instanceof asn1js.Constructed || sid instanceof asn1js.Primitive) {
    const keyId =
      sid instanceof asn1js.Primitive
        ? new Uint8Array(sid.valueBlock.valueHexView)
        : sid.valueBlock.value[0] instanceof asn1js.OctetString
          ? octets(sid.valueBlock.value[0])
          : undefined;
    const ext = cert.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier);
    const parsed = ext?.parsedValue as asn1js.OctetString | undefined;
    return !!keyId && !!parsed && bytesEqual(new Uint8Array(parsed.valueBlock.valueHexView), keyId);
  }
  return false;
}

function readTstInfo(content: Uint8Array): { imprint: ParsedCms['stampedImprint']; time: Date } | undefined {
  try {
    const tst = TSTInfo.fromBER(content.slice());
    return {
      imprint: {
        digestOid: tst.messageImprint.hashAlgorithm.algorithmId,
        digest: new Uint8Array(tst.messageImprint.hashedMessage.valueBlock.valueHexView),
      },
      time: tst.genTime,
    };
  } catch {
    return undefined;
  }
}

/** The genTime of a time-stamp token (a ContentInfo of SignedData over TSTInfo), not verified. */
function readTokenTime(token: unknown): Date | undefined {
  try {
    const info = new ContentInfo({ schema: token as asn1js.AsnType });
    const signed = new SignedData({ schema: info.content });
    const e = signed.encapContentInfo.eContent;
    return e ? readTstInfo(octets(e))?.time : undefined;
  } catch {
    return undefined;
  }
}
