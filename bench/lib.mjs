import { existsSync } from 'node:fs';
// Shared timing helpers for the bench files.
import { fileURLToPath } from 'node:url';

/** The shared corpus: `$VANBAN_CORPUS`, else `../shared/corpus` beside the repository, else `/work/shared/corpus` (as the tests find it). */
export const CORPUS_DIR =
  process.env.VANBAN_CORPUS ??
  [fileURLToPath(new URL('../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ??
  fileURLToPath(new URL('../../shared/corpus', import.meta.url));

/** Runs `fn` repeatedly for at least `ms` milliseconds after a warm-up; returns operations per second. */
export function opsPerSecond(fn, { ms = 1000, warmup = 200 } = {}) {
  const warmEnd = performance.now() + warmup;
  while (performance.now() < warmEnd) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    n++;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

/** Same for async functions. */
export async function opsPerSecondAsync(fn, { ms = 1000, warmup = 200 } = {}) {
  const warmEnd = performance.now() + warmup;
  while (performance.now() < warmEnd) await fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    await fn();
    n++;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

/** Rounds to 3 significant digits for the table. */
export function round(x) {
  return Number(x.toPrecision(3));
}

/**
 * The export `name` of the built package, or, until src/index.ts exports it, of the source entry
 * `entry` (a path from the repository root) bundled with esbuild for the run.
 */
export async function loadExport(name, entry) {
  const pkg = await import('../dist/index.js').catch(() => ({}));
  if (typeof pkg[name] === 'function') return pkg[name];
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL(`../${entry}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url))[name];
}
