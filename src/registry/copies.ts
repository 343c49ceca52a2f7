/** The three copy forms of Decree 30 (Điều 25; Phụ lục III mục I; nd30.md §5.2). */
export interface CopyFormInfo {
  readonly slug: CopyForm;
  /** The label printed in the copy block (ô 1 of Mẫu 3.1). */
  readonly label: 'SAO Y' | 'SAO LỤC' | 'TRÍCH SAO';
  readonly name: string;
  /** Abbreviation in the copy's ký hiệu, exact case. */
  readonly code: 'SY' | 'SL' | 'TrS';
}

/** Slug of a copy form. */
export type CopyForm = 'sao-y' | 'sao-luc' | 'trich-sao';

/** Copy forms in the order of Phụ lục III. */
export const COPY_FORMS: readonly CopyFormInfo[] = [
  { slug: 'sao-y', label: 'SAO Y', name: 'Bản sao y', code: 'SY' },
  { slug: 'trich-sao', label: 'TRÍCH SAO', name: 'Bản trích sao', code: 'TrS' },
  { slug: 'sao-luc', label: 'SAO LỤC', name: 'Bản sao lục', code: 'SL' },
];

/** Facts of a copy form by slug. */
export function copyFormInfo(slug: CopyForm): CopyFormInfo {
  const info = COPY_FORMS.find((c) => c.slug === slug);
  if (!info) throw new RangeError(`Unknown copy form: ${slug}`);
  return info;
}
