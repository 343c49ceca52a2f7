import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes/index.js';
import { type Diagnostic, type LocalizedText, sourceOf } from './diagnostic.js';
import { codeDocsUrl } from './url.js';

/** What a producer may add to a declared code's diagnostic. */
export type DiagnosticDetails = Partial<
  Pick<Diagnostic, 'severity' | 'path' | 'place' | 'raw' | 'actual' | 'expected' | 'fix'>
>;

/**
 * A diagnostic of a declared code: its source, its default severity (unless `details` says
 * otherwise) and the url of its page come from the declaration.
 */
export function codeDiagnostic(
  id: DiagnosticCode,
  message: LocalizedText,
  details: DiagnosticDetails = {},
): Diagnostic {
  const { severity, ...rest } = details;
  return {
    source: sourceOf(id),
    id,
    severity: severity ?? DIAGNOSTIC_CODES[id].severity,
    message,
    ...rest,
    url: codeDocsUrl(id),
  };
}
