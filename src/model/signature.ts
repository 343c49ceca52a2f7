import { z } from 'zod';
import { ImageSchema, IsoDateTimeSchema, TextSchema } from './primitives.js';

/** Authority prefixes of PL I, I.II.7.a (nd30.md §2.7), written without their period. */
export const AUTHORITY_PREFIXES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;

/** One authority prefix: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền. */
export type AuthorityPrefix = (typeof AUTHORITY_PREFIXES)[number];

/** One line of the authority chain (ô 7a), e.g. `KT. CHỦ TỊCH` → `{ prefix: 'KT', of: 'CHỦ TỊCH' }`. */
export const AuthoritySchema = z
  .object({
    prefix: z.enum(AUTHORITY_PREFIXES).describe('The prefix without its period.'),
    of: TextSchema.describe(
      "What follows the prefix: the collective (after TM.) or the head's title, upper case as printed.",
    ),
  })
  .meta({
    id: 'Authority',
    description: "One line of the authority chain (ô 7a), e.g. `KT. CHỦ TỊCH` → `{ prefix: 'KT', of: 'CHỦ TỊCH' }`.",
  });

/** A line of the authority chain. */
export type Authority = z.infer<typeof AuthoritySchema>;

/**
 * A signature block: quyền hạn, chức vụ (ô 7a), chữ ký (ô 7c), họ tên (ô 7b), and the seal or
 * organisation signature over it (ô 8). PL I, I.II.7–8; nd30.md §2.7, §4.2–4.3.
 */
export const SignatureSchema = z
  .object({
    authority: z
      .array(AuthoritySchema)
      .default([])
      .describe(
        'Authority chain top-down, e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH. Empty when the head signs in person.',
      ),
    title: TextSchema.optional().describe(
      'The signer\'s own position line (ô 7a/7b), e.g. "PHÓ CHỦ TỊCH"; absent when the chain says it all.',
    ),
    name: TextSchema.describe('Họ và tên (ô 7b), title case, without học hàm or học vị.'),
    image: ImageSchema.optional().describe(
      'Handwritten-signature image of a digitally signed document: blue PNG (ô 7c, nd30.md §4.2).',
    ),
    seal: ImageSchema.optional().describe(
      'Seal image shown over the left third of the signature: red PNG at real size (ô 8, nd30.md §4.3).',
    ),
    signedAt: IsoDateTimeSchema.optional().describe(
      "When the signer's digital signature was made (ISO 8601 with offset).",
    ),
    mark: TextSchema.optional().describe(
      'Text printed in the signature space instead of a signature, in a transcription or a copy that reproduces a signed original: "(Đã ký)", "(Đã ký và đóng dấu)"; readers keep it as read. Leave it out of a document to be signed.',
    ),
  })
  .meta({
    id: 'Signature',
    description:
      'A signature block: quyền hạn, chức vụ (ô 7a), chữ ký (ô 7c), họ tên (ô 7b), and the seal or organisation signature over it (ô 8). PL I, I.II.7–8; nd30.md §2.7, §4.2–4.3.',
  });

/** A signature block. */
export type Signature = z.infer<typeof SignatureSchema>;
