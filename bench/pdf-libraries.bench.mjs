// Which PDF library toPdf is built on: pdfkit, pdf-lib (+ @pdf-lib/fontkit) and pdfmake each draw
// the same page (the two-column header, 30 justified lines, the closing block, the lines under the
// header) with Liberation Serif embedded as a subset, the way each library is meant to be used.
// Measured: time per document, output size, whether two runs a second apart give the same bytes
// with the dates fixed, what each writes of /ID and the dates, whether the text reads back, and the
// size of a browser bundle. `node bench/pdf-libraries.bench.mjs` prints the figures; run.mjs also
// finds it (as every *.bench.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument as LibDocument } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { round } from './lib.mjs';

const require = createRequire(import.meta.url);
// Liberation 2 (fonts-liberation2) has the Vietnamese letters; Liberation 1.07 (fonts-liberation) has not.
const FONT_DIR = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'].find((d) =>
  existsSync(d),
);
const regular = readFileSync(`${FONT_DIR}/LiberationSerif-Regular.ttf`);
const bold = readFileSync(`${FONT_DIR}/LiberationSerif-Bold.ttf`);
const italic = readFileSync(`${FONT_DIR}/LiberationSerif-Italic.ttf`);

const mm = (x) => (x * 72) / 25.4;
const LEFT = mm(35);
const WIDTH = mm(155);
const PARAGRAPH =
  'Thực hiện Công điện số 33/CĐ-TTg ngày 07/4/2024 của Thủ tướng Chính phủ về việc tăng cường bảo đảm an toàn thông tin mạng, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, đơn vị thuộc tỉnh rà soát, cập nhật cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ dữ liệu với hệ thống thông tin của tỉnh theo đúng quy định.';
// Six paragraphs of about five lines each at 14 pt on 155 mm: 30 justified lines.
const PARAGRAPHS = Array.from({ length: 6 }, () => PARAGRAPH);
const DATE = new Date('2024-04-09T00:00:00Z');

/** pdfkit: its own line breaking and justification; dates and producer through `info`. */
async function withPdfkit() {
  const doc = new PDFKit({
    size: 'A4',
    margins: { top: mm(25), bottom: mm(20), left: LEFT, right: mm(20) },
    info: { CreationDate: DATE, ModDate: DATE, Producer: 'bench', Creator: 'bench' },
    autoFirstPage: true,
  });
  doc.registerFont('R', regular);
  doc.registerFont('B', bold);
  doc.registerFont('I', italic);
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const top = mm(25);
  doc
    .font('B')
    .fontSize(12)
    .text('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', LEFT, top, { width: mm(60), align: 'center' });
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', LEFT + mm(60), top, { width: mm(95), align: 'center' });
  doc.fontSize(13).text('Độc lập - Tự do - Hạnh phúc', LEFT + mm(60), top + 14, { width: mm(95), align: 'center' });
  doc
    .moveTo(LEFT + mm(20), top + 30)
    .lineTo(LEFT + mm(40), top + 30)
    .lineWidth(0.5)
    .stroke();
  doc
    .moveTo(LEFT + mm(83), top + 30)
    .lineTo(LEFT + mm(122), top + 30)
    .stroke();
  doc
    .font('R')
    .fontSize(13)
    .text('Số: 1719/UBND-KGVX', LEFT, top + 40, { width: mm(60), align: 'center' });
  doc
    .font('I')
    .text('Quảng Ngãi, ngày 09 tháng 4 năm 2024', LEFT + mm(60), top + 40, { width: mm(95), align: 'center' });
  doc.font('R').fontSize(14);
  let y = top + 80;
  for (const p of PARAGRAPHS) {
    doc.text(p, LEFT, y, { width: WIDTH, align: 'justify', indent: mm(12.7), lineGap: 2 });
    y = doc.y + 6;
  }
  doc
    .font('B')
    .fontSize(12)
    .text('Nơi nhận:', LEFT, y + 12, { width: mm(70) });
  doc
    .font('R')
    .fontSize(11)
    .text('- Như trên;\n- Lưu: VT, KGVX.', LEFT, y + 28, { width: mm(70) });
  doc
    .font('B')
    .fontSize(14)
    .text('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', LEFT + mm(70), y + 12, { width: mm(85), align: 'center' });
  doc.text('Trần Hoàng Tuấn', LEFT + mm(70), y + 110, { width: mm(85), align: 'center' });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** pdf-lib: no line breaking or justification of its own, so lines are broken here and justified word by word. */
async function withPdfLib() {
  const doc = await LibDocument.create();
  doc.registerFontkit(fontkit);
  doc.setCreationDate(DATE);
  doc.setModificationDate(DATE);
  doc.setProducer('bench');
  doc.setCreator('bench');
  const [R, B, I] = await Promise.all([regular, bold, italic].map((f) => doc.embedFont(f, { subset: true })));
  const page = doc.addPage([mm(210), mm(297)]);
  const H = mm(297);
  const centred = (text, font, size, x, width, top) =>
    page.drawText(text, { x: x + (width - font.widthOfTextAtSize(text, size)) / 2, y: H - top - size, size, font });
  const top = mm(25);
  centred('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', B, 12, LEFT, mm(60), top);
  centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B, 12, LEFT + mm(60), mm(95), top);
  centred('Độc lập - Tự do - Hạnh phúc', B, 13, LEFT + mm(60), mm(95), top + 14);
  page.drawLine({
    start: { x: LEFT + mm(20), y: H - top - 30 },
    end: { x: LEFT + mm(40), y: H - top - 30 },
    thickness: 0.5,
  });
  page.drawLine({
    start: { x: LEFT + mm(83), y: H - top - 30 },
    end: { x: LEFT + mm(122), y: H - top - 30 },
    thickness: 0.5,
  });
  centred('Số: 1719/UBND-KGVX', R, 13, LEFT, mm(60), top + 40);
  const date = 'Quảng Ngãi, ngày 09 tháng 4 năm 2024';
  page.drawText(date, { x: LEFT + mm(60), y: H - top - 53, size: 13, font: I });
  let y = top + 80;
  const space = R.widthOfTextAtSize(' ', 14);
  for (const p of PARAGRAPHS) {
    const words = p.split(' ');
    let line = [];
    let first = true;
    const flush = (last) => {
      const indent = first ? mm(12.7) : 0;
      const widths = line.map((w) => R.widthOfTextAtSize(w, 14));
      const gap = last ? space : (WIDTH - indent - widths.reduce((a, b) => a + b, 0)) / Math.max(1, line.length - 1);
      let x = LEFT + indent;
      line.forEach((w, i) => {
        page.drawText(w, { x, y: H - y - 14, size: 14, font: R });
        x += widths[i] + gap;
      });
      y += 16.1;
      first = false;
      line = [];
    };
    for (const w of words) {
      const next = [...line, w].join(' ');
      if (line.length && R.widthOfTextAtSize(next, 14) + (first ? mm(12.7) : 0) > WIDTH) flush(false);
      line.push(w);
    }
    flush(true);
    y += 6;
  }
  page.drawText('Nơi nhận:', { x: LEFT, y: H - y - 24, size: 12, font: B });
  page.drawText('- Như trên;', { x: LEFT, y: H - y - 40, size: 11, font: R });
  page.drawText('- Lưu: VT, KGVX.', { x: LEFT, y: H - y - 53, size: 11, font: R });
  centred('KT. CHỦ TỊCH', B, 14, LEFT + mm(70), mm(85), y + 12);
  centred('PHÓ CHỦ TỊCH', B, 14, LEFT + mm(70), mm(85), y + 28);
  centred('Trần Hoàng Tuấn', B, 14, LEFT + mm(70), mm(85), y + 110);
  return doc.save();
}

/** pdfmake: a document definition (columns, justified paragraphs, a canvas for the lines) laid out by pdfmake over pdfkit. */
async function withPdfmake() {
  const pdfmake = require('pdfmake');
  pdfmake.setUrlAccessPolicy?.(() => false);
  pdfmake.setLocalAccessPolicy?.(() => false);
  pdfmake.virtualfs.writeFileSync('R.ttf', regular);
  pdfmake.virtualfs.writeFileSync('B.ttf', bold);
  pdfmake.virtualfs.writeFileSync('I.ttf', italic);
  pdfmake.setFonts({ Serif: { normal: 'R.ttf', bold: 'B.ttf', italics: 'I.ttf', bolditalics: 'B.ttf' } });
  const definition = {
    pageSize: 'A4',
    pageMargins: [LEFT, mm(25), mm(20), mm(20)],
    info: { creationDate: DATE, modDate: DATE, producer: 'bench', creator: 'bench' },
    defaultStyle: { font: 'Serif', fontSize: 14 },
    content: [
      {
        columns: [
          {
            width: mm(60),
            stack: [{ text: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', bold: true, fontSize: 12, alignment: 'center' }],
          },
          {
            width: '*',
            stack: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 12, alignment: 'center' },
              { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 13, alignment: 'center' },
            ],
          },
        ],
      },
      {
        canvas: [
          { type: 'line', x1: mm(20), y1: 4, x2: mm(40), y2: 4, lineWidth: 0.5 },
          { type: 'line', x1: mm(83), y1: 4, x2: mm(122), y2: 4, lineWidth: 0.5 },
        ],
      },
      {
        columns: [
          { width: mm(60), text: 'Số: 1719/UBND-KGVX', fontSize: 13, alignment: 'center' },
          {
            width: '*',
            text: 'Quảng Ngãi, ngày 09 tháng 4 năm 2024',
            fontSize: 13,
            italics: true,
            alignment: 'center',
          },
        ],
        margin: [0, 6, 0, 24],
      },
      ...PARAGRAPHS.map((text) => ({
        text,
        alignment: 'justify',
        leadingIndent: mm(12.7),
        lineHeight: 1.15,
        margin: [0, 0, 0, 6],
      })),
      {
        columns: [
          {
            width: mm(70),
            stack: [
              { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
              { text: '- Như trên;\n- Lưu: VT, KGVX.', fontSize: 11 },
            ],
          },
          {
            width: '*',
            stack: [
              { text: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', bold: true, alignment: 'center' },
              { text: 'Trần Hoàng Tuấn', bold: true, alignment: 'center', margin: [0, 72, 0, 0] },
            ],
          },
        ],
        margin: [0, 12, 0, 0],
      },
    ],
  };
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}

const LIBRARIES = { pdfkit: withPdfkit, 'pdf-lib': withPdfLib, pdfmake: withPdfmake };

async function timePerDocument(fn, ms = 1500) {
  for (let i = 0; i < 3; i++) await fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await fn();
    n++;
  }
  return (performance.now() - start) / n;
}

const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What poppler reads back: the text (Vietnamese letters, codes kept whole) and the dates and /ID. */
function readBack(pdf) {
  const file = join(mkdtempSync(join(tmpdir(), 'vanban-bench-lib-')), 'page.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  return {
    vietnamese: text.includes('ỦY BAN NHÂN DÂN TỈNH') && text.includes('Độc lập - Tự do - Hạnh phúc'),
    codesWhole: text.includes('33/CĐ-TTg'),
    fixedDate: /CreationDate:\s+2024-04-09T00:00:00Z/.test(info) && /ModDate:\s+2024-04-09T00:00:00Z/.test(info),
    id: /\/ID\s*\[/.test(new TextDecoder('latin1').decode(pdf)),
  };
}

/** Minified and gzipped size of what a browser bundle of `source` pulls in. */
async function browserKilobytes(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('..', import.meta.url)) },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return Math.round(gzipSync(out.outputFiles[0].contents).length / 1024);
}

const IMPORTS = {
  pdfkit: "import P from 'pdfkit'; console.log(P);",
  'pdf-lib': "import { PDFDocument } from 'pdf-lib'; import f from '@pdf-lib/fontkit'; console.log(PDFDocument, f);",
  pdfmake: "import p from 'pdfmake'; console.log(p);",
};

const bench = {
  title: 'PDF libraries drawing the same page',
  notes:
    'One A4 page (the two-column header, 30 justified lines, the closing block, the lines) with Liberation Serif embedded as a subset, the way each library is meant to be used. "same bytes" runs twice a second apart with the dates fixed; "fixed dates" reads CreationDate and ModDate back with pdfinfo; "codes whole" checks that pdftotext reads 33/CĐ-TTg in one piece; browser kB is the minified, gzipped browser bundle.',
  async run() {
    const rows = [];
    for (const [name, fn] of Object.entries(LIBRARIES)) {
      const first = await fn();
      await new Promise((r) => setTimeout(r, 1100));
      const second = await fn();
      const back = readBack(first);
      rows.push({ name: `${name}: time per document`, value: round(await timePerDocument(fn)), unit: 'ms' });
      rows.push({ name: `${name}: output`, value: first.length, unit: 'bytes' });
      rows.push({ name: `${name}: browser bundle`, value: await browserKilobytes(IMPORTS[name]), unit: 'kB gz' });
      for (const [what, ok] of [
        ['same bytes a second later', equal(first, second)],
        ['fixed CreationDate and ModDate', back.fixedDate],
        ['/ID written', back.id],
        ['Vietnamese text extracts', back.vietnamese],
        ['codes extract whole', back.codesWhole],
      ])
        rows.push({ name: `${name}: ${what}`, value: ok ? 'yes' : 'no', unit: '' });
    }
    return rows;
  },
};

export default bench;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  for (const r of await bench.run()) console.log(`${r.name}: ${r.value} ${r.unit}`);
