/**
 * Small RGBA PNGs for tests: a blue signature stroke and a red seal ring on a transparent
 * background, as Decree 30 asks of the images of a digitally signed document (nd30.md §4.2–4.3).
 */
import { zlibSync } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGBA PNG of `width` × `height` whose pixel (x, y) is `paint(x, y)` as [r, g, b, a]. */
export function png(
  width: number,
  height: number,
  paint: (x: number, y: number) => readonly [number, number, number, number],
): Uint8Array {
  const raw = new Uint8Array((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(paint(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CLEAR = [0, 0, 0, 0] as const;

/** A blue handwritten-looking stroke, 200 × 80. */
export function blueSignaturePng(): Uint8Array {
  return png(200, 80, (x, y) => (Math.abs(y - 40 - 25 * Math.sin(x / 18)) < 3 ? [20, 40, 200, 255] : CLEAR));
}

/** A red seal ring, 120 × 120. */
export function redSealPng(): Uint8Array {
  return png(120, 120, (x, y) => {
    const r = Math.hypot(x - 60, y - 60);
    return (r > 50 && r < 58) || (r > 30 && r < 34) ? [220, 20, 30, 255] : CLEAR;
  });
}

/** Base64 of `bytes`, as the model holds images. */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
