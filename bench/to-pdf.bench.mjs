// PDF writer throughput: toPdf on the seed letter and on a quyết định with two appendices,
// against (a) LibreOffice converting toDocx output of the same documents to PDF, the way users
// print today (one soffice start for a batch, so its start-up is shared), and (b) the bare library:
// pdfkit drawing the same text and lines at the same places (laid out once beforehand), without
// our layout, glyph checks, signature fields or content-hashed /ID.
// `node bench/to-pdf.bench.mjs` prints the figures; run.mjs also finds it (as every *.bench.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { round } from './lib.mjs';

// Rounds counted (two more are run first, as warm-up) and documents a round.
const ROUNDS = 15;
const BATCH = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const root = fileURLToPath(new URL('..', import.meta.url));
const FONT_DIR = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'].find((d) =>
  existsSync(d),
);
const face = (f) => new Uint8Array(readFileSync(join(FONT_DIR, `LiberationSerif-${f}.ttf`)));

/** The writer from source, bundled for Node with its packages external (pdfkit's Node build, as the package uses). */
async function loadSources() {
  const dir = join(root, '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench-to-pdf.mjs');
  await build({
    stdin: {
      contents: [
        "export { toPdf } from './src/writers/pdf/index.ts';",
        "export { layoutRuns, mainRuns, pdfContext } from './src/writers/pdf/document.ts';",
        "export { toDocx } from './src/writers/docx/index.ts';",
        "export { createDocument } from './src/index.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: file,
    logLevel: 'silent',
  });
  return import(pathToFileURL(file).href);
}

function documents(createDocument) {
  const seed = createDocument(JSON.parse(readFileSync(join(root, 'examples/data/cong-van-1719.json'), 'utf8')));
  const sentence =
    'Các cơ quan, đơn vị rà soát, cập nhật cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ dữ liệu với hệ thống thông tin của tỉnh theo đúng quy định.';
  const decision = createDocument({
    ...seed,
    kind: 'quyet-dinh',
    notation: 'QĐ-UBND',
    subject: 'Về việc ban hành Kế hoạch chuyển đổi số năm 2024',
    recipients: [],
    body: [
      { type: 'enactment', role: 'authority', text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
      { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
      { type: 'basis', text: 'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.' },
      { type: 'enactment', role: 'enactment', text: 'QUYẾT ĐỊNH:' },
      ...Array.from({ length: 6 }, (_, i) => ({ type: 'article', number: String(i + 1), title: sentence })),
    ],
    distribution: ['Như Điều 6', 'Các sở, ban, ngành tỉnh'],
    appendices: ['I', 'II'].map((number) => ({
      number,
      title: 'DANH MỤC NHIỆM VỤ',
      body: Array.from({ length: 12 }, () => ({ type: 'paragraph', text: sentence })),
    })),
  });
  return [
    ['seed letter', seed],
    ['quyết định, 2 appendices', decision],
  ];
}

/** pdfkit alone drawing the laid-out pages: the same fonts (parsed once, as toPdf keeps them), text, lines and boxes, nothing else. */
async function bare(PDFDocument, faces, laid) {
  const doc = new PDFDocument({ autoFirstPage: false, pdfVersion: '1.7', font: faces.regular });
  for (const [name, font] of Object.entries(faces)) doc.registerFont(name, font);
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  for (const run of laid)
    for (const page of run.pages) {
      doc.addPage({ size: [595.28, 841.89], margin: 0 });
      for (const item of page.items) {
        if (item.kind === 'text')
          doc.font(item.style).fontSize(item.sizePt).text(item.text, item.x, item.y, {
            lineBreak: false,
            baseline: 'alphabetic',
            wordSpacing: item.wordSpacing,
          });
        else if (item.kind === 'line')
          doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.widthPt).stroke();
        else if (item.kind === 'box') doc.rect(item.x, item.y, item.w, item.h).lineWidth(item.widthPt).stroke();
      }
    }
  doc.end();
  await ended;
  return chunks;
}

/** Seconds per document for LibreOffice converting `copies` DOCX files in one start (start-up included, shared). */
function libreOfficeSecondsPerDocument(docx, copies) {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-bench-lo-'));
  const files = Array.from({ length: copies }, (_, i) => {
    const file = join(dir, `d${i}.docx`);
    writeFileSync(file, docx);
    return file;
  });
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  // A first start creates the profile; it is not counted.
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, files[0]], {
    stdio: 'ignore',
  });
  const start = performance.now();
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
  });
  return (performance.now() - start) / 1000 / copies;
}

const bench = {
  title: 'PDF writer (toPdf)',
  notes:
    'Documents per second on one core, fonts Liberation Serif 2, parsed once and embedded as subsets by both; toPdf and pdfkit alone are timed in 15 interleaved rounds of 5 documents (after 2 warm-up rounds), and the medians compared. "LibreOffice" converts toDocx output of the same document with soffice --convert-to pdf, 10 files in one start after a warm-up start; the ratio is its time over toPdf time (target ≥ 20). "pdfkit alone" draws the same laid-out text, lines and boxes with pdfkit; the ratio is toPdf time over that (target ≤ 1.3).',
  async run() {
    const mod = await loadSources();
    const { default: PDFDocument } = await import('pdfkit');
    const { create } = await import('fontkit');
    const fonts = {
      regular: face('Regular'),
      bold: face('Bold'),
      italic: face('Italic'),
      boldItalic: face('BoldItalic'),
    };
    const faces = Object.fromEntries(Object.entries(fonts).map(([k, v]) => [k, create(v)]));
    const haveSoffice = spawnSync('which', ['soffice']).status === 0;
    const rows = [];
    for (const [name, d] of documents(mod.createDocument)) {
      const ctx = mod.pdfContext({ fonts });
      const laid = mod.layoutRuns(d, mod.mainRuns(d, ctx), ctx);
      // Interleaved rounds, toPdf then pdfkit alone, each a batch of BATCH documents; the median of
      // each: the machine is shared and its load drifts more than the difference measured.
      const times = { ours: [], alone: [] };
      for (let r = 0; r < ROUNDS + 2; r++) {
        for (const [key, fn] of [
          ['ours', () => mod.toPdf(d, { fonts })],
          ['alone', () => bare(PDFDocument, faces, laid)],
        ]) {
          const start = performance.now();
          for (let i = 0; i < BATCH; i++) await fn();
          if (r >= 2) times[key].push((performance.now() - start) / BATCH);
        }
      }
      const ours = 1000 / median(times.ours);
      const alone = 1000 / median(times.alone);
      rows.push({ name: `toPdf, ${name}`, value: round(ours), unit: 'documents/s' });
      rows.push({ name: `pdfkit alone, ${name}`, value: round(alone), unit: 'documents/s' });
      rows.push({ name: `toPdf / pdfkit alone time, ${name}`, value: round(alone / ours), unit: '×', target: '≤ 1.3' });
      if (haveSoffice) {
        const seconds = libreOfficeSecondsPerDocument(await mod.toDocx(d), 10);
        rows.push({ name: `LibreOffice toDocx → PDF, ${name}`, value: round(1 / seconds), unit: 'documents/s' });
        rows.push({
          name: `LibreOffice / toPdf time, ${name}`,
          value: round(ours * seconds),
          unit: '×',
          target: '≥ 20',
        });
      }
    }
    return rows;
  },
};

export default bench;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await bench.run())
    console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
