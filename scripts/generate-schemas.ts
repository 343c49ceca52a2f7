/**
 * Writes the JSON Schema of the model into schemas/. A test fails when the committed file is stale:
 * run `npm run schemas` after changing the model.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentJsonSchemaText } from '../src/model/json-schema.js';

const target = fileURLToPath(new URL('../schemas/vanban.schema.json', import.meta.url));
writeFileSync(target, documentJsonSchemaText());
console.log(`wrote ${target}`);
