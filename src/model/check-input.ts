import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkModel } from './issues.js';
import { findUnknownKeys, unknownKeyDiagnostic } from './unknown-keys.js';

/**
 * The check shared by documents and agency profiles: unknown keys with the field they were meant
 * for, then the model's own check; and the list of problems an error message gives.
 *
 * @module
 */

/**
 * "(2 problems):" and one line a problem, `path: message`; a message that starts with its own key
 * ("isuer: not a field of a document") is not prefixed again.
 */
export function problemList(issues: readonly Diagnostic[]): string {
  const lines = issues.map((i) => {
    const key = i.path?.split('.').at(-1) ?? '';
    const said = key !== '' && i.message.en.startsWith(`${key}:`);
    return `  - ${said && i.path === key ? '' : `${i.path || '(root)'}: `}${i.message.en}`;
  });
  return `(${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/**
 * `data` checked against `schema`: its value, or every problem, an unknown key first with the field
 * it most likely meant, and no second message for the required field that key was meant for.
 */
export function checkInput<T>(
  schema: z.ZodType<T>,
  data: unknown,
  owner: string,
): { success: true; data: T } | { success: false; issues: Diagnostic[] } {
  const unknown = findUnknownKeys(schema, data, '', owner);
  const result = checkModel(schema, data);
  const meant = new Set(
    unknown.flatMap((u) => (u.suggestion ? [u.at === '' ? u.suggestion : `${u.at}.${u.suggestion}`] : [])),
  );
  const modelIssues = result.success
    ? []
    : result.diagnostics.filter((d) => !(d.id === 'model/invalid-type' && meant.has(d.path ?? '')));
  const issues = [...unknown.map(unknownKeyDiagnostic), ...modelIssues];
  return issues.length > 0 || !result.success ? { success: false, issues } : { success: true, data: result.data };
}
