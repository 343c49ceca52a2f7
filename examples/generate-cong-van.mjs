// Generate a công văn from JSON (what a workflow system exports) and write it as DOCX, edXML and
// vanban XML.
//
//   npm run build && node examples/generate-cong-van.mjs [out-folder]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, docxLayoutIntent, toDocx, toEdxml, toXml, validate } from '../dist/index.js';

const outDir = process.argv[2] ?? 'out';
const json = JSON.parse(readFileSync(new URL('./data/cong-van-1719.json', import.meta.url), 'utf8'));

// createDocument checks the JSON against the model, NFC-normalises it and fills defaults; it throws
// one DocumentValidationError listing every problem (path and message) when the JSON is wrong.
const document = createDocument({
  ...json,
  // Not printed on the page, needed for edXML: the mã định danh (QĐ 20/2020/QĐ-TTg) of the sender
  // and of each receiver. These codes are examples: use your own.
  issuer: { ...json.issuer, code: '000.00.00.H49' },
  exchange: { to: [{ code: '000.00.00.G22', name: 'Sở Y tế tỉnh Quảng Ngãi' }] },
});

// Check before writing: the layout the DOCX writer intends lets the layout rules run too.
const report = validate(document, { layout: docxLayoutIntent(document) });
console.log(`Decree 30 check: ${report.summary.errors} error(s), ${report.summary.warnings} warning(s)`);
for (const d of report.diagnostics) console.log(`  ${d.severity}  ${d.message.vi}  (${d.id})`);

mkdirSync(outDir, { recursive: true });
const outputs = {
  'cong-van-1719.docx': await toDocx(document), // A4, Times New Roman, the two-column header table
  'cong-van-1719.edxml': toEdxml(document), // the package for the interconnection axis (QCVN 102:2016)
  'cong-van-1719.xml': toXml(document), // vanban's own XML, read back by parseXml
};
for (const [name, content] of Object.entries(outputs)) {
  writeFileSync(join(outDir, name), content);
  console.log(`wrote ${join(outDir, name)}`);
}
