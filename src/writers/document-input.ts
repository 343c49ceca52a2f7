import { createDocument } from '../model/create.js';
import { type DocumentInput, DocumentSchema, type VanbanDocument } from '../model/document.js';
import type { ReadDocument } from '../model/read-document.js';

/**
 * What every writer takes: a document as created, or plain data of the model's input type (lists
 * and defaults optional, as `createDocument` takes them), so that `{ ...document, exchange: { to } }`
 * can be written straight away.
 *
 * @module
 */

/**
 * A writer's document: the model's input type (a created document is one too), or what a reader
 * read (written when it has its kind and its issuer; else `DocumentValidationError` names them).
 */
export type WritableDocument = DocumentInput | VanbanDocument | ReadDocument;

/**
 * The document as the model holds it. A document the model accepts as it stands (one created, or
 * built by hand with the model's types) is written as it stands, its defaults filled: each writer
 * makes its strings writable (escaped, or cleaned of controls), and nothing in it is changed
 * behind the caller's back. Other data goes through `createDocument`, which cleans it, takes
 * printed prefixes off and names what is wrong.
 *
 * @throws DocumentValidationError when the data is not a document (a misspelt key, a date in the wrong form…).
 */
export function modelOf(document: WritableDocument): VanbanDocument {
  const parsed = DocumentSchema.safeParse(document);
  return parsed.success ? parsed.data : createDocument(document);
}
