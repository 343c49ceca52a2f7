import { z } from 'zod';
import { IssuerSchema } from './issuer.js';
import { IsoDateSchema, IsoDateTimeSchema, TextSchema } from './primitives.js';
import { SignatureSchema } from './signature.js';

/**
 * The bản sao block (sao y, sao lục, trích sao): ND30 Điều 25–27, PL I Part II, Mẫu 3.1 / 3.2
 * (nd30.md §5.2). On paper it follows the copied document under a full-width line.
 */
export const CopyBlockSchema = z
  .object({
    form: z.enum(['sao-y', 'sao-luc', 'trich-sao']).describe('The copy form (ô 1 of the copy block).'),
    issuer: IssuerSchema.describe('The copying organisation (ô 2).'),
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Copy number, one series for all copy forms of the organisation, from 01 on 01/01.'),
    notation: TextSchema.optional().describe('Copy ký hiệu, e.g. "SY-UBND".'),
    place: TextSchema.optional().describe(
      'Địa danh of the copy (ô 4 of the copy block): where the copying organisation sits, e.g. "Quảng Ngãi".',
    ),
    date: IsoDateSchema.optional().describe(
      'Ngày sao (ô 4 of the copy block), ISO yyyy-mm-dd; printed "ngày 09 tháng 4 năm 2024" beside the copy\'s number.',
    ),
    signature: SignatureSchema.optional().describe('Signer of the copy (ô 5a–5c) with its seal (ô 6).'),
    distribution: z.array(TextSchema).default([]).describe('Nơi nhận lines except the Lưu line (ô 7).'),
    archive: z.array(TextSchema).default([]).describe('Lưu line entries; Mẫu 3.1 prints "Lưu: VT.".'),
    signedAt: IsoDateTimeSchema.optional().describe(
      'Electronic copy: when the copying organisation signed (ô 14, ISO 8601 with offset).',
    ),
  })
  .meta({
    id: 'CopyBlock',
    description:
      'The bản sao block (sao y, sao lục, trích sao): ND30 Điều 25–27, PL I Part II, Mẫu 3.1 / 3.2 (nd30.md §5.2). On paper it follows the copied document under a full-width line.',
  });

/** A bản sao block. */
export type CopyBlock = z.infer<typeof CopyBlockSchema>;
