import { cleanText } from '../../model/normalize.js';
import { parseNumberNotation } from '../../grammar/number-notation.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DocxParagraph } from './paragraph.js';
import { diagnostic } from './hazards.js';

/**
 * Files that hold several documents one after another: the templates of Phụ lục III (each headed
 * "Mẫu 1.5 - Công văn", each with its own Quốc hiệu table), or letters pasted into one file. Read
 * as one document they give a made-up one (one template's heading as the issuer, the Nơi nhận of
 * all of them), so the reader finds where each one begins and takes none of them as the document.
 *
 * A document that carries its own attachments is not a collection: a Quyết định with the Quy chế
 * it issues (the Quy chế's header has no số), or a Hướng dẫn followed by the forms ("Mẫu số 01 - …")
 * it attaches, read as the one document they are.
 *
 * @module
 */

/** Where the documents of a file holding several begin. */
export interface DocumentCollection {
  /** What heads each one: a template heading ("Mẫu 1.5 - Công văn") or a document's own header. */
  readonly headedBy: 'template' | 'header';
  /** Index of each one's first paragraph, ascending; the paragraphs before the first belong to none. */
  readonly starts: readonly number[];
  /** Text of the first one's heading or first header line, for the diagnostic. */
  readonly first: string;
}

// nd30.md §2.1 (both tone placements, HÒA and HOÀ); the Party's header in its place (pitfalls.md).
const NATIONAL_TITLE = /^(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|ĐẢNG\s+CỘNG\s+SẢN)\s+VIỆT\s+NAM$/u;
// "Mẫu 1.5 - Công văn", "Mẫu số 01: Tờ trình": a template's number followed by its name.
const TEMPLATE_HEADING = /^Mẫu\s+(?:số\s+)?\d+(?:\.\d+)*\s*[-–—:]\s*\S/iu;
const NUMBER_LINE = /^Số\s*[:\s]/u;

/** A run of header-table paragraphs (both columns). */
interface HeaderBlock {
  readonly start: number;
  readonly end: number;
  readonly nationalTitle: boolean;
  readonly numberLine: boolean;
}

const text = (p: DocxParagraph): string => cleanText(p.lines.join(' ')).text.replace(/\s+/gu, ' ').trim();
const isHeader = (p: DocxParagraph): boolean => p.region === 'header-left' || p.region === 'header-right';
const isClosing = (p: DocxParagraph): boolean => p.region === 'closing-left' || p.region === 'closing-right';

/** The documents of `paragraphs` when there are several, or undefined for a file of one document. */
export function findDocuments(paragraphs: readonly DocxParagraph[]): DocumentCollection | undefined {
  const headers = headerBlocks(paragraphs).filter((h) => h.nationalTitle);
  if (headers.length < 2) return undefined;
  const headings = paragraphs
    .filter((p) => !isHeader(p) && !isClosing(p) && TEMPLATE_HEADING.test(text(p)))
    .map((p) => p.index);
  // The template heading right before a header, with no other header in between.
  const headingOf = (h: HeaderBlock, k: number): number | undefined =>
    headings.filter((i) => i < h.start && (k === 0 || i >= headers[k - 1]!.end)).at(-1);
  // A whole document: a header with its số, and a closing (Nơi nhận, signature) before the next header.
  const complete = headers.filter(
    (h, k) =>
      h.numberLine &&
      paragraphs.slice(h.end, headers[k + 1]?.start ?? paragraphs.length).some((p) => isClosing(p) && text(p) !== ''),
  );

  const headed = headers.filter((h, k) => headingOf(h, k) !== undefined);
  // Templates one after another: no whole document before them that they could be the forms of.
  if (headings.length >= 2 && headed.length >= 2 && !complete.some((h) => h.start < headings[0]!)) {
    return { headedBy: 'template', starts: headings, first: text(paragraphs[headings[0]!]!) };
  }
  const unheaded = complete.filter((h) => !headed.includes(h));
  if (unheaded.length >= 2)
    return { headedBy: 'header', starts: unheaded.map((h) => h.start), first: text(paragraphs[unheaded[0]!.start]!) };
  return undefined;
}

/** The header tables, as runs of header-region paragraphs (paragraphs without text do not end one). */
function headerBlocks(paragraphs: readonly DocxParagraph[]): HeaderBlock[] {
  const out: HeaderBlock[] = [];
  let open: { start: number; end: number; nationalTitle: boolean; numberLine: boolean } | undefined;
  for (const p of paragraphs) {
    if (isHeader(p)) {
      const t = text(p);
      open ??= { start: p.index, end: p.index + 1, nationalTitle: false, numberLine: false };
      open.end = p.index + 1;
      if (p.region === 'header-right' && NATIONAL_TITLE.test(t.toLocaleUpperCase('vi'))) open.nationalTitle = true;
      if (p.region === 'header-left' && NUMBER_LINE.test(t)) open.numberLine = true;
    } else if (open && p.lines.some((l) => l.trim() !== '')) {
      out.push(open);
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

/**
 * The regime of a collection from the document it is attached to ("Kèm theo Nghị định số
 * 30/2020/NĐ-CP" before the first template): an appendix of a QPPL is part of the QPPL.
 */
export function collectionRegime(preamble: readonly DocxParagraph[]): 'quy-pham-phap-luat' | undefined {
  const joined = preamble.map(text).join(' ');
  const attached = /Kèm\s+theo\s+(?:\p{L}+\s+){1,4}?số\s+(\d+\s*\/\s*[\p{L}\p{N}]+(?:\s*[/-]\s*[\p{L}\p{N}]+)*)/iu.exec(
    joined,
  );
  if (!attached) return undefined;
  return parseNumberNotation(`Số: ${attached[1]!.replace(/\s+/gu, '')}`).regime === 'quy-pham-phap-luat'
    ? 'quy-pham-phap-luat'
    : undefined;
}

/** The `docx/multiple-documents` diagnostic of a collection. */
export function multipleDocumentsDiagnostic(collection: DocumentCollection): Diagnostic {
  const n = collection.starts.length;
  return collection.headedBy === 'template'
    ? diagnostic(
        'docx/multiple-documents',
        'warning',
        `Tệp chứa ${n} mẫu văn bản nối tiếp nhau (các tiêu đề "Mẫu …"), không phải một văn bản: không đọc trường nào của văn bản; parseDocxDocuments đọc từng mẫu`,
        `The file holds ${n} templates one after another ("Mẫu …" headings), not one document: no document field was read; parseDocxDocuments reads each template`,
        collection.first,
      )
    : diagnostic(
        'docx/multiple-documents',
        'warning',
        `Tệp chứa ${n} văn bản nối tiếp nhau, mỗi văn bản có Quốc hiệu, số và phần ký riêng: không đọc trường nào của văn bản; parseDocxDocuments đọc từng văn bản`,
        `The file holds ${n} documents one after another, each with its own Quốc hiệu, number and closing: no document field was read; parseDocxDocuments reads each document`,
        collection.first,
      );
}
