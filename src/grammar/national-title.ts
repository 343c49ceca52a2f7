/**
 * The Quốc hiệu and Tiêu ngữ (ô 1; PL I, I.II.1), and the Party's line in their place: spelt once,
 * for the writers that print them, the recogniser that finds them and the rule that checks them.
 *
 * @module
 */

/** Quốc hiệu (ô 1; PL I, I.II.1.a). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ, hyphen-minus with a space on each side (PL I, I.II.1.b). */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The header of Party documents, in place of the Quốc hiệu (nd30.md §0). */
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** The Quốc hiệu in folded text (lower case, no diacritics: either tone placement, HÒA or HOÀ). */
export const NATIONAL_NAME_FOLDED = 'cong hoa xa hoi chu nghia viet nam';
/** Finds the Quốc hiệu in folded text. */
export const NATIONAL_NAME_IN_FOLDED = /cong hoa xa hoi chu nghia viet nam/;
/** Finds the Tiêu ngữ in folded text, whatever dash joins its parts. */
export const MOTTO_IN_FOLDED = /doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/;
/** The Tiêu ngữ at the end of a line, with a rule of dashes or underscores after it (web copies print it on the Quốc hiệu's line). */
export const TRAILING_MOTTO = /\s*Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc[\s\-_]*$/u;
