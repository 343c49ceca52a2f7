import { z } from 'zod';
import { TextSchema } from './primitives.js';

/**
 * Địa chỉ, thư điện tử, trang thông tin điện tử, số điện thoại, số Fax: ô 13, page 1 only, under
 * a full-width line (PL I, I.III.4; nd30.md §2.10).
 */
export const ContactSchema = z
  .object({
    address: TextSchema.optional().describe(
      'Địa chỉ cơ quan, tổ chức (ô 13): the street address, the first line of the block, e.g. "52 Hùng Vương, thành phố Quảng Ngãi".',
    ),
    phone: TextSchema.optional().describe('Số điện thoại (ô 13), "ĐT: …" in the sample of PL I, e.g. "0255 3822 123".'),
    fax: TextSchema.optional().describe('Số Fax (ô 13), "Fax: …", beside the telephone in the sample.'),
    email: TextSchema.optional().describe(
      'Thư điện tử (ô 13), "E-Mail: …" in the sample, e.g. "vanthu@quangngai.gov.vn".',
    ),
    website: TextSchema.optional().describe(
      'Trang thông tin điện tử (ô 13), "Website: …", beside the e-mail in the sample.',
    ),
  })
  .meta({
    id: 'Contact',
    description:
      'Địa chỉ, thư điện tử, trang thông tin điện tử, số điện thoại, số Fax: ô 13, page 1 only, under a full-width line (PL I, I.III.4; nd30.md §2.10).',
  });

/** The contact block. */
export type Contact = z.infer<typeof ContactSchema>;
