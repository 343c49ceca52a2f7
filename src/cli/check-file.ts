/**
 * One file validated (and fixed with `--fix`): the unit of work of the worker pool. The result is
 * small and structured-cloneable; the model and the full report are dropped here.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { editDocx } from '../edit/docx.js';
import { parseDocx } from '../readers/docx/index.js';
import { parseText } from '../readers/text/index.js';
import {
  applyFixes,
  applyTextEdits,
  createDocument,
  checkEdxmlPackage,
  InvalidRuleConfigError,
  type Preset,
  type RulesConfig,
  validate,
  type ValidateOptions,
} from '../index.js';
import type { Diagnostic, LocalizedText } from '../diagnostics/diagnostic.js';
import type { ValidationReport, Verdict } from '../validate/report.js';
import { type InputFormat, type ReadInput, readInput, sniffFormat } from './input.js';
import { registryWith } from './rule-modules.js';

/** Sources of the readers' diagnostics, whose notes (infos) a report to act on leaves out. */
export const READER_SOURCES: ReadonlySet<string> = new Set(['text', 'docx', 'pdf', 'xml', 'edxml', 'model']);

/** How every file of a run is validated. */
export interface CheckSettings {
  readonly rules: RulesConfig;
  readonly preset: Preset;
  readonly fix: boolean;
  /** Absolute paths of the agency rule modules (`--rules`) run with the Decree 30 rules. */
  readonly ruleModules?: readonly string[];
}

/** A diagnostic as the formatters need it. */
export interface FileDiagnostic {
  /** Who said it: a reader (`text`, `docx`, `pdf`, `xml`, `edxml`), the model check, or a rule set (`nd30`). */
  readonly source: string;
  /** The rule id or reader code. */
  readonly id: string;
  readonly severity: Diagnostic['severity'];
  readonly message: Diagnostic['message'];
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** For a DOCX: the paragraph, counted from 1 in reading order (table cells included). */
  readonly paragraph?: number;
  /** For a PDF: the page, counted from 1. */
  readonly page?: number;
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
  /**
   * What the validator concluded: `compliant` (every rule that applies was checked and passed),
   * `non-compliant` (a rule failed), `incomplete` (some rules could not be checked: no layout in a
   * text, a part the copy lost), `not-judged` (nothing to judge by Decree 30: a Party document, a
   * QPPL, a scan without text). Absent when the file was unusable.
   */
  readonly verdict?: Verdict;
  /** Why the verdict is incomplete or not-judged, or what it was given for (a draft, an older document). */
  readonly reasons?: readonly LocalizedText[];
  /** Every diagnostic: the readers' notes (infos) too, which the stylish and github formats leave out. */
  readonly diagnostics: readonly FileDiagnostic[];
  readonly errors: number;
  readonly warnings: number;
  readonly fixed?: FixOutcome;
}

/**
 * The diagnostic as reports show it. A DOCX has no lines a person can go to: its place is the
 * paragraph the reader found the part in (counted from 1, table cells included), not the line of
 * the reader's internal text.
 */
function toFileDiagnostic(d: Diagnostic, format: InputFormat): FileDiagnostic {
  const base = {
    id: d.id,
    source: d.source,
    severity: d.severity,
    message: d.message,
    ...(d.path !== undefined && { path: d.path }),
  };
  const r = d.place;
  if (format === 'docx') return r?.paragraph === undefined ? base : { ...base, paragraph: r.paragraph + 1 };
  // A PDF's lines are the reader's, not the file's: its place is the page (the reader's 0-based page).
  if (format === 'pdf') {
    const page = (r as { page?: number } | undefined)?.page;
    return page === undefined ? base : { ...base, page: page + 1 };
  }
  return { ...base, ...(r && { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn }) };
}

// Fixes that overlap wait for the next pass (two rules may fix one line); ESLint stops at 10 as well.
const MAX_FIX_PASSES = 10;

/** One pass of fixes: what it applied, the new content, and the findings on that content. */
interface FixPass<T> {
  readonly applied: readonly Diagnostic[];
  readonly content: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** Runs `pass` until a pass applies nothing (or MAX_FIX_PASSES): the last content and everything applied. */
async function fixInPasses<T>(
  content: T,
  diagnostics: readonly Diagnostic[],
  pass: (content: T, diagnostics: readonly Diagnostic[]) => Promise<FixPass<T> | undefined>,
) {
  const applied: Diagnostic[] = [];
  let current = { content, diagnostics };
  for (let i = 0; i < MAX_FIX_PASSES; i++) {
    const next = await pass(current.content, current.diagnostics);
    if (!next || next.applied.length === 0) break;
    applied.push(...next.applied);
    current = next;
  }
  return { ...current, applied };
}

/** Writes the safe fixes back to the file; returns what was applied and the diagnostics left. */
async function fixFile(
  file: string,
  input: Awaited<ReturnType<typeof readInput>>,
  diagnostics: readonly Diagnostic[],
  options: ValidateOptions,
) {
  if (input.format === 'text' && input.text !== undefined) {
    const result = await fixInPasses(input.text, diagnostics, async (text, found) => {
      const { document, applied } = applyTextEdits(text, found, { safety: 'safe' });
      // Validated again so the report shows what remains after the fix, not before.
      return {
        applied,
        content: document,
        diagnostics: applied.length ? validate(parseText(document), options).diagnostics : found,
      };
    });
    if (result.applied.length) writeFileSync(file, result.content);
    return result;
  }
  if (input.format === 'json') {
    const result = await fixInPasses(createDocument(input.document), diagnostics, async (document, found) => {
      const fixed = applyFixes(document, found, { safety: 'safe' });
      return {
        applied: fixed.applied,
        content: fixed.document,
        diagnostics: fixed.applied.length ? validate(fixed.document, options).diagnostics : found,
      };
    });
    if (result.applied.length) writeFileSync(file, `${JSON.stringify(result.content, null, 2)}\n`);
    return result;
  }
  if (input.format === 'docx') {
    let signed = false;
    const result = await fixInPasses<Uint8Array>(
      new Uint8Array(readFileSync(file)),
      diagnostics,
      async (bytes, found) => {
        const pass = fixDocxPass(bytes, found);
        signed ||= pass.signed;
        return {
          applied: pass.applied,
          content: pass.bytes,
          diagnostics: pass.applied.length ? validate(await parseDocx(pass.bytes), options).diagnostics : found,
        };
      },
    );
    if (result.applied.length) writeFileSync(file, result.content);
    else if (signed)
      return {
        ...result,
        unsupported: '--fix leaves a digitally signed DOCX unchanged: any change would invalidate its signature',
      };
    return result;
  }
  if (input.format === 'pdf')
    return {
      applied: [],
      unsupported:
        '--fix never writes into a PDF: it is the printed document, often digitally signed, and any change would break its signatures; fix the DOCX it was made from and print or sign it again',
    };
  return {
    applied: [],
    unsupported: `--fix writes back text, DOCX and JSON models only; ${input.format} is reported, not changed`,
  };
}

/**
 * One pass on a DOCX: the safe text fixes written into the runs of the paragraphs they fall in
 * (editDocx), the rest of the package untouched. A finding is taken only when all its edits can be
 * placed, so none is half applied.
 */
function fixDocxPass(
  bytes: Uint8Array,
  diagnostics: readonly Diagnostic[],
): { bytes: Uint8Array; applied: Diagnostic[]; signed: boolean } {
  const edits = diagnostics.flatMap((diagnostic, index) =>
    diagnostic.fix?.safety === 'safe' ? (diagnostic.fix.edits ?? []).map((edit) => ({ ...edit, index })) : [],
  );
  if (edits.length === 0) return { bytes, applied: [], signed: false };
  let result = editDocx(bytes, edits);
  const whole = (r: typeof result) =>
    new Set(r.applied.map((e) => e.index).filter((i) => !r.skipped.some((e) => e.index === i)));
  const placed = whole(result);
  if (result.applied.some((e) => !placed.has(e.index)))
    result = editDocx(
      bytes,
      edits.filter((e) => placed.has(e.index)),
    );
  return { bytes: result.bytes, applied: [...whole(result)].map((i) => diagnostics[i]!), signed: result.signed };
}

const optionsBySettings = new WeakMap<CheckSettings, Promise<ValidateOptions>>();

/**
 * The validate options of a run, made once per settings object: validate() caches the rules it
 * resolves by the options' identity, and the agency modules load once per thread.
 */
function validateOptions(settings: CheckSettings): Promise<ValidateOptions> {
  let options = optionsBySettings.get(settings);
  if (!options) {
    const modules = settings.ruleModules ?? [];
    options = (modules.length ? registryWith(modules) : Promise.resolve(undefined)).then((registry) => ({
      rules: settings.rules,
      preset: settings.preset,
      ...(registry && { registry }),
    }));
    optionsBySettings.set(settings, options);
  }
  return options;
}

/**
 * Reads and validates a file: an edXML package with its attached document (checkEdxmlPackage: the
 * DOCX or PDF judged, the header checked against it), any other input by its reader. `placedAs` is
 * the format the diagnostics' places belong to (a package's are its attachment's).
 */
async function readAndValidate(
  bytes: Uint8Array,
  options: ValidateOptions,
): Promise<{ input: ReadInput; report: ValidationReport; placedAs: InputFormat }> {
  if (sniffFormat(bytes) === 'edxml') {
    const report = await checkEdxmlPackage(bytes, options);
    return {
      input: { format: 'edxml', document: report.headerDocument },
      report,
      placedAs: report.attachment?.format ?? 'edxml',
    };
  }
  const input = await readInput(bytes);
  return { input, report: validate(input, options), placedAs: input.format };
}

/** Validates one file with `settings`; never throws for a bad input (it is reported unusable). */
export async function checkFile(file: string, settings: CheckSettings): Promise<FileReport> {
  const options = await validateOptions(settings);
  let read;
  try {
    read = await readAndValidate(readFileSync(file), options);
  } catch (error) {
    // A bad rule setting is the run's fault, not the file's (refused before any file is read).
    if (error instanceof InvalidRuleConfigError) throw error;
    return { file, unusable: (error as Error).message, diagnostics: [], errors: 0, warnings: 0 };
  }
  const { input, placedAs } = read;
  let report = read.report;
  let fixed: FixOutcome | undefined;
  if (settings.fix) {
    const outcome = await fixFile(file, input, report.diagnostics, options);
    fixed = {
      applied: outcome.applied.map((d) => d.id),
      ...('unsupported' in outcome && { unsupported: outcome.unsupported }),
    };
    // The verdict is the fixed file's: read and judged again.
    if (outcome.applied.length > 0) report = (await readAndValidate(readFileSync(file), options)).report;
  }
  const { diagnostics } = report;
  return {
    file,
    format: input.format,
    verdict: report.verdict,
    ...(report.reasons.length > 0 && { reasons: report.reasons }),
    diagnostics: diagnostics.map((d) => toFileDiagnostic(d, placedAs)),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    ...(fixed && { fixed }),
  };
}
