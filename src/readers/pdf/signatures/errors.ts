/**
 * The typed error of the signature reader: input that is not a PDF at all. Limits throw
 * {@link LimitExceededError}; everything else is a diagnostic.
 *
 * @module
 */

import { VanbanError } from '../../../errors.js';

/** Input that is not a PDF (no `%PDF-` header in the first 1024 bytes). */
export class NotPdfError extends VanbanError {
  constructor(message: string) {
    super('pdf/not-a-pdf', message);
  }
}
