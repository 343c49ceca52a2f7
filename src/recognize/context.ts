import { codeDiagnostic } from '../diagnostics/build.js';
import type { DiagnosticCode } from '../diagnostics/codes/index.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { SourceSpan } from '../model/source.js';
import type { Cell } from './cells.js';
import { type Locator, rangeOf, spanOf } from './spans.js';

/**
 * The state shared by the component readers: cells, which of them were used, sources and diagnostics.
 *
 * @module
 */
export class ReadContext {
  readonly used: Uint8Array;
  readonly sources: Record<string, SourceSpan> = {};
  readonly diagnostics: Diagnostic[] = [];
  /** Printed parts recognised through letters the copy misread or lost (OCR): their form is not judged. */
  readonly misread = new Set<string>();

  constructor(
    readonly cells: readonly Cell[],
    readonly locator: Locator,
  ) {
    this.used = new Uint8Array(cells.length);
  }

  /** Marks cells as read. */
  use(...cells: readonly Cell[]): void {
    for (const c of cells) this.used[c.id] = 1;
  }

  /** The span of the cells' text (from the first cell's `from` to the last's `to`, or given offsets inside them). */
  span(first: Cell, last: Cell = first, from = first.from, to = last.to): SourceSpan {
    return spanOf(
      this.locator,
      { line: first.line, from, to: first === last ? Math.max(from, to) : first.to },
      { line: last.line, from: last === first ? from : last.from, to },
    );
  }

  /** Records the source of a model path (first record wins). */
  record(path: string, span: SourceSpan): void {
    if (!(path in this.sources)) this.sources[path] = span;
  }

  /** Adds a diagnostic at a span. */
  report(code: DiagnosticCode, severity: Severity, vi: string, en: string, span?: SourceSpan, path?: string): void {
    this.diagnostics.push(
      codeDiagnostic(
        code,
        { vi, en },
        { severity, ...(path !== undefined && { path }), ...(span && { place: rangeOf(span), raw: span.raw }) },
      ),
    );
  }
}
