/**
 * The file identifier (trailer /ID) from a hash of the file itself: the same document and fonts
 * give the same bytes, two different files two identifiers. pdfkit writes an MD5 of its
 * information dictionary there; it is replaced in place (same length, so the cross-reference
 * offsets hold) by the first 16 bytes of the file's SHA-256 (WebCrypto, in Node and browsers).
 *
 * @module
 */

const latin1 = new TextDecoder('latin1');

/** `pdf` with its /ID replaced by a hash of its content. */
export async function withContentId(pdf: Uint8Array): Promise<Uint8Array> {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 1024)));
  const match = /\/ID \[<([0-9a-f]{32})> <([0-9a-f]{32})>\]/.exec(tail);
  if (!match) throw new Error('pdfkit wrote no /ID in the trailer');
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', pdf as Uint8Array<ArrayBuffer>));
  const hex = [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const at = Math.max(0, pdf.length - 1024) + match.index;
  const replacement = new TextEncoder().encode(`/ID [<${hex}> <${hex}>]`);
  const out = new Uint8Array(pdf);
  out.set(replacement, at);
  return out;
}
