/**
 * Writes the signed test PDFs of test/readers/pdf/signatures/support/scenarios.ts into
 * test/fixtures/pdf-signatures/, with the PEM of the test root CA that issued their signers (and of
 * another root that did not), for people and other tools (pdfsig, Acrobat) to look at.
 * The tests build the same files afresh; these copies are for inspection and the fixture test.
 *
 * Run: npx tsx scripts/generate-pdf-signature-fixtures.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPem } from '../test/readers/pdf/signatures/support/pki.js';
import { makeScenarios, makeTestPki } from '../test/readers/pdf/signatures/support/scenarios.js';

const dir = fileURLToPath(new URL('../test/fixtures/pdf-signatures/', import.meta.url));
mkdirSync(dir, { recursive: true });
const pki = await makeTestPki();
const scenarios = await makeScenarios(pki);
for (const [name, bytes] of Object.entries(scenarios)) writeFileSync(join(dir, `${name}.pdf`), bytes);
writeFileSync(join(dir, 'test-root.pem'), toPem(pki.root.der));
writeFileSync(join(dir, 'other-root.pem'), toPem(pki.otherRoot.der));
// The same file rewritten by qpdf with a cross-reference stream and object streams (byte range now stale).
const qpdf = spawnSync('qpdf', [
  '--object-streams=generate',
  join(dir, 'visible-widget.pdf'),
  join(dir, 'rewritten-object-streams.pdf'),
]);
if (qpdf.error || qpdf.status !== 0)
  process.stderr.write('qpdf missing or failed: rewritten-object-streams.pdf not made\n');
process.stdout.write(`wrote ${Object.keys(scenarios).length} PDFs and 2 roots to ${dir}\n`);
