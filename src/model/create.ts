import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { VanbanError } from '../errors.js';
import { checkModel } from './issues.js';
import { type DocumentInput, DocumentSchema, type VanbanDocument } from './document.js';
import { normalizeDeep } from './normalize.js';

/**
 * Thrown by {@link createDocument} with every problem of the input, not only the first: each a
 * diagnostic (`model/…`) with its model path and its message in Vietnamese and English.
 */
export class DocumentValidationError extends VanbanError {
  constructor(readonly issues: readonly Diagnostic[]) {
    super(
      'model/invalid',
      `Invalid document (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message.en}`).join('\n')}`,
    );
  }
}

/**
 * Builds a document from plain data (code or JSON): NFC-normalises every string, checks it
 * against the model and fills the defaults (empty lists, regime `hanh-chinh`).
 *
 * @throws {@link DocumentValidationError} listing every problem with its path.
 * @example
 * ```ts
 * const doc = createDocument({ kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' }, number: 5 });
 * ```
 */
export function createDocument(input: DocumentInput | unknown): VanbanDocument {
  const result = checkModel(DocumentSchema, normalizeDeep(input));
  if (!result.success) throw new DocumentValidationError(result.diagnostics);
  return result.data;
}

/** Like {@link createDocument} but returns the issues instead of throwing. */
export function safeCreateDocument(
  input: unknown,
): { success: true; document: VanbanDocument } | { success: false; issues: Diagnostic[] } {
  const result = checkModel(DocumentSchema, normalizeDeep(input));
  return result.success ? { success: true, document: result.data } : { success: false, issues: result.diagnostics };
}
