import { toUpperVi } from '../../grammar/case.js';
import { decodeTcvn3, decodeVni } from '../../formats/legacy/encodings.js';

/**
 * Legacy 8-bit Vietnamese fonts (before TCVN 6909:2001 Unicode): text typed in `.VnTime` (TCVN3)
 * or `VNI-Times` looks like Latin-1 junk unless read with the font's table. The tables are the
 * text reader's (src/readers/text/legacy.ts).
 *
 * @module
 */

/**
 * True when `text` can be legacy-encoded: it uses the 8-bit range (0x80–0xFF) and nothing above it.
 * Templates often keep a .VnTime font name on runs retyped in Unicode ("Số" with U+1ED1): those are
 * left as they are.
 */
export function looksLegacyEncoded(text: string): boolean {
  return /[\u0080-\u00ff]/u.test(text) && !/[^\u0000-\u00ff]/u.test(text);
}

/** A decoder for text set in `font`, or undefined when the font is a Unicode font. */
export function legacyDecoder(font: string | undefined): ((text: string) => string) | undefined {
  if (!font) return undefined;
  // TCVN3 fonts are named ".Vn…"; those ending in "H" (.VnTimeH, .VnArialH) are the capitals-only
  // faces that draw the lower-case code points as capitals.
  if (/^\.Vn/iu.test(font)) {
    const capitals = /H$/u.test(font);
    return (text) => {
      const decoded = decodeTcvn3(text).text;
      return capitals ? toUpperVi(decoded) : decoded;
    };
  }
  if (/^VNI[-\s]/iu.test(font)) return (text) => decodeVni(text).text;
  return undefined;
}
