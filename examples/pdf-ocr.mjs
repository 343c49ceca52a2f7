// Read a scanned PDF (no text layer) by plugging an OCR engine into parsePdf.
//
//   npm run build && node examples/pdf-ocr.mjs [scan.pdf]
//
// parsePdf gives the OCR function each page that has no text layer: its index, its size in points,
// render() (the page's scan as RGBA pixels, with where it lies on the page) and pdfjsPage (pdfjs's
// page, for a caller that renders with its own canvas). The function returns the lines it read,
// each with its box in points from the top-left corner of the page; parsePdf reads them as it
// reads a text layer (the two-column header and closing block included).
import { readFileSync } from 'node:fs';
import { parsePdf } from '../dist/index.js';

const file = process.argv[2] ?? new URL('./data/scan-cong-van-1719.pdf', import.meta.url).pathname;

// ─── STUB ───────────────────────────────────────────────────────────────────────────────────
// THIS IS A STUB, NOT AN OCR ENGINE: it returns fixed lines (the header of the bundled scan of the
// công văn 1719/UBND-KGVX, with their boxes) whatever the page shows, to show the shape of the
// function. Replace it with a real engine, e.g. tesseract.js with its Vietnamese model:
//
//   import { createWorker } from 'tesseract.js';
//   const worker = await createWorker('vie');
//   async function ocr(page) {
//     const image = await page.render(); // { width, height, data: RGBA, box: where it lies on the page }
//     const { data } = await worker.recognize(toPng(image)); // toPng: any RGBA → PNG encoder
//     // Tesseract's boxes are in the image's pixels: scale them to the page's points.
//     const sx = image.box.width / image.width;
//     const sy = image.box.height / image.height;
//     return data.lines.map((l) => ({
//       text: l.text.trim(),
//       box: { x: image.box.x + l.bbox.x0 * sx, y: image.box.y + l.bbox.y0 * sy, width: (l.bbox.x1 - l.bbox.x0) * sx, height: (l.bbox.y1 - l.bbox.y0) * sy },
//     }));
//   }
async function stubOcr(page) {
  const image = await page.render();
  console.log(
    `STUB OCR: page ${page.index + 1} (${page.width.toFixed(0)} × ${page.height.toFixed(0)} pt), scan of ${image.width} × ${image.height} px`,
  );
  return [
    { text: 'ỦY BAN NHÂN DÂN TỈNH', box: { x: 114, y: 70, width: 147, height: 12 } },
    { text: 'QUẢNG NGÃI', box: { x: 148, y: 82, width: 79, height: 12 } },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', box: { x: 282, y: 70, width: 250, height: 12 } },
    { text: 'Độc lập - Tự do - Hạnh phúc', box: { x: 327, y: 82, width: 159, height: 13 } },
    { text: 'Số: 1719/UBND-KGVX', box: { x: 123, y: 104, width: 129, height: 13 } },
    { text: 'Quảng Ngãi, ngày 09 tháng 4 năm 2024', box: { x: 302, y: 104, width: 209, height: 13 } },
    { text: 'V/v triển khai thực hiện Công điện', box: { x: 104, y: 123, width: 167, height: 12 } },
    { text: 'số 33/CĐ-TTg ngày 07/4/2024 của', box: { x: 103, y: 135, width: 168, height: 12 } },
    { text: 'Thủ tướng Chính phủ về tăng cường', box: { x: 100, y: 147, width: 175, height: 12 } },
    { text: 'bảo đảm an toàn thông tin mạng', box: { x: 110, y: 159, width: 155, height: 12 } },
  ];
}
// ─── end of the stub ────────────────────────────────────────────────────────────────────────

const read = await parsePdf(readFileSync(file), { ocr: stubOcr });
const { document } = read;
console.log(`${file}: text layer ${read.textLayer}; page 1 read from ${read.pages[0]?.text}`);
console.log(
  `Số ${document.number ?? '—'}/${document.notation ?? '—'} of ${document.issuer.name}, ${document.date ?? 'no date'}`,
);
console.log(`V/v ${document.subject ?? '—'}`);
// The sources point at the page and the box each part was read from.
const numberLine = read.sources.numberLine;
if (numberLine)
  console.log(`"${numberLine.raw}" on page ${numberLine.page + 1} at ${numberLine.box.x} × ${numberLine.box.y} mm`);
for (const d of read.diagnostics) console.log(`  ${d.severity.padEnd(7)} ${d.id}  ${d.message.en}`);
