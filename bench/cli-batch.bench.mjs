// Batch validation through the BUILT command (dist/cli.js): a folder of 2,000 corpus letters (text
// and DOCX copies) with --jobs 1 (every file checked in the main thread) and --jobs 2 (two worker
// threads check, the main thread walks the folder, hands out batches and writes the reports), wall
// time of the whole process, best of three runs each. On 2 cores --jobs 1 is not one core: V8's
// garbage collector runs on helper threads beside it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, round } from './lib.mjs';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const CORPUS = CORPUS_DIR;
const FILES = 2000;

function corpusFolder(count) {
  const sources = readdirSync(CORPUS)
    .filter((name) => /\.(txt|docx)$/.test(name))
    .map((name) => join(CORPUS, name));
  const root = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
  for (let i = 0; i < count; i++) {
    const folder = join(root, `part-${Math.floor(i / 100)}`);
    mkdirSync(folder, { recursive: true });
    copyFileSync(sources[i % sources.length], join(folder, `doc-${i}`));
  }
  return root;
}

function seconds(folder, jobs) {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [CLI, 'validate', '--format', 'json', '--jobs', String(jobs), folder], {
      env: { ...process.env, CI: '1' },
      maxBuffer: 1 << 28,
    });
    if (result.status === 2) throw new Error(`vanban validate failed: ${result.stderr}`);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

export default {
  title: 'CLI batch validation',
  notes: `${FILES} files (copies of the corpus .txt and .docx letters) in folders of 100, \`vanban validate --format json\`, whole process including start-up and the workers' start (~0.1 s each); best of 3.`,
  async run() {
    const folder = corpusFolder(FILES);
    try {
      const one = seconds(folder, 1);
      const two = seconds(folder, 2);
      return [
        { name: '--jobs 1', value: round(FILES / one), unit: 'files/s' },
        { name: '--jobs 2', value: round(FILES / two), unit: 'files/s' },
        {
          name: 'speed-up, --jobs 2 over --jobs 1',
          value: round(one / two),
          unit: '×',
          target: '≥ 1.7 on 2 idle cores',
        },
      ];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
