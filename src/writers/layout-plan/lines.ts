import { InvalidArgumentError } from '../../errors.js';
import { textWidthMm } from '../../_lib/text-width.js';

/**
 * Where the lines of a centred text break: at the breaks the model gives ("\n" in a name, a trích
 * yếu, a title), and, where a line is too long for its column, in lines of even length, so that a
 * name never ends with one word alone ("SỞ THÔNG TIN VÀ TRUYỀN / THÔNG" becomes "SỞ THÔNG TIN / VÀ
 * TRUYỀN THÔNG"). Widths come from the shared Times New Roman estimate, so the DOCX and the PDF
 * break at the same words.
 *
 * @module
 */

/** How a writer breaks centred lines too long for their column. */
export type LineBreaking = 'balanced' | 'greedy';

/**
 * The share of a column a balanced line may fill: the width estimate is within about 2% of Times New
 * Roman, and a line that the word processor finds a hair too long would wrap once more.
 */
export const BALANCE_FILL = 0.96;

/** The lines the model gives: "\n" breaks a line; each line trimmed, empty ones dropped. */
export function givenLines(text: string): string[] {
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0);
  return lines.length > 0 ? lines : [text.trim()];
}

/** How a centred text is set: its given lines, in a box narrowed so the word processor breaks them evenly. */
export interface CentredBox {
  /** The lines the model gives (its "\n"), each set as a line of its own (a forced break). */
  readonly lines: string[];
  /** Indent on each side of the column, in millimetres: the box the lines wrap in is centred in it. */
  readonly indentMm: number;
  /** The width the short line under the text is measured against: its last given line, at most the column. */
  readonly textMm: number;
}

/**
 * How `text` is set centred in a column `columnMm` wide at `sizePt` (bold or not): at the breaks
 * the model gives, and, where a line is too long for the column, in a box narrowed to the width of
 * its balanced lines (see {@link balance}), so that the word processor (or the PDF writer, with the
 * same greedy filling) wraps it into as few lines as it must, of even length, with no word alone on
 * the last. No forced break is added: a reader reads the name as the one line it is. With
 * `greedy`, the full column.
 */
export function centredBox(
  text: string,
  columnMm: number,
  sizePt: number,
  bold: boolean,
  breaking: LineBreaking = 'balanced',
): CentredBox {
  const lines = givenLines(text);
  const width = (t: string) => textWidthMm(t, sizePt, bold);
  const room = columnMm * BALANCE_FILL;
  let widest = 0;
  let wraps = false;
  for (const line of lines) {
    const broken = balance(line, room, width);
    if (broken.length > 1) wraps = true;
    widest = Math.max(widest, ...broken.map(width));
  }
  // The short line under a centred text is measured against its last given line as one line, capped
  // at the column: what a reader measures of a paragraph that wraps (the line Decree 30 draws 1/3–1/2 of).
  const textMm = Math.min(width(lines.at(-1)!), columnMm);
  if (breaking === 'greedy' || !wraps) return { lines, indentMm: 0, textMm };
  // The box: the balanced lines' width and the estimate's margin (the word processor measures a hair wider).
  const box = Math.min(columnMm, widest / BALANCE_FILL);
  return { lines, indentMm: Math.max(0, (columnMm - box) / 2), textMm };
}

/** `line` broken in balanced lines of at most `room` (as measured by `width`), or whole when it fits. */
export function balance(line: string, room: number, width: (text: string) => number): string[] {
  if (width(line) <= room) return [line];
  const words = line.split(' ');
  const count = greedyCount(words, room, width);
  if (count <= 1 || count > words.length) return [line];
  // best[k][i]: the smallest longest line setting words[0..i) in k lines; from[k][i]: where the last starts.
  const n = words.length;
  // Widths add up letter by letter in the estimate: a line is its words and the spaces between.
  const space = width(' ');
  const prefix = [0];
  for (const word of words) prefix.push(prefix.at(-1)! + width(word));
  const span = (a: number, b: number) => prefix[b]! - prefix[a]! + space * (b - a - 1);
  const best: number[][] = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= count; k++)
    for (let i = k; i <= n; i++)
      for (let j = k - 1; j < i; j++) {
        const prev = best[k - 1]![j]!;
        if (prev === Infinity) continue;
        const w = span(j, i);
        if (w > room && i - j > 1) continue;
        const worst = Math.max(prev, w);
        // Ties go to the longer last line: a short tail is what balancing is for.
        if (worst < best[k]![i]! - 1e-9) {
          best[k]![i] = worst;
          from[k]![i] = j;
        }
      }
  if (best[count]![n] === Infinity) return [line];
  const lines: string[] = [];
  let end = n;
  for (let k = count; k >= 1; k--) {
    const start = from[k]![end]!;
    lines.unshift(words.slice(start, end).join(' '));
    end = start;
  }
  return lines;
}

/** How many lines filling each as full as it goes takes (the fewest there can be). */
function greedyCount(words: readonly string[], room: number, width: (text: string) => number): number {
  let lines = 1;
  let current = '';
  for (const word of words) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && width(next) > room) {
      lines++;
      current = word;
    } else current = next;
  }
  return lines;
}

/** The `lineBreaking` option, `balanced` by default; anything else is refused. */
export function lineBreakingOf(value: LineBreaking | undefined): LineBreaking {
  if (value === undefined) return 'balanced';
  if (value !== 'balanced' && value !== 'greedy')
    throw new InvalidArgumentError(`lineBreaking must be 'balanced' or 'greedy', not ${String(value)}`);
  return value;
}

/** `look` set in `box`: its left and right indents narrow the paragraph to the box (indents in centimetres). */
export function inBox<L extends { readonly indentCm?: { readonly left?: number; readonly right?: number } }>(
  look: L,
  box: CentredBox,
): L {
  if (box.indentMm <= 0) return look;
  const cm = Math.round(box.indentMm * 100) / 1000;
  return { ...look, indentCm: { ...look.indentCm, left: cm, right: cm } };
}
