import { VanbanError } from '../../errors.js';

/** One problem of a package before it is sent: the edXML element concerned, why, and how serious. */
export interface EdxmlProblem {
  /** `error` stops `toEdxml`; a `warning` is something a receiver may refuse or that looks wrong (edxml.md §12). */
  readonly severity: 'error' | 'warning';
  /** edXML path, e.g. `MessageHeader/Code/CodeNumber`, `MessageHeader/To[1]/OrganId`. */
  readonly element: string;
  readonly message: string;
}

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
      `Cannot write edXML (${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}):\n${problems.map((p) => `  - ${p.element}: ${p.message}${p.severity === 'warning' ? ' (warning)' : ''}`).join('\n')}`,
    );
  }
}
