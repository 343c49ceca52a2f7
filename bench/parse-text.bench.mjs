// parseText on the real documents of the corpus, and on inputs growing to 1 MB (time must grow linearly).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, opsPerSecond, round } from './lib.mjs';

async function loadParseText() {
  const pkg = await import('../dist/index.js');
  if (typeof pkg.parseText === 'function') return pkg.parseText;
  // Until src/index.ts exports the text reader, bundle it from its own entry.
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL('../src/readers/text/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).parseText;
}

export default {
  title: 'Text reader (parseText)',
  notes:
    'Corpus: the 26 text documents of the shared corpus (web copies, PDF text, OCR; 0.6–22 KB). Typical: the corpus documents up to 5 KB (công văn and short notices). Growth: a 64 KB unit of corpus text repeated up to the size; "per MB" stays flat when time is linear in size.',
  async run() {
    const parseText = await loadParseText();
    const docs = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
    const chars = docs.reduce((n, d) => n + d.length, 0);
    const typical = docs.filter((d) => d.length <= 5000);
    const typicalChars = typical.reduce((n, d) => n + d.length, 0);
    const corpusRounds = opsPerSecond(
      () => {
        for (const d of docs) parseText(d);
      },
      { ms: 2000, warmup: 500 },
    );
    const typicalRounds = opsPerSecond(
      () => {
        for (const d of typical) parseText(d);
      },
      { ms: 2000, warmup: 500 },
    );
    const rows = [
      {
        name: `corpus documents per second (${docs.length} docs, mean ${round(chars / docs.length / 1024)} KB)`,
        value: round(corpusRounds * docs.length),
        unit: 'docs/s',
      },
      { name: 'corpus throughput', value: round((corpusRounds * chars) / 2 ** 20), unit: 'MB/s (UTF-16 chars)' },
      {
        name: `typical documents per second (${typical.length} docs ≤ 5 KB, mean ${round(typicalChars / typical.length / 1024)} KB)`,
        value: round(typicalRounds * typical.length),
        unit: 'docs/s',
        target: '≥ 2000',
      },
    ];
    // One 64 KB unit of corpus text, repeated: the same content at every size, so time per MB stays flat if linear.
    const all = docs.join('\n\n');
    const unit = all.slice(0, all.lastIndexOf('\n', 64 * 1024) + 1).padEnd(64 * 1024, ' ');
    for (const kb of [64, 128, 256, 512, 1024]) {
      const text = unit.repeat(kb / 64);
      const perSecond = opsPerSecond(() => parseText(text), { ms: 1500, warmup: 300 });
      rows.push({ name: `${kb} KB input`, value: round(1000 / perSecond), unit: 'ms' });
      rows.push({
        name: `${kb} KB input, per MB`,
        value: round((1000 / perSecond) * (1024 / kb)),
        unit: 'ms/MB',
        target: 'flat (linear)',
      });
    }
    for (const [name, text] of [
      ['1 MB of spaces', ' '.repeat(1 << 20)],
      ['1 MB of one long line', 'ngày 1 tháng '.repeat(80_000)],
      ['1 MB of signature blocks', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Hoàng Tuấn\n'.repeat(25_000)],
      // Lines without end punctuation wrap into one paragraph: these were quadratic (29 s for the Số lines).
      ['1 MB of Số lines', 'Số: 05/QĐ-UBND\n'.repeat(65_000)],
      ['1 MB of date lines', 'Hà Nội, ngày 09 tháng 4 năm 2024\n'.repeat(30_000)],
      ['1 MB of V/v lines', 'V/v triển khai công tác phòng chống thiên tai\n'.repeat(23_000)],
      ['1 MB of CAPS lines', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n'.repeat(32_000)],
    ]) {
      const perSecond = opsPerSecond(() => parseText(text), { ms: 1000, warmup: 200 });
      rows.push({ name: `${name} (pathological)`, value: round(1000 / perSecond), unit: 'ms' });
    }
    return rows;
  },
};
