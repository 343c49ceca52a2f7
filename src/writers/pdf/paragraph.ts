import type { DrawItem } from './flow.js';
import { type FontSet, type FontStyle, styleOf } from './fonts.js';
import type { Look, ParagraphLine, Run } from './pieces.js';
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

/** A word with the face it is set in. */
interface Word {
  readonly text: string;
  readonly style: FontStyle;
  readonly width: number;
}

/**
 * Sets `texts` (one entry a forced line, text in `look` or runs of their own weight) in `look` in
 * a column `widthPt` wide at `x`.
 */
export function setParagraph(
  texts: readonly ParagraphLine[],
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
  const lines: { words: Word[]; start: number; available: number; justify: boolean }[] = [];
  let first = true;
  for (const entry of texts) {
    const runs: readonly Run[] = typeof entry === 'string' ? [{ text: entry }] : entry;
    const words: Word[] = runs.flatMap((run) => {
      const runStyle = typeof entry === 'string' ? style : styleOf(run.bold ?? look.bold, run.italic ?? look.italic);
      // Tabs and line ends inside a text are spaces here: the model's lines are already split.
      return fonts
        .drawable(run.text.replace(/[\t\r\n]/g, ' '), runStyle, field)
        .split(' ')
        .map((w) => ({ text: w, style: runStyle, width: fonts.width(w, runStyle, size) }));
    });
    let current: Word[] = [];
    let used = 0;
    const start = () => left + (first ? firstLine : 0);
    const available = () => widthPt - start() - right;
    const flush = (justify: boolean) => {
      lines.push({ words: current, start: start(), available: available(), justify });
      first = false;
      current = [];
      used = 0;
    };
    for (const word of words) {
      if (current.length > 0 && used + space + word.width > available() + 0.01) flush(look.alignment === 'justify');
      used += (current.length > 0 ? space : 0) + word.width;
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
    if (line.words.some((w) => w.text.length > 0)) {
      // Measured as whole runs of one face, with the kerning pdfkit draws them with.
      const segments = faceRuns(line.words);
      const natural =
        segments.reduce((n, seg) => n + fonts.width(seg.text, seg.style, size), 0) + space * (segments.length - 1);
      const gaps = line.justify ? line.words.length - 1 : 0;
      let dx = line.start;
      if (look.alignment === 'center') dx += (line.available - natural) / 2;
      else if (look.alignment === 'right') dx += line.available - natural;
      const wordSpacing = gaps > 0 ? Math.max(0, (line.available - natural) / gaps) : 0;
      // One text object a run of words in one face, a justified line stretched at its spaces.
      for (const seg of segments) {
        items.push({
          kind: 'text',
          x: x + dx,
          y,
          text: seg.text,
          style: seg.style,
          sizePt: size,
          ...(look.color && { color: look.color }),
          ...(wordSpacing > 0 && seg.words > 1 && { wordSpacing }),
        });
        dx += fonts.width(seg.text, seg.style, size) + wordSpacing * (seg.words - 1) + space + wordSpacing;
      }
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

/** The words of a line as runs of one face: their text (words joined by a space) and how many words. */
function faceRuns(words: readonly Word[]): { text: string; style: FontStyle; words: number }[] {
  const runs: { text: string; style: FontStyle; words: number }[] = [];
  for (const word of words) {
    const last = runs.at(-1);
    if (last && last.style === word.style) {
      last.text += ` ${word.text}`;
      last.words++;
    } else runs.push({ text: word.text, style: word.style, words: 1 });
  }
  return runs;
}
