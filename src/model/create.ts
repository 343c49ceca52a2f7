import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { VanbanError } from '../errors.js';
import { checkModel } from './issues.js';
import { type DocumentInput, DocumentSchema, type VanbanDocument } from './document.js';
import { cleanDeep, hygieneDiagnostics } from './normalize.js';

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
 * Builds a document from plain data (code or JSON): cleans every string (NFC; line breaks, tabs,
 * controls, invisible characters and special spaces, see `src/model/normalize.ts`), checks it
 * against the model and fills the defaults (empty lists, regime `hanh-chinh`). What the cleaning
 * changed is not lost: {@link createDocumentWithDiagnostics} and {@link safeCreateDocument} return
 * it as diagnostics.
 *
 * @throws {@link DocumentValidationError} listing every problem with its path.
 * @example
 * ```ts
 * const doc = createDocument({ kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' }, number: 5 });
 * ```
 */
export function createDocument(input: DocumentInput | unknown): VanbanDocument {
  return createDocumentWithDiagnostics(input).document;
}

/**
 * {@link createDocument} that also returns what the input hygiene changed: one `model/…`
 * diagnostic per field and kind of character (`model/line-break`, `model/control-character`,
 * `model/zero-width`, `model/special-space`, `model/invalid-character`), with the field's path.
 * Empty when every string was clean.
 *
 * @throws {@link DocumentValidationError} listing every problem with its path.
 * @example
 * ```ts
 * const { document, diagnostics } = createDocumentWithDiagnostics({
 *   kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' }, subject: 'tăng cường\u000bcông tác',
 * });
 * document.subject; // "tăng cường công tác"
 * diagnostics[0]!.id; // "model/line-break", path "subject"
 * ```
 */
export function createDocumentWithDiagnostics(input: DocumentInput | unknown): {
  document: VanbanDocument;
  diagnostics: Diagnostic[];
} {
  const { data, diagnostics } = clean(input);
  const result = checkModel(DocumentSchema, data);
  if (!result.success) throw new DocumentValidationError(result.diagnostics);
  return { document: result.data, diagnostics };
}

/**
 * Like {@link createDocument} but returns the problems instead of throwing: `issues` when the
 * input is not a document; `diagnostics`, either way, what the input hygiene changed (see
 * {@link createDocumentWithDiagnostics}).
 */
export function safeCreateDocument(
  input: unknown,
):
  | { success: true; document: VanbanDocument; diagnostics: Diagnostic[] }
  | { success: false; issues: Diagnostic[]; diagnostics: Diagnostic[] } {
  const { data, diagnostics } = clean(input);
  const result = checkModel(DocumentSchema, data);
  return result.success
    ? { success: true, document: result.data, diagnostics }
    : { success: false, issues: result.diagnostics, diagnostics };
}

/** The input hygiene, before the model check (whose `trim` would otherwise eat a BOM unreported). */
function clean(input: unknown): { data: unknown; diagnostics: Diagnostic[] } {
  const cleaned = cleanDeep(input);
  return { data: cleaned.value, diagnostics: hygieneDiagnostics(cleaned.findings) };
}
