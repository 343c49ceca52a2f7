import type { z } from 'zod';
import { codeDiagnostic } from '../diagnostics/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type CreateDocumentOptions, safeCreateDocument } from './create.js';
import { DocumentSchema, type VanbanDocument } from './document.js';
import { defOf, schemaAt, unwrap } from './schema-walk.js';

/**
 * Many documents from one template and the rows of a table (a mail merge: one giấy mời per
 * invitee). A row fills the template two ways, by its column names:
 *
 * - `{{column}}` anywhere in a text of the template is replaced by the row's value ("Kính gửi
 *   {{ho_ten}}" → "Kính gửi Ông Nguyễn Văn A");
 * - a column named as a model path (`number`, `date`, `recipients.0`, `signatures.0.name`) sets
 *   that field, as a number or a true/false where the model wants one; a list of texts
 *   (`recipients`, `distribution`) takes the cell split at ";". An empty cell leaves the template's value.
 *
 * @module
 */

/** A cell of a row: text, or what a spreadsheet holds (numbers, dates, booleans), or nothing. */
export type RowValue = string | number | boolean | Date | null | undefined;
/** One row: its cells by column name. */
export type TemplateRow = Readonly<Record<string, RowValue>>;

/** How the columns of a table meet a template, checked once before the rows are filled. */
export interface TemplatePlan {
  /** Placeholders of the template (`{{name}}`), in order of first use. */
  readonly placeholders: readonly string[];
  /** Columns that set a model path. */
  readonly pathColumns: readonly string[];
  /** Placeholders no column fills: every row would print "{{name}}", so the batch is refused. */
  readonly unfilled: readonly string[];
  /** Columns that fill nothing (neither a placeholder of the template nor a model path). */
  readonly unused: readonly string[];
}

/** The outcome for one row: its document, or why the row makes none. */
export type RowResult =
  | {
      readonly row: number;
      readonly success: true;
      readonly document: VanbanDocument;
      readonly diagnostics: Diagnostic[];
    }
  | { readonly row: number; readonly success: false; readonly issues: Diagnostic[] };

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/gu;

/** The placeholders of `template`, in order of first use. */
export function templatePlaceholders(template: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const m of value.matchAll(PLACEHOLDER)) found.add(m[1]!);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(template);
  return [...found];
}

/** Checks the columns of a table against a template (see {@link TemplatePlan}). */
export function planTemplate(template: unknown, columns: readonly string[]): TemplatePlan {
  const placeholders = templatePlaceholders(template);
  const columnSet = new Set(columns);
  const pathColumns = columns.filter(
    (c) => !placeholders.includes(c) && schemaAt(DocumentSchema, c.split('.')) !== undefined,
  );
  return {
    placeholders,
    pathColumns,
    unfilled: placeholders.filter((p) => !columnSet.has(p)),
    unused: columns.filter((c) => c.trim() !== '' && !placeholders.includes(c) && !pathColumns.includes(c)),
  };
}

/** The template filled with one row: placeholders replaced, path columns set (see the module). */
export function fillTemplate(template: unknown, row: TemplateRow): unknown {
  const text = (value: RowValue): string => cellText(value);
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value.replace(PLACEHOLDER, (whole, name: string) => (name in row ? text(row[name]) : whole));
    if (Array.isArray(value)) return value.map(replace);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  const filled = replace(template) as Record<string, unknown>;
  const placeholders = new Set(templatePlaceholders(template));
  for (const [column, value] of Object.entries(row)) {
    if (placeholders.has(column) || value === null || value === undefined || text(value).trim() === '') continue;
    const path = column.split('.');
    const schema = schemaAt(DocumentSchema, path);
    if (schema === undefined) continue;
    setPath(filled, path, coerce(value, schema));
  }
  return filled;
}

/**
 * One document per row of `rows` from `template`, each checked as {@link createDocument} checks
 * data (an unknown key, a wrong date… make that row fail, not the batch). Lazy: a generator, so a
 * long table is never held as documents at once.
 *
 * @example
 * ```ts
 * for (const result of documentsFromRows(template, rows))
 *   if (result.success) await writeFile(`${result.row}.docx`, await toDocx(result.document));
 *   else console.error(`row ${result.row}: ${result.issues[0].message.en}`);
 * ```
 */
export function* documentsFromRows(
  template: unknown,
  rows: Iterable<TemplateRow>,
  options: CreateDocumentOptions = {},
): Generator<RowResult> {
  let index = 0;
  for (const row of rows) {
    index++;
    const result = safeCreateDocument(fillTemplate(template, row), options);
    if (!result.success) {
      yield { row: index, success: false, issues: result.issues };
      continue;
    }
    const left = templatePlaceholders(result.document);
    if (left.length > 0) {
      yield {
        row: index,
        success: false,
        issues: left.map((name) =>
          codeDiagnostic(
            'model/invalid-value',
            { vi: `{{${name}}} không có giá trị trong dòng này`, en: `{{${name}}} has no value in this row` },
            { path: '', actual: `{{${name}}}` },
          ),
        ),
      };
      continue;
    }
    yield { row: index, success: true, document: result.document, diagnostics: result.diagnostics };
  }
}

/** A cell as text: a date as yyyy-mm-dd (its calendar day), a number as written. */
export function cellText(value: RowValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value);
}

/** A cell as the model's type at its path: a number, true/false, a list of texts split at ";", else text. */
function coerce(value: RowValue, schema: z.ZodType): unknown {
  const def = defOf(schema);
  if (typeof value === 'number' && def.type !== 'number') return String(value);
  if (def.type === 'number') {
    const n = typeof value === 'number' ? value : Number(cellText(value).trim());
    return Number.isFinite(n) ? n : cellText(value);
  }
  if (def.type === 'boolean') {
    if (typeof value === 'boolean') return value;
    const t = cellText(value).trim().toLowerCase();
    return t === 'true' || t === 'có' || t === '1' ? true : t === 'false' || t === 'không' || t === '0' ? false : t;
  }
  if (def.type === 'array' && def.element && defOf(unwrap(def.element)).type === 'string')
    return cellText(value)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  return cellText(value);
}

/** Sets `path` in `target`, making the objects and lists on the way. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const slot = Array.isArray(node) ? Number(key) : key;
    if (last) {
      (node as Record<string | number, unknown>)[slot] = value;
      return;
    }
    const next = (node as Record<string | number, unknown>)[slot];
    if (next !== null && typeof next === 'object') {
      // Copied on the way down: the template's own objects are shared by every row.
      const copy = Array.isArray(next) ? [...next] : { ...(next as Record<string, unknown>) };
      (node as Record<string | number, unknown>)[slot] = copy;
      node = copy;
    } else {
      const made: Record<string, unknown> | unknown[] = /^\d+$/.test(path[i + 1]!) ? [] : {};
      (node as Record<string | number, unknown>)[slot] = made;
      node = made;
    }
  });
}
