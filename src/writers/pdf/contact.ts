import type { Contact } from '../../model/contact.js';
import { CONTACT_RULE } from '../layout-plan/index.js';
import { contactLines } from '../printed.js';
import type { PdfContext } from './context.js';
import type { DrawItem } from './flow.js';
import { stack } from './layout.js';

/**
 * The contact block (ô 13; PL I, I.III.4; nd30.md §2.10): address, ĐT, Fax, E-Mail, Website in
 * 11–12 pt under a solid line across the text width, at the foot of page 1 only (the first page's
 * footer of the DOCX writer).
 *
 * @module
 */

/** The block's drawing from its top (the line) at `x`, and its height. */
export function contactFooter(
  contact: Contact | undefined,
  x: number,
  widthPt: number,
  ctx: PdfContext,
): { items: DrawItem[]; height: number } | undefined {
  if (!contact) return undefined;
  const lines = contactLines(contact);
  if (lines.length === 0) return undefined;
  const text = stack(
    lines.map((line) => ({
      type: 'para' as const,
      texts: [line],
      look: { sizePt: ctx.options.sizes.contact, alignment: 'left' as const },
      field: 'contact',
    })),
    x,
    widthPt,
    ctx.fonts,
  );
  const top = CONTACT_RULE.WIDTH_PT + CONTACT_RULE.SPACE_PT;
  const y = CONTACT_RULE.WIDTH_PT / 2;
  return {
    items: [
      { kind: 'line', x1: x, y1: y, x2: x + widthPt, y2: y, widthPt: CONTACT_RULE.WIDTH_PT },
      ...text.items.map((item) => (item.kind === 'text' ? { ...item, y: item.y + top } : item)),
    ],
    height: top + text.height,
  };
}
