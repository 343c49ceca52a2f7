import { z } from 'zod';
import { BlockSchema } from './block.js';
import { TextSchema } from './primitives.js';

/**
 * A phụ lục (PL I, I.III.1; Mẫu 2.1 / 2.2; nd30.md §5.1): its own heading block, its own body
 * and its own page numbering.
 */
export const AppendixSchema = z
  .object({
    /** The number after "Phụ lục": Roman when there are two or more ("I", "II"); absent for a single one. */
    number: TextSchema.optional(),
    /** The appendix title, upper case. */
    title: TextSchema.optional(),
    /** The "(Kèm theo …)" line without its parentheses, filled on paper, left unfilled on electronic documents. */
    reference: TextSchema.optional(),
    /** The appendix content. */
    body: z.array(BlockSchema).default([]),
    /** Issued as a separate file: signed on its own, with the 10 pt signing line top right (nd30.md §4.4). */
    separateFile: z.boolean().optional(),
  })
  .meta({ id: 'Appendix' });

/** An appendix. */
export type Appendix = z.infer<typeof AppendixSchema>;
