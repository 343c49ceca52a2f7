import { z } from 'zod';
import { TextSchema } from './primitives.js';

/**
 * Địa chỉ, thư điện tử, trang thông tin điện tử, số điện thoại, số Fax: ô 13, page 1 only, under
 * a full-width line (PL I, I.III.4; nd30.md §2.10).
 */
export const ContactSchema = z
  .object({
    address: TextSchema.optional(),
    phone: TextSchema.optional(),
    fax: TextSchema.optional(),
    email: TextSchema.optional(),
    website: TextSchema.optional(),
  })
  .meta({ id: 'Contact' });

/** The contact block. */
export type Contact = z.infer<typeof ContactSchema>;
