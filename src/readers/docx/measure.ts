import { advance } from '../../_lib/text-width.js';
import { MM_PER_POINT } from '../../formats/ooxml/units.js';
import type { RunProps } from './formatting.js';
import type { LineFormat, LinePiece } from './paragraph.js';

/**
 * Text measurement of the DOCX reader: what a line prints, each run at its size and weight (the
 * advances of `_lib/text-width.ts`), and the weights that tell a line bold or italic.
 *
 * @module
 */

/** Visible characters by weight, and by run (identity: one run of the file, one entry). */
export interface Weights {
  visible: number;
  bold: number;
  italic: number;
  runs: Map<RunProps, number>;
}

/** The weights of one line: its baseline text apart from its raised or lowered marks; what it prints. */
export interface LineWeights {
  readonly text: Weights;
  readonly marks: Weights;
  /** The line's runs of text and its tabs, measured when asked (see {@link printedWidthMm}). */
  readonly pieces: LinePiece[];
  /** Where the last tab went, in twips from the text area's edge, and the piece after it. */
  tabTwips: number;
  sinceTab: number;
  /** Offsets in the line of the tabs that print as a leader. */
  readonly leaders: number[];
}

export function lineWeights(startTwips = 0): LineWeights {
  return {
    text: { visible: 0, bold: 0, italic: 0, runs: new Map() },
    marks: { visible: 0, bold: 0, italic: 0, runs: new Map() },
    pieces: [],
    tabTwips: startTwips,
    sinceTab: 0,
    leaders: [],
  };
}

// Word's default tab stops, every half inch (settings.xml w:defaultTabStop, rarely changed).
export const DEFAULT_TAB_TWIPS = 720;

// A raised or lowered run prints at about two thirds of its size (underscores too: see BodyWalker.text).
export const MARK_SCALE = 0.65;

/**
 * The width of `pieces` from `from` on: printed (leading and trailing white space left out) and
 * whole, in millimetres, each run at its size and weight, a raised mark at two thirds.
 */
export function piecesMm(pieces: readonly LinePiece[], from = 0): { widthMm: number; wholeMm: number } {
  let width = 0;
  let trailing = 0;
  let whole = 0;
  let started = false;
  for (let k = from; k < pieces.length; k++) {
    const { text, props, advanceMm } = pieces[k]!;
    if (text === undefined || props === undefined) {
      whole += advanceMm ?? 0;
      if (started) trailing += advanceMm ?? 0;
      continue;
    }
    const bold = props.bold ?? false;
    const mmPerUnit = (((props.halfPoints ?? 24) / 2) * (props.vertAlign ? MARK_SCALE : 1) * MM_PER_POINT) / 1000;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Vietnamese letters are one UTF-16 unit each; a surrogate pair counts as two characters.
      const mm = advance(text[i]!, bold) * mmPerUnit;
      whole += mm;
      if (code === 32 || code === 9 || code === 160 || code === 10 || code === 13) {
        if (started) trailing += mm;
      } else {
        if (started) width += trailing;
        trailing = 0;
        width += mm;
        started = true;
      }
    }
  }
  return { widthMm: width, wholeMm: whole };
}

/**
 * Printed width of a line's text in millimetres, each run at its own size and weight (a raised
 * note number at two thirds), leading and trailing white space left out: what a line drawn under
 * it is compared with (nd30.md §3.4). Zero for a line without text of runs (a numbering label only).
 */
export function printedWidthMm(format: Pick<LineFormat, 'pieces'>): number {
  return piecesMm(format.pieces).widthMm;
}

/** The weights of a whole paragraph: its lines' added up. */
export function paragraphWeights(lines: readonly LineWeights[]): LineWeights {
  if (lines.length === 1) return lines[0]!;
  const out = lineWeights();
  for (const line of lines) {
    for (const key of ['text', 'marks'] as const) {
      const into = out[key];
      const from = line[key];
      into.visible += from.visible;
      into.bold += from.bold;
      into.italic += from.italic;
      for (const [props, count] of from.runs) into.runs.set(props, (into.runs.get(props) ?? 0) + count);
    }
  }
  return out;
}

/**
 * The formatting of a line from its weights: its baseline text's, or its marks' when it has no
 * other text. The templates of Phụ lục III number their notes with superscript digits typed in the
 * text, regular after a bold issuer ("TÊN CƠ QUAN, TỔ CHỨC" + "²"): the name is still bold.
 */
export function lineFormat(line: LineWeights, paragraphRun: RunProps): LineFormat {
  const { text, marks } = line;
  const weights = text.visible > 0 ? text : marks;
  let run: RunProps = paragraphRun;
  let most = -1;
  for (const [props, count] of weights.runs) {
    if (count > most) {
      most = count;
      run = props;
    }
  }
  const { visible, bold, italic } = weights;
  const format: Mutable<LineFormat> = {
    run,
    allBold: visible > 0 && bold === visible,
    allItalic: visible > 0 && italic === visible,
    noneBold: visible > 0 && bold === 0,
    pieces: line.pieces,
  };
  if (line.leaders.length > 0) format.leaderTabs = [...line.leaders];
  return format;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
