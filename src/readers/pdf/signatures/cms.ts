/**
 * Reads the CMS SignedData (RFC 5652) held in a signature's `/Contents`, with pkijs: the signer
 * info, its signed attributes, the certificates and the signer's certificate. Pure parsing: nothing
 * is verified here. Each CMS is parsed once. The signature time-stamp token (RFC 3161, an unsigned
 * attribute) is cut out first by a DER walk and only its time read from it: it is a second CMS,
 * with the time-stamping authority's certificates, that nothing here verifies, and parsing it with
 * pkijs cost as much as the signature itself.
 *
 * @module
 */

import * as asn1js from 'asn1js';
import { Certificate, ContentInfo, IssuerAndSerialNumber, SignedData, type SignerInfo, TSTInfo } from 'pkijs';
import { DIGEST_BY_OID, type DigestName, OID } from './algorithms.js';
import { bytesEqual } from './objects/bytes.js';
import { childrenOf, contentEquals, readTlv, type Tlv, withoutTlv } from './der.js';

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
  /** The DER of each carried certificate as written (for its fingerprint), when the walk found it. */
  readonly certificateDer: ReadonlyMap<Certificate, Uint8Array>;
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
  // The structure without its time-stamp token, when the walk knows it; else the bytes whole.
  const split = splitTimestampToken(bytes);
  const asn = asn1js.fromBER((split?.cms ?? bytes).slice().buffer);
  if (asn.offset === -1) return { error: `not DER: ${asn.result.error}` };
  let trailing = 0;
  for (let i = split?.end ?? asn.offset; i < bytes.length; i++) if (bytes[i] !== 0) trailing++;
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
  const tokenTime = split?.token
    ? tokenTimeByWalk(split.token)
    : unsignedStamp
      ? readTokenTime(unsignedStamp)
      : undefined;
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
    timestampTime: stamp?.time ?? tokenTime,
    trailingNonZeroBytes: trailing,
    certificateDer: split ? certificateDer(split.cms, signedData) : new Map(),
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

// id-aa-timeStampToken (1.2.840.113549.1.9.16.2.14), the contents of its OBJECT IDENTIFIER.
const TIME_STAMP_TOKEN_OID = Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x10, 0x02, 0x0e);
const SEQUENCE = 0x30;
const SET = 0x31;
const OBJECT_IDENTIFIER = 0x06;
const OCTET_STRING = 0x04;
const GENERALIZED_TIME = 0x18;
const CONTEXT_0 = 0xa0;
const CONTEXT_1 = 0xa1;

/** A CMS cut at its end, its first SignerInfo's time-stamp token taken out. */
interface SplitCms {
  /** The DER to parse: ContentInfo without the token. */
  readonly cms: Uint8Array;
  /** Where the ContentInfo ends in the bytes given (zero padding follows). */
  readonly end: number;
  /** The token (a ContentInfo of SignedData over TSTInfo), when there is one. */
  readonly token?: Uint8Array;
}

/** The ContentInfo > SignedData > first SignerInfo path of `bytes`, or undefined when it is not plain DER. */
function splitTimestampToken(bytes: Uint8Array): SplitCms | undefined {
  const outer = readTlv(bytes, 0);
  if (outer?.tag !== SEQUENCE) return undefined;
  const [, explicit] = only(childrenOf(bytes, outer), [OBJECT_IDENTIFIER, CONTEXT_0]) ?? [];
  const [signedData] = (explicit && only(childrenOf(bytes, explicit), [SEQUENCE])) ?? [];
  const fields = signedData && childrenOf(bytes, signedData);
  const signerInfos = fields?.at(-1);
  if (!explicit || !signedData || signerInfos?.tag !== SET) return undefined;
  const cms = bytes.subarray(0, outer.end);
  const infos = childrenOf(bytes, signerInfos);
  const first = infos?.[0];
  if (!infos || first?.tag !== SEQUENCE) return infos ? { cms, end: outer.end } : undefined;
  const unsigned = childrenOf(bytes, first)?.at(-1);
  if (unsigned?.tag !== CONTEXT_1) return { cms, end: outer.end };
  const attributes = childrenOf(bytes, unsigned);
  if (!attributes) return undefined;
  for (const attribute of attributes) {
    const [type, values] = only(childrenOf(bytes, attribute), [OBJECT_IDENTIFIER, SET]) ?? [];
    if (!type || !values || !contentEquals(bytes, type, TIME_STAMP_TOKEN_OID)) continue;
    const token = childrenOf(bytes, values)?.[0];
    if (!token) return undefined;
    const path = [outer, explicit, signedData, signerInfos, first];
    // The only unsigned attribute: the whole [1] goes (an empty SET OF attributes is not allowed).
    const stripped =
      attributes.length === 1 ? withoutTlv(cms, path, unsigned) : withoutTlv(cms, [...path, unsigned], attribute);
    return { cms: stripped, end: outer.end, token: bytes.subarray(token.start, token.end) };
  }
  return { cms, end: outer.end };
}

/** `tlvs` when their tags are `tags`, one for one. */
function only(tlvs: Tlv[] | undefined, tags: readonly number[]): Tlv[] | undefined {
  return tlvs && tlvs.length === tags.length && tlvs.every((t, k) => t.tag === tags[k]) ? tlvs : undefined;
}

/**
 * The genTime of a time-stamp token, walked to without parsing the token: ContentInfo > [0] >
 * SignedData > encapContentInfo > [0] > OCTET STRING > TSTInfo > genTime (RFC 3161 §2.4.2). A token
 * the walk cannot follow is parsed with pkijs.
 */
function tokenTimeByWalk(token: Uint8Array): Date | undefined {
  const info = readTlv(token, 0);
  const [, explicit] = (info && only(childrenOf(token, info), [OBJECT_IDENTIFIER, CONTEXT_0])) ?? [];
  const [signed] = (explicit && only(childrenOf(token, explicit), [SEQUENCE])) ?? [];
  const encap = signed && childrenOf(token, signed)?.[2];
  const [, wrapped] = (encap && only(childrenOf(token, encap), [OBJECT_IDENTIFIER, CONTEXT_0])) ?? [];
  const [octets] = (wrapped && only(childrenOf(token, wrapped), [OCTET_STRING])) ?? [];
  const tst = octets && readTlv(token, octets.contentStart, octets.end);
  const genTime = tst?.tag === SEQUENCE ? childrenOf(token, tst)?.[4] : undefined;
  if (genTime?.tag === GENERALIZED_TIME) {
    const time = asn1js.fromBER(token.slice(genTime.start, genTime.end)).result;
    if (time instanceof asn1js.GeneralizedTime) return time.toDate();
  }
  const parsed = asn1js.fromBER(token.slice().buffer);
  return parsed.offset === -1 ? undefined : readTokenTime(parsed.result);
}

/** Each Certificate of `signedData` with its DER as written in `cms`, matched in the order of the SET. */
function certificateDer(cms: Uint8Array, signedData: SignedData): Map<Certificate, Uint8Array> {
  const out = new Map<Certificate, Uint8Array>();
  const outer = readTlv(cms, 0);
  const explicit = outer && childrenOf(cms, outer)?.[1];
  const signed = explicit && childrenOf(cms, explicit)?.[0];
  const set = signed && childrenOf(cms, signed)?.find((t) => t.tag === CONTEXT_0);
  const written = set && childrenOf(cms, set);
  const carried = signedData.certificates ?? [];
  if (!written || written.length !== carried.length) return out;
  carried.forEach((c, k) => {
    if (c instanceof Certificate && written[k]!.tag === SEQUENCE)
      out.set(c, cms.subarray(written[k]!.start, written[k]!.end));
  });
  return out;
}
