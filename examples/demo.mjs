// The main job on the bundled example: `npm run demo`.
// Reads the seed letter (examples/data/cong-van-1719.json), checks it against the model and prints its
// header as Decree 30 lays it out.
import { mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createDocument, formatNumberNotation, formatPlaceDate } from '../dist/index.js';

const input = JSON.parse(readFileSync(new URL('./data/cong-van-1719.json', import.meta.url), 'utf8'));
const doc = createDocument(input);

const left = [
  doc.issuer.parent,
  doc.issuer.name,
  formatNumberNotation(doc),
  doc.subject && `V/v ${doc.subject}`,
].filter(Boolean);
const right = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  formatPlaceDate(doc.place, doc.date),
];
console.log('Header of the seed letter (examples/data/cong-van-1719.json):\n');
for (const line of left) console.log(`  ${line}`);
console.log('');
for (const line of right) console.log(`  ${line}`);

// The main job, end to end, through the built `vanban` command (dist/cli.js): read the letter as text
// (the bundled copy of corpus 000, so it runs on a fresh clone), validate it, write out/ with the DOCX,
// the PDF (in Times New Roman or Liberation Serif 2, whichever the system has), the edXML package and our XML.

const seedText = fileURLToPath(new URL('./data/cong-van-1719.txt', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const vanban = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

console.log(`\nSummary of ${seedText}, read as text:\n`);
process.stdout.write(vanban('parse', '--summary', seedText).stdout);

console.log(`\nValidation report of ${seedText}:\n`);
const report = vanban('validate', seedText);
process.stdout.write(report.stdout + report.stderr);

const outDir = fileURLToPath(new URL('../out/', import.meta.url));
mkdirSync(outDir, { recursive: true });
// A text letter carries no mã định danh: the demo gives example sender and receiver codes.
const outputs = [
  ['xml', 'cong-van-1719.xml', []],
  ['edxml', 'cong-van-1719.edxml', ['--from', '000.00.00.H49', '--receiver', '000.00.00.G22=Sở Y tế tỉnh Quảng Ngãi']],
  ['docx', 'cong-van-1719.docx', []],
  ['pdf', 'cong-van-1719.pdf', []],
];
console.log('\nWritten:');
for (const [format, name, extra] of outputs) {
  const result = vanban('render', seedText, '--to', format, '-o', outDir + name, ...extra);
  if (result.status === 0) console.log(`  ${format.padEnd(6)} ${outDir}${name}`);
  else console.log(`  ${format.padEnd(6)} failed: ${result.stderr.split('\n')[0]}`);
  // The PDF command says which fonts it found when they are not Times New Roman.
  if (result.status === 0 && result.stderr) console.log(`         ${result.stderr.trim()}`);
}

// The PDF written above, read back: the same letter, its layout measured on the page.
const pdf = `${outDir}cong-van-1719.pdf`;
console.log(`\nSummary of ${pdf}, read back:\n`);
process.stdout.write(vanban('parse', '--summary', pdf).stdout);
