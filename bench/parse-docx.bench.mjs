// parseDocx on the corpus Word files, the agencies' Word letters and the LibreOffice fixtures: each
// file timed against mammoth.extractRawText, interleaved and repeated, with the spread over the
// rounds; then the throughput over all files and the ratio to the floor of unzipping and tokenising.
//
// VANBAN_BASELINE=<path to an older build's dist/index.js> adds that build's parseDocx to the same
// rounds (the "before" of a change, measured beside the "after" in one run).
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { join } from 'node:path';
import { CORPUS_DIR, loadExport, opsPerSecondAsync, opsPerSecond, round } from './lib.mjs';

const fixture = (name) => new URL(`../test/fixtures/docx/${name}`, import.meta.url).pathname;
const FILES = [
  join(CORPUS_DIR, '055-nghidinh-chinhphu-nd30.docx'),
  join(CORPUS_DIR, '056-mau-nd30-phuluc3.docx'),
  fixture('cong-van-cuc-thue.docx'),
  fixture('cong-van-vpcp.docx'),
  fixture('word/cong-van-ubnd-binh-thuan-3083.docx'),
  fixture('word/quyet-dinh-ubnd-binh-thuan-1424.docx'),
  fixture('word/to-trinh-snv-binh-thuan-2114.docx'),
];
// Rounds per file, and about how long (CPU ms) each contender runs in a round.
const ROUNDS = 11;
const SLICE_MS = 150;
// The parts parseDocx reads: the floor unzips and decodes the same ones.
const READ_PARTS =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|word\/(document|styles|numbering|settings|header\d*|footer\d*)\.xml|word\/_rels\/document\.xml\.rels|word\/theme\/theme\d*\.xml)$/u;
// settings.xml is only scanned by the reader (a tree only when it holds one of these settings), so
// tokenising all of it (80 KB of rsids in the Decree's file) would flatter the ratio.
const SETTINGS_READ = /documentProtection|trackRevisions/u;

/** Unzips the package and runs saxes over its XML parts with the tag and text events on. */
function floor(bytes) {
  const parts = unzipSync(bytes, { filter: (f) => READ_PARTS.test(f.name) });
  let tags = 0;
  for (const [name, data] of Object.entries(parts)) {
    const text = strFromU8(data);
    if (name === 'word/settings.xml' && !SETTINGS_READ.test(text)) continue;
    const parser = new SaxesParser({ position: false });
    parser.on('opentag', () => tags++);
    parser.on('closetag', () => {});
    parser.on('text', () => {});
    parser.write(text).close();
  }
  return tags;
}

/** The process's CPU time (user and system), in milliseconds. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Milliseconds of CPU time per call of `fn`, run for `ms` milliseconds of CPU time (the warm-up):
 * on a shared machine, wall time also counts the time other processes hold the core.
 */
async function msPerCall(fn, ms) {
  let n = 0;
  const start = cpuMs();
  let now = start;
  while (now - start < ms) {
    await fn();
    n++;
    now = cpuMs();
  }
  return (now - start) / n;
}

/**
 * One round on one file: the contenders called one after the other, call by call (their order
 * alternating), until each has had about `ms` milliseconds of CPU time; the median CPU time of a
 * call of each. Call by call, a burst of load from other processes falls on every contender
 * alike; slices of 150 ms each (the first form of this bench) gave ratios from 0.3 to 3 on a busy
 * machine.
 */
async function interleavedRound(contenders, file, ms) {
  const times = contenders.map(() => []);
  let spent = 0;
  for (let k = 0; spent < ms * contenders.length; k++) {
    for (let j = 0; j < contenders.length; j++) {
      const i = k % 2 ? contenders.length - 1 - j : j;
      const start = cpuMs();
      await contenders[i][1](file);
      const t = cpuMs() - start;
      times[i].push(t);
      spent += t;
    }
  }
  return times.map(median);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** "median (min–max)" of a list, 3 significant digits. */
const spread = (xs) => `${round(Math.min(...xs))}–${round(Math.max(...xs))}`;

export default {
  title: 'DOCX reader (parseDocx)',
  notes:
    "Files: the Decree as a Word file (055, 57 KB), its Phụ lục III templates one after another (056, 39 KB, 935 paragraphs), the two LibreOffice fixtures (7 KB each) and three agencies' one-page letters saved by Word (test/fixtures/docx/word, 26–32 KB: Word's usual parts, a 31–46 KB styles part). parseDocx reads the document, styles, numbering, theme, settings, headers and footers, resolves formatting, runs the text reader's detection and builds the layout facts; mammoth.extractRawText only extracts the text. Per file: " +
    `${ROUNDS} rounds after a warm-up; in each, parseDocx and mammoth are called one after the other, call by call (their order alternating), until each has run about ${SLICE_MS} ms, every call timed in CPU time of the process (the machine is shared), and the round's value is the median call. The value is the median over the rounds, the spread (min–max over the rounds) is in the unit column, and the ratio is taken round by round (mammoth's time over parseDocx's in the same round). ` +
    'The floor is fflate unzipping and decoding the same XML parts and saxes tokenising them (tags and text events, no tree), settings.xml only when the reader parses it too.',
  async run() {
    const parseDocx = await loadExport('parseDocx', 'src/readers/docx/index.ts');
    const baselinePath = process.env.VANBAN_BASELINE;
    const baseline = baselinePath
      ? (await import(new URL(baselinePath, `file://${process.cwd()}/`))).parseDocx
      : undefined;
    const files = FILES.map((f) => new Uint8Array(readFileSync(f)));
    const bytes = files.reduce((n, f) => n + f.length, 0);

    const contenders = [
      ['parseDocx', (f) => parseDocx(f)],
      ['mammoth', (f) => mammoth.extractRawText({ buffer: Buffer.from(f) })],
      ...(baseline ? [['parseDocx before', (f) => baseline(f)]] : []),
    ];
    // Warm every contender on every file (JIT, caches) before any round counts.
    for (const f of files) for (const [, fn] of contenders) await msPerCall(() => fn(f), 300);

    const rows = [];
    for (const [i, f] of files.entries()) {
      const times = new Map(contenders.map(([name]) => [name, []]));
      for (let r = 0; r < ROUNDS; r++) {
        const medians = await interleavedRound(contenders, f, SLICE_MS);
        contenders.forEach(([name], i) => times.get(name).push(medians[i]));
      }
      const label = `${FILES[i].split('/').pop()} (${round(f.length / 1024)} KB)`;
      for (const [name] of contenders) {
        const t = times.get(name);
        rows.push({ name: `${label}: ${name}`, value: round(median(t)), unit: `ms (${spread(t)})` });
      }
      const ours = times.get('parseDocx');
      const ratios = times.get('mammoth').map((m, r) => m / ours[r]);
      rows.push({
        name: `${label}: speed ratio to mammoth`,
        value: round(median(ratios)),
        unit: `× faster (${spread(ratios)})`,
        target: '≥ 3',
      });
      if (baseline) {
        const gains = times.get('parseDocx before').map((b, r) => b / ours[r]);
        rows.push({
          name: `${label}: speed ratio to before`,
          value: round(median(gains)),
          unit: `× (${spread(gains)})`,
        });
      }
    }

    const all = await opsPerSecondAsync(
      async () => {
        for (const f of files) await parseDocx(f);
      },
      { ms: 3000, warmup: 500 },
    );
    const floorRounds = opsPerSecond(
      () => {
        for (const f of files) floor(f);
      },
      { ms: 2000, warmup: 500 },
    );
    rows.push(
      {
        name: `documents per second (${files.length} files, mean ${round(bytes / files.length / 1024)} KB)`,
        value: round(all * files.length),
        unit: 'docs/s',
      },
      { name: 'throughput', value: round((all * bytes) / 2 ** 20), unit: 'MB/s (DOCX bytes)' },
      {
        name: 'time ratio to the floor (unzip + saxes tokenise)',
        value: round(floorRounds / all),
        unit: '× the floor',
        target: '≤ 2',
      },
    );
    return rows;
  },
};
