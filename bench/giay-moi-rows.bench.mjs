// Batches (issue 16): 300 giấy mời from one template and the rows of a CSV to DOCX, as a văn thư
// makes them (rowsFromCsv, documentsFromRows, toDocx), in documents per second beside the rate of
// one giấy mời written alone; and the same through the built command into a zip, wall time of the
// whole process (start, reading, writing the zip). Best of three runs for the batches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyProfile,
  createDocument,
  documentsFromRows,
  profileFromJson,
  rowsFromCsv,
  toDocx,
} from '../dist/index.js';
import { opsPerSecondAsync, round } from './lib.mjs';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const data = (name) => new URL(`../examples/data/${name}`, import.meta.url);
const ROWS = 300;
const profileJson = readFileSync(data('so-noi-vu.profile.json'), 'utf8');
const template = applyProfile(
  profileFromJson(profileJson),
  JSON.parse(readFileSync(data('giay-moi.template.json'), 'utf8')),
);
const units = ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'UBND huyện Sơn Tịnh', 'Phòng Nội vụ huyện Bình Sơn'];
const csv = [
  'ho_ten,chuc_vu,don_vi,number',
  ...Array.from(
    { length: ROWS },
    (_, i) => `Ông Nguyễn Văn ${i + 1},Giám đốc,"${units[i % units.length]}, tỉnh Quảng Ngãi",${i + 1}`,
  ),
].join('\n');

async function batch() {
  let written = 0;
  for (const result of documentsFromRows(template, rowsFromCsv(csv).rows))
    if (result.success && (await toDocx(result.document)).length > 0) written++;
  if (written !== ROWS) throw new Error(`${written} of ${ROWS} written`);
}

export default {
  title: 'Batches: 300 giấy mời from a CSV to DOCX',
  notes:
    'One core. "library" reads the CSV (papaparse), fills the template (profile applied) for each row and writes each DOCX in memory; "one giấy mời" is toDocx on a single created document (the rate a batch can approach). "vanban render --rows" is the built command writing the 300 DOCX into a zip, wall time of the process.',
  async run() {
    const single = createDocument({
      ...template,
      recipients: ['Ông Nguyễn Văn A, Giám đốc'],
      body: template.body.map((b) => ({ ...b, text: b.text.replace(/\{\{\w+\}\}/g, 'A') })),
    });
    await batch();
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await batch();
      best = Math.min(best, performance.now() - start);
    }
    // Measured after the batches, with the same warm code: the two rates are then comparable.
    const one = await opsPerSecondAsync(() => toDocx(single), { ms: 3000, warmup: 1000 });
    const dir = mkdtempSync(join(tmpdir(), 'vanban-bench-rows-'));
    const csvFile = join(dir, 'invitees.csv');
    writeFileSync(csvFile, csv);
    let cliBest = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const run = spawnSync(
        process.execPath,
        [
          CLI,
          'render',
          data('giay-moi.template.json').pathname,
          '--rows',
          csvFile,
          '--profile',
          data('so-noi-vu.profile.json').pathname,
          '--to',
          'docx',
          '-o',
          join(dir, 'out.zip'),
        ],
        { env: { ...process.env, CI: '1' } },
      );
      if (run.status !== 0) throw new Error(String(run.stderr));
      cliBest = Math.min(cliBest, performance.now() - start);
    }
    rmSync(dir, { recursive: true, force: true });
    return [
      { name: 'toDocx, one giấy mời', value: round(one), unit: 'documents/s' },
      { name: 'library, 300 rows → DOCX', value: round((ROWS * 1000) / best), unit: 'documents/s' },
      { name: 'library, 300 rows → DOCX, whole batch', value: round(best / 1000), unit: 's' },
      { name: 'vanban render --rows, 300 DOCX into a zip', value: round(cliBest / 1000), unit: 's' },
      { name: 'vanban render --rows', value: round((ROWS * 1000) / cliBest), unit: 'documents/s' },
    ];
  },
};
