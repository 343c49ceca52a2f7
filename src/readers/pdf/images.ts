import type { LayoutFacts } from '../../model/layout.js';
import type { PlacedImage } from './operators.js';

/**
 * Images of the document: the seal (red, about square) and the signature image (blue, ô 7c) of a
 * digitally signed document (nd30.md §4.2–4.3), with their printed size and the colour class read
 * from the pixels pdfjs decoded (sampled; images over `maxImagePixels` are not decoded and get no
 * colour class).
 *
 * @module
 */

type ImageFact = NonNullable<LayoutFacts['images']>[number];

/** The decoded image pdfjs gives for an image id (`page.objs`), as far as the reader reads it. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  /** pdfjs ImageKind: 1 grey 1 bit a pixel, 2 RGB, 3 RGBA. */
  readonly kind?: number;
  readonly data?: ArrayLike<number>;
}

const PT_TO_MM = 25.4 / 72;
// Pixels read for the colour class.
const SAMPLES = 20_000;
// Images smaller than this (mm) are decoration (bullets, a logo's dot), not seals or signatures.
const MIN_MM = 8;

/** Colour class of a decoded image: which hue most of its ink has, and whether it has see-through pixels. */
export function imageColour(
  image: DecodedImage,
): { dominant?: ImageFact['dominantColor']; transparent: boolean } | undefined {
  const channels = image.kind === 3 ? 4 : image.kind === 2 ? 3 : 0;
  const data = image.data;
  const pixels = image.width * image.height;
  if (!data || channels === 0 || pixels === 0 || data.length < pixels * channels) return undefined;
  const step = Math.max(1, Math.floor(pixels / SAMPLES));
  let red = 0;
  let blue = 0;
  let black = 0;
  let ink = 0;
  let transparent = false;
  for (let p = 0; p < pixels; p += step) {
    const i = p * channels;
    if (channels === 4 && data[i + 3]! < 32) {
      transparent = true;
      continue;
    }
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
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

/** The facts of the images placed on the pages, in page order; `decoded` looks an image up. */
export function imageFacts<
  T extends PlacedImage & { readonly page: number; readonly inSignature: boolean; readonly inStamp?: boolean },
>(placed: readonly T[], decoded: (image: T) => DecodedImage | undefined, signatureCount: number): ImageFact[] {
  const out: ImageFact[] = [];
  for (const image of placed) {
    const widthMm = round((image.x1 - image.x0) * PT_TO_MM);
    const heightMm = round((image.y1 - image.y0) * PT_TO_MM);
    if (widthMm < MIN_MM && heightMm < MIN_MM) continue;
    let colour: ReturnType<typeof imageColour>;
    try {
      const pixels = decoded(image);
      colour = pixels ? imageColour(pixels) : undefined;
    } catch {
      colour = undefined;
    }
    const square = heightMm > 0 ? widthMm / heightMm : 0;
    const role = image.inStamp
      ? 'other'
      : colour?.dominant === 'red' && square > 0.8 && square < 1.25
        ? 'seal'
        : colour?.dominant === 'blue' || (image.inSignature && colour?.dominant !== 'red')
          ? 'signature'
          : 'other';
    const path =
      signatureCount > 0 && role !== 'other'
        ? `signatures.0.${role === 'seal' ? 'seal' : 'image'}`
        : `images.${out.length}`;
    out.push({
      path,
      role,
      widthMm,
      heightMm,
      ...(colour?.dominant && { dominantColor: colour.dominant }),
      ...(colour && { transparent: colour.transparent }),
    });
  }
  return out;
}

function round(mm: number): number {
  return Math.round(mm * 10) / 10;
}
