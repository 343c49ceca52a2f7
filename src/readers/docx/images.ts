import { inflateSync } from 'fflate';
import type { LayoutFacts } from '../../model/layout.js';
import type { DocxParagraph } from './paragraph.js';
import type { Relationship } from '../../formats/ooxml/package.js';

/**
 * Images in the document: the seal (ô 8, red) and the signature image (ô 7c, blue) of a digitally
 * signed document (nd30.md §4.2–4.3), with their printed size and colour class read from the PNG's
 * pixels. Other formats get no colour class.
 *
 * @module
 */

type ImageFact = NonNullable<LayoutFacts['images']>[number];

/** Largest PNG (in pixels) whose colours are read; bigger ones get no colour class. */
const MAX_PIXELS = 4_000_000;

/** Facts of each placed image, in reading order. */
export function imageFacts(
  paragraphs: readonly DocxParagraph[],
  rels: readonly Relationship[],
  read: (target: string) => Uint8Array | undefined,
  signatureCount: number,
): ImageFact[] {
  const out: ImageFact[] = [];
  for (const p of paragraphs) {
    for (const image of p.images) {
      const rel = rels.find((r) => r.id === image.relationshipId && !r.external);
      let colour: ReturnType<typeof pngColour>;
      try {
        const bytes = rel ? read(rel.target) : undefined;
        colour = bytes ? pngColour(bytes) : undefined;
      } catch {
        // A broken image is not a broken document: it just gets no colour class.
        colour = undefined;
      }
      const square = image.widthMm && image.heightMm ? image.widthMm / image.heightMm : 0;
      const role =
        colour?.dominant === 'red' && square > 0.8 && square < 1.25
          ? 'seal'
          : p.region === 'closing-right'
            ? 'signature'
            : 'other';
      const path =
        signatureCount > 0 && role !== 'other'
          ? `signatures.0.${role === 'seal' ? 'seal' : 'image'}`
          : `images.${out.length}`;
      out.push({
        path,
        role,
        ...(image.widthMm !== undefined && { widthMm: image.widthMm }),
        ...(image.heightMm !== undefined && { heightMm: image.heightMm }),
        ...(colour?.dominant && { dominantColor: colour.dominant }),
        ...(colour && { transparent: colour.transparent }),
      });
    }
  }
  return out;
}

/** Colour class of an 8-bit RGB or RGBA PNG: which hue most of its ink has. */
export function pngColour(
  png: Uint8Array,
): { dominant?: 'blue' | 'red' | 'black' | 'other'; transparent: boolean } | undefined {
  if (png.length < 33 || png[0] !== 0x89 || png[1] !== 0x50 || png[2] !== 0x4e || png[3] !== 0x47) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const depth = png[24];
  const colourType = png[25];
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (depth !== 8 || channels === 0 || png[28] !== 0 || width * height > MAX_PIXELS || width === 0 || height === 0)
    return undefined;
  const idat: Uint8Array[] = [];
  let size = 0;
  for (let at = 8; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    if (type === 'IDAT') {
      idat.push(png.subarray(at + 8, Math.min(png.length, at + 8 + length)));
      size += length;
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const zlib = new Uint8Array(size);
  let offset = 0;
  for (const chunk of idat) {
    zlib.set(chunk, offset);
    offset += chunk.length;
  }
  const stride = width * channels;
  // A fixed output buffer bounds the inflation to the image's real size, whatever the stream says.
  const raw = inflateSync(zlib.subarray(2), { out: new Uint8Array((stride + 1) * height) });
  const pixels = unfilter(raw, width, height, channels);
  let red = 0;
  let blue = 0;
  let black = 0;
  let ink = 0;
  let transparent = false;
  for (let i = 0; i < pixels.length; i += channels) {
    const r = pixels[i]!;
    const g = pixels[i + 1]!;
    const b = pixels[i + 2]!;
    if (channels === 4 && pixels[i + 3]! < 32) {
      transparent = true;
      continue;
    }
    if (Math.min(r, g, b) > 200) continue;
    ink++;
    if (Math.max(r, g, b) < 90) black++;
    else if (r > 120 && r > g * 1.5 && r > b * 1.5) red++;
    else if (b > 100 && b > r * 1.3 && b > g * 1.1) blue++;
  }
  if (ink === 0) return { transparent };
  const dominant = red / ink > 0.5 ? 'red' : blue / ink > 0.5 ? 'blue' : black / ink > 0.5 ? 'black' : 'other';
  return { dominant, transparent };
}

/** Reverses the PNG row filters (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[row + x - channels]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[row - stride + x - channels]! : 0;
      const v = raw[src + x] ?? 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[row + x] = (v + predicted) & 0xff;
    }
  }
  return out;
}
