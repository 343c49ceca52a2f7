import type { SourceRange } from './source.js';

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages of the library. */
export interface LocalizedText {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * What a reader could not read, or read with doubt (unassigned text, ambiguous parts, converted
 * encodings, hazards in a file). Readers never throw on content: they report here.
 */
export interface ReaderDiagnostic {
  /** Stable code, e.g. `text/unassigned`, `text/legacy-encoding`, `docx/tracked-changes`. */
  readonly code: string;
  /** How much the problem matters to the result. */
  readonly severity: Severity;
  /** What happened, in both languages. */
  readonly message: LocalizedText;
  /** Model path concerned, when there is one. */
  readonly path?: string;
  readonly range?: SourceRange;
  /** The input text concerned, as written. */
  readonly raw?: string;
}
