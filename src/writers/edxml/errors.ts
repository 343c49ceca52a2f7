import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { VanbanError } from '../../errors.js';

/**
 * One problem of a package before it is sent, as a diagnostic: `path` is the edXML element
 * concerned (`MessageHeader/Code/CodeNumber`, `MessageHeader/To[1]/OrganId`); an `error` stops
 * `toEdxml`, a `warning` is something a receiver may refuse or that looks wrong (edxml.md §12).
 */
export type EdxmlProblem = Diagnostic;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Thrown by `toEdxml` before writing anything when a required field is missing or a field breaks
 * a rule of the axis (never filled with "N/A"; pitfalls.md, edXML). Lists every problem at once,
 * the warnings too.
 */
export class EdxmlValidationError extends VanbanError {
  constructor(readonly problems: readonly EdxmlProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    super(
      'edxml/invalid',
      `Cannot write edXML (${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}):\n${problems.map((p) => `  - ${p.path}: ${p.message.en}${p.severity === 'warning' ? ' (warning)' : ''}`).join('\n')}`,
    );
  }
}
