import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';

/** The message of a date not written yyyy-mm-dd (the model check adds what was found and its ISO form). */
export const DATE_FORM_MESSAGE = 'date must be written yyyy-mm-dd';

/** A calendar date written `yyyy-mm-dd` that exists (2024-02-30 is refused). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_FORM_MESSAGE, abort: true })
  // Checked only when the form is right: "15/05/2024" gets one message, about its form.
  .refine(isExistingDate, { message: 'date does not exist' })
  // `format: date` tells JSON Schema and the XSD generator (xs:date) that the day must exist.
  .meta({ description: 'Calendar date, ISO 8601 yyyy-mm-dd.', format: 'date', examples: ['2024-04-09'] });

/** True when `yyyy-mm-dd` names a real day; parseISO rolls 2024-02-30 over to 03-01, so compare back. */
export function isExistingDate(iso: string): boolean {
  const d = parseISO(iso);
  if (!isValid(d)) return false;
  const back = `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return back === iso;
}

/** A moment with its offset, ISO 8601, e.g. `2024-02-05T14:30:15+07:00` (nd30.md §4.4). */
export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .meta({ description: 'Moment with time-zone offset, ISO 8601.', examples: ['2024-02-05T14:30:15+07:00'] });

/** Non-empty text after trimming. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');

/** An image embedded in the document (signature, seal), base64 encoded. */
export const ImageSchema = z
  .object({
    mediaType: z
      .enum(['image/png', 'image/jpeg'])
      .describe('Media type; Decree 30 asks for PNG with a transparent background (PL I, I.II.7.d, I.II.8).'),
    data: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
      .describe('The image bytes, base64.'),
    widthMm: z
      .number()
      .positive()
      .optional()
      .describe('Printed width in millimetres (a seal is shown at its real size).'),
    heightMm: z.number().positive().optional().describe('Printed height in millimetres.'),
  })
  .meta({
    id: 'Image',
    description: 'An image embedded in the document (signature, seal), base64 encoded.',
  });

/** An embedded image. */
export type Image = z.infer<typeof ImageSchema>;
