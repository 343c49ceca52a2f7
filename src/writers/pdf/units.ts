/** Points per millimetre and per centimetre (1 pt = 1/72 in). */
export const ptFromMm = (mm: number): number => (mm * 72) / 25.4;
/** Centimetres to points. */
export const ptFromCm = (cm: number): number => (cm * 72) / 2.54;
