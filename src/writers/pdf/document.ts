import type PDFKit from 'pdfkit';
import { fontSource } from './pdfkit.js';
import type { VanbanDocument } from '../../model/document.js';
import { copyFormInfo } from '../../registry/copies.js';
import { HEADER_DISTANCE_MM, PAGE_HEIGHT_MM, PAGE_WIDTH_MM, pageColumns } from '../layout-plan/index.js';
import { appendixSigningLine, copySigningLine, mainBodyPlacement } from '../printed.js';
import { appendixPieces } from './appendix.js';
import { bodyPieces } from './body.js';
import { closingPieces, documentClosing } from './closing.js';
import { contactFooter } from './contact.js';
import type { PdfContext } from './context.js';
import { copyPieces } from './copy.js';
import { withContentId } from './file-id.js';
import { type Atom, type DrawItem, shift } from './flow.js';
import { FontSet } from './fonts.js';
import { headerPieces } from './header.js';
import { layoutFlow, stack } from './layout.js';
import { documentInfo, escapeXmpInfo, extraXmp } from './metadata.js';
import { resolvePdfOptions, type ToPdfOptions } from './options.js';
import { paginate, type PlacedPage } from './paginate.js';
import type { Piece } from './pieces.js';
import { drawItems } from './render.js';
import { fieldPlacements, SignatureForm } from './signature-fields.js';
import { recipientsPieces, titlePieces } from './title.js';
import { ptFromMm } from './units.js';

/**
 * The whole document as pages: A4 portrait, the margins of the options, the page number centred
 * in the top margin from page 2 (PL I, I.I.7), each appendix a page run of its own numbered from 1
 * (PL I, I.III.1.đ), the contact block at the foot of page 1, the signing line of an electronic
 * copy or a separate-file appendix at the top right of page 1 (10 pt); then drawn with pdfkit.
 *
 * @module
 */

/** A page run: the main document, or one appendix. */
interface Run {
  readonly pieces: Piece[];
  /** The 10 pt signing line at the top right of the run's first page (ô 14, nd30.md §4.4, §5.2). */
  readonly firstPageLine?: string;
  /** The run's first page has the contact block (ô 13) at its foot. */
  readonly contact?: boolean;
}

/** Where a run is laid out: pages with their items and what goes in their margins. */
interface LaidRun {
  readonly pages: PlacedPage[];
  readonly firstPageLine?: string;
  readonly footer?: { items: DrawItem[]; height: number };
}

const PAGE_W = ptFromMm(PAGE_WIDTH_MM);
const PAGE_H = ptFromMm(PAGE_HEIGHT_MM);

/** The runs of the main file: the document, its appendices that are not separate files, the paper copy block. */
export function mainRuns(d: VanbanDocument, ctx: PdfContext): Run[] {
  const main: Piece[] = [
    ...headerPieces(d, ctx),
    ...titlePieces(d, ctx),
    ...recipientsPieces(d, ctx),
    ...bodyPieces(d.body, 'body', ctx, mainBodyPlacement(d)),
    ...closingPieces(documentClosing(d), ctx),
  ];
  const electronicCopy =
    d.copy?.signedAt !== undefined ? copySigningLine(d.copy, copyFormInfo(d.copy.form).label) : undefined;
  const runs: Run[] = [{ pieces: main, ...(electronicCopy && { firstPageLine: electronicCopy }), contact: true }];
  d.appendices.forEach((appendix, index) => {
    if (!appendix.separateFile) runs.push({ pieces: appendixPieces(appendix, index, ctx) });
  });
  // A paper copy block follows the last part of the copied document (PL I, II.II.3).
  if (d.copy && d.copy.signedAt === undefined) runs.at(-1)!.pieces.push(...copyPieces(d.copy, ctx));
  return runs;
}

/** The run of appendix `index` as a file of its own (Mẫu 2.2), with its signing line when the signing time is known. */
export function appendixRuns(d: VanbanDocument, index: number, ctx: PdfContext): Run[] {
  const appendix = d.appendices[index];
  if (!appendix) throw new RangeError(`The document has no appendix ${index} (it has ${d.appendices.length})`);
  const signedAt = ctx.options.signedAt ?? d.signatures.find((s) => s.signedAt)?.signedAt;
  return [
    {
      pieces: appendixPieces(appendix, index, ctx),
      ...(signedAt && { firstPageLine: appendixSigningLine(d, signedAt) }),
    },
  ];
}

/** The context of one document: resolved options, the columns, the parsed fonts. */
export function pdfContext(options: ToPdfOptions): PdfContext {
  const resolved = resolvePdfOptions(options);
  return {
    options: resolved,
    columns: pageColumns(resolved.marginsMm, resolved.sizes),
    fonts: new FontSet(resolved.fonts),
  };
}

/** Lays out the runs: atoms, then pages. */
export function layoutRuns(d: VanbanDocument, runs: readonly Run[], ctx: PdfContext): LaidRun[] {
  const m = ctx.options.marginsMm;
  const x = ptFromMm(m.left);
  const width = ptFromMm(ctx.columns.textWidthMm);
  return runs.map((run) => {
    const atoms: Atom[] = layoutFlow(run.pieces, x, width, ctx.fonts);
    const footer = run.contact ? contactFooter(d.contact, x, width, ctx) : undefined;
    const bottom = PAGE_H - ptFromMm(m.bottom);
    // A footer taller than the bottom margin pushes the text area up, as in Word and LibreOffice.
    const firstBottom = footer ? Math.min(bottom, PAGE_H - ptFromMm(HEADER_DISTANCE_MM) - footer.height) : bottom;
    const pages = paginate(atoms, { top: ptFromMm(m.top), bottom: (page) => (page === 0 ? firstBottom : bottom) });
    return { pages, ...(run.firstPageLine && { firstPageLine: run.firstPageLine }), ...(footer && { footer }) };
  });
}

/** Draws the laid-out runs into a PDF and returns its bytes, with a content-derived /ID. */
export async function drawRuns(d: VanbanDocument, laid: readonly LaidRun[], ctx: PdfContext): Promise<Uint8Array> {
  const o = ctx.options;
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    ...(o.pdfA && { subset: 'PDF/A-2b' as const }),
    // The regular face from the start: pdfkit would otherwise load Helvetica's metrics first.
    font: fontSource(ctx.fonts.faces.regular) as string,
    info: documentInfo(d),
  });
  for (const [name, font] of Object.entries(ctx.fonts.faces)) doc.registerFont(name, fontSource(font));
  doc.appendXML(extraXmp(d));
  escapeXmpInfo(doc);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  const form = new SignatureForm(doc);
  const x = ptFromMm(o.marginsMm.left);
  const width = ptFromMm(ctx.columns.textWidthMm);
  const marginTop = ptFromMm(HEADER_DISTANCE_MM);
  for (const run of laid) {
    run.pages.forEach((page, index) => {
      doc.addPage({ size: [PAGE_W, PAGE_H], margin: 0 });
      const margin =
        index === 0 ? firstPageMargin(run.firstPageLine, x, width, ctx) : pageNumber(index + 1, x, width, ctx);
      drawItems(doc, shift(margin, 0, marginTop));
      if (index === 0 && run.footer) drawItems(doc, shift(run.footer.items, 0, PAGE_H - marginTop - run.footer.height));
      const fields = drawItems(doc, page.items);
      form.add(fieldPlacements(fields, { signer: o.signerField, organisation: o.organisationField }));
    });
  }
  doc.end();
  await ended;
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const pdf = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    pdf.set(c, at);
    at += c.length;
  }
  return withContentId(pdf);
}

/** The page number, centred in the top margin (PL I, I.I.7; nd30.md §3.6). */
function pageNumber(n: number, x: number, width: number, ctx: PdfContext): DrawItem[] {
  return stack(
    [
      {
        type: 'para',
        texts: [String(n)],
        look: { sizePt: ctx.options.sizes.pageNumber, alignment: 'center' },
        field: 'page',
      },
    ],
    x,
    width,
    ctx.fonts,
  ).items;
}

/** The first page's margin: empty, or the 10 pt signing line at the right. */
function firstPageMargin(line: string | undefined, x: number, width: number, ctx: PdfContext): DrawItem[] {
  if (line === undefined) return [];
  return stack(
    [
      {
        type: 'para',
        texts: [line],
        look: { sizePt: ctx.options.sizes.signingInfo, alignment: 'right' },
        field: 'copy.signedAt',
      },
    ],
    x,
    width,
    ctx.fonts,
  ).items;
}

/**
 * pdfkit, loaded when the first PDF is drawn: its browser build resolves its ICC profile against
 * `import.meta.url` when it loads, which a script-tag bundle does not have, so importing vanban must
 * not load it.
 */
async function loadPdfKit(): Promise<typeof PDFKit> {
  return (await import('pdfkit')).default;
}
