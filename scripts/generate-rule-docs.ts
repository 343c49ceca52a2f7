/**
 * Writes docs/rules/ from the rule metas and docs/diagnostics/ from the declared codes. A test fails when the committed pages are stale: run
 * `npx tsx scripts/generate-rule-docs.ts` after changing a rule.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCodeDocs } from './lib/code-docs.js';
import { renderRuleDocs } from './lib/rule-docs.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const pages = new Map([...renderRuleDocs(), ...renderCodeDocs()]);
for (const [path, text] of pages) {
  mkdirSync(dirname(root + path), { recursive: true });
  writeFileSync(root + path, text);
}
console.log(`wrote ${pages.size} pages under docs/rules/ and docs/diagnostics/`);
