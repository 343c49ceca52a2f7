import { InvalidArgumentError } from '../../errors.js';
import {
  DEFAULT_MARGINS_MM,
  type LineBreaking,
  lineBreakingOf,
  MARGIN_RANGES_MM,
  type MarginsMm,
  type PartSizes,
  partSizes,
  type SizeSet,
} from '../layout-plan/index.js';

export { DEFAULT_MARGINS_MM };
export type { MarginsMm, PartSizes };

/**
 * Options of the DOCX writer and the sizes they give each part (PL I mục V; nd30.md §3.1–3.2).
 *
 * @module
 */

/**
 * The two size sets of the sample table's footnote (PL I mục V): the Quốc hiệu, the Tiêu ngữ one
 * size above it and the date at the Tiêu ngữ's size; the issuer lines follow the Quốc hiệu.
 */
export type DocxSizeSet = SizeSet;

/** Options of {@link toDocx}. */
export interface DocxOptions {
  /** Quốc hiệu / Tiêu ngữ sizes, `'12/13'` (the sample column, default) or `'13/14'`. */
  readonly sizeSet?: DocxSizeSet;
  /** Body size, 13 or 14 pt (default 14, the sample column); tên loại, trích yếu, Kính gửi and the signer follow it. */
  readonly bodySizePt?: 13 | 14;
  /** Margins (default 25 / 20 / 35 / 20 mm, the official template file; the Decree allows top and bottom 20–25, left 30–35, right 15–20). */
  readonly marginsMm?: Partial<MarginsMm>;
  /** First-line indent of body paragraphs, 1.27 cm (default) or 1 cm (PL I, I.II.6). */
  readonly firstLineIndentCm?: 1 | 1.27;
  /** Line spacing of the body as a multiple of single, 1 to 1.5 (default 1.15). */
  readonly lineSpacing?: number;
  /** Space between body paragraphs in points, at least 6 (default 6). */
  readonly paragraphSpacingPt?: number;
  /** Blank lines left for a handwritten signature between the title and the name (default 4; nd30.md §2.7 PRACTICE). */
  readonly signatureSpaceLines?: number;
  /** Width of a signature image whose size the model does not give, in millimetres (default 40; nd30.md §4.2 PRACTICE). */
  readonly signatureImageWidthMm?: number;
  /**
   * When the organisation signed, for the signing line of separate-file appendices (ISO 8601 with
   * offset; default: the first signer's `signedAt`).
   */
  readonly signedAt?: string;
  /** Colour of the độ khẩn and độ mật stamps: red ink (PL I, I.III.2.b, default) or black for plain printing. */
  readonly stampColor?: 'red' | 'black';
  /**
   * How centred lines too long for their column break (names of ô 2, the trích yếu, the V/v,
   * appendix and heading titles): `balanced` (default) breaks them in lines of even length, never
   * leaving one word alone; `greedy` leaves it to the word processor. A "\n" in the text always breaks.
   */
  readonly lineBreaking?: LineBreaking;
}

/** Options with every default filled. */
export interface ResolvedDocxOptions {
  readonly lineBreaking: LineBreaking;
  readonly sizes: PartSizes;
  readonly marginsMm: MarginsMm;
  readonly firstLineIndentCm: number;
  readonly lineSpacing: number;
  readonly paragraphSpacingPt: number;
  readonly signatureSpaceLines: number;
  readonly signatureImageWidthMm: number;
  readonly signedAt?: string;
  readonly stampColor: string;
}

/** Fills the defaults and refuses values outside what the Decree allows. */
export function resolveDocxOptions(options: DocxOptions = {}): ResolvedDocxOptions {
  const set = options.sizeSet ?? '12/13';
  if (set !== '12/13' && set !== '13/14')
    throw new InvalidArgumentError(`sizeSet must be '12/13' or '13/14', not ${String(set)}`);
  const body = options.bodySizePt ?? 14;
  if (body !== 13 && body !== 14) throw new InvalidArgumentError(`bodySizePt must be 13 or 14, not ${String(body)}`);
  const marginsMm = { ...DEFAULT_MARGINS_MM, ...options.marginsMm };
  for (const side of Object.keys(MARGIN_RANGES_MM) as (keyof MarginsMm)[]) {
    const [min, max] = MARGIN_RANGES_MM[side];
    const value = marginsMm[side];
    if (!(value >= min && value <= max))
      throw new InvalidArgumentError(`marginsMm.${side} must be ${min}–${max} mm (PL I, I.I), not ${String(value)}`);
  }
  const indent = options.firstLineIndentCm ?? 1.27;
  if (indent !== 1 && indent !== 1.27)
    throw new InvalidArgumentError(`firstLineIndentCm must be 1 or 1.27, not ${String(indent)}`);
  const lineSpacing = options.lineSpacing ?? 1.15;
  if (!(lineSpacing >= 1 && lineSpacing <= 1.5))
    throw new InvalidArgumentError(`lineSpacing must be 1–1.5 lines, not ${String(lineSpacing)}`);
  const paragraphSpacingPt = options.paragraphSpacingPt ?? 6;
  if (!(paragraphSpacingPt >= 6 && paragraphSpacingPt <= 72))
    throw new InvalidArgumentError(`paragraphSpacingPt must be at least 6, not ${String(paragraphSpacingPt)}`);
  const signatureSpaceLines = options.signatureSpaceLines ?? 4;
  if (!Number.isInteger(signatureSpaceLines) || signatureSpaceLines < 0 || signatureSpaceLines > 12)
    throw new InvalidArgumentError('signatureSpaceLines must be an integer from 0 to 12');
  const signatureImageWidthMm = options.signatureImageWidthMm ?? 40;
  if (!(signatureImageWidthMm > 0 && signatureImageWidthMm <= 80))
    throw new InvalidArgumentError('signatureImageWidthMm must be above 0 and at most 80');
  return {
    sizes: partSizes(set, body),
    marginsMm,
    firstLineIndentCm: indent,
    lineSpacing,
    paragraphSpacingPt,
    signatureSpaceLines,
    signatureImageWidthMm,
    ...(options.signedAt !== undefined && { signedAt: options.signedAt }),
    stampColor: options.stampColor === 'black' ? '000000' : 'FF0000',
    lineBreaking: lineBreakingOf(options.lineBreaking),
  };
}
