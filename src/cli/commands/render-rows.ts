/**
 * `vanban render <template.json> --rows <list.csv|list.xlsx>`: one document a row, into a folder or
 * a zip, with a progress bar on a terminal; a row that makes no valid document is said with its
 * problems and the others are still written.
 *
 * @module
 */
import { mkdirSync, readFileSync } from 'node:fs';

import { documentsFromRows, planTemplate, type TemplateRow } from '../../model/template.js';
import { type AgencyProfile, applyProfile, type ProfiledDocumentInput } from '../../model/profile.js';
import { rowsFromCsv, rowsFromXlsx, type TableRows } from '../../readers/rows/index.js';
import type { CommandLine } from '../args.js';
import { type BatchOutput, folderOutput, zipOutput } from '../batch-output.js';
import { FontNotFoundError } from '../fonts.js';
import { progressBar } from '../progress.js';
import { type Renderer, renderSettings, writtenDocxAttachment } from './render.js';

/** The table of `--rows`: an XLSX workbook told by its zip signature, else CSV text. */
async function readRows(file: string): Promise<TableRows> {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return rowsFromXlsx(bytes);
  return rowsFromCsv(new TextDecoder('utf-8').decode(bytes));
}

/** Characters a file name may not hold on Windows, macOS or Linux. */
const UNSAFE_NAME = /[<>:"/\\|?*\p{Cc}]+/gu;

/** The file name of row `index`: `pattern` with `{{row}}` and `{{column}}` filled, made safe and unique. */
function fileName(pattern: string, row: TemplateRow, index: number, width: number, taken: Set<string>): string {
  const filled = pattern
    .replace(/\{\{\s*row\s*\}\}/gu, String(index).padStart(width, '0'))
    .replace(/\{\{\s*([^{}]+?)\s*\}\}/gu, (_, column: string) => String(row[column] ?? ''))
    .replace(UNSAFE_NAME, '-')
    .trim()
    .replace(/^\.+/u, '');
  const base = filled === '' ? String(index).padStart(width, '0') : filled.normalize('NFC');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Runs a batch: exit 0 when every row was written, 1 when some rows made no document, 2 when none could be. */
export async function renderRows(
  line: CommandLine,
  target: { readonly render: Renderer; readonly extension: string },
  profile: AgencyProfile | undefined,
  warn: (chunk: string) => void,
  usage: string,
): Promise<number> {
  const templateFile = line.template ?? line.inputs[0];
  const inputs = line.template === undefined ? line.inputs.length : line.inputs.length + 1;
  if (templateFile === undefined || inputs !== 1 || line.output === undefined) {
    warn(`vanban render --rows: one template (JSON) and -o <folder or file.zip> are needed\n${usage}\n`);
    return 2;
  }
  let template: unknown;
  let table: TableRows;
  try {
    template = JSON.parse(
      readFileSync(templateFile, 'utf8')
        .replace(/^\uFEFF/u, '')
        .normalize('NFC'),
    );
    if (profile !== undefined) template = applyProfile(profile, template as ProfiledDocumentInput);
  } catch (error) {
    warn(`${templateFile}: not a template: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    table = await readRows(line.rows!);
  } catch (error) {
    warn(`${line.rows}: ${(error as Error).message}\n`);
    return 2;
  }
  const plan = planTemplate(template, table.columns);
  if (plan.unfilled.length > 0) {
    const names = plan.unfilled.map((p) => `{{${p}}}`).join(', ');
    warn(`${line.rows}: no column for ${names} of ${templateFile} (columns: ${table.columns.join(', ')})\n`);
    return 2;
  }
  if (plan.unused.length > 0)
    warn(`note: column(s) ${plan.unused.join(', ')} fill nothing in ${templateFile} (neither {{name}} nor a field)\n`);

  const output: BatchOutput = line.output.toLowerCase().endsWith('.zip')
    ? zipOutput(line.output)
    : (mkdirSync(line.output, { recursive: true }), folderOutput(line.output));
  const settings = renderSettings(line, profile, warn);
  const progress = progressBar(process.stderr, process.env, () => table.rows.length);
  const say = (text: string) => {
    progress.clear();
    warn(text);
  };
  const width = String(table.rows.length).length;
  const taken = new Set<string>();
  let written = 0;
  let failed = 0;
  try {
    for (const result of documentsFromRows(template, table.rows)) {
      const row = table.rows[result.row - 1]!;
      const name = fileName(line.name ?? '{{row}}', row, result.row, width, taken);
      if (!result.success) {
        failed++;
        // The cell a problem comes from, when a column set the field: what to correct in the table.
        const cell = (path: string | undefined) =>
          path !== undefined && path in row ? ` (column ${path}: ${JSON.stringify(String(row[path]))})` : '';
        const problems = result.issues
          .map((i) => `\n  - ${i.path || '(root)'}: ${i.message.en}${cell(i.path)}`)
          .join('');
        say(`${line.rows}: row ${result.row} makes no document (${name} not written):${problems}\n`);
      } else {
        try {
          const rendered = await target.render(result.document, {
            ...settings,
            note: say,
            ...(line.attach && { attach: (document) => writtenDocxAttachment(document, name, settings) }),
          });
          output.add(`${name}.${target.extension}`, rendered);
          written++;
        } catch (error) {
          if (error instanceof FontNotFoundError) throw error;
          failed++;
          say(`${line.rows}: row ${result.row} cannot be written as ${line.to}: ${(error as Error).message}\n`);
        }
      }
      progress.tick();
    }
  } catch (error) {
    progress.end();
    output.close();
    warn(`vanban render: ${(error as Error).message}\n`);
    return 2;
  }
  progress.end();
  output.close();
  warn(
    `${written} of ${table.rows.length} documents written to ${line.output}${failed > 0 ? `; ${failed} row(s) not` : ''}\n`,
  );
  return failed === 0 ? 0 : written === 0 ? 2 : 1;
}
