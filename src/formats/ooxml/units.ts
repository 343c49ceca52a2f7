/**
 * The units of Office Open XML and their conversions, for the DOCX reader and writer alike: twips
 * (twentieths of a point) for page and paragraph geometry, EMU for DrawingML (nd30.md §3.7).
 *
 * @module
 */

/** Twips in an inch (ECMA-376: 1 twip = 1/20 pt = 1/1440 in). */
const TWIPS_PER_INCH = 1440;
/** EMU in a millimetre (ECMA-376: 914,400 EMU = 1 in). */
const EMU_PER_MM = 36000;

/**
 * The page assumed for a section that leaves `w:pgSz` or `w:pgMar` (or one of their values) out,
 * in twips: A4, with Word's default margins (1" top and bottom, 1.25" left and right; ECMA-376
 * §17.6.11 leaves them to the application). One definition, so that the page layout facts and the
 * text-area widths the lines are measured against agree.
 */
export const DEFAULT_PAGE_TWIPS = {
  width: 11906,
  height: 16838,
  top: 1440,
  bottom: 1440,
  left: 1800,
  right: 1800,
} as const;

/** Twentieths of a point (twips) to millimetres. */
export function twipsToMm(twips: number): number {
  return round((twips * 25.4) / TWIPS_PER_INCH, 2);
}

/** Twips to centimetres. */
export function twipsToCm(twips: number): number {
  return round((twips * 2.54) / TWIPS_PER_INCH, 3);
}

/** English Metric Units (DrawingML) to millimetres. */
export function emuToMm(emu: number): number {
  return round(emu / EMU_PER_MM, 2);
}

/** Rounds to `digits` decimals (layout facts need no more than what Word's units carry). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Millimetres to whole twips, as they are written. */
export const mmToTwips = (mm: number): number => Math.round((mm * TWIPS_PER_INCH) / 25.4);

/** Centimetres to whole twips, as they are written. */
export const cmToTwips = (cm: number): number => Math.round((cm * TWIPS_PER_INCH) / 2.54);

/** Twips to millimetres, unrounded (lengths the writer computes further with). */
export const twipsAsMm = (twips: number): number => (twips * 25.4) / TWIPS_PER_INCH;

/** Millimetres to whole EMU (DrawingML). */
export const mmToEmu = (mm: number): number => Math.round(mm * EMU_PER_MM);

/** Millimetres to twips, unrounded (positions measured along a line). */
export const mmToTwipsExact = (mm: number): number => (mm * TWIPS_PER_INCH) / 25.4;

/** Millimetres in a typographic point (1 pt = 1/72 in). */
export const MM_PER_POINT = 25.4 / 72;

/** Points to whole twips (spacing as written: `w:spacing w:before`). */
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** Twips to points (spacing as read). */
export const twipsToPt = (twips: number): number => twips / 20;
