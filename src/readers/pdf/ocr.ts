import type { PlacedImage } from './operators.js';
import type { DecodedImage } from './images.js';

/**
 * OCR of pages without a text layer (scans): the caller plugs an OCR engine (tesseract.js, a
 * service) as a function; the reader gives it each such page and reads the lines it returns as it
 * reads a text layer. The library draws nothing itself: rendering a page to pixels in Node needs a
 * canvas package, so `render()` gives what pdfjs decodes without one, the page's largest image (a
 * scan is one image over the page), and `pdfjsPage` lets a caller render with its own canvas.
 *
 * @module
 */

/** Pixels, as ImageData has them: RGBA, 4 bytes a pixel, rows top to bottom. */
export interface OcrImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
  /** Where the image lies on the page, in points from the top-left corner. */
  readonly box: OcrBox;
}

/** A box in points from the top-left corner of the page. */
export interface OcrBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A page given to the OCR function. */
export interface OcrPage {
  /** 0-based page index. */
  readonly index: number;
  /** Page size in points (1/72 inch). */
  readonly width: number;
  readonly height: number;
  /**
   * The page's largest image as RGBA pixels (the scan), with where it lies on the page. Rejects when
   * the page has no image pdfjs decoded (raise `maxImagePixels` for scans of more than 4 megapixels,
   * or render `pdfjsPage` yourself).
   */
  render(): Promise<OcrImage>;
  /** pdfjs's PDFPageProxy of the page, for a caller that renders with its own canvas. */
  readonly pdfjsPage: unknown;
}

/** A line of text the OCR read, with its box in points from the top-left corner of the page. */
export interface OcrLine {
  readonly text: string;
  readonly box: OcrBox;
}

/** An OCR engine: the lines of one page. */
export type OcrFunction = (page: OcrPage) => Promise<readonly OcrLine[]>;

/** The page's largest decoded image as RGBA. */
export function largestImage(
  images: readonly PlacedImage[],
  decoded: (objId: string) => DecodedImage | undefined,
): OcrImage | undefined {
  let best: { image: PlacedImage; pixels: DecodedImage } | undefined;
  for (const image of images) {
    if (image.objId === undefined || image.annotation !== undefined) continue;
    const pixels = decoded(image.objId);
    if (!pixels?.data) continue;
    if (!best || pixels.width * pixels.height > best.pixels.width * best.pixels.height) best = { image, pixels };
  }
  if (!best) return undefined;
  const { image, pixels } = best;
  return {
    width: pixels.width,
    height: pixels.height,
    data: toRgba(pixels),
    box: { x: image.x0, y: image.y0, width: image.x1 - image.x0, height: image.y1 - image.y0 },
  };
}

/** pdfjs's decoded pixels (grey 1 bit, RGB or RGBA) as RGBA. */
function toRgba(image: DecodedImage): Uint8ClampedArray {
  const { width, height, data } = image;
  const out = new Uint8ClampedArray(width * height * 4);
  if (!data) return out;
  if (image.kind === 3) {
    out.set(data);
    return out;
  }
  if (image.kind === 2) {
    for (let p = 0, i = 0; p < width * height; p++, i += 3) {
      out[p * 4] = data[i]!;
      out[p * 4 + 1] = data[i + 1]!;
      out[p * 4 + 2] = data[i + 2]!;
      out[p * 4 + 3] = 255;
    }
    return out;
  }
  // 1 bit a pixel, rows padded to a byte; pdfjs's convention: a set bit is white.
  const stride = (width + 7) >> 3;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const bit = (data[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
      const v = bit ? 255 : 0;
      const p = (y * width + x) * 4;
      out[p] = out[p + 1] = out[p + 2] = v;
      out[p + 3] = 255;
    }
  return out;
}
