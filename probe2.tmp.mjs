import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { readFileSync } from 'node:fs';
globalThis.pdfjsWorker = worker;
const file = process.argv[2];
const data = new Uint8Array(readFileSync(file));
const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const page = await doc.getPage(Number(process.argv[3] ?? 1));
const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k, v]) => [v, k]));
let inAnn = false;
const counts = {};
for (let i = 0; i < ops.fnArray.length; i++) {
  const fn = names[ops.fnArray[i]]; const a = ops.argsArray[i];
  counts[fn] = (counts[fn] ?? 0) + 1;
  if (fn === 'beginAnnotation') { inAnn = true; console.log('BEGIN', JSON.stringify(a.slice(0,4))); }
  if (fn === 'endAnnotation') { inAnn = false; console.log('END'); }
  if (inAnn && fn !== 'showText') console.log(' ', fn, JSON.stringify(a)?.slice(0, 200));
  if (inAnn && fn === 'showText') console.log('  TEXT', a[0].map(g => g?.unicode ?? (typeof g === 'number' ? `[${g}]` : '')).join(''));
  if (inAnn && fn === 'setFont') { const f = page.commonObjs.has(a[0]) ? page.commonObjs.get(a[0]) : null; console.log('  FONT', f?.name, f?.loadedName, f?.bold, f?.black, f?.italic); }
}
console.log(counts);
