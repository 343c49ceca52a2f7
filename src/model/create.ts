import { codeDiagnostic } from '../diagnostics/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { VanbanError } from '../errors.js';
import { checkInput, problemList } from './check-input.js';
import { type DocumentInput, DocumentSchema, type VanbanDocument } from './document.js';
import type { ReadDocument } from './read-document.js';
import { cleanDeep, hygieneDiagnostics } from './normalize.js';
import { type PrintedPrefixes, stripPrintedPrefixes } from './printed-prefixes.js';

/**
 * Thrown by {@link createDocument} with every problem of the input, not only the first: each a
 * diagnostic (`model/…`) with its model path and its message in Vietnamese and English.
 */
export class DocumentValidationError extends VanbanError {
  constructor(readonly issues: readonly Diagnostic[]) {
    super('model/invalid', `Invalid document ${problemList(issues)}`);
  }
}

/** Options of {@link createDocument}, {@link documentFromJson} and {@link safeCreateDocument}. */
export interface CreateDocumentOptions {
  /**
   * What to do with a value that holds what the writers print themselves ("V/v …" as a công văn's
   * subject, "- Như trên;" as a Nơi nhận entry, "Lưu: VT" as an archive entry, "KT." as a prefix):
   * `strip` takes it off with a `model/printed-prefix` warning (default); `refuse` makes it an error.
   */
  readonly printedPrefixes?: PrintedPrefixes;
  /** Called with each warning of a document that was created (a printed prefix taken off). */
  readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
}

/** The outcome of {@link safeCreateDocument}. */
export type SafeCreateResult =
  | {
      readonly success: true;
      readonly document: VanbanDocument;
      /**
       * What was changed on the way in: the input hygiene (one `model/…` diagnostic per field and
       * kind of character: line breaks, controls, invisible characters, special spaces) and
       * printed prefixes taken off (`model/printed-prefix`).
       */
      readonly diagnostics: Diagnostic[];
    }
  | {
      readonly success: false;
      readonly issues: Diagnostic[];
      /** What the input hygiene changed, as when the document is created. */
      readonly diagnostics: Diagnostic[];
    };

/**
 * Builds a document from typed data: cleans every string (NFC; line breaks, tabs, controls,
 * invisible characters and special spaces, see `src/model/normalize.ts`), refuses a key that is no field
 * of the model (naming the field it most likely meant), takes printed prefixes off, checks it
 * against the model and fills the defaults (empty lists, regime `hanh-chinh`).
 *
 * A reader's {@link ReadDocument} is taken too: what it lacks (its kind, its issuer) is named.
 * Data whose type is not known at compile time (parsed JSON, a form's fields) goes through
 * {@link documentFromJson}.
 *
 * @throws {@link DocumentValidationError} listing every problem with its path, one message a
 *   problem: `isuer: not a field of a document; did you mean issuer?`.
 * @example
 * ```ts
 * const doc = createDocument({ kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' }, number: 5 });
 * ```
 */
export function createDocument(
  input: DocumentInput | ReadDocument,
  options: CreateDocumentOptions = {},
): VanbanDocument {
  return created(safeCreateDocument(input, options), options);
}

/**
 * Builds a document from untyped data: a JSON text, or the value `JSON.parse` gave. Checked as
 * {@link createDocument} checks typed data.
 *
 * @throws {@link DocumentValidationError} when the text is not JSON or the data is not a document.
 * @example
 * ```ts
 * const doc = documentFromJson(await readFile('cong-van.json', 'utf8'));
 * ```
 */
export function documentFromJson(json: unknown, options: CreateDocumentOptions = {}): VanbanDocument {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch (error) {
      throw new DocumentValidationError([
        codeDiagnostic(
          'model/invalid-type',
          { vi: `không phải JSON: ${(error as Error).message}`, en: `not JSON: ${(error as Error).message}` },
          { path: '' },
        ),
      ]);
    }
  }
  return created(safeCreateDocument(data, options), options);
}

/**
 * {@link createDocument} that also returns what was changed on the way in (see
 * {@link SafeCreateResult}); empty when every string was clean and no prefix was taken off.
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
export function createDocumentWithDiagnostics(
  input: DocumentInput | ReadDocument,
  options: CreateDocumentOptions = {},
): { document: VanbanDocument; diagnostics: Diagnostic[] } {
  const result = safeCreateDocument(input, options);
  if (!result.success) throw new DocumentValidationError(result.issues);
  return { document: result.document, diagnostics: result.diagnostics };
}

/** Like {@link createDocument} but returns the issues instead of throwing, and what was changed with the document. */
export function safeCreateDocument(input: unknown, options: CreateDocumentOptions = {}): SafeCreateResult {
  // The input hygiene first: the model check's `trim` would otherwise eat a BOM unreported.
  const cleaned = cleanDeep(input);
  const hygiene = hygieneDiagnostics(cleaned.findings);
  const prefixes = stripPrintedPrefixes(cleaned.value, options.printedPrefixes);
  const result = checkInput(DocumentSchema, prefixes.value, 'a document');
  const refused = options.printedPrefixes === 'refuse' ? prefixes.diagnostics : [];
  if (!result.success) return { success: false, issues: [...refused, ...result.issues], diagnostics: hygiene };
  if (refused.length > 0) return { success: false, issues: refused, diagnostics: hygiene };
  return { success: true, document: result.data, diagnostics: [...hygiene, ...prefixes.diagnostics] };
}

function created(result: SafeCreateResult, options: CreateDocumentOptions): VanbanDocument {
  if (!result.success) throw new DocumentValidationError(result.issues);
  for (const d of result.diagnostics) options.onDiagnostic?.(d);
  return result.document;
}
