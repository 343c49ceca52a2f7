import { z } from 'zod';

/**
 * Dấu chỉ độ mật (ô 10a) and mức độ khẩn (ô 10b): PL I, I.III.2; nd30.md §2.10.
 */

/** Độ mật, least to most secret: MẬT, TỐI MẬT, TUYỆT MẬT. */
export const CONFIDENTIALITY_LEVELS = ['mat', 'toi-mat', 'tuyet-mat'] as const;
/** Độ khẩn, least to most urgent: KHẨN, THƯỢNG KHẨN, HỎA TỐC. */
export const URGENCY_LEVELS = ['khan', 'thuong-khan', 'hoa-toc'] as const;

/** Dấu chỉ độ mật (ô 10a), by slug. */
export const ConfidentialitySchema = z.enum(CONFIDENTIALITY_LEVELS).meta({
  id: 'Confidentiality',
  description: 'Dấu chỉ độ mật (ô 10a), by slug.',
});
/** Dấu chỉ mức độ khẩn (ô 10b), by slug. */
export const UrgencySchema = z.enum(URGENCY_LEVELS).meta({
  id: 'Urgency',
  description: 'Dấu chỉ mức độ khẩn (ô 10b), by slug.',
});

/** Độ mật slug. */
export type Confidentiality = z.infer<typeof ConfidentialitySchema>;
/** Độ khẩn slug. */
export type Urgency = z.infer<typeof UrgencySchema>;

/** The stamp text of each độ mật. */
export const CONFIDENTIALITY_LABELS: Record<Confidentiality, string> = {
  mat: 'MẬT',
  'toi-mat': 'TỐI MẬT',
  'tuyet-mat': 'TUYỆT MẬT',
};

/** The stamp text of each độ khẩn, with the box size of PL I, I.III.2.b (width × height, mm). */
export const URGENCY_STAMPS: Record<Urgency, { label: string; widthMm: number; heightMm: number }> = {
  khan: { label: 'KHẨN', widthMm: 20, heightMm: 8 },
  'thuong-khan': { label: 'THƯỢNG KHẨN', widthMm: 40, heightMm: 8 },
  'hoa-toc': { label: 'HỎA TỐC', widthMm: 30, heightMm: 8 },
};
