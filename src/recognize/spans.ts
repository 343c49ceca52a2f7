import type { SourceRange, SourceSpan } from '../model/source.js';
import type { TextLine } from './lines.js';

/**
 * Source spans in the original input from positions in normalised lines.
 *
 * @module
 */

/** Finds line and column of an offset of the original input (binary search over line starts). */
export class Locator {
  private readonly lineStarts: number[] = [0];
  constructor(private readonly input: string | undefined) {
    if (input === undefined) return;
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** 1-based line and column of `offset`. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** The span from `offset` to `end` of the input, or of `fallback` text when the input is unknown. */
  span(
    offset: number,
    end: number,
    fallback: () => { raw: string; line: number; column: number; endLine: number; endColumn: number },
  ): SourceSpan {
    if (this.input === undefined) {
      const f = fallback();
      return { offset, end, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, raw: f.raw };
    }
    const a = this.position(offset);
    const b = this.position(end);
    return {
      offset,
      end,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      raw: this.input.slice(offset, end),
    };
  }
}

/** A range of characters [from, to) inside one line. */
export interface LinePart {
  readonly line: TextLine;
  readonly from: number;
  readonly to: number;
}

/** Offset in the input of character `index` of `line`. */
export function startOf(line: TextLine, index: number): number {
  return line.map
    ? (line.map.start[index] ?? line.map.end[line.map.end.length - 1] ?? line.offset)
    : line.offset + index;
}

/** Offset in the input just past character `index - 1` of `line`. */
export function endOf(line: TextLine, index: number): number {
  if (index <= 0) return startOf(line, 0);
  return line.map ? (line.map.end[index - 1] ?? line.offset) : line.offset + index;
}

/** The span covering parts from the first to the last (in input order). */
export function spanOf(locator: Locator, first: LinePart, last: LinePart = first): SourceSpan {
  const offset = startOf(first.line, first.from);
  const end = Math.max(offset, endOf(last.line, last.to));
  return locator.span(offset, end, () => ({
    raw:
      first.line === last.line
        ? first.line.text.slice(first.from, last.to)
        : `${first.line.text.slice(first.from)}\n${last.line.text.slice(0, last.to)}`,
    line: first.line.line,
    column: first.from + 1,
    endLine: last.line.line,
    endColumn: last.to + 1,
  }));
}

/** The range part of a span. */
export function rangeOf(span: SourceSpan): SourceRange {
  const { offset, end, line, column, endLine, endColumn } = span;
  return { offset, end, line, column, endLine, endColumn };
}
