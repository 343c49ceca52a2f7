/**
 * A second PDF producer for the PDF reader's tests: a document of the model laid out with pdfkit in
 * Liberation Serif as the Decree's templates draw it (PL I mục IV; nd30.md §3.3): the two-column
 * header with the lines under the issuer and the Tiêu ngữ, Số and the place-date on one row, the
 * V/v under Số (công văn) or the centred tên loại and trích yếu, Kính gửi, a justified body with a
 * first-line indent, the two-column closing (Nơi nhận left, the signer right), page numbers centred
 * in the top margin from page 2.
 */
import PDFDocument from 'pdfkit';
import type { VanbanDocument } from '../../src/model/document.js';
import {
  archiveLine,
  blockLines,
  DISTRIBUTION_LABEL,
  distributionLines,
  dashList,
  issuerLines,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  placeDateLine,
  RECIPIENTS_LABEL,
  signatureHeadLines,
  subjectLineOfLetter,
  titleLine,
} from '../../src/writers/printed.js';

const FONTS = '/usr/share/fonts/truetype/liberation2';
const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
// The header's columns: about two fifths and three fifths of the text width (Mẫu 1.1–1.5).
const LEFT_WIDTH = 75 * MM;
const RIGHT_X = MARGIN.left + LEFT_WIDTH;
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;

type Doc = PDFKit.PDFDocument;
type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FACE_FILES: Record<Face, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

/** Options of {@link layoutWithPdfkit}. */
export interface PdfkitLayoutOptions {
  /** Repeats the body this many times (a long document for the benchmark). */
  readonly repeatBody?: number;
}

/** The document as PDF bytes. */
export async function layoutWithPdfkit(d: VanbanDocument, options: PdfkitLayoutOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: MARGIN,
    bufferPages: true,
    info: { Producer: 'pdfkit (vanban test fixture)', Title: d.subject ?? d.kind },
  });
  for (const [face, file] of Object.entries(FACE_FILES)) doc.registerFont(face, `${FONTS}/${file}`);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  header(doc, d);
  recipients(doc, d);
  for (let k = 0; k < (options.repeatBody ?? 1); k++) body(doc, d);
  closing(doc, d);
  pageNumbers(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes `text` centred in the column from `x` of `width` at `y`; returns the y under it. */
function centred(doc: Doc, text: string, face: Face, size: number, x: number, width: number, y: number): number {
  doc.font(face).fontSize(size);
  doc.text(text, x, y, { width, align: 'center' });
  return doc.y;
}

/** A solid line under the text just written, centred in its column, `ratio` of the text's width. */
function lineUnder(
  doc: Doc,
  text: string,
  face: Face,
  size: number,
  x: number,
  width: number,
  y: number,
  ratio: number,
) {
  doc.font(face).fontSize(size);
  const length = Math.min(doc.widthOfString(text), width) * ratio;
  const from = x + (width - length) / 2;
  doc
    .moveTo(from, y + 1.5)
    .lineTo(from + length, y + 1.5)
    .lineWidth(0.6)
    .stroke();
}

function header(doc: Doc, d: VanbanDocument): void {
  const top = MARGIN.top;
  let left = top;
  const issuer = issuerLines(d.issuer);
  issuer.forEach((line, k) => {
    const last = k === issuer.length - 1;
    left = centred(doc, line, last ? 'bold' : 'regular', 13, MARGIN.left, LEFT_WIDTH, left);
    if (last) lineUnder(doc, line, 'bold', 13, MARGIN.left, LEFT_WIDTH, left, 0.4);
  });
  let right = centred(doc, NATIONAL_NAME, 'bold', 12, RIGHT_X, RIGHT_WIDTH, top);
  right = centred(doc, MOTTO, 'bold', 13, RIGHT_X, RIGHT_WIDTH, right);
  lineUnder(doc, MOTTO, 'bold', 13, RIGHT_X, RIGHT_WIDTH, right, 1);
  const row = Math.max(left, right) + 4 * MM;
  const number = numberLine(d);
  let below = row;
  if (number) below = centred(doc, number, 'regular', 13, MARGIN.left, LEFT_WIDTH, row);
  const title = titleLine(d);
  if (!title && d.subject)
    below = centred(doc, subjectLineOfLetter(d.subject), 'regular', 12, MARGIN.left, LEFT_WIDTH, below + 6);
  const placeDate = placeDateLine(d);
  let afterDate = row;
  if (placeDate) afterDate = centred(doc, placeDate, 'italic', 13, RIGHT_X, RIGHT_WIDTH, row);
  let y = Math.max(below, afterDate) + 6 * MM;
  if (title) {
    y = centred(doc, title, 'bold', 14, MARGIN.left, TEXT_WIDTH, y);
    if (d.subject) {
      y = centred(doc, d.subject, 'bold', 14, MARGIN.left, TEXT_WIDTH, y);
      lineUnder(doc, d.subject, 'bold', 14, MARGIN.left, TEXT_WIDTH, y, 0.4);
    }
    y += 4 * MM;
  }
  doc.y = y;
}

function recipients(doc: Doc, d: VanbanDocument): void {
  if (d.recipients.length === 0) return;
  doc.font('regular').fontSize(14);
  if (d.recipients.length === 1) {
    centred(doc, `${RECIPIENTS_LABEL} ${d.recipients[0]}`, 'regular', 14, MARGIN.left, TEXT_WIDTH, doc.y);
  } else {
    const labelX = MARGIN.left + 25 * MM;
    const y = doc.y;
    doc.text(RECIPIENTS_LABEL, labelX, y, { lineBreak: false });
    const listX = labelX + doc.widthOfString(RECIPIENTS_LABEL) + 3 * MM;
    doc.y = y;
    for (const line of dashList(d.recipients))
      doc.text(line, listX, doc.y, { width: PAGE.width - MARGIN.right - listX });
  }
  doc.y += 4 * MM;
}

function body(doc: Doc, d: VanbanDocument): void {
  doc.font('regular').fontSize(14);
  for (const block of d.body)
    for (const line of blockLines(block)) {
      const heading = block.type === 'enactment' || block.type === 'heading';
      doc
        .font(block.type === 'article' || heading ? 'bold' : block.type === 'basis' ? 'italic' : 'regular')
        .fontSize(14);
      doc.text(line, MARGIN.left, doc.y, {
        width: TEXT_WIDTH,
        align: heading ? 'center' : 'justify',
        indent: heading ? 0 : 1.27 * 10 * MM,
        paragraphGap: 6,
      });
    }
}

function closing(doc: Doc, d: VanbanDocument): void {
  // The closing block stays on one page.
  if (doc.y > PAGE.height - MARGIN.bottom - 70 * MM) doc.addPage();
  const top = doc.y + 4 * MM;
  const signature = d.signatures[0];
  let right = top;
  if (signature) {
    for (const line of signatureHeadLines(signature))
      right = centred(doc, line, 'bold', 14, RIGHT_X, RIGHT_WIDTH, right);
    right += 22 * MM;
    right = centred(doc, signature.name, 'bold', 14, RIGHT_X, RIGHT_WIDTH, right);
  }
  let left = top;
  const entries = [...distributionLines(d.distribution), ...(d.archive.length ? [archiveLine(d)] : [])];
  if (entries.length) {
    doc.font('boldItalic').fontSize(12).text(DISTRIBUTION_LABEL, MARGIN.left, left, { width: LEFT_WIDTH });
    left = doc.y;
    doc.font('regular').fontSize(11);
    for (const line of entries) {
      doc.text(line, MARGIN.left, left, { width: LEFT_WIDTH - 5 * MM });
      left = doc.y;
    }
  }
  doc.y = Math.max(left, right);
}

/** Page numbers centred in the top margin, none on page 1 (PL I, I.I.7). */
function pageNumbers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font('regular').fontSize(14);
    // Written inside the top margin: lift the margin for the call so pdfkit does not break the page.
    const saved = doc.page.margins.top;
    doc.page.margins.top = 0;
    doc.text(String(i + 1), MARGIN.left, 10 * MM, { width: TEXT_WIDTH, align: 'center', lineBreak: false });
    doc.page.margins.top = saved;
  }
}
