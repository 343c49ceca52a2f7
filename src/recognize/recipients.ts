import { PRINTED_PATHS } from '../model/source.js';
import { distributionLabelLength, isAuthorityCell, recipientsLabelLength } from './classify.js';
import { foldVi } from './cells.js';
import type { ReadContext } from './context.js';
import { type ListItem, readEntries } from './entries.js';

/**
 * "Kính gửi" (ô 9a): one addressee inline, or a dash list with `;` and a final `.` (PL I, I.II.9.a;
 * nd30.md §2.9). Lists without dashes (transcriptions drop them) are read by their `;` endings.
 *
 * @module
 */

// What only starts an addressee's name ("Các", "Sở", "Ủy ban", "Thuế"): an inline addressee ending so goes on.
const NAME_START_ONLY = /(?:^|\s)(?:cac|nhung|ong|ba|so|bo|uy ban|ban|cuc|chi cuc|phong|truong|cong ty|thue|quy)$/u;

/** Reads Kính gửi at cell `i`; returns the addressees and the index after them. */
export function readRecipients(
  ctx: ReadContext,
  i: number,
  base = 'recipients',
): { recipients: string[]; next: number } {
  const cells = ctx.cells;
  const label = cells[i]!;
  const labelLength = recipientsLabelLength(label)!;
  ctx.use(label);
  ctx.record(
    base === 'recipients' ? PRINTED_PATHS.recipientsHeading : `${base}.heading`,
    ctx.span(label, label, label.from, label.from + Math.min(labelLength, label.to - label.from)),
  );
  const items: ListItem[] = [];
  const inline = label.text.slice(labelLength).trim();
  // Several addressees on the "Kính gửi:" line are split at their ";" (PL I, I.II.9.a wants a list).
  if (inline) items.push({ first: label, last: label, at: label.from + labelLength, text: inline, inline: true });
  let j = i + 1;
  let dashed = /^[-–•+]/.test(inline);
  for (; j < cells.length && items.length < 60; j++) {
    const c = cells[j]!;
    if (c.rule) {
      if (items.length && /\.$/.test(items.at(-1)!.text)) break;
      continue;
    }
    const prev = items.at(-1);
    const dash = /^[-–•+]\s*/.test(c.text);
    if (distributionLabelLength(c) !== undefined || isAuthorityCell(c)) break;
    if (!prev) {
      if (inline) break;
      // "Kính gửi:" alone announces its list: blank and whitespace-only lines (web copies) may stand
      // before a dashed first entry; an undashed line that far down is the body.
      if (c.row > label.row + (dash ? 6 : 3)) break;
      dashed = dash;
      items.push({ first: c, last: c, at: c.from, text: c.text });
      continue;
    }
    const closed = /[;.]$/.test(prev.text);
    const gap = c.row > prev.last.row + 1;
    // A "." ends the list, unless another dash line follows right under it: an entry ended with "."
    // where ";" was due (a công điện's "- Bộ trưởng các Bộ….", then "- Chủ tịch …"), which the
    // validator reports; the entries after it are still addressees.
    if (/\.$/.test(prev.text) && !(dashed && dash && !gap)) break;
    // An inline addressee wrapped at the column edge: a short tail line right under a long line.
    // Its last line may end with the "." of the addressee ("Kính gửi: Thuế" / "tỉnh Đắk Lắk."), as may
    // the rest of an addressee cut after its first word ("Kính gửi: Các" / "Thuế tỉnh, thành phố.").
    // Or a name's last syllables alone on the next line with the "." ("Thuế tỉnh Hà" / "Tĩnh.").
    const cutShort =
      items.length === 1 &&
      (NAME_START_ONLY.test(foldVi(prev.text)) ||
        (/^\p{Lu}\S*(?: \S+)?\.$/u.test(c.text) && !/[.;:,]$/.test(prev.text)));
    // A line left open on a comma ("… các tỉnh: Hưng Yên," / "Ninh Bình, Bắc Ninh, …") goes on too.
    const tail = cutShort || /^\p{Ll}/u.test(c.text) || /,$/u.test(prev.text);
    const wrapEnds = tail ? /:$/ : /[.:]$/;
    const wrapped = tail
      ? c.text.length <= 60
      : label.text.length >= 40 && c.text.length <= 30 && c.text.split(' ').length <= 5;
    if (inline && !dashed && !dash && items.length === 1 && !closed && !gap && wrapped && !wrapEnds.test(c.text)) {
      prev.text = `${prev.text} ${c.text}`;
      prev.last = c;
      continue;
    }
    if (inline && !dashed && !dash) break;
    if (dash && (closed || !gap)) {
      dashed = true;
      items.push({ first: c, last: c, at: c.from, text: c.text });
      continue;
    }
    if (!dash && !closed && !gap) {
      prev.text = `${prev.text} ${c.text}`;
      prev.last = c;
      continue;
    }
    if (!dash && !dashed && /;$/.test(prev.text) && !gap && c.text.length < 200) {
      items.push({ first: c, last: c, at: c.from, text: c.text });
      continue;
    }
    break;
  }
  const recipients = readEntries(ctx, items, (k) => `${base}.${k}`);
  return { recipients, next: j };
}
