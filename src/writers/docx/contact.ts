import { AlignmentType, BorderStyle, Paragraph } from 'docx';
import type { Contact } from '../../model/contact.js';
import { contactLines } from '../printed.js';
import { type Look, run } from './compose.js';
import type { WriteContext } from './context.js';

/**
 * The contact block (ô 13; PL I, I.III.4; nd30.md §2.10): address, ĐT, Fax, E-Mail, Website in
 * 11–12 pt under a solid line across the whole text width, at the foot of page 1 only: the first
 * page's footer, as agency templates set it (the DOCX reader reads it back from there).
 *
 * @module
 */

const FIELDS = ['address', 'phone', 'fax', 'email', 'website'] as const;

/** The contact lines, the first with the full-width line above it. */
export function contactBlock(contact: Contact | undefined, ctx: WriteContext): Paragraph[] {
  if (!contact) return [];
  const look: Look = { sizePt: ctx.options.sizes.contact, alignment: 'left' };
  const lines = contactLines(contact);
  FIELDS.filter((f) => contact[f] !== undefined).forEach((field) =>
    ctx.intent.record(`contact.${field}`, look, 'page-footer'),
  );
  return lines.map(
    (text, i) =>
      new Paragraph({
        // Stated, as the layout intent states it, rather than left to the style.
        alignment: AlignmentType.LEFT,
        ...(i === 0 && { border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } } }),
        ...(i < lines.length - 1 && { keepNext: true }),
        children: [run(text, look)],
      }),
  );
}
