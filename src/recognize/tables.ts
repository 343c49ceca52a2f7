import type { Block } from '../model/block.js';
import type { Cell } from './cells.js';
import { distributionLabelLength, isArchiveCell, isAuthorityCell, recipientsLabelLength } from './classify.js';
import type { ReadContext } from './context.js';

/**
 * Tables of the body (ô 6) written as pipe rows: "| a | b |" one row a line, as the text writer
 * prints a TableBlock and as markdown and the DOCX reader give a data table; a markdown separator
 * row ("|---|---|") under the first row makes it the header. "\|" is a pipe inside a cell. The
 * two-column layout tables of the header and the closing block (markdown copies of the Mẫu) are
 * not data tables: a run of rows holding a closing part (Nơi nhận, Lưu, an authority line) or
 * Kính gửi is left to the readers of those parts.
 *
 * @module
 */

/** A table block of the model. */
type TableBlock = Extract<Block, { type: 'table' }>;

/** A table found in the cells: its block and its first and last cells. */
export interface TableRun {
  readonly block: TableBlock;
  readonly first: Cell;
  readonly last: Cell;
  /** Offsets of the table's text in the first line and the last line. */
  readonly from: number;
  readonly to: number;
}

const SEPARATOR_ROW = /^\|\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u;

/** Whether the line's first character other than a space is "|" (checked before anything is built: this runs on every line). */
function startsWithPipe(line: string): boolean {
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c !== 32 && c !== 9) return c === 124;
  }
  return false;
}

/** The cells of a pipe row "| a | b |", unescaped and single-spaced, or undefined when the line is no pipe row. */
export function pipeCells(line: string): string[] | undefined {
  if (!startsWithPipe(line)) return undefined;
  const t = line.trim();
  if (t.length < 2 || t.charCodeAt(0) !== 124 || t.charCodeAt(t.length - 1) !== 124 || t[t.length - 2] === '\\')
    return undefined;
  if (SEPARATOR_ROW.test(t)) return undefined;
  const cells: string[] = [];
  let cell = '';
  for (let k = 1; k < t.length; k++) {
    const ch = t[k]!;
    if (ch === '\\' && t[k + 1] === '|') {
      cell += '|';
      k++;
    } else if (ch === '|') {
      cells.push(cell.replace(/\s+/gu, ' ').trim());
      cell = '';
    } else cell += ch;
  }
  return cells;
}

/** A markdown separator row: "|---|---|", "| :--- | ---: |" (with its leading pipe). */
export function isSeparatorRow(line: string): boolean {
  if (!startsWithPipe(line)) return false;
  const t = line.trim();
  return t.includes('|') && t.includes('---') && SEPARATOR_ROW.test(t);
}

/** Escapes the pipes of a cell's text for a pipe row ("a|b" → "a\|b"). */
export function escapeCell(text: string): string {
  return text.replace(/\|/gu, '\\|');
}

/** A cell that belongs to another part: then its row is a layout table, not a data table. */
function ownedElsewhere(ctx: ReadContext, cell: Cell): boolean {
  if (cell.rule) return false;
  if (ctx.used[cell.id]) return true;
  return (
    distributionLabelLength(cell) !== undefined ||
    recipientsLabelLength(cell) !== undefined ||
    isAuthorityCell(cell) ||
    isArchiveCell(cell)
  );
}

/**
 * Whether cell `k` begins after the start of its line: another cell stands before it, other than
 * one leading rule cell (the row's opening "|"). Two cells back at most: a line of a million
 * pieces is not walked for each of them.
 */
function begunBefore(cells: readonly Cell[], k: number): boolean {
  const row = cells[k]!.row;
  const before = cells[k - 1];
  if (before?.row !== row) return false;
  return !before.rule || cells[k - 2]?.row === row;
}

/**
 * The tables among the cells `[from, to)`, by the id of their first cell. Each line is looked at
 * once: a row that cannot belong to a table ends the run before it.
 */
export function findTables(ctx: ReadContext, from: number, to: number): Map<number, TableRun> {
  const cells = ctx.cells;
  const out = new Map<number, TableRun>();
  let k = from;
  while (k < to) {
    const start = cells[k]!;
    // A row starts at its line's first cell: a line begun outside the range is not the range's to read
    // (its leading "|" alone, a rule cell, begins nothing).
    if (begunBefore(cells, k) || !isTableLine(start.line.text)) {
      k++;
      continue;
    }
    const rows: string[][] = [];
    let header = false;
    let last: Cell | undefined;
    let lastText = '';
    let j = k;
    let row = start.row;
    while (j < to && cells[j]!.row === row && isTableLine(cells[j]!.line.text)) {
      let end = j;
      let owned = false;
      for (; end < cells.length && cells[end]!.row === row; end++) if (ownedElsewhere(ctx, cells[end]!)) owned = true;
      if (owned || end > to) break;
      const text = cells[j]!.line.text;
      const parsed = pipeCells(text);
      if (parsed) rows.push(parsed);
      // GitHub-style markdown: a separator under the first row makes it the header.
      else if (rows.length === 1 && !header) header = true;
      last = cells[end - 1]!;
      lastText = text;
      j = end;
      row++;
    }
    // One cell alone ("| 5 |") is no table unless a separator says so.
    if (last && rows.length > 0 && (rows.length > 1 || rows[0]!.length > 1 || header)) {
      const firstText = start.line.text;
      const from = firstText.length - firstText.trimStart().length;
      const to = lastText.trimEnd().length;
      out.set(start.id, {
        block: { type: 'table', rows, ...(header && { header: true }) },
        first: start,
        last,
        from,
        to,
      });
    }
    k = Math.max(j, k + 1);
  }
  return out;
}

/** A pipe row or a separator row. */
export function isTableLine(text: string): boolean {
  return pipeCells(text) !== undefined || isSeparatorRow(text);
}
