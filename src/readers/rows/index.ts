import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { LimitExceededError, VanbanError } from '../../errors.js';
import type { RowValue, TemplateRow } from '../../model/template.js';

/**
 * The rows of a table for a batch (`documentsFromRows`): a CSV text (papaparse: quoted cells with
 * commas and line breaks, the delimiter told from the text, as Excel and Google Sheets export) or
 * an XLSX workbook's first sheet (read-excel-file). The first row names the columns.
 *
 * @module
 */

/** A table read from a CSV or XLSX file: its column names (first row) and its rows by column name. */
export interface TableRows {
  /** Column names as the first row gives them, trimmed; empty names dropped. */
  readonly columns: readonly string[];
  /** One record a row below the header, its cells by column name; blank rows left out. */
  readonly rows: readonly TemplateRow[];
}

/** Options of {@link rowsFromCsv} and {@link rowsFromXlsx}. */
export interface RowsOptions {
  /** Most rows read (a safeguard against a file that is not the list meant); default 100 000. */
  readonly maxRows?: number;
}

/** Thrown when a file holds no table of rows (no header row, an unclosed quote, not an XLSX). */
export class RowsError extends VanbanError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('rows/unreadable', message, options);
  }
}

const DEFAULT_MAX_ROWS = 100_000;

/**
 * The rows of a CSV text: the first row names the columns; the delimiter (",", ";", tab) is told
 * from the text; a byte order mark is dropped.
 *
 * @throws {@link RowsError} when the text has no header row or a quote is never closed (its line said).
 * @throws LimitExceededError when it has more than `maxRows` rows.
 * @example
 * ```ts
 * const { columns, rows } = rowsFromCsv('ho_ten,chuc_vu\nÔng Nguyễn Văn A,Giám đốc\n');
 * rows[0]!['ho_ten']; // "Ông Nguyễn Văn A"
 * ```
 */
export function rowsFromCsv(text: string, options: RowsOptions = {}): TableRows {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken !== undefined)
    throw new RowsError(`CSV: ${broken.message} (row ${(broken.row ?? 0) + 1}): a quote opened is never closed`);
  return table(parsed.data, options);
}

/**
 * The rows of an XLSX workbook's first sheet: the first row names the columns; numbers, dates and
 * true/false kept as the sheet holds them (a template sets them where the model wants them).
 *
 * @throws {@link RowsError} when the bytes are not an XLSX workbook or its sheet has no header row.
 * @throws LimitExceededError when it has more than `maxRows` rows.
 */
export async function rowsFromXlsx(bytes: Uint8Array | ArrayBuffer, options: RowsOptions = {}): Promise<TableRows> {
  const buffer =
    bytes instanceof ArrayBuffer ? bytes : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let sheet;
  try {
    sheet = await readSheet(buffer as ArrayBuffer);
  } catch (error) {
    throw new RowsError(`XLSX: not a workbook that can be read (${(error as Error).message})`, { cause: error });
  }
  return table(sheet as unknown as RowValue[][], options);
}

/** Records from rows whose first row names the columns. */
function table(data: readonly (readonly RowValue[])[], options: RowsOptions): TableRows {
  const [head, ...body] = data;
  const names = (head ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
  if (names.every((name) => name === '')) throw new RowsError('the first row names no column: a header row is needed');
  const max = options.maxRows ?? DEFAULT_MAX_ROWS;
  const blank = (row: readonly RowValue[]) =>
    row.every((c) => c === null || c === undefined || String(c).trim() === '');
  const rows = body.filter((row) => !blank(row));
  if (rows.length > max) throw new LimitExceededError('maxRows', rows.length, max, 'rows of the table');
  const records = rows.map((row) => {
    const record: Record<string, RowValue> = {};
    names.forEach((name, i) => {
      if (name !== '') record[name] = row[i] ?? undefined;
    });
    return record;
  });
  return { columns: names.filter((name) => name !== ''), rows: records };
}
