/**
 * parsePdf(toPdf(d)) on the real documents of ../shared/corpus (their text read by parseText, kept when
 * createDocument accepts it): which come back with other fields or with layout findings.
 * `npx tsx scripts/corpus-pdf-round-trip.ts`. Issue 15 asks for every document back with no layout
 * finding; at stop 21, 13 of 25 did.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../src/model/create.js';
import type { DocumentInput } from '../src/model/document.js';
import { parsePdf } from '../src/readers/pdf/index.js';
import { parseText } from '../src/readers/text/index.js';
import { RULES } from '../src/rules/index.js';
import { validate } from '../src/validator.js';
import { toPdf } from '../src/writers/pdf/index.js';
import { liberationSerif } from '../test/writers/pdf/support.js';
import { CORPUS_DIR } from '../test/support/corpus.js';

const fonts = liberationSerif();
if (!fonts) throw new Error('Liberation Serif 2 is needed (Debian fonts-liberation2)');
const LAYOUT = new Set(RULES.filter((r) => r.meta.needsLayout).map((r) => r.meta.id));

let tried = 0;
let back = 0;
for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'))) {
  let d;
  try {
    d = createDocument(parseText(readFileSync(join(CORPUS_DIR, file), 'utf8')).document as DocumentInput);
  } catch {
    continue; // a copy that lost a required part: no document to write
  }
  tried++;
  const read = await parsePdf(await toPdf(d, { fonts }), { signatures: false });
  const r = read.document;
  const same =
    r.kind === d.kind &&
    r.number === d.number &&
    r.notation === d.notation &&
    r.signatures.length === d.signatures.length &&
    r.body.length === d.body.length;
  const findings = validate(read)
    .diagnostics.filter((x) => (x.severity === 'error' || x.severity === 'warning') && LAYOUT.has(x.id))
    .filter((x) => x.id !== 'nd30/pl1/phong-chu')
    .map((x) => `${x.id} ${x.path}: ${x.message.en}`);
  if (same && findings.length === 0) back++;
  else console.log(`${file}${same ? '' : ' (fields differ)'}\n  ${findings.join('\n  ')}`);
}
console.log(`${back} of ${tried} corpus documents written by toPdf read back with their fields and no layout finding`);
