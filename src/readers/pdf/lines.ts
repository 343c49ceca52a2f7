import type { SourceSpan } from '../../model/source.js';
import type { TextLine } from '../text/lines.js';
import type { PlacedLine } from './bands.js';
import type { FontFace } from './fonts.js';
import type { TextChunk } from './operators.js';
import { styleOf } from './rows.js';

/**
 * Placed lines to the text reader's lines: a synthetic text of the lines joined with "\n" (as the
 * DOCX reader joins its paragraphs), each line hinted with its region and weight, and carrying its
 * page and box so that every source can point at the page.
 *
 * @module
 */

/** A box on a page in millimetres from its top-left corner. */
export interface PdfBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of a PDF page: a text line with the page (0-based) and the box it stands in. */
export interface PdfLine extends TextLine {
  readonly page: number;
  readonly box: PdfBox;
}

/** A source of a PDF: the range in the synthetic text, with the page and box of the text. */
export interface PdfSourceSpan extends SourceSpan {
  /** 0-based page index of the span's first line. */
  readonly page?: number;
  /** The box of the span's lines on that page (their union), in millimetres from the top-left. */
  readonly box?: PdfBox;
}

const PT_TO_MM = 25.4 / 72;
// Times New Roman's ascent and descent, in em: a line's box from its baseline.
const ASCENT = 0.891;
const DESCENT = 0.216;

/** The box of a placed line, in millimetres. */
export function lineBox(line: PlacedLine): PdfBox {
  const x0 = Math.min(...line.segments.map((s) => s.x0));
  const x1 = Math.max(...line.segments.map((s) => s.x1));
  const size = line.row.size;
  return {
    x: mm(x0),
    y: mm(line.row.y - ASCENT * size),
    width: mm(x1 - x0),
    height: mm((ASCENT + DESCENT) * size),
  };
}

/** The lines, their synthetic text, and the line at an offset of it. */
export interface PdfLines {
  readonly lines: PdfLine[];
  readonly input: string;
  /** Index of the line holding `offset`. */
  readonly lineAt: (offset: number) => number | undefined;
  /** Index of the placed line holding `offset` (a blank line belongs to the line after it). */
  readonly placedAt: (offset: number) => number | undefined;
}

// Two lines of the page further apart than the page's usual line pitch by this share of the font
// size stand in two paragraphs: a blank line between them, as pdftotext -layout prints one, tells
// the text reader where a title or a trích yếu ends. So does a bold centred line followed by a regular one.
const PARAGRAPH_GAP_EM = 0.3;

/** The usual distance between baselines of consecutive lines of the page, in font sizes. */
function usualPitch(placed: readonly PlacedLine[]): number {
  const ratios: number[] = [];
  for (let k = 1; k < placed.length; k++) {
    const [a, b] = [placed[k - 1]!, placed[k]!];
    if (a.page !== b.page || a.region !== 'page' || b.region !== 'page' || Math.abs(a.row.size - b.row.size) > 0.6)
      continue;
    const r = (b.row.y - a.row.y) / b.row.size;
    if (r > 0.8 && r < 3) ratios.push(r);
  }
  if (ratios.length === 0) return 1.2;
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 4)]!;
}

/** Builds the text reader's lines from the placed lines. */
export function toPdfLines(placed: readonly PlacedLine[], faceOf: (c: TextChunk) => FontFace): PdfLines {
  const lines: PdfLine[] = [];
  const starts: number[] = [];
  const owners: number[] = [];
  let offset = 0;
  const pitch = usualPitch(placed);
  let beforeBold: boolean | undefined;
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const p of placed)
    for (const seg of p.segments) {
      x0 = Math.min(x0, seg.x0);
      x1 = Math.max(x1, seg.x1);
    }
  const centre = (x0 + x1) / 2;
  const centred = (p: PlacedLine) => Math.abs((p.row.x0 + p.row.x1) / 2 - centre) <= 6 && p.row.x0 > x0 + 6;
  placed.forEach((p, index) => {
    const before = placed[index - 1];
    const style = styleOf(
      p.segments.flatMap((s) => s.chunks),
      faceOf,
    );
    if (
      before &&
      before.page === p.page &&
      before.region === 'page' &&
      p.region === 'page' &&
      (p.row.y - before.row.y > (pitch + PARAGRAPH_GAP_EM) * Math.max(p.row.size, before.row.size) ||
        (beforeBold === true && style.bold === false && centred(before)))
    ) {
      lines.push({
        text: '',
        offset,
        line: lines.length + 1,
        raw: '',
        hints: { region: 'page' },
        page: p.page,
        box: lineBox(p),
      });
      starts.push(offset);
      owners.push(index);
      offset += 1;
    }
    beforeBold = style.bold;
    lines.push({
      text: p.text,
      offset,
      line: lines.length + 1,
      raw: p.text,
      hints: {
        region: p.region,
        ...(style.bold !== undefined && { bold: style.bold }),
        ...(style.italic === true && { italic: true }),
      },
      page: p.page,
      box: lineBox(p),
    });
    starts.push(offset);
    owners.push(index);
    offset += p.text.length + 1;
  });
  const lineAt = (at: number): number | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const placedAt = (at: number): number | undefined => {
    const k = lineAt(at);
    return k === undefined ? undefined : owners[k];
  };
  return { lines, input: lines.map((l) => l.text).join('\n'), lineAt, placedAt };
}

/** A source span with the page and the box of the lines it covers (those on its first line's page). */
export function withPlace(
  span: SourceSpan,
  lines: readonly PdfLine[],
  lineAt: (offset: number) => number | undefined,
): PdfSourceSpan {
  const first = lineAt(span.offset);
  const last = lineAt(Math.max(span.offset, span.end - 1));
  if (first === undefined) return span;
  const page = lines[first]!.page;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let k = first; k <= (last ?? first); k++) {
    const l = lines[k]!;
    if (l.page !== page) break;
    x0 = Math.min(x0, l.box.x);
    y0 = Math.min(y0, l.box.y);
    x1 = Math.max(x1, l.box.x + l.box.width);
    y1 = Math.max(y1, l.box.y + l.box.height);
  }
  return { ...span, page, box: { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) } };
}

function mm(pt: number): number {
  return round(pt * PT_TO_MM);
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
