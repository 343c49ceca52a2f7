import { HorizontalPositionRelativeFrom, ImageRun, TextWrappingType, VerticalPositionRelativeFrom } from 'docx';
import { decodeBase64 } from '../../_lib/base64.js';
import { pixelSize } from '../../_lib/image-size.js';
import { InvalidArgumentError } from '../../errors.js';
import type { Image } from '../../model/primitives.js';
import { mmToEmu } from '../../formats/ooxml/units.js';
import { DEFAULT_SEAL_MM } from '../layout-plan/index.js';
import { pixelsFromMm } from './compose.js';

/**
 * The images of an electronically signed document (nd30.md §4.2–4.3): the signer's signature
 * (blue PNG, centred between the title and the name) and the organisation's seal (red PNG at its
 * real size, over the left third of the signature).
 *
 * @module
 */

export { DEFAULT_SEAL_MM };

/** An image's bytes and its printed size in millimetres. */
export interface PlacedImage {
  readonly bytes: Uint8Array;
  readonly type: 'png' | 'jpg';
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Decodes `image` and sizes it: the model's width and height, or `defaultWidthMm` with the height
 * from the picture's own proportions (PNG and JPEG headers).
 */
export function placeImage(image: Image, defaultWidthMm: number, path: string): PlacedImage {
  const bytes = decodeBase64(image.data);
  if (!bytes || bytes.length === 0) throw new InvalidArgumentError(`${path}: the image data is not base64`);
  const pixels = pixelSize(bytes);
  const widthMm =
    image.widthMm ??
    (image.heightMm !== undefined && pixels ? (image.heightMm * pixels.width) / pixels.height : defaultWidthMm);
  const heightMm = image.heightMm ?? (pixels ? (widthMm * pixels.height) / pixels.width : widthMm / 2.5);
  return { bytes, type: image.mediaType === 'image/png' ? 'png' : 'jpg', widthMm, heightMm };
}

/** The signature image, inline and centred in its paragraph. */
export function inlineImage(image: PlacedImage, name: string, id: string): ImageRun {
  return new ImageRun({
    type: image.type,
    data: image.bytes,
    transformation: { width: pixelsFromMm(image.widthMm), height: pixelsFromMm(image.heightMm) },
    altText: { name, title: name, description: name, id },
  });
}

/**
 * The seal, floating over the signature: its right edge a third of the way into the signature,
 * vertically centred on it. `columnMm` is the width of the cell the signature is centred in; `id`
 * the drawing's id.
 */
export function sealOverSignature(seal: PlacedImage, signature: PlacedImage, columnMm: number, id: string): ImageRun {
  const signatureLeft = (columnMm - signature.widthMm) / 2;
  const left = signatureLeft + signature.widthMm / 3 - seal.widthMm;
  const top = (signature.heightMm - seal.heightMm) / 2;
  return new ImageRun({
    type: seal.type,
    data: seal.bytes,
    transformation: { width: pixelsFromMm(seal.widthMm), height: pixelsFromMm(seal.heightMm) },
    altText: { name: 'Con dấu', title: 'Con dấu', description: 'Con dấu', id },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: mmToEmu(left) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: mmToEmu(top) },
      allowOverlap: true,
      layoutInCell: true,
      behindDocument: false,
      wrap: { type: TextWrappingType.NONE },
    },
  });
}

export { pixelSize };
