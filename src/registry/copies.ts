/** The three copy forms of Decree 30 (Điều 25; Phụ lục III mục I; nd30.md §5.2). */
export interface CopyFormInfo {
  readonly slug: CopyForm;
  /** The label printed in the copy block (ô 1 of Mẫu 3.1). */
  readonly label: 'SAO Y' | 'SAO LỤC' | 'TRÍCH SAO';
  readonly name: string;
  /** Abbreviation in the copy's ký hiệu, exact case. */
  readonly code: 'SY' | 'SL' | 'TrS';
  /** The Mẫu of Phụ lục III it follows: 3.1 for a paper copy, 3.2 for an electronic one. */
  readonly templates: { readonly paper: CopyTemplate; readonly electronic: CopyTemplate };
  /**
   * What is copied (ND30 Điều 3.10–12): the whole document, from the bản gốc or bản chính (sao y)
   * or from a bản sao y (sao lục); or a part of it, set out again under the full thể thức of the
   * original (trích sao).
   */
  readonly content: 'whole' | 'extract';
  /** What the copy block holds, on paper and electronically. */
  readonly parts: CopyParts;
}

/** Slug of a copy form. */
export type CopyForm = 'sao-y' | 'sao-luc' | 'trich-sao';

/** The bản sao templates of Phụ lục III: Mẫu 3.1 (paper) and Mẫu 3.2 (electronic). */
export type CopyTemplate = '3.1' | '3.2';

/**
 * A part of the paper copy block, named after the field of `CopyBlock` that holds it (the seal is
 * the signature's `seal`, the Nơi nhận its `distribution` and `archive`).
 */
export type PaperCopyPart = 'form' | 'issuer' | 'number' | 'placeDate' | 'signature' | 'seal' | 'distribution';

/** A part of the signing line of an electronic copy (Mẫu 3.2), in its printed order. */
export type ElectronicCopyPart = 'form' | 'issuer' | 'signedAt';

/** The parts of a copy block (PL I Part II; Mẫu 3.1, 3.2; nd30.md §5.2). */
export interface CopyParts {
  /**
   * Mẫu 3.1, in the order of its ô numbers ({@link PAPER_COPY_BOXES}): under a full-width line
   * after the copied document, with no Quốc hiệu or Tiêu ngữ (the copy form takes their place).
   */
  readonly paper: readonly PaperCopyPart[];
  /**
   * Mẫu 3.2: the copying organisation's digital signature at the top right of page 1 (ô 14), no
   * image; its line gives the copy form, the copying organisation and the signing time.
   */
  readonly electronic: readonly ElectronicCopyPart[];
}

/** The ô number of each part of the paper copy block (Mẫu 3.1; nd30.md §5.2: 5a–5c for the signature). */
export const PAPER_COPY_BOXES: Readonly<Record<PaperCopyPart, number>> = {
  form: 1,
  issuer: 2,
  number: 3,
  placeDate: 4,
  signature: 5,
  seal: 6,
  distribution: 7,
};

// Mẫu 3.1 and 3.2 are the same for the three forms; only the label and the code change.
const COPY_PARTS: CopyParts = {
  paper: ['form', 'issuer', 'number', 'placeDate', 'signature', 'seal', 'distribution'],
  electronic: ['form', 'issuer', 'signedAt'],
};
const COPY_TEMPLATES = { paper: '3.1', electronic: '3.2' } as const;

/** Copy forms in the order of Phụ lục III. */
export const COPY_FORMS: readonly CopyFormInfo[] = [
  {
    slug: 'sao-y',
    label: 'SAO Y',
    name: 'Bản sao y',
    code: 'SY',
    templates: COPY_TEMPLATES,
    content: 'whole',
    parts: COPY_PARTS,
  },
  {
    slug: 'trich-sao',
    label: 'TRÍCH SAO',
    name: 'Bản trích sao',
    code: 'TrS',
    templates: COPY_TEMPLATES,
    content: 'extract',
    parts: COPY_PARTS,
  },
  {
    slug: 'sao-luc',
    label: 'SAO LỤC',
    name: 'Bản sao lục',
    code: 'SL',
    templates: COPY_TEMPLATES,
    content: 'whole',
    parts: COPY_PARTS,
  },
];

/** Facts of a copy form by slug. */
export function copyFormInfo(slug: CopyForm): CopyFormInfo {
  const info = COPY_FORMS.find((c) => c.slug === slug);
  if (!info) throw new RangeError(`Unknown copy form: ${slug}`);
  return info;
}
