// Validator throughput: documents per second on one core, model rules (no sources, no layout) and
// the seed letter with its sources. Uses the built package; until src/index.ts exports the
// validator, the validator's own entry is bundled with esbuild for the run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, opsPerSecond, round } from './lib.mjs';

async function load() {
  const pkg = await import('../dist/index.js');
  if (
    typeof pkg.validate === 'function' &&
    typeof pkg.sampleDocument === 'function' &&
    typeof pkg.parseText === 'function'
  )
    return pkg;
  const { build } = await import('esbuild');
  const src = new URL('../src/', import.meta.url).pathname;
  const out = new URL('../node_modules/.cache/vanban-bench/validate.mjs', import.meta.url);
  const stdin = {
    contents: "export * from './validate/index.ts'; export { parseText } from './readers/text/index.ts';",
    resolveDir: src,
    loader: 'ts',
  };
  await build({ stdin, bundle: true, format: 'esm', platform: 'neutral', outfile: out.pathname, logLevel: 'silent' });
  return { ...pkg, ...(await import(out.href)) };
}

export default {
  title: 'Validator',
  notes:
    'Model rules: the 29 Decree 30 kinds (conforming samples) in turn, no sources or layout facts. Seed: 000-cong-van-ubnd-quang-ngai-1719.txt read once by parseText, then validated with its sources.',
  async run() {
    const { validate, sampleDocument, sampleLayout, createDocument, ND30_KIND_SLUGS, parseText } = await load();
    const documents = ND30_KIND_SLUGS.map((kind) => createDocument(sampleDocument(kind)));
    let i = 0;
    const rows = [
      {
        name: 'validate, model rules',
        value: round(opsPerSecond(() => validate(documents[i++ % documents.length]))),
        unit: 'documents/s',
        target: '≥ 20000',
      },
    ];
    const layouts = documents.map((d) => sampleLayout({}, {}, d.kind));
    rows.push({
      name: 'validate, model and layout rules',
      value: round(
        opsPerSecond(() => {
          const n = i++ % documents.length;
          validate(documents[n], { layout: layouts[n] });
        }),
      ),
      unit: 'documents/s',
    });
    if (typeof parseText === 'function') {
      const seed = parseText(readFileSync(join(CORPUS_DIR, '000-cong-van-ubnd-quang-ngai-1719.txt'), 'utf8'));
      rows.push({
        name: 'validate, seed letter with sources',
        value: round(opsPerSecond(() => validate(seed))),
        unit: 'documents/s',
      });
    }
    return rows;
  },
};
