import type { LocalizedText, Severity } from './diagnostic.js';

/**
 * The declaration of a diagnostic code that is not a validator rule: a reader's, the model
 * check's or the exchange check's. Each is declared once, with its default severity and what it
 * means; the docs pages in `docs/diagnostics/` are generated from these declarations.
 *
 * @module
 */

/** What a code means, declared once. */
export interface CodeMeta {
  /** The severity it is reported with unless the producer says otherwise. */
  readonly severity: Severity;
  /** One line: what happened. */
  readonly title: LocalizedText;
  /** What the producer did about it and what the user may do. */
  readonly description: LocalizedText;
}

/** Declares a source's codes, keyed by their full id (`text/unassigned`); the keys become a type. */
export function defineCodes<const Id extends string>(codes: { readonly [K in Id]: CodeMeta }): {
  readonly [K in Id]: CodeMeta;
} {
  return codes;
}

/** Shorthand for a pair of messages. */
export const t = (vi: string, en: string): LocalizedText => ({ vi, en });
