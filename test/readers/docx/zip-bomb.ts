/**
 * A hand-made DEFLATE stream that expands to about 1 GB of zeros from about 7 MB, built without ever
 * holding the expansion: one literal zero, then "copy 258 bytes from distance 1" repeated, in a
 * fixed-Huffman block (RFC 1951 §3.2.6).
 */
import { zipWith } from './zip-craft.js';

class BitWriter {
  private readonly bytes: Uint8Array;
  private at = 0;
  private bit = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  /** Writes `count` bits of `value`, least significant first (header fields, extra bits). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.push((value >> i) & 1);
  }
  /** Writes a Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.push((value >> i) & 1);
  }
  private push(b: number): void {
    if (b) this.bytes[this.at]! |= 1 << this.bit;
    if (++this.bit === 8) {
      this.bit = 0;
      this.at++;
    }
  }
  done(): Uint8Array {
    return this.bytes.subarray(0, this.at + (this.bit > 0 ? 1 : 0));
  }
}

/** Raw DEFLATE data of `1 + 258 × copies` zero bytes. */
export function zerosDeflate(copies: number): Uint8Array {
  const w = new BitWriter(Math.ceil((copies * 13 + 40) / 8) + 8);
  w.bits(1, 1); // BFINAL
  w.bits(1, 2); // BTYPE = fixed Huffman
  w.code(0b00110000, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    w.code(0b11000101, 8); // length code 285 = 258
    w.code(0, 5); // distance code 0 = 1
  }
  w.code(0, 7); // end of block (256)
  return w.done();
}

/** A DOCX-looking zip whose word/document.xml inflates to ~1 GB; `declared` is what its headers claim. */
export function zipBomb(declared: number): Uint8Array {
  const copies = Math.floor(1_000_000_000 / 258);
  return zipWith([{ name: 'word/document.xml', data: zerosDeflate(copies), method: 8, uncompressedSize: declared }]);
}
