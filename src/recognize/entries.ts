import type { Cell } from './cells.js';
import type { ReadContext } from './context.js';

/**
 * Entries of the Kính gửi and Nơi nhận lists (PL I, I.II.9): the model keeps each entry without
 * its dash and end punctuation; its source keeps them, so that the validator can check the `;`
 * and `.` endings.
 *
 * @module
 */

/** A list entry as read: its cells, where its text starts, and its text (wrapped lines joined). */
export interface ListItem {
  readonly first: Cell;
  last: Cell;
  readonly at: number;
  text: string;
  /**
   * Several entries may share the line without dashes, separated by ";" ("Kính gửi: Sở Tài chính;
   * Sở Nội vụ."): each becomes its own entry, so that the validator sees several addressees inline.
   */
  readonly inline?: boolean;
}

/**
 * Entries run together on one line: "Bộ Quốc phòng; - Bộ Tài chính" is split after each ";" that a
 * dash follows; an inline item also after each ";" that a capital follows ("Sở Tài chính; Sở Nội vụ.").
 * The ";" that closes a character reference written out ("&amp;", "&#39;") is no entry end.
 */
function splitEntries(text: string, inline: boolean): string[] {
  if (text.includes('; -') || text.includes('; –')) return text.split(/(?<=;)(?<!&#?\w+;)\s+(?=[-–]\s)/u);
  return inline && /;\s+\p{Lu}/u.test(text) ? text.split(/(?<=;)(?<!&#?\w+;)\s+(?=\p{Lu})/u) : [text];
}

/** The entries of `items`, each recorded at `path(k)` with its raw text. */
export function readEntries(ctx: ReadContext, items: readonly ListItem[], path: (k: number) => string): string[] {
  const out: string[] = [];
  for (const item of items) {
    ctx.use(item.first, item.last);
    const parts = splitEntries(item.text, item.inline === true);
    let from = item.at;
    for (const entry of parts) {
      // "- - Sở Tài chính": a markdown list dash before the document's own (OCR to markdown) is dropped too.
      const text = entry
        .replace(/^(?:[-–•+]\s*)+/, '')
        .replace(/[;.,]+$/, '')
        .trim();
      if (!text) continue;
      // Entries split from one line get their own span; an entry wrapped over lines spans the whole item.
      const at = parts.length > 1 && item.first === item.last ? item.first.line.text.indexOf(entry, from) : -1;
      const span =
        at >= 0 ? ctx.span(item.first, item.first, at, at + entry.length) : ctx.span(item.first, item.last, item.at);
      if (at >= 0) from = at + entry.length;
      ctx.record(path(out.length), span);
      out.push(text);
    }
  }
  return out;
}
