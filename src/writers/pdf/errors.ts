import { VanbanError } from '../../errors.js';

/**
 * Errors of the PDF writer.
 *
 * @module
 */

/**
 * A character the font given for its style has no glyph for, neither as it stands (NFC) nor as a
 * base letter with combining marks: printing it would leave a blank box, so nothing is written.
 */
export class PdfMissingGlyphError extends VanbanError {
  constructor(
    /** The character. */
    readonly character: string,
    /** Its code point, "U+1EE6". */
    readonly codePoint: string,
    /** Where the text is in the model, e.g. `issuer.name`, `body.3`. */
    readonly field: string,
    /** The font slot that lacks it: `regular`, `bold`, `italic` or `boldItalic`. */
    readonly fontStyle: string,
  ) {
    super(
      'pdf/missing-glyph',
      `The ${fontStyle} font has no glyph for ${codePoint} "${character}" (in ${field}), nor for its base letter and combining marks: give a font that covers Vietnamese (Times New Roman, Liberation Serif 2)`,
    );
  }
}

/** Font bytes that are not one TrueType or OpenType font. */
export class PdfFontError extends VanbanError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('pdf/bad-font', message, options);
  }
}
