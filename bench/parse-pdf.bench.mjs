// parsePdf on the signed corpus PDFs and the generated ones: its time against pdfjs-dist's bare
// getTextContent over the same pages (the floor: opening the file and extracting positioned text,
// nothing else), against pdf-parse's text extraction, and pages per second on a 200-page file with
// the process's memory (linear in pages, flat in memory).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR, loadExport, opsPerSecondAsync, round } from './lib.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILES = [
  join(CORPUS_DIR, '057-congvan-ubnd-quangngai-507-signed.pdf'),
  join(CORPUS_DIR, '058-thongbao-ubnd-quangngai-542-signed.pdf'),
  join(CORPUS_DIR, '059-thongbao-ubnd-quangngai-565-signed.pdf'),
  join(ROOT, 'test/fixtures/pdf/libreoffice/seed-cong-van-1719.pdf'),
  join(ROOT, 'test/fixtures/pdf/libreoffice/quyet-dinh.pdf'),
  join(ROOT, 'test/fixtures/pdf/pdfkit/038-thongbao-ubnd-quangngai.pdf'),
];

/** The seed letter laid out by pdfkit with its body repeated: `repeat` 460 gives about 200 pages. */
function longFile(name, repeat) {
  const file = join(ROOT, '.tmp/bench', name);
  if (!existsSync(file)) {
    mkdirSync(join(ROOT, '.tmp/bench'), { recursive: true });
    execFileSync('npx', ['tsx', 'scripts/make-pdf-fixtures.ts', '--long', file, '--repeat', String(repeat)], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  }
  return new Uint8Array(readFileSync(file));
}

export default {
  title: 'PDF reader (parsePdf)',
  notes:
    'Files: the signed PDFs of Quảng Ngãi (057–059: Word 2016, 1–4 pages, seals and signature images, five signature widgets each), the seed letter and a quyết định printed by LibreOffice, and corpus 038 laid out by pdfkit (2 pages); 14 pages in all. parsePdf walks each page’s operator list once (text, drawn lines, images, annotations), waits for the images pdfjs decodes (seal and signature colours), then orders rows and columns, runs the recogniser and measures the layout. The floor is pdfjs-dist’s getDocument + getTextContent on every page, run in the same thread the same way (its fake worker). pdf-parse 2 (its own pdfjs 5.4) extracts text only. The ratios are medians of 12 interleaved rounds (each of the four readings over all the files), the machine being shared. The long file is the seed letter laid out by pdfkit with its body repeated, about 200 pages.',
  async run() {
    // The baseline's pdfjs first: parsePdf puts back the native Array.prototype.push that the legacy
    // build replaces, so both then run with it.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const { PDFParse } = await import('pdf-parse');
    const parsePdf = await loadExport('parsePdf', 'src/readers/pdf/index.ts');
    const files = FILES.map((f) => new Uint8Array(readFileSync(f)));

    const bare = async (bytes) => {
      const doc = await pdfjs.getDocument({
        data: new Uint8Array(bytes),
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        useWasm: false,
        verbosity: 0,
      }).promise;
      let items = 0;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        items += (await page.getTextContent()).items.length;
        page.cleanup();
      }
      await doc.destroy();
      return items;
    };
    let pages = 0;
    for (const f of files) pages += (await parsePdf(f)).pages.length;

    const runs = {
      ours: async () => {
        for (const f of files) await parsePdf(f);
      },
      noImages: async () => {
        for (const f of files) await parsePdf(f, { maxImagePixels: 0 });
      },
      floor: async () => {
        for (const f of files) await bare(f);
      },
      theirs: async () => {
        // pdf-parse brings its own pdfjs, which must not find the baseline's worker handler.
        const worker = globalThis.pdfjsWorker;
        delete globalThis.pdfjsWorker;
        for (const f of files) {
          const parser = new PDFParse({ data: new Uint8Array(f) });
          await parser.getText();
          await parser.destroy();
        }
        globalThis.pdfjsWorker = worker;
      },
    };
    // Interleaved rounds, each of the four over all the files, and the median of each: the machine
    // is shared, and its load drifts more than the differences measured.
    const times = { ours: [], noImages: [], floor: [], theirs: [] };
    for (let round = 0; round < 14; round++)
      for (const [name, run] of Object.entries(runs)) {
        const start = performance.now();
        await run();
        if (round >= 2) times[name].push(performance.now() - start);
      }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [ours, noImages, floor, theirs] = ['ours', 'noImages', 'floor', 'theirs'].map((k) => 1000 / median(times[k]));
    const rows = [
      { name: `pages per second (${files.length} files, ${pages} pages)`, value: round(ours * pages), unit: 'pages/s' },
      {
        name: 'time ratio to pdfjs getTextContent (the floor)',
        value: round(floor / ours),
        unit: '× the floor',
        target: '≤ 1.5',
      },
      { name: 'speed ratio to pdf-parse getText', value: round(ours / theirs), unit: '× faster', target: '> 1' },
      {
        name: 'without images (maxImagePixels 0): time ratio to the floor',
        value: round(floor / noImages),
        unit: '× the floor',
        target: '≤ 1.5',
      },
      {
        name: 'without images: speed ratio to pdf-parse getText',
        value: round(noImages / theirs),
        unit: '× faster',
        target: '> 1',
      },
    ];
    for (const [i, f] of files.entries()) {
      const one = await opsPerSecondAsync(() => parsePdf(f), { ms: 800, warmup: 300 });
      const base = await opsPerSecondAsync(() => bare(f), { ms: 800, warmup: 300 });
      rows.push({
        name: `${FILES[i].split('/').pop()}: parsePdf / getTextContent`,
        value: `${round(1000 / one)} / ${round(1000 / base)}`,
        unit: 'ms',
      });
    }
    // Linear in pages, flat in memory: the 100- and 200-page files, each read after a collection.
    for (const [name, repeat] of [
      ['long-100.pdf', 230],
      ['long-200.pdf', 460],
    ]) {
      const bytes = longFile(name, repeat);
      globalThis.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const start = performance.now();
      const read = await parsePdf(bytes);
      const ms = performance.now() - start;
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      rows.push(
        {
          name: `${read.pages.length}-page file: pages per second`,
          value: round((read.pages.length * 1000) / ms),
          unit: 'pages/s',
        },
        {
          name: `${read.pages.length}-page file: peak RSS over the start`,
          value: round((peak - before) / 2 ** 20),
          unit: 'MB',
        },
      );
    }
    return rows;
  },
};
