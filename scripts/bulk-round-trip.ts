/**
 * The corpus round trip (test/writers/corpus-round-trip.test.ts) on the bulk folder's pages: each page
 * parseText reads as an administrative document createDocument accepts is written by toPdf (or toDocx)
 * and read back; prints the pages that come back with other fields or (PDF) a layout finding, and the
 * count by field. The held-out pages (test/bulk-holdout) are left out: their fields are never tuned on.
 * `npx tsx scripts/bulk-round-trip.ts [pdf|docx]`, `V=1` for the first difference of each.
 * The bulk pages are web copies: many hold tables flattened to one-line paragraphs, which no writer
 * can be asked to print back as the table they were; the count is a pointer to classes, not a target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDocument } from '../src/model/create.js';
import type { DocumentInput } from '../src/model/document.js';
import { parsePdf, type PdfReadResult } from '../src/readers/pdf/index.js';
import { parseDocx } from '../src/readers/docx/index.js';
import { parseText } from '../src/readers/text/index.js';
import { toPdf } from '../src/writers/pdf/index.js';
import { toDocx } from '../src/writers/docx/index.js';
import { layoutFindings, liberationSerif } from '../test/writers/pdf/support.js';
import { breaksAsSpaces } from '../test/support/line-breaks.js';
import { BULK_DIR as BULK } from '../test/support/corpus.js';
const fonts = liberationSerif()!;
const held = new Set(
  readdirSync(new URL('../test/bulk-holdout/expected', import.meta.url)).map((f) => f.replace('.json', '.txt')),
);
const mode = process.argv[2] ?? 'pdf';
type Json = Record<string, unknown>;
function firstDiff(a: unknown, b: unknown, path: string): void {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const [x, y] = [a as Json, b as Json];
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
      if (!isDeepStrictEqual(x[k], y[k])) return firstDiff(x[k], y[k], `${path}.${k}`);
  }
  console.log(`  ${path}\n   < ${JSON.stringify(a)?.slice(0, 240)}\n   > ${JSON.stringify(b)?.slice(0, 240)}`);
}
let tried = 0,
  whole = 0;
const classes: Record<string, number> = {};
for (const file of readdirSync(BULK).sort()) {
  if (held.has(file)) continue;
  let d;
  try {
    const r = parseText(readFileSync(join(BULK, file), 'utf8'));
    if (r.document.regime && r.document.regime !== 'hanh-chinh') continue;
    d = createDocument(r.document as DocumentInput);
  } catch {
    continue;
  }
  tried++;
  let read;
  try {
    read =
      mode === 'pdf'
        ? await parsePdf(await toPdf(d, { fonts }), { signatures: false })
        : await parseDocx(await toDocx(d));
  } catch (e) {
    console.log(file, 'CRASH', String(e).slice(0, 200));
    continue;
  }
  const want = JSON.parse(JSON.stringify(breaksAsSpaces(d)));
  const got = JSON.parse(JSON.stringify(read.document));
  const keys = [...new Set([...Object.keys(want), ...Object.keys(got)])].filter(
    (k) => !isDeepStrictEqual(want[k], got[k]),
  );
  const findings = mode === 'pdf' ? layoutFindings(read as PdfReadResult) : [];
  if (keys.length === 0 && findings.length === 0) {
    whole++;
    continue;
  }
  for (const k of keys) classes[k] = (classes[k] ?? 0) + 1;
  for (const f of findings) {
    const id = f.split(' ')[0]!;
    classes[id] = (classes[id] ?? 0) + 1;
  }
  console.log(file, keys.join(','));
  if (process.env.V) for (const k of keys.slice(0, 2)) firstDiff(want[k], got[k], k);
  if (process.env.V) for (const f of findings.slice(0, 3)) console.log('  ! ' + f);
}
console.log(`${whole} of ${tried} whole`, classes);
