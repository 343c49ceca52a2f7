/**
 * Writes the XSD of vanban's own XML into schemas/. A test fails when the committed file is stale:
 * run `npx tsx scripts/generate-xsd.ts` after changing the model.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vanbanXsd } from '../src/formats/vanban-xml/xsd.js';

const target = fileURLToPath(new URL('../schemas/vanban.xsd', import.meta.url));
writeFileSync(target, vanbanXsd());
console.log(`wrote ${target}`);
