import { InvalidArgumentError } from '../../errors.js';
import {
  DEFAULT_MARGINS_MM,
  type LineBreaking,
  lineBreakingOf,
  DEFAULT_SEAL_MM,
  MARGIN_RANGES_MM,
  type MarginsMm,
  type PartSizes,
  partSizes,
  type SizeSet,
} from '../layout-plan/index.js';

/**
 * Options of the PDF writer: the fonts, the same layout options as the DOCX writer (same defaults,
 * same ranges), and what only a PDF has: signature fields and PDF/A.
 *
 * @module
 */

/** The four faces of the document's font, as TrueType or OpenType bytes (Times New Roman, or a metric twin). */
export interface PdfFonts {
  /** Upright text. */
  readonly regular: Uint8Array;
  /** Bold text: issuer, Quốc hiệu, Tiêu ngữ, titles, Điều, the signer. */
  readonly bold: Uint8Array;
  /** Italic text: the place and date, căn cứ. */
  readonly italic: Uint8Array;
  /** Bold italic text: "Nơi nhận:". */
  readonly boldItalic: Uint8Array;
}

/**
 * The empty signature fields (AcroForm `/FT /Sig`) left for signing tools, by fully qualified name;
 * `false` leaves a field out.
 */
export interface SignatureFieldNames {
  /** The signer's field (ô 7c), in the signature space between the title and the name; default `vanban.signer`. */
  readonly signer?: string | false;
  /** The organisation's field (ô 8, the seal), over the left third of the signer's; default `vanban.organisation`. */
  readonly organisation?: string | false;
}

/** Options of {@link toPdf}. */
export interface ToPdfOptions {
  /** The fonts to embed (subsetted): nothing is drawn in a font the caller did not give. */
  readonly fonts: PdfFonts;
  /** Quốc hiệu / Tiêu ngữ sizes, `'12/13'` (the sample column, default) or `'13/14'`. */
  readonly sizeSet?: SizeSet;
  /** Body size, 13 or 14 pt (default 14); tên loại, trích yếu, Kính gửi and the signer follow it. */
  readonly bodySizePt?: 13 | 14;
  /** Margins (default 25 / 20 / 35 / 20 mm; the Decree allows top and bottom 20–25, left 30–35, right 15–20). */
  readonly marginsMm?: Partial<MarginsMm>;
  /** First-line indent of body paragraphs, 1.27 cm (default) or 1 cm (PL I, I.II.6). */
  readonly firstLineIndentCm?: 1 | 1.27;
  /** Line spacing of the body as a multiple of single, 1 to 1.5 (default 1.15). */
  readonly lineSpacing?: number;
  /** Space between body paragraphs in points, at least 6 (default 6). */
  readonly paragraphSpacingPt?: number;
  /** Blank lines left for a handwritten signature between the title and the name (default 4). */
  readonly signatureSpaceLines?: number;
  /** Width of a signature image whose size the model does not give, and of the signer's field, in mm (default 40). */
  readonly signatureImageWidthMm?: number;
  /** Diameter of a seal image whose size the model does not give, and side of the organisation's field, in mm (default 36). */
  readonly sealSizeMm?: number;
  /** Colour of the độ khẩn and độ mật stamps: red ink (PL I, I.III.2.b, default) or black for plain printing. */
  readonly stampColor?: 'red' | 'black';
  /**
   * How centred lines too long for their column break (names of ô 2, the trích yếu, the V/v,
   * appendix and heading titles): `balanced` (default) breaks them in lines of even length, never
   * leaving one word alone; `greedy` leaves it to the word processor. A "\n" in the text always breaks.
   */
  readonly lineBreaking?: LineBreaking;
  /**
   * The signature fields of the main document's first signer: names to use, or `false` for none
   * (default: `vanban.signer` and `vanban.organisation`). Further signers of a joint document get
   * the signer's name with their number, `vanban.signer2`.
   */
  readonly signatureFields?: SignatureFieldNames | false;
  /**
   * Write PDF/A-2b (ISO 19005-2, level B): fonts embedded, an sRGB output intent, XMP metadata
   * matching the document information dictionary. Default: plain PDF 1.7 (with the same metadata).
   */
  readonly pdfA?: '2b';
  /**
   * When the organisation signed, for the signing line of separate-file appendices (ISO 8601 with
   * offset; default: the first signer's `signedAt`).
   */
  readonly signedAt?: string;
}

/** Options with every default filled, lengths in points. */
export interface ResolvedPdfOptions {
  readonly lineBreaking: LineBreaking;
  readonly fonts: PdfFonts;
  readonly sizes: PartSizes;
  readonly marginsMm: MarginsMm;
  readonly firstLineIndentCm: number;
  readonly lineSpacing: number;
  readonly paragraphSpacingPt: number;
  readonly signatureSpaceLines: number;
  readonly signatureImageWidthMm: number;
  readonly sealSizeMm: number;
  readonly stampColor: string;
  readonly signerField?: string;
  readonly organisationField?: string;
  readonly pdfA: boolean;
  readonly signedAt?: string;
}

/** Fully qualified field names: dot-separated partial names, each non-empty. */
const FIELD_NAME = /^[^.\s]+(\.[^.\s]+)*$/;

function fieldName(value: string | false | undefined, fallback: string, option: string): string | undefined {
  if (value === false) return undefined;
  const name = value ?? fallback;
  if (typeof name !== 'string' || !FIELD_NAME.test(name))
    throw new InvalidArgumentError(`${option} must be dot-separated names without spaces, not ${String(name)}`);
  return name;
}

/** Fills the defaults and refuses values outside what the Decree allows. */
export function resolvePdfOptions(options: ToPdfOptions): ResolvedPdfOptions {
  const fonts = options?.fonts;
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const)
    if (!(fonts?.[face] instanceof Uint8Array))
      throw new InvalidArgumentError(`fonts.${face} must be the bytes (Uint8Array) of a TrueType or OpenType font`);
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
    throw new InvalidArgumentError(`paragraphSpacingPt must be 6–72, not ${String(paragraphSpacingPt)}`);
  const signatureSpaceLines = options.signatureSpaceLines ?? 4;
  if (!Number.isInteger(signatureSpaceLines) || signatureSpaceLines < 0 || signatureSpaceLines > 12)
    throw new InvalidArgumentError('signatureSpaceLines must be an integer from 0 to 12');
  const signatureImageWidthMm = options.signatureImageWidthMm ?? 40;
  if (!(signatureImageWidthMm > 0 && signatureImageWidthMm <= 80))
    throw new InvalidArgumentError('signatureImageWidthMm must be above 0 and at most 80');
  const sealSizeMm = options.sealSizeMm ?? DEFAULT_SEAL_MM;
  if (!(sealSizeMm > 0 && sealSizeMm <= 60))
    throw new InvalidArgumentError('sealSizeMm must be above 0 and at most 60');
  if (options.pdfA !== undefined && options.pdfA !== '2b')
    throw new InvalidArgumentError(`pdfA must be '2b', not ${String(options.pdfA)}`);
  const fields: SignatureFieldNames | undefined =
    options.signatureFields === false ? { signer: false, organisation: false } : options.signatureFields;
  const signerField = fieldName(fields?.signer, 'vanban.signer', 'signatureFields.signer');
  const organisationField = fieldName(fields?.organisation, 'vanban.organisation', 'signatureFields.organisation');
  if (signerField !== undefined && signerField === organisationField)
    throw new InvalidArgumentError('signatureFields.signer and signatureFields.organisation must differ');
  return {
    fonts,
    sizes: partSizes(set, body),
    marginsMm,
    firstLineIndentCm: indent,
    lineSpacing,
    paragraphSpacingPt,
    signatureSpaceLines,
    signatureImageWidthMm,
    sealSizeMm,
    stampColor: options.stampColor === 'black' ? '#000000' : '#FF0000',
    lineBreaking: lineBreakingOf(options.lineBreaking),
    ...(signerField !== undefined && { signerField }),
    ...(organisationField !== undefined && { organisationField }),
    pdfA: options.pdfA === '2b',
    ...(options.signedAt !== undefined && { signedAt: options.signedAt }),
  };
}
