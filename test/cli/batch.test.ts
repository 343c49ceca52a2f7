// Folders on all cores, on the BUILT CLI: files found recursively by content, reports in input
// order whatever the number of threads, and peak memory that does not grow with the file count.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../support/corpus.js';

const CLI = join(__dirname, '../../dist/cli.js');
const CORPUS = CORPUS_DIR;
const SEED = join(__dirname, '../../examples/data/cong-van-1719.txt');

function vanban(...args: string[]) {
  return vanbanWith([], ...args);
}

function vanbanWith(nodeOptions: string[], ...args: string[]) {
  const result = spawnSync(process.execPath, [...nodeOptions, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder of `count` copies of the corpus letters (text and DOCX), in nested folders of 100. */
function corpusFolder(count: number): string {
  const sources = readdirSync(CORPUS)
    .filter((name) => /\.(txt|docx)$/.test(name))
    .map((name) => join(CORPUS, name));
  const root = mkdtempSync(join(tmpdir(), 'vanban-batch-'));
  for (let i = 0; i < count; i++) {
    const folder = join(root, `part-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    // No extension: the format is told by content.
    copyFileSync(sources[i % sources.length]!, join(folder, `doc-${String(i).padStart(5, '0')}`));
  }
  mkdirSync(join(root, '.git'));
  copyFileSync(SEED, join(root, '.git', 'hidden.txt'));
  mkdirSync(join(root, 'node_modules'));
  copyFileSync(SEED, join(root, 'node_modules', 'package.txt'));
  return root;
}

function peakRss(stderr: string): number {
  const match = /maxRSS (\d+)/.exec(stderr);
  expect(match).not.toBeNull();
  return Number(match![1]) * 1024;
}

describe('vanban validate on folders', () => {
  let small: string;
  let large: string;
  beforeAll(() => {
    small = corpusFolder(100);
    large = corpusFolder(1000);
  });

  it('walks folders recursively, skips hidden folders and node_modules, and reports in input order with 1 or 2 threads', () => {
    const one = vanban('validate', '--format', 'json', '--jobs', '1', small);
    const two = vanban('validate', '--format', 'json', '--jobs', '2', small);
    const files = one.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).file as string);
    expect(files).toHaveLength(100);
    expect(files).toEqual([...files].sort());
    expect(files.some((file) => file.includes('.git') || file.includes('node_modules'))).toBe(false);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    const formats = new Set(files.map((_, i) => JSON.parse(one.stdout.trim().split('\n')[i]!).format));
    expect(formats).toEqual(new Set(['text', 'docx']));
  });

  it('1,000 files in bounded memory: peak RSS under 300 MB and not growing with the file count', () => {
    // A capped old generation makes V8 collect instead of growing lazily, so peak RSS follows live
    // memory rather than GC timing (uncapped, 1,000 files peaked anywhere from 1.3 to 1.55 times
    // 100 files); a run that kept every file's result would run out of heap. The young generation is
    // capped for the same reason: two workers busy all the run grow their semi-spaces to V8's 16 MB
    // most (1,000 files at 1.42 times 100 files with 16 MB, 1.18 times with 8 MB).
    const capped = ['--max-old-space-size=64', '--max-semi-space-size=8'];
    const hundred = vanbanWith(capped, 'validate', '--format', 'json', '--jobs', '2', '--stats', small);
    const thousand = vanbanWith(capped, 'validate', '--format', 'json', '--jobs', '2', '--stats', large);
    expect(thousand.stdout.trim().split('\n')).toHaveLength(1000);
    const [rss100, rss1000] = [peakRss(hundred.stderr), peakRss(thousand.stderr)];
    expect(rss1000).toBeLessThan(300 * 1024 * 1024);
    // Ten times the files, not ten times the memory (measured: 1.18 times).
    expect(rss1000).toBeLessThan(rss100 * 1.3);
  });

  it('exit 2 when one file of a folder is unusable, and the others are still reported', () => {
    const result = vanban('validate', '--format', 'json', small, '/nonexistent/letter.txt');
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n')).toHaveLength(101);
    expect(result.stderr).toMatch(/nonexistent\/letter.txt: unusable input/);
  });
});
