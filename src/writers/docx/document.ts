import {
  AlignmentType,
  Document,
  Footer,
  Header,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { LayoutFacts, PageLayout } from '../../model/layout.js';
import type { VanbanDocument } from '../../model/document.js';
import { copyFormInfo } from '../../registry/copies.js';
import { appendixSigningLine, copySigningLine, mainBodyPlacement } from '../printed.js';
import { appendixBlocks } from './appendix.js';
import { bodyBlocks } from './body.js';
import { closingBlock, documentClosing } from './closing.js';
import { mmToTwips } from '../../formats/ooxml/units.js';
import { FONT, FONT_SLOTS, Intent, run } from './compose.js';
import { contactBlock } from './contact.js';
import type { WriteContext } from './context.js';
import { copyBlocks } from './copy.js';
import { HEADER_DISTANCE_MM, PAGE_HEIGHT_MM, PAGE_WIDTH_MM } from '../layout-plan/index.js';
import { geometry } from './geometry.js';
import { headerBlock } from './header.js';
import { type DocxOptions, type ResolvedDocxOptions, resolveDocxOptions } from './options.js';
import { recipientsBlock, titleBlock } from './title.js';

/**
 * The whole document as `docx` objects, section by section, with the layout facts it means to give:
 * A4 portrait, the margins of the options, the page number centred in the header from page 2
 * (titlePg with an empty first-page header; PL I, I.I.7, I.III.1.đ), each appendix in a section of
 * its own numbered from 1.
 *
 * @module
 */

/** What the builder gives: the `docx` document, the layout facts it intends, and its title for the core properties. */
export interface BuiltDocx {
  readonly document: Document;
  readonly intent: LayoutFacts;
  readonly title?: string;
}

type Block = Paragraph | Table;

interface SectionPlan {
  readonly children: Block[];
  readonly content: NonNullable<PageLayout['content']>;
  /** Text of the first-page header: the signing line of an electronic copy or a separate-file appendix. */
  readonly firstPageLine?: string;
  /** The first-page footer: the contact block (ô 13), page 1 only. */
  readonly firstPageFooter?: Paragraph[];
}

/** Builds the main file of `d`: the document, its appendices that are not separate files, and its paper copy block. */
export function buildMainDocx(d: VanbanDocument, options: DocxOptions = {}): BuiltDocx {
  const ctx = context(resolveDocxOptions(options));
  const main: Block[] = [
    ...headerBlock(d, ctx),
    ...titleBlock(d, ctx),
    ...recipientsBlock(d, ctx),
    ...bodyBlocks(d.body, 'body', ctx, mainBodyPlacement(d)),
    ...closingBlock(documentClosing(d), ctx),
  ];
  const electronicCopy =
    d.copy?.signedAt !== undefined ? copySigningLine(d.copy, copyFormInfo(d.copy.form).label) : undefined;
  const contact = contactBlock(d.contact, ctx);
  const plans: SectionPlan[] = [
    {
      children: main,
      content: { type: 'main' },
      ...(electronicCopy && { firstPageLine: electronicCopy }),
      ...(contact.length > 0 && { firstPageFooter: contact }),
    },
  ];
  d.appendices.forEach((appendix, index) => {
    if (!appendix.separateFile)
      plans.push({ children: appendixBlocks(appendix, index, ctx), content: { type: 'appendix', index } });
  });
  // A paper copy block follows the last part of the copied document (PL I, II.II.3).
  if (d.copy && d.copy.signedAt === undefined) plans.at(-1)!.children.push(...copyBlocks(d.copy, ctx));
  return assemble(plans, ctx, d.subject);
}

/**
 * Builds appendix `index` of `d` as a file of its own (Mẫu 2.2; nd30.md §4.4): the signing line
 * with the main document's số, ký hiệu and signing time at the top right of its first page, in 10 pt.
 */
export function buildAppendixDocx(d: VanbanDocument, index: number, options: DocxOptions = {}): BuiltDocx {
  const appendix = d.appendices[index];
  if (!appendix) throw new RangeError(`The document has no appendix ${index} (it has ${d.appendices.length})`);
  const ctx = context(resolveDocxOptions(options));
  const signedAt = ctx.options.signedAt ?? d.signatures.find((s) => s.signedAt)?.signedAt;
  const plan: SectionPlan = {
    children: appendixBlocks(appendix, index, ctx),
    content: { type: 'appendix', index },
    ...(signedAt && { firstPageLine: appendixSigningLine(d, signedAt) }),
  };
  return assemble([plan], ctx, appendix.title);
}

function context(options: ResolvedDocxOptions): WriteContext {
  let drawings = 0;
  return { options, geometry: geometry(options), intent: new Intent(), nextDrawingId: () => String(++drawings) };
}

function assemble(plans: readonly SectionPlan[], ctx: WriteContext, title: string | undefined): BuiltDocx {
  const { options } = ctx;
  const m = options.marginsMm;
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: options.sizes.pageNumber * 2 })],
      }),
    ],
  });
  const footed = plans.some((plan) => plan.firstPageFooter);
  const sections = plans.map((plan) => ({
    properties: {
      titlePage: true,
      page: {
        size: {
          width: mmToTwips(PAGE_WIDTH_MM),
          height: mmToTwips(PAGE_HEIGHT_MM),
          orientation: PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(m.top),
          bottom: mmToTwips(m.bottom),
          left: mmToTwips(m.left),
          right: mmToTwips(m.right),
          header: mmToTwips(HEADER_DISTANCE_MM),
          footer: mmToTwips(HEADER_DISTANCE_MM),
        },
        // Each appendix is numbered on its own from 1 (PL I, I.III.1.đ).
        pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL },
      },
    },
    headers: { default: pageNumber, first: firstPageHeader(plan.firstPageLine, options) },
    // Later sections state an empty first-page footer, or they would inherit page 1's contact block (ECMA-376 §17.10.5).
    ...(footed && {
      footers: { first: new Footer({ children: plan.firstPageFooter ?? [new Paragraph({ children: [] })] }) },
    }),
    children: plan.children,
  }));
  const document = new Document({
    // The core properties (title, author, fixed dates) are written by package.ts.
    creator: 'vanban',
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: options.sizes.body * 2 },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections,
  });
  const intent: LayoutFacts = {
    sections: plans.map((plan) => ({
      widthMm: PAGE_WIDTH_MM,
      heightMm: PAGE_HEIGHT_MM,
      orientation: 'portrait',
      marginsMm: { top: m.top, bottom: m.bottom, left: m.left, right: m.right },
      pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false, format: 'decimal', start: 1 },
      content: plan.content,
    })),
    parts: ctx.intent.parts,
    defaultFont: FONT_SLOTS,
  };
  return { document, intent, ...(title && { title }) };
}

/** The first-page header: empty, or the 10 pt signing line at the right (ô 14, nd30.md §4.4, §5.2). */
function firstPageHeader(line: string | undefined, options: ResolvedDocxOptions): Header {
  if (line === undefined) return new Header({ children: [new Paragraph({ children: [] })] });
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(line, { sizePt: options.sizes.signingInfo })] }),
    ],
  });
}
