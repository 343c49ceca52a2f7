import { z } from 'zod';
import { ImageSchema, IsoDateTimeSchema, TextSchema } from './primitives.js';

/** Authority prefixes of PL I, I.II.7.a (nd30.md §2.7), written without their period. */
export const AUTHORITY_PREFIXES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;

/** One authority prefix: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền. */
export type AuthorityPrefix = (typeof AUTHORITY_PREFIXES)[number];

/** One line of the authority chain (ô 7a), e.g. `KT. CHỦ TỊCH` → `{ prefix: 'KT', of: 'CHỦ TỊCH' }`. */
export const AuthoritySchema = z
  .object({
    /** The prefix without its period. */
    prefix: z.enum(AUTHORITY_PREFIXES),
    /** What follows the prefix: the collective (after TM.) or the head's title, upper case as printed. */
    of: TextSchema,
  })
  .meta({ id: 'Authority' });

/** A line of the authority chain. */
export type Authority = z.infer<typeof AuthoritySchema>;

/**
 * A signature block: quyền hạn, chức vụ (ô 7a), chữ ký (ô 7c), họ tên (ô 7b), and the seal or
 * organisation signature over it (ô 8). PL I, I.II.7–8; nd30.md §2.7, §4.2–4.3.
 */
export const SignatureSchema = z
  .object({
    /** Authority chain top-down, e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH. Empty when the head signs in person. */
    authority: z.array(AuthoritySchema).default([]),
    /** The signer's own position line (ô 7a/7b), e.g. "PHÓ CHỦ TỊCH"; absent when the chain says it all. */
    title: TextSchema.optional(),
    /** Họ và tên (ô 7b), title case, without học hàm or học vị. */
    name: TextSchema,
    /** Handwritten-signature image of a digitally signed document: blue PNG (ô 7c, nd30.md §4.2). */
    image: ImageSchema.optional(),
    /** Seal image shown over the left third of the signature: red PNG at real size (ô 8, nd30.md §4.3). */
    seal: ImageSchema.optional(),
    /** When the signer's digital signature was made (ISO 8601 with offset). */
    signedAt: IsoDateTimeSchema.optional(),
    /** Text printed instead of a signature in a transcription, e.g. "(Đã ký)", kept as read. */
    mark: TextSchema.optional(),
  })
  .meta({ id: 'Signature' });

/** A signature block. */
export type Signature = z.infer<typeof SignatureSchema>;
