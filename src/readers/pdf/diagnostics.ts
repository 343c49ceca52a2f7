import { codeDiagnostic } from '../../diagnostics/build.js';
import type { DiagnosticCode } from '../../diagnostics/codes/index.js';
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';

/**
 * The PDF reader's diagnostics (`pdf/…` codes), in both languages.
 *
 * @module
 */

/** A reader diagnostic of the PDF reader. */
export function pdfDiagnostic(
  code: DiagnosticCode & `pdf/${string}`,
  severity: Severity,
  vi: string,
  en: string,
  raw?: string,
): Diagnostic {
  return codeDiagnostic(code, { vi, en }, { severity, ...(raw !== undefined && { raw }) });
}

/** 1-based page numbers as a list, "1, 3–5". */
export function pageList(pages: readonly number[]): string {
  const out: string[] = [];
  for (let k = 0; k < pages.length;) {
    let end = k;
    while (end + 1 < pages.length && pages[end + 1] === pages[end]! + 1) end++;
    out.push(end > k ? `${pages[k]! + 1}–${pages[end]! + 1}` : `${pages[k]! + 1}`);
    k = end + 1;
  }
  return out.join(', ');
}
