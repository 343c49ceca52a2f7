import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
const { parseDocx } = await import('/work/wt/hostile-strings/dist/index.js');
const files = ['/work/shared/corpus/055-nghidinh-chinhphu-nd30.docx', '/work/shared/corpus/056-mau-nd30-phuluc3.docx', '/work/wt/hostile-strings/test/fixtures/docx/cong-van-cuc-thue.docx', '/work/wt/hostile-strings/test/fixtures/docx/cong-van-vpcp.docx'];
for (const f of files) {
  const b = new Uint8Array(readFileSync(f));
  const time = async (fn, n) => { for (let i = 0; i < 20; i++) await fn(); const t = performance.now(); for (let i = 0; i < n; i++) await fn(); return (performance.now() - t) / n; };
  const ours = [], theirs = [];
  for (let r = 0; r < 5; r++) { ours.push(await time(() => parseDocx(b), 30)); theirs.push(await time(() => mammoth.extractRawText({ buffer: Buffer.from(b) }), 30)); }
  const med = (a) => a.sort((x, y) => x - y)[2];
  console.log(f.split('/').pop(), 'ours', med(ours).toFixed(2), 'ms mammoth', med(theirs).toFixed(2), 'ms ratio', (med(theirs) / med(ours)).toFixed(2));
}
