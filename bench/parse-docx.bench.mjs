// parseDocx on the corpus Word files and the LibreOffice fixtures: throughput, the ratio to
// mammoth.extractRawText on the same files, and the ratio to the floor of unzipping and tokenising.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { join } from 'node:path';
import { CORPUS_DIR, loadExport, opsPerSecondAsync, opsPerSecond, round } from './lib.mjs';

const FILES = [
  join(CORPUS_DIR, '055-nghidinh-chinhphu-nd30.docx'),
  join(CORPUS_DIR, '056-mau-nd30-phuluc3.docx'),
  new URL('../test/fixtures/docx/cong-van-cuc-thue.docx', import.meta.url).pathname,
  new URL('../test/fixtures/docx/cong-van-vpcp.docx', import.meta.url).pathname,
];
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

export default {
  title: 'DOCX reader (parseDocx)',
  notes:
    "Files: the Decree as a Word file (055, 57 KB), its Phụ lục III templates one after another (056, 39 KB, 935 paragraphs), and the two LibreOffice fixtures (7 KB each). parseDocx reads the document, styles, numbering, theme, settings, headers and footers, resolves formatting, runs the text reader's detection and builds the layout facts; mammoth.extractRawText only extracts the text. The floor is fflate unzipping and decoding the same XML parts and saxes tokenising them (tags and text events, no tree), settings.xml only when the reader parses it too.",
  async run() {
    const parseDocx = await loadExport('parseDocx', 'src/readers/docx/index.ts');
    const files = FILES.map((f) => new Uint8Array(readFileSync(f)));
    const bytes = files.reduce((n, f) => n + f.length, 0);
    const ours = await opsPerSecondAsync(
      async () => {
        for (const f of files) await parseDocx(f);
      },
      { ms: 3000, warmup: 1000 },
    );
    const theirs = await opsPerSecondAsync(
      async () => {
        for (const f of files) await mammoth.extractRawText({ buffer: Buffer.from(f) });
      },
      { ms: 3000, warmup: 1000 },
    );
    const floorRounds = opsPerSecond(
      () => {
        for (const f of files) floor(f);
      },
      { ms: 2000, warmup: 500 },
    );
    const rows = [
      {
        name: `documents per second (${files.length} files, mean ${round(bytes / files.length / 1024)} KB)`,
        value: round(ours * files.length),
        unit: 'docs/s',
      },
      { name: 'throughput', value: round((ours * bytes) / 2 ** 20), unit: 'MB/s (DOCX bytes)' },
      { name: 'speed ratio to mammoth.extractRawText', value: round(ours / theirs), unit: '× faster', target: '≥ 3' },
      {
        name: 'time ratio to the floor (unzip + saxes tokenise)',
        value: round(floorRounds / ours),
        unit: '× the floor',
        target: '≤ 2',
      },
    ];
    for (const [i, f] of files.entries()) {
      const one = await opsPerSecondAsync(() => parseDocx(f), { ms: 800, warmup: 300 });
      const mam = await opsPerSecondAsync(() => mammoth.extractRawText({ buffer: Buffer.from(f) }), {
        ms: 800,
        warmup: 300,
      });
      rows.push(
        { name: `${FILES[i].split('/').pop()}: parseDocx`, value: round(1000 / one), unit: 'ms' },
        { name: `${FILES[i].split('/').pop()}: mammoth`, value: round(1000 / mam), unit: 'ms' },
      );
    }
    return rows;
  },
};
