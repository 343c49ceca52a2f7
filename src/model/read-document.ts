import type { z } from 'zod';
import { DocumentKindSchema, DocumentSchema } from './document.js';
import { IssuerSchema } from './issuer.js';

/**
 * A document as a reader found it. A part the input does not show is absent, never invented: the
 * kind and the issuer too, which a complete document must have. `createDocument` (and so every
 * writer) still requires them and names what is missing.
 */
export const ReadDocumentSchema = DocumentSchema.extend({
  /** Tên loại, absent when the input gives no sign of it (no tên loại line, no V/v, no type code, no header). */
  kind: DocumentKindSchema.optional(),
  /** The issuer (ô 2), absent when the reader found no issuer line. */
  issuer: IssuerSchema.optional(),
}).meta({ id: 'ReadDocument' });

/** A document as read: {@link VanbanDocument} with the kind and the issuer possibly absent. */
export type ReadDocument = z.infer<typeof ReadDocumentSchema>;

/** Whether a read document has every part a complete document needs (its kind and its issuer). */
export function isCompleteDocument<T extends ReadDocument>(
  document: T,
): document is T & { kind: NonNullable<T['kind']>; issuer: NonNullable<T['issuer']> } {
  return document.kind !== undefined && document.issuer !== undefined;
}
