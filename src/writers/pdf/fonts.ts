import { create, type Font } from 'fontkit';
import { PdfFontError, PdfMissingGlyphError } from './errors.js';
import type { PdfFonts } from './options.js';

/**
 * The four faces of the font: parsed once per byte array (the parse of the kerning and
 * substitution tables is most of the cost of a small document), their glyphs checked before
 * anything is drawn, their widths measured with the same shaping (kerning) pdfkit draws with.
 *
 * @module
 */

/** A font slot. */
export type FontStyle = keyof PdfFonts;

/** The slot of bold and italic text. */
export const styleOf = (bold = false, italic = false): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

// Parsed fonts by their bytes, and measured widths by font: a font parsed for one document serves the next.
const parsed = new WeakMap<Uint8Array, Font>();
const widths = new WeakMap<Font, Map<string, number>>();

function parse(bytes: Uint8Array, face: FontStyle): Font {
  let font = parsed.get(bytes);
  if (font) return font;
  let result: ReturnType<typeof create>;
  try {
    // fontkit's browser build reads a Uint8Array; its typings say Buffer (a Uint8Array in Node).
    result = create(bytes as Buffer);
  } catch (cause) {
    throw new PdfFontError(`fonts.${face} is not a TrueType or OpenType font`, { cause });
  }
  if (!result || 'fonts' in result || typeof result.layout !== 'function')
    throw new PdfFontError(`fonts.${face} must be one font, not a collection (TTC)`);
  font = result;
  parsed.set(bytes, font);
  return font;
}

/** The faces of one document. */
export class FontSet {
  readonly faces: Readonly<Record<FontStyle, Font>>;

  constructor(fonts: PdfFonts) {
    this.faces = {
      regular: parse(fonts.regular, 'regular'),
      bold: parse(fonts.bold, 'bold'),
      italic: parse(fonts.italic, 'italic'),
      boldItalic: parse(fonts.boldItalic, 'boldItalic'),
    };
    // fontkit keeps each glyph it met with the code points of its first meeting: a glyph met as part
    // of a composite letter (O in Ộ, when a subset is written) has none, and a later document's
    // subset would map it to no text. Each document starts without those glyphs; the glyphs met as
    // letters (their decoding is most of a letter's writing time) and the parsed tables (cmap,
    // kerning) stay shared. fontkit 2 keeps the cache in `_glyphs`.
    for (const font of Object.values(this.faces)) {
      const glyphs = (font as unknown as { _glyphs: Record<number, { codePoints?: readonly number[] }> })._glyphs;
      for (const id of Object.keys(glyphs)) if (!glyphs[Number(id)]?.codePoints?.length) delete glyphs[Number(id)];
    }
  }

  /**
   * `text` as it can be drawn in `style` (see {@link drawableText}); throws
   * {@link PdfMissingGlyphError} naming the character and `field`.
   */
  drawable(text: string, style: FontStyle, field: string): string {
    const font = this.faces[style];
    return drawableText(text, (cp) => font.hasGlyphForCodePoint(cp), style, field);
  }

  /** Width of `text` in points at `sizePt`. */
  width(text: string, style: FontStyle, sizePt: number): number {
    const font = this.faces[style];
    let cache = widths.get(font);
    if (!cache) widths.set(font, (cache = new Map()));
    let units = cache.get(text);
    if (units === undefined) {
      units = font.layout(text).advanceWidth / font.unitsPerEm;
      if (cache.size > 50_000) cache.clear();
      cache.set(text, units);
    }
    return units * sizePt;
  }

  /** Distance from a line's top to its baseline at `sizePt` (the font's ascender, as LibreOffice and Word place it). */
  ascent(style: FontStyle, sizePt: number): number {
    const font = this.faces[style];
    return (font.ascent / font.unitsPerEm) * sizePt;
  }

  /** Depth under the baseline at `sizePt`. */
  descent(style: FontStyle, sizePt: number): number {
    const font = this.faces[style];
    return (-font.descent / font.unitsPerEm) * sizePt;
  }

  /** Single line height at `sizePt`: ascender, descender and line gap (1.15 × the size for Times New Roman). */
  lineHeight(style: FontStyle, sizePt: number): number {
    const font = this.faces[style];
    return ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * sizePt;
  }
}

/**
 * `text` as a font with the glyphs `has` can draw it: NFC, each letter the font lacks replaced by
 * its base letter and combining marks when the font has those (its mark positioning places them).
 * Throws {@link PdfMissingGlyphError} naming the character, `field` and `style` otherwise.
 */
export function drawableText(
  text: string,
  has: (codePoint: number) => boolean,
  style: FontStyle,
  field: string,
): string {
  const nfc = text.normalize('NFC');
  let out: string | undefined;
  let i = 0;
  for (const ch of nfc) {
    const cp = ch.codePointAt(0)!;
    if (has(cp)) {
      if (out !== undefined) out += ch;
    } else {
      const parts = [...ch.normalize('NFD')];
      if (parts.length < 2 || !parts.every((p) => has(p.codePointAt(0)!)))
        throw new PdfMissingGlyphError(ch, `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, field, style);
      out = (out ?? nfc.slice(0, i)) + parts.join('');
    }
    i += ch.length;
  }
  return out ?? nfc;
}
