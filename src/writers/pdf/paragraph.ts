import type { DrawItem } from './flow.js';
import { type FontSet, styleOf } from './fonts.js';
import type { Look } from './pieces.js';
import { ptFromCm, ptFromMm } from './units.js';

/**
 * A paragraph set in a column: lines broken at spaces only (a Vietnamese syllable or a code such
 * as 33/CĐ-TTg is never split), justified lines stretched at their spaces, the first line indented
 * or hanging, each line as high as the font's single line times the spacing.
 *
 * @module
 */

/** One line of a paragraph: its height, the paragraph's spacing on the first and last, what it draws. */
export interface SetLine {
  readonly before: number;
  readonly height: number;
  readonly after: number;
  readonly items: DrawItem[];
}

/** The box line and its distance from the text, as the DOCX writer's stamp borders (1 pt, 1 pt apart). */
const BOX_PT = 1;

/** Sets `texts` (one entry a forced line) in `look` in a column `widthPt` wide at `x`. */
export function setParagraph(
  texts: readonly string[],
  look: Look,
  field: string,
  x: number,
  widthPt: number,
  fonts: FontSet,
): SetLine[] {
  const style = styleOf(look.bold, look.italic);
  const size = look.sizePt;
  const left = ptFromCm(look.indentCm?.left ?? 0);
  const right = ptFromCm(look.indentCm?.right ?? 0);
  const firstLine = ptFromCm(look.indentCm?.firstLine ?? 0);
  const spacing = look.spacing ?? {};
  const single = fonts.lineHeight(style, size);
  const height = spacing.exactPt ?? single * (spacing.line ?? 1);
  const ascent = fonts.ascent(style, size);
  // Exact heights (the stamps) centre the text's ascent and descent in the line.
  const baseline = spacing.exactPt === undefined ? ascent : (height - ascent - fonts.descent(style, size)) / 2 + ascent;
  const space = fonts.width(' ', style, size);
  const lines: { text: string; start: number; available: number; justify: boolean }[] = [];
  let first = true;
  for (const raw of texts) {
    // Tabs and line ends inside a text are spaces here: the model's lines are already split.
    const words = fonts.drawable(raw.replace(/[\t\r\n]/g, ' '), style, field).split(' ');
    let current: string[] = [];
    let used = 0;
    const start = () => left + (first ? firstLine : 0);
    const available = () => widthPt - start() - right;
    const flush = (justify: boolean) => {
      lines.push({ text: current.join(' '), start: start(), available: available(), justify });
      first = false;
      current = [];
      used = 0;
    };
    for (const word of words) {
      const w = fonts.width(word, style, size);
      if (current.length > 0 && used + space + w > available() + 0.01) flush(look.alignment === 'justify');
      used += (current.length > 0 ? space : 0) + w;
      current.push(word);
    }
    flush(false);
  }
  const boxed = look.box;
  const boxHeight = boxed ? ptFromMm(boxed.heightMm) : 0;
  return lines.map((line, i) => {
    const items: DrawItem[] = [];
    // A box is drawn outside the paragraph's line, as Word and LibreOffice draw a paragraph border.
    const lineHeight = boxed ? boxHeight + 2 * BOX_PT : height;
    const y = boxed ? BOX_PT + (boxHeight - height) / 2 + baseline : baseline;
    if (line.text.length > 0) {
      const natural = fonts.width(line.text, style, size);
      const gaps = line.justify ? line.text.split(' ').length - 1 : 0;
      let dx = line.start;
      if (look.alignment === 'center') dx += (line.available - natural) / 2;
      else if (look.alignment === 'right') dx += line.available - natural;
      const wordSpacing = gaps > 0 ? Math.max(0, (line.available - natural) / gaps) : 0;
      items.push({
        kind: 'text',
        x: x + dx,
        y,
        text: line.text,
        style,
        sizePt: size,
        ...(look.color && { color: look.color }),
        ...(wordSpacing > 0 && { wordSpacing }),
      });
    }
    if (boxed)
      items.push({
        kind: 'box',
        x: x + left,
        y: BOX_PT,
        w: ptFromMm(boxed.widthMm),
        h: boxHeight,
        widthPt: BOX_PT,
        ...(look.color && { color: look.color }),
      });
    return {
      before: i === 0 ? (spacing.beforePt ?? 0) : 0,
      height: lineHeight,
      after: i === lines.length - 1 ? (spacing.afterPt ?? 0) : 0,
      items,
    };
  });
}
