import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InvalidArgumentError, LimitExceededError } from '../../errors.js';
import type { LayoutFacts } from '../../model/layout.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { FindingList, textHygieneDiagnostic } from '../../model/normalize.js';
import { readLines } from '../../recognize/read-lines.js';
import { inClosing, placeRows, type PlacedLine } from './bands.js';
import { findPdfDocuments } from './collection.js';
import { Budget } from './budget.js';
import { pageList, pdfDiagnostic } from './diagnostics.js';
import { type FontFace, fontFace, type PdfjsFontInfo } from './fonts.js';
import { pageNumbering, removeFurniture } from './furniture.js';
import { type DecodedImage, imageFacts } from './images.js';
import { checkDecodedSize } from './inflate-guard.js';
import { layoutFacts, OCR_FONT, type PageRule } from './layout.js';
import { type PdfLine, type PdfSourceSpan, toPdfLines, withPlace } from './lines.js';
import { largestImage, type OcrLine } from './ocr.js';
import { limitsOf, type ParsePdfOptions } from './options.js';
import { footContact, withRules, withTables } from './drawn.js';
import {
  type DrawnBox,
  type Matrix,
  type OpCodes,
  type PlacedImage,
  type TextChunk,
  walkOperators,
} from './operators.js';
import { asPdfError, loadPdfjs, openPdf, type Pdfjs } from './pdfjs.js';
import { buildRows, dropOverprints, type Row } from './rows.js';
import { type AnnotationInfo, sortAnnotationText } from './widgets.js';
import type { ReadResult } from '../../recognize/lines.js';

/**
 * The PDF reader's pipeline: the pages' operator lists walked once each, annotation text sorted
 * out, rows and bands in reading order, page furniture taken out, the lines fed to the text
 * reader's recogniser, and the layout facts measured.
 *
 * @module
 */

/** A page as read. */
export interface PdfPageInfo {
  /** 0-based index. */
  readonly index: number;
  readonly widthMm: number;
  readonly heightMm: number;
  /** The page's /Rotate, in degrees clockwise. */
  readonly rotation: number;
  /** Where its text came from: the text layer, OCR, or none (a scan without OCR, a blank page). */
  readonly text: 'layer' | 'ocr' | 'none';
}

/** What the PDF reader returns before the recogniser runs (used by {@link parsePdf}). */
export interface PdfReadResult extends ReadResult {
  readonly sources: Readonly<Record<string, PdfSourceSpan>>;
  readonly layout: LayoutFacts;
  readonly pages: readonly PdfPageInfo[];
  /**
   * Whether the pages carry text: `text` every page with content has a text layer, `none` no page has
   * one (a scan: nothing could be read unless OCR was given), `partial` some pages are images only.
   */
  readonly textLayer: 'text' | 'none' | 'partial';
  /** The lines fed to the recogniser, with their page and box. */
  readonly lines: readonly PdfLine[];
  /**
   * The text each signature field's appearance draws, by field name: a stamp's lines ("Ký bởi: …",
   * a time), the number or day a field fills in, or none for an image alone.
   */
  readonly signatureAppearances: Readonly<Record<string, readonly string[]>>;
  /**
   * No document could be read from the file: no text layer and no OCR (a scan), or several
   * documents one after another. The validator then judges nothing (verdict `not-judged`).
   */
  readonly nothingRead?: true;
}

const PT_TO_MM = 25.4 / 72;

/** Per page, what the walk kept. */
interface PageRead {
  readonly rows: Row[];
  readonly rules: PageRule[];
  readonly boxes: DrawnBox[];
  readonly images: (PlacedImage & { page: number; inSignature: boolean; inStamp: boolean; colour?: DecodedImage })[];
  readonly width: number;
  readonly height: number;
  readonly rotation: number;
  text: PdfPageInfo['text'];
  readonly scanned: boolean;
  /** What each signature field on the page draws as text. */
  readonly appearances: Record<string, string[]>;
}

/** Reads `bytes` as a PDF document. See `parsePdf`. */
export async function readPdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<PdfReadResult> {
  if (!(bytes instanceof Uint8Array)) throw new InvalidArgumentError('parsePdf expects a Uint8Array');
  const limits = limitsOf(options);
  if (options.ocr && options.maxImagePixels === undefined) limits.maxImagePixels = 50_000_000;
  if (bytes.length > limits.maxBytes)
    throw new LimitExceededError('maxBytes', bytes.length, limits.maxBytes, 'PDF size in bytes');
  await checkDecodedSize(bytes, limits.maxDecodedBytes);
  const pdfjs = await loadPdfjs();
  const budget = new Budget(limits.timeoutMs, options.signal);
  // Operators of the page being read, counted as pdfjs streams them (before they pile up).
  const operators = { page: 0, count: 0 };
  let opened;
  try {
    budget.throwIfStopped();
    opened = await budget.guard(
      openPdf(pdfjs, {
        bytes,
        ...(options.password !== undefined && { password: options.password }),
        maxImagePixels: limits.maxImagePixels,
        onMessage: (data) => {
          budget.check();
          countOperators(data, operators, limits.maxOperatorsPerPage, budget);
        },
      }),
    );
  } catch (error) {
    // A file pdfjs refuses: the budget's timer must not keep the process alive for its whole timeout.
    budget.dispose();
    throw error;
  }
  const diagnostics: Diagnostic[] = [];
  try {
    const document = opened.document;
    if (document.numPages > limits.maxPages)
      throw new LimitExceededError('maxPages', document.numPages, limits.maxPages, 'PDF pages');
    const faces = new Map<string, FontFace>();
    const overprinted = new Set<TextChunk>();
    const faceOf = (c: TextChunk): FontFace => {
      const face = faces.get(c.font) ?? NO_FACE;
      return overprinted.has(c) && !face.bold ? { ...face, bold: true } : face;
    };
    const pages: PageRead[] = [];
    for (let index = 0; index < document.numPages; index++) {
      const page = await budget.guard(document.getPage(index + 1));
      operators.page = index;
      operators.count = 0;
      try {
        pages.push(
          await readPage(pdfjs, page, index, limits.maxOperatorsPerPage, budget, faces, overprinted, diagnostics),
        );
        if (options.ocr && pages[index]!.scanned) await ocrPage(page, pages[index]!, options.ocr, budget, diagnostics);
      } finally {
        page.cleanup();
      }
    }
    return assemble(pages, faceOf, diagnostics);
  } catch (error) {
    throw asPdfError(error);
  } finally {
    budget.dispose();
    await opened.close();
  }
}

const NO_FACE: FontFace = { family: '', bold: false, italic: false };

async function readPage(
  pdfjs: Pdfjs,
  page: PDFPageProxy,
  index: number,
  maxOperators: number,
  budget: Budget,
  faces: Map<string, FontFace>,
  overprinted: Set<TextChunk>,
  diagnostics: Diagnostic[],
): Promise<PageRead> {
  const viewport = page.getViewport({ scale: 1 });
  const ops = await budget.guard(page.getOperatorList({ annotationMode: pdfjs.api.AnnotationMode.ENABLE }));
  if (ops.fnArray.length > maxOperators)
    throw new LimitExceededError(
      'maxOperatorsPerPage',
      ops.fnArray.length,
      maxOperators,
      `Drawing operators on page ${index + 1}`,
    );
  const fontOf = (id: string) =>
    page.commonObjs.has(id) ? (page.commonObjs.get(id) as PdfjsFontInfo & { fontMatrix?: number[] }) : undefined;
  const content = walkOperators(
    ops.fnArray,
    ops.argsArray,
    pdfjs.api.OPS as unknown as OpCodes,
    viewport.transform as unknown as Matrix,
    fontOf,
  );
  for (const c of content.chunks) if (!faces.has(c.font)) faces.set(c.font, fontFace(fontOf(c.font)));
  if (content.unmapped > 0)
    diagnostics.push(
      pdfDiagnostic(
        'pdf/unmapped-glyphs',
        'warning',
        `Trang ${index + 1}: ${content.unmapped} ký tự không có mã Unicode (phông chữ thiếu bảng ToUnicode), nội dung có thể thiếu chữ`,
        `Page ${index + 1}: ${content.unmapped} glyphs have no Unicode mapping (a font without ToUnicode); text may be missing`,
      ),
    );
  // Annotations: which drew what.
  const infos = new Map<string, AnnotationInfo>();
  if (content.annotations.length > 0) {
    const annotations = (await budget.guard(page.getAnnotations({ intent: 'display' }))) as {
      id: string;
      subtype?: string;
      fieldType?: string;
      fieldName?: string;
    }[];
    for (const a of annotations) infos.set(a.id, a);
  }
  const sorted = sortAnnotationText(content.chunks, content.annotations, infos);
  const appearances: Record<string, string[]> = {};
  for (const a of infos.values()) if (a.fieldType === 'Sig' && a.fieldName) appearances[a.fieldName] = [];
  for (const f of sorted.filled) appearances[f.field] = [f.text];
  for (const s of sorted.stamps) appearances[s.field] = s.lines;
  for (const f of sorted.filled)
    diagnostics.push(
      pdfDiagnostic(
        'pdf/signature-field-text',
        'info',
        `Trang ${index + 1}: "${f.text}" do trường chữ ký số ${f.field} điền vào dòng của văn bản`,
        `Page ${index + 1}: "${f.text}" is filled into a line of the document by the signature field ${f.field}`,
        f.text,
      ),
    );
  for (const s of sorted.stamps)
    if (s.lines.length > 0)
      diagnostics.push(
        pdfDiagnostic(
          'pdf/signature-appearance',
          'info',
          `Trang ${index + 1}: hình hiển thị của chữ ký số ${s.field} (không thuộc nội dung văn bản): ${s.lines.join(' / ')}`,
          `Page ${index + 1}: the visible appearance of the digital signature ${s.field} (not the document's text): ${s.lines.join(' / ')}`,
          s.lines.join('\n'),
        ),
      );
  for (const o of sorted.other)
    diagnostics.push(
      pdfDiagnostic(
        'pdf/annotation-text',
        'info',
        `Trang ${index + 1}: chữ của chú thích ${o.subtype} không được đọc là nội dung văn bản: ${o.lines.join(' / ')}`,
        `Page ${index + 1}: text of a ${o.subtype} annotation is not read as the document's text: ${o.lines.join(' / ')}`,
        o.lines.join('\n'),
      ),
    );
  const visible = hiddenText(sorted.chunks, content.images, viewport.width * viewport.height, index, diagnostics);
  const upright = visible.filter((c) => c.upright);
  const rotated = visible.length - upright.length;
  if (rotated > 0)
    diagnostics.push(
      pdfDiagnostic(
        'pdf/rotated-text',
        'info',
        `Trang ${index + 1}: ${rotated} đoạn chữ xoay hoặc dọc không được đọc`,
        `Page ${index + 1}: ${rotated} pieces of rotated or vertical text are not read`,
      ),
    );
  const { chunks, overprinted: twins } = dropOverprints(upright);
  for (const t of twins) overprinted.add(t);
  const { rows, rules } = splitUnderscores(buildRows(index, chunks), index);
  for (const s of content.segments)
    if (s.annotation === undefined)
      rules.push({ page: index, x0: s.x0, x1: s.x1, y: s.y, kind: 'shape', style: s.style });
  const signatureIds = new Set([...infos.values()].filter((a) => a.fieldType === 'Sig').map((a) => a.id));
  const stampIds = new Set(sorted.stamps.map((s) => s.id));
  // pdfjs decodes images after the operator list is out: wait for each (null when it failed).
  const images: PageRead['images'] = [];
  for (const image of content.images) {
    const pixels =
      image.objId === undefined
        ? undefined
        : ((await budget.guard(new Promise((resolve) => page.objs.get(image.objId!, resolve)))) as DecodedImage | null);
    images.push({
      ...image,
      page: index,
      inSignature: image.annotation !== undefined && signatureIds.has(image.annotation),
      // A logo in a stamp that also prints who signed and when is the stamp's, not the document's seal.
      inStamp: image.annotation !== undefined && stampIds.has(image.annotation),
      ...(pixels && { colour: pixels }),
    });
  }
  // A page with images and no text is a scan (or a picture of one).
  const scanned = rows.length === 0 && images.some((i) => i.annotation === undefined);
  return {
    rows,
    rules,
    boxes: content.boxes,
    images,
    width: viewport.width,
    height: viewport.height,
    rotation: page.rotate,
    text: rows.length > 0 ? 'layer' : 'none',
    scanned,
    appearances,
  };
}

/** Counts the operators of an operator list chunk; past `max` on one page, the read stops. */
function countOperators(data: unknown, operators: { page: number; count: number }, max: number, budget: Budget): void {
  const chunk = (data as { chunk?: { fnArray?: unknown; length?: unknown } } | null)?.chunk;
  if (!chunk || !Array.isArray(chunk.fnArray) || typeof chunk.length !== 'number') return;
  operators.count += chunk.length;
  if (operators.count > max)
    budget.fail(
      new LimitExceededError(
        'maxOperatorsPerPage',
        operators.count,
        max,
        `Drawing operators on page ${operators.page + 1}`,
      ),
    );
}

/**
 * Text nobody sees. Invisible text over a page-sized image is the producer's OCR of a scan (a
 * "searchable PDF"): it is the page's text layer, and is read. Elsewhere, invisible or white text
 * would make the reader see what the văn thư does not (a number, a name): it is left out, and
 * reported with what it says.
 */
function hiddenText(
  chunks: readonly TextChunk[],
  images: readonly PlacedImage[],
  pageArea: number,
  index: number,
  diagnostics: Diagnostic[],
): TextChunk[] {
  const hidden = chunks.filter((c) => c.hidden);
  if (hidden.length === 0) return [...chunks];
  const scan = images.some((i) => i.annotation === undefined && (i.x1 - i.x0) * (i.y1 - i.y0) > 0.5 * pageArea);
  if (scan && hidden.every((c) => c.hidden === 'invisible')) {
    diagnostics.push(
      pdfDiagnostic(
        'pdf/ocr-text-layer',
        'info',
        `Trang ${index + 1} là ảnh quét có lớp chữ ẩn do phần mềm nhận dạng tạo ra: nội dung đọc từ lớp chữ đó`,
        `Page ${index + 1} is a scan with an invisible text layer made by OCR software: its text is read from that layer`,
      ),
    );
    return [...chunks];
  }
  const text = hidden.map((c) => c.text).join(' ');
  diagnostics.push(
    pdfDiagnostic(
      'pdf/hidden-text',
      'warning',
      `Trang ${index + 1}: chữ ẩn (không hiển thị hoặc màu trắng) không được đọc: "${text}"`,
      `Page ${index + 1}: hidden text (invisible or white) is not read: "${text}"`,
      text,
    ),
  );
  return chunks.filter((c) => !c.hidden);
}

/** Segments of nothing but underscores are drawn lines (the Decree's own files type the Tiêu ngữ's line so). */
function splitUnderscores(rows: Row[], page: number): { rows: Row[]; rules: PageRule[] } {
  const rules: PageRule[] = [];
  const out: Row[] = [];
  for (const row of rows) {
    const text = row.segments.filter((s) => !/^_{3,}$/u.test(s.text));
    for (const s of row.segments)
      if (/^_{3,}$/u.test(s.text))
        rules.push({ page, x0: s.x0, x1: s.x1, y: row.y + 0.1 * row.size, kind: 'underscores', style: 'solid' });
    if (text.length === row.segments.length) out.push(row);
    else if (text.length > 0)
      out.push({ ...row, segments: text, x0: text[0]!.x0, x1: Math.max(...text.map((s) => s.x1)) });
  }
  return { rows: out, rules };
}

async function ocrPage(
  page: PDFPageProxy,
  read: PageRead,
  ocr: NonNullable<ParsePdfOptions['ocr']>,
  budget: Budget,
  diagnostics: Diagnostic[],
): Promise<void> {
  let lines: readonly OcrLine[];
  try {
    lines = await budget.guard(
      ocr({
        index: page.pageNumber - 1,
        width: read.width,
        height: read.height,
        pdfjsPage: page,
        render: async () => {
          const image = largestImage(read.images, (id) => read.images.find((i) => i.objId === id)?.colour);
          if (!image)
            throw new Error('No decoded image on this page: raise maxImagePixels or render pdfjsPage with a canvas');
          return image;
        },
      }),
    );
  } catch (error) {
    budget.throwIfStopped();
    diagnostics.push(
      pdfDiagnostic(
        'pdf/ocr-failed',
        'warning',
        `Trang ${page.pageNumber}: OCR không đọc được trang: ${String(error)}`,
        `Page ${page.pageNumber}: the OCR function failed: ${String(error)}`,
      ),
    );
    return;
  }
  const chunks: TextChunk[] = [];
  for (const line of lines) {
    if (typeof line?.text !== 'string' || !line.box) continue;
    const { x, y, width, height } = line.box;
    if (![x, y, width, height].every(Number.isFinite) || height <= 0) continue;
    // The box's baseline: a fifth of its height above its foot.
    chunks.push({
      text: line.text,
      x0: x,
      x1: x + width,
      y: y + 0.8 * height,
      size: height,
      font: OCR_FONT,
      upright: true,
    });
  }
  read.rows.push(...buildRows(page.pageNumber - 1, chunks));
  if (read.rows.length > 0) read.text = 'ocr';
}

function assemble(pages: PageRead[], faceOf: (c: TextChunk) => FontFace, diagnostics: Diagnostic[]): PdfReadResult {
  // Drawn tables and lines across the text column first; the contact block at page 1's foot apart.
  const header = { text: undefined as string | undefined };
  const drawnRows = pages.map((p, index) =>
    withRules(withTables(p.rows, p.boxes, faceOf, header), p.rules, p.width, index),
  );
  const contact = drawnRows.length > 0 ? footContact(drawnRows[0]!) : undefined;
  if (contact) drawnRows[0] = contact.rows;
  const furniture = removeFurniture(
    drawnRows,
    pages.map((p) => p.height),
  );
  if (furniture.running.length > 0)
    diagnostics.push(
      pdfDiagnostic(
        'pdf/running-header',
        'info',
        `Dòng lặp lại ở đầu hoặc chân ${furniture.running.length} trang không được đọc là nội dung: "${furniture.running[0]!.segments.map((s) => s.text).join(' ')}"`,
        `A line repeated at the top or foot of ${furniture.running.length} pages is not read as the document's text: "${furniture.running[0]!.segments.map((s) => s.text).join(' ')}"`,
      ),
    );
  diagnostics.push(...hygieneDiagnostics(pages));
  const placed: PlacedLine[] = [];
  furniture.pages.forEach((rows, page) => placed.push(...placeRows(rows, page === 0 || placed.length === 0, faceOf)));
  if (contact) placeAfterClosing(placed, contact.block);
  const { lines, input, lineAt, placedAt } = toPdfLines(placed, faceOf);
  const collection = findPdfDocuments(lines);
  // Several documents one after another: none of them is read as the file's document.
  const empty = collection && readLines([]);
  const read = empty
    ? { ...empty, document: collection.regime ? { ...empty.document, regime: collection.regime } : empty.document }
    : readLines(lines, { input });
  if (collection)
    diagnostics.unshift(
      pdfDiagnostic(
        'pdf/multiple-documents',
        'warning',
        `Tệp chứa ${collection.starts.length} văn bản hoặc mẫu nối tiếp nhau (bắt đầu bằng "${collection.first}"): không đọc văn bản nào thành văn bản của tệp`,
        `The file holds ${collection.starts.length} documents or templates one after another (the first headed "${collection.first}"): none is read as the file's document`,
      ),
    );
  const sources: Record<string, PdfSourceSpan> = {};
  for (const [path, span] of Object.entries(read.sources)) sources[path] = withPlace(span, lines, lineAt);
  const images = imageFacts(
    pages.flatMap((p) => p.images),
    (image) => image.colour,
    read.document.signatures.length,
  );
  const { layout, bottomEstimated } = layoutFacts({
    pageSizes: pages.map((p) => ({ width: p.width, height: p.height })),
    placed,
    rules: pages.flatMap((p) => p.rules),
    sources: read.sources,
    lineAt: placedAt,
    faceOf,
    numbering: pageNumbering(furniture.numbers),
    images,
    boxes: pages.flatMap((p, page) => p.boxes.map((b) => ({ ...b, page }))),
  });
  // The text layer is the file's own: a page read by OCR has none.
  const layered = pages.filter((p) => p.rows.length > 0 && p.text === 'layer').length;
  const scans = pages.flatMap((p, k) => (p.scanned ? [k] : []));
  const textLayer = layered === 0 ? 'none' : scans.length > 0 ? 'partial' : 'text';
  const unread = scans.filter((k) => pages[k]!.text === 'none');
  const own: Diagnostic[] = [];
  if (textLayer === 'none')
    own.push(
      unread.length > 0 || scans.length === 0
        ? pdfDiagnostic(
            'pdf/no-text-layer',
            'error',
            'Tệp PDF không có lớp chữ (bản quét hoặc ảnh): không đọc được nội dung văn bản; cần nhận dạng chữ (tùy chọn ocr)',
            'The PDF has no text layer (a scan or images): the document could not be read; it needs OCR (option ocr)',
          )
        : pdfDiagnostic(
            'pdf/no-text-layer',
            'warning',
            'Tệp PDF không có lớp chữ (bản quét): nội dung chỉ được đọc bằng nhận dạng chữ (OCR), cần đối chiếu với bản gốc',
            'The PDF has no text layer (a scan): its text was read by OCR only and needs checking against the page',
          ),
    );
  else if (textLayer === 'partial')
    own.push(
      pdfDiagnostic(
        'pdf/partial-text-layer',
        unread.length > 0 ? 'warning' : 'info',
        `Trang ${pageList(scans)} không có lớp chữ (ảnh quét)${unread.length > 0 ? ': phần nội dung ở đó không được đọc' : ', đã đọc bằng OCR'}`,
        `Page ${pageList(scans)} has no text layer (scanned images)${unread.length > 0 ? ': what stands there is not read' : ', read by OCR'}`,
      ),
    );
  if (bottomEstimated && lines.length > 0)
    own.push(
      pdfDiagnostic(
        'pdf/bottom-margin-estimated',
        'info',
        'Không trang nào đầy chữ nên không đo được lề dưới: lấy bằng lề trên',
        'No page is full of text, so the bottom margin cannot be measured: it is taken to be the top margin',
      ),
    );
  const ocrPages = pages.flatMap((p, k) => (p.text === 'ocr' ? [k] : []));
  if (ocrPages.length > 0)
    own.push(
      pdfDiagnostic(
        'pdf/ocr',
        'info',
        `Trang ${pageList(ocrPages)} được đọc bằng nhận dạng chữ (OCR)`,
        `Page ${pageList(ocrPages)} read by OCR`,
      ),
    );
  const nothingRead = collection !== undefined || lines.length === 0;
  return {
    document: read.document,
    sources,
    layout,
    // Nothing read: the recogniser's "issuer missing" and the like would only restate it.
    diagnostics: [...own, ...diagnostics, ...(nothingRead ? [] : read.diagnostics)],
    pages: pages.map((p, index) => ({
      index,
      widthMm: Math.round(p.width * PT_TO_MM * 10) / 10,
      heightMm: Math.round(p.height * PT_TO_MM * 10) / 10,
      rotation: p.rotation,
      text: p.text,
    })),
    textLayer,
    lines,
    signatureAppearances: Object.assign({}, ...pages.map((p) => p.appearances)) as Record<string, string[]>,
    ...(nothingRead && { nothingRead: true as const }),
  };
}

/**
 * Places the contact block's rows after the first closing block, where a text file and the DOCX
 * reader have them (or at the end when there is none), as page-footer lines.
 */
function placeAfterClosing(placed: PlacedLine[], block: readonly Row[]): void {
  const lines: PlacedLine[] = block.map((row) => ({
    page: row.page,
    region: 'page-footer',
    segments: row.segments,
    text: row.segments.map((s) => s.text).join(' '),
    row,
  }));
  // After the main closing block: the run of closing lines holding the first Lưu line (a joint
  // document's Nơi nhận stands under its signers, a line of the page), not a copy block's.
  let at = placed.findIndex((l) => /^[-–]?\s*Lưu\s*:/u.test(l.text));
  if (at >= 0) while (inClosing(placed[at]) && inClosing(placed[at + 1])) at++;
  else
    for (let i = 0; i < placed.length; i++) {
      if (inClosing(placed[i])) at = i;
      else if (at >= 0) break;
    }
  placed.splice(at < 0 ? placed.length : at + 1, 0, ...lines);
}

/** What the model's input hygiene changed in the text layer: one `text/…` diagnostic per kind, naming the first page. */
function hygieneDiagnostics(pages: readonly PageRead[]): Diagnostic[] {
  const found = new FindingList();
  pages.forEach((p, page) => {
    for (const row of p.rows)
      for (const segment of row.segments) for (const finding of segment.hygiene ?? []) found.merge(finding, page);
  });
  return found
    .list()
    .map((finding) =>
      textHygieneDiagnostic(
        finding,
        {},
        { vi: `từ trang ${finding.offset + 1}`, en: `from page ${finding.offset + 1}` },
      ),
    );
}
