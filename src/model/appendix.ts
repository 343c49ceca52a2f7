import { z } from 'zod';
import { BlockSchema } from './block.js';
import { TextSchema } from './primitives.js';

/**
 * A phụ lục (PL I, I.III.1; Mẫu 2.1 / 2.2; nd30.md §5.1): its own heading block, its own body
 * and its own page numbering.
 */
export const AppendixSchema = z
  .object({
    number: TextSchema.optional().describe(
      'The number after "Phụ lục": Roman when there are two or more ("I", "II"); absent for a single one.',
    ),
    title: TextSchema.optional().describe('The appendix title, upper case.'),
    reference: TextSchema.optional().describe(
      'The line under the appendix title that ties it to the main document, without its parentheses: "Kèm theo Quyết định số 12/QĐ-UBND ngày 09 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Quảng Ngãi". Filled on paper; left with dots on an electronic document, whose number and date the system gives (nd30.md §5.1).',
    ),
    body: z.array(BlockSchema).default([]).describe('The appendix content.'),
    separateFile: z
      .boolean()
      .optional()
      .describe('Issued as a separate file: signed on its own, with the 10 pt signing line top right (nd30.md §4.4).'),
  })
  .meta({
    id: 'Appendix',
    description:
      'A phụ lục (PL I, I.III.1; Mẫu 2.1 / 2.2; nd30.md §5.1): its own heading block, its own body and its own page numbering.',
  });

/** An appendix. */
export type Appendix = z.infer<typeof AppendixSchema>;
