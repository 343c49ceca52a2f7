import { z } from 'zod';
import { TextSchema } from './primitives.js';

/**
 * Ký hiệu người soạn thảo and số lượng bản phát hành: ô 12 (PL I, I.III.3; nd30.md §2.10),
 * printed after the Lưu line, e.g. `PL.(300)`.
 */
export const DrafterSchema = z
  .object({
    code: TextSchema.describe('The drafter\'s code, upper case, e.g. "PL".'),
    copies: z.number().int().positive().optional().describe('Number of copies issued.'),
  })
  .meta({
    id: 'Drafter',
    description:
      'Ký hiệu người soạn thảo and số lượng bản phát hành: ô 12 (PL I, I.III.3; nd30.md §2.10), printed after the Lưu line, e.g. `PL.(300)`.',
  });

/** Drafter code and copies issued. */
export type Drafter = z.infer<typeof DrafterSchema>;
