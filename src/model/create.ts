import type { z } from 'zod';
import { type DocumentInput, DocumentSchema, type VanbanDocument } from './document.js';
import { normalizeDeep } from '../grammar/normalize.js';

/** One problem `createDocument` found, at a model path. */
export interface DocumentIssue {
  /** Dot path into the model, e.g. `signatures.0.name`; empty for the root. */
  readonly path: string;
  /** zod's issue code, e.g. `invalid_type`, `invalid_value`, `too_small`, `custom`. */
  readonly code: string;
  readonly message: string;
}

/** Thrown by {@link createDocument} with every problem of the input, not only the first. */
export class DocumentValidationError extends Error {
  override readonly name = 'DocumentValidationError';
  constructor(readonly issues: readonly DocumentIssue[]) {
    super(
      `Invalid document (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
  }
}

/** Converts zod issues to {@link DocumentIssue}s with dot paths. */
export function toDocumentIssues(issues: readonly z.core.$ZodIssue[]): DocumentIssue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
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
  const result = DocumentSchema.safeParse(normalizeDeep(input));
  if (!result.success) throw new DocumentValidationError(toDocumentIssues(result.error.issues));
  return result.data;
}

/** Like {@link createDocument} but returns the issues instead of throwing. */
export function safeCreateDocument(
  input: unknown,
): { success: true; document: VanbanDocument } | { success: false; issues: DocumentIssue[] } {
  const result = DocumentSchema.safeParse(normalizeDeep(input));
  return result.success
    ? { success: true, document: result.data }
    : { success: false, issues: toDocumentIssues(result.error.issues) };
}
