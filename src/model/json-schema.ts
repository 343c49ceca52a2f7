import { z } from 'zod';
import { DocumentSchema } from './document.js';

/** The JSON Schema (draft 2020-12) of a document as JSON input: defaulted fields are optional. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:vanban:schema:document',
    ...z.toJSONSchema(DocumentSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}

/** {@link documentJsonSchema} as the text committed in `schemas/vanban.schema.json`. */
export function documentJsonSchemaText(): string {
  return `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
}
