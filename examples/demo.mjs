// The main job on the bundled example: `npm run demo`.
// Reads the seed letter (examples/data/cong-van-1719.json), checks it against the model and prints its
// header as Decree 30 lays it out.
import { readFileSync } from 'node:fs';
import { createDocument, formatNumberNotation, formatPlaceDate } from '../dist/index.js';

const input = JSON.parse(readFileSync(new URL('./data/cong-van-1719.json', import.meta.url), 'utf8'));
const doc = createDocument(input);

const left = [doc.issuer.parent, doc.issuer.name, formatNumberNotation(doc), doc.subject && `V/v ${doc.subject}`].filter(Boolean);
const right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', formatPlaceDate(doc.place, doc.date)];
console.log('Header of the seed letter (examples/data/cong-van-1719.json):\n');
for (const line of left) console.log(`  ${line}`);
console.log('');
for (const line of right) console.log(`  ${line}`);
