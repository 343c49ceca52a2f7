import { readFileSync } from 'node:fs';
const { parseDocx } = await import('../dist/index.js');
const b = new Uint8Array(readFileSync(process.argv[2]));
for (let i = 0; i < 300; i++) await parseDocx(b);
