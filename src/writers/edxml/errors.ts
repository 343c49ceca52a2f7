import { VanbanError } from '../../errors.js';

/** One problem that stops a package from being sent: the edXML element concerned and why. */
export interface EdxmlProblem {
  /** edXML path, e.g. `MessageHeader/Code/CodeNumber`, `MessageHeader/To[1]/OrganId`. */
  readonly element: string;
  readonly message: string;
}

/**
 * Thrown by `toEdxml` before writing anything when required fields are missing (never filled
 * with "N/A"; pitfalls.md, edXML). Lists every problem, not only the first.
 */
export class EdxmlValidationError extends VanbanError {
  constructor(readonly problems: readonly EdxmlProblem[]) {
    super('edxml/invalid', `Cannot write edXML (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p.element}: ${p.message}`).join('\n')}`);
  }
}
