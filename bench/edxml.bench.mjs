// edXML and vanban XML throughput: toEdxml / parseEdxml (with and without a 1 MiB attachment)
// and toXml / parseXml, on the seed letter.
import { readFileSync } from 'node:fs';
import { createDocument, parseEdxml, parseXml, toEdxml, toXml } from '../dist/index.js';
import { opsPerSecond, round } from './lib.mjs';

const seed = JSON.parse(readFileSync(new URL('../examples/data/cong-van-1719.json', import.meta.url), 'utf8'));
const letter = createDocument({
  ...seed,
  issuer: { ...seed.issuer, code: '000.00.00.H55' },
  exchange: { to: [{ name: 'Sở Thông tin và Truyền thông tỉnh Quảng Ngãi', code: '000.00.13.H55' }] },
});
const small = { sentAt: '2024-04-09T09:15:00+07:00' };
const megabyte = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) & 0xff);
megabyte.set(new TextEncoder().encode('%PDF-1.7\n'));
const large = { ...small, attachments: [{ name: '1719.pdf', mediaType: 'application/pdf', data: megabyte }] };

export default {
  title: 'edXML and vanban XML',
  notes: 'Seed letter (Công văn 1719/UBND-KGVX). "1 MiB" rows carry one 1 MiB PDF attachment, base64 in the package.',
  async run() {
    const smallPackage = toEdxml(letter, small);
    const largePackage = toEdxml(letter, large);
    const xml = toXml(letter);
    const largeMb = largePackage.length / 2 ** 20;
    return [
      { name: 'toEdxml (no attachment)', value: round(opsPerSecond(() => toEdxml(letter, small))), unit: 'packages/s' },
      {
        name: 'parseEdxml (no attachment)',
        value: round(opsPerSecond(() => parseEdxml(smallPackage))),
        unit: 'packages/s',
      },
      {
        name: 'toEdxml (1 MiB attachment)',
        value: round(opsPerSecond(() => toEdxml(letter, large)) * largeMb),
        unit: 'MB/s of package',
      },
      {
        name: 'parseEdxml (1 MiB attachment)',
        value: round(opsPerSecond(() => parseEdxml(largePackage)) * largeMb),
        unit: 'MB/s of package',
      },
      { name: 'toXml', value: round(opsPerSecond(() => toXml(letter))), unit: 'documents/s' },
      { name: 'parseXml', value: round(opsPerSecond(() => parseXml(xml))), unit: 'documents/s' },
    ];
  },
};
