/**
 * One file validated (and fixed with `--fix`): the unit of work of the worker pool. The result is
 * small and structured-cloneable; the model and the full report are dropped here.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { editDocx } from '../readers/docx/edit.js';
import { parseDocx } from '../readers/docx/index.js';
import { parseText } from '../readers/text/index.js';
import { applyFixes, applyTextEdits, type Preset, type RulesConfig, validate, type ValidationDiagnostic } from '../validate/index.js';
import { type InputFormat, readInput } from './input.js';

/** How every file of a run is validated. */
export interface CheckSettings {
  readonly rules: RulesConfig;
  readonly preset: Preset;
  readonly fix: boolean;
}

/** A diagnostic as the formatters need it. */
export interface FileDiagnostic {
  readonly ruleId: string;
  readonly severity: ValidationDiagnostic['severity'];
  readonly message: ValidationDiagnostic['message'];
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** What `--fix` did to a file. */
export interface FixOutcome {
  /** Rule ids of the fixes written back. */
  readonly applied: readonly string[];
  /** Why nothing was written, when the format cannot be fixed. */
  readonly unsupported?: string;
}

/** The outcome of one file. */
export interface FileReport {
  readonly file: string;
  readonly format?: InputFormat;
  /** Set when the file could not be read as a document (exit 2). */
  readonly unusable?: string;
  readonly diagnostics: readonly FileDiagnostic[];
  readonly errors: number;
  readonly warnings: number;
  readonly fixed?: FixOutcome;
}

function toFileDiagnostic(d: ValidationDiagnostic): FileDiagnostic {
  const r = d.range;
  return { ruleId: d.ruleId, severity: d.severity, message: d.message, path: d.path, ...(r && { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn }) };
}

/** Writes the safe fixes back to the file; returns what was applied and the diagnostics left. */
async function fixFile(file: string, input: Awaited<ReturnType<typeof readInput>>, diagnostics: readonly ValidationDiagnostic[], settings: CheckSettings) {
  if (input.format === 'text' && input.text !== undefined) {
    const { document: text, applied } = applyTextEdits(input.text, diagnostics, { safety: 'safe' });
    if (applied.length === 0) return { applied };
    writeFileSync(file, text);
    // Validated again so the report shows what remains after the fix, not before.
    return { applied, diagnostics: validate(parseText(text), settings).diagnostics };
  }
  if (input.format === 'json') {
    const { document, applied } = applyFixes(input.document, diagnostics, { safety: 'safe' });
    if (applied.length === 0) return { applied };
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    return { applied, diagnostics: validate(document, settings).diagnostics };
  }
  if (input.format === 'docx') return fixDocxFile(file, diagnostics, settings);
  return { applied: [], unsupported: `--fix writes back text, DOCX and JSON models only; ${input.format} is reported, not changed` };
}

/**
 * DOCX: the safe text fixes written into the runs of the paragraphs they fall in (editDocx), the
 * rest of the package untouched. A finding is applied only when all its edits could be placed.
 */
async function fixDocxFile(file: string, diagnostics: readonly ValidationDiagnostic[], settings: CheckSettings) {
  const bytes = new Uint8Array(readFileSync(file));
  const edits = diagnostics.flatMap((diagnostic, index) => (diagnostic.fix?.safety === 'safe' ? (diagnostic.fix.edits ?? []).map((edit) => ({ ...edit, index })) : []));
  if (edits.length === 0) return { applied: [] };
  const result = editDocx(bytes, edits);
  const skipped = new Set(result.skipped.map((e) => e.index));
  const applied = [...new Set(result.applied.map((e) => e.index))].filter((i) => !skipped.has(i)).map((i) => diagnostics[i]!);
  if (result.applied.length === 0) return { applied: [], ...(result.signed && { unsupported: '--fix leaves a digitally signed DOCX unchanged: any change would invalidate its signature' }) };
  writeFileSync(file, result.bytes);
  return { applied, diagnostics: validate(await parseDocx(result.bytes), settings).diagnostics };
}

/** Validates one file with `settings`; never throws for a bad input (it is reported unusable). */
export async function checkFile(file: string, settings: CheckSettings): Promise<FileReport> {
  let input;
  try {
    input = await readInput(readFileSync(file));
  } catch (error) {
    return { file, unusable: (error as Error).message, diagnostics: [], errors: 0, warnings: 0 };
  }
  let diagnostics = validate(input, settings).diagnostics;
  let fixed: FixOutcome | undefined;
  if (settings.fix) {
    const outcome = await fixFile(file, input, diagnostics, settings);
    fixed = { applied: outcome.applied.map((d) => d.ruleId), ...('unsupported' in outcome && { unsupported: outcome.unsupported }) };
    if ('diagnostics' in outcome && outcome.diagnostics) diagnostics = outcome.diagnostics;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return { file, format: input.format, diagnostics: diagnostics.map(toFileDiagnostic), errors, warnings, ...(fixed && { fixed }) };
}
