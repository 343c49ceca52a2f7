/**
 * A minimal DER walker (X.690 §8.1: tag, definite length, contents) over the bytes of a CMS, for
 * what does not need asn1js's object tree: where the structure ends, and the signature time-stamp
 * token of a SignerInfo, cut out before pkijs parses the rest (asn1js and pkijs build and check a
 * tree of objects for every node, which made the token, with the time-stamping authority's
 * certificates, most of the cost of reading a signature). Anything it does not recognise makes it
 * give up (undefined), and the caller reads the CMS whole.
 *
 * @module
 */

/** One TLV: where its header and contents stand in the bytes. */
export interface Tlv {
  /** The first identifier octet (class, constructed bit, tag number under 31). */
  readonly tag: number;
  /** Offset of the identifier octet. */
  readonly start: number;
  /** Offset of the first content octet. */
  readonly contentStart: number;
  /** Offset just past the contents. */
  readonly end: number;
}

/** The TLV at `at`, ending at or before `limit`; undefined for a high tag number, an indefinite or overlong length. */
export function readTlv(bytes: Uint8Array, at: number, limit = bytes.length): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = bytes[at]!;
  // High tag numbers do not occur in the CMS structures walked here.
  if ((tag & 0x1f) === 0x1f) return undefined;
  let length = bytes[at + 1]!;
  let contentStart = at + 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    // 0x80 is BER's indefinite length; more than 4 octets is no CMS a PDF carries.
    if (octets === 0 || octets > 4 || contentStart + octets > limit) return undefined;
    length = 0;
    for (let k = 0; k < octets; k++) length = length * 256 + bytes[contentStart + k]!;
    contentStart += octets;
  }
  const end = contentStart + length;
  return end <= limit ? { tag, start: at, contentStart, end } : undefined;
}

/** The TLVs inside a constructed `tlv`, or undefined when they do not fill it exactly. */
export function childrenOf(bytes: Uint8Array, tlv: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let at = tlv.contentStart; at < tlv.end;) {
    const child = readTlv(bytes, at, tlv.end);
    if (!child) return undefined;
    out.push(child);
    at = child.end;
  }
  return out;
}

/** DER of a length. */
function lengthOctets(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n % 256);
  return [0x80 | out.length, ...out];
}

/**
 * `bytes` without the TLV `removed`, every TLV of `ancestors` (outermost first, each holding the
 * next, the last holding `removed`) given the new length. Only the outermost's bytes are returned.
 */
export function withoutTlv(bytes: Uint8Array, ancestors: readonly Tlv[], removed: Tlv): Uint8Array {
  let inner: Uint8Array = new Uint8Array(0);
  let hole = removed;
  for (let k = ancestors.length - 1; k >= 0; k--) {
    const a = ancestors[k]!;
    const before = bytes.subarray(a.contentStart, hole.start);
    const after = bytes.subarray(hole.end, a.end);
    const length = before.length + inner.length + after.length;
    const header = [a.tag, ...lengthOctets(length)];
    const out = new Uint8Array(header.length + length);
    out.set(header, 0);
    out.set(before, header.length);
    out.set(inner, header.length + before.length);
    out.set(after, header.length + before.length + inner.length);
    inner = out;
    hole = a;
  }
  return inner;
}

/** Whether the contents of `tlv` equal `expected`. */
export function contentEquals(bytes: Uint8Array, tlv: Tlv, expected: Uint8Array): boolean {
  if (tlv.end - tlv.contentStart !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[tlv.contentStart + i] !== expected[i]) return false;
  return true;
}
