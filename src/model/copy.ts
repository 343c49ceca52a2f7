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
    /** The copy form (ô 1 of the copy block). */
    form: z.enum(['sao-y', 'sao-luc', 'trich-sao']),
    /** The copying organisation (ô 2). */
    issuer: IssuerSchema,
    /** Copy number, one series for all copy forms of the organisation, from 01 on 01/01. */
    number: z.number().int().positive().optional(),
    /** Copy ký hiệu, e.g. "SY-UBND". */
    notation: TextSchema.optional(),
    /** Địa danh of the copy (ô 4 of the copy block): where the copying organisation sits, e.g. "Quảng Ngãi". */
    place: TextSchema.optional(),
    /** Ngày sao (ô 4 of the copy block), ISO yyyy-mm-dd; printed "ngày 09 tháng 4 năm 2024" beside the copy's number. */
    date: IsoDateSchema.optional(),
    /** Signer of the copy (ô 5a–5c) with its seal (ô 6). */
    signature: SignatureSchema.optional(),
    /** Nơi nhận lines except the Lưu line (ô 7). */
    distribution: z.array(TextSchema).default([]),
    /** Lưu line entries; Mẫu 3.1 prints "Lưu: VT.". */
    archive: z.array(TextSchema).default([]),
    /** Electronic copy: when the copying organisation signed (ô 14, ISO 8601 with offset). */
    signedAt: IsoDateTimeSchema.optional(),
  })
  .meta({ id: 'CopyBlock' });

/** A bản sao block. */
export type CopyBlock = z.infer<typeof CopyBlockSchema>;
