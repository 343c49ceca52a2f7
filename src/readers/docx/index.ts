import { InvalidArgumentError } from '../../errors.js';
import type { LayoutFacts, PageLayout } from '../../model/layout.js';
import type { SourceSpan } from '../../model/source.js';
import type { ReadResult } from '../../recognize/lines.js';
import { readLines } from '../../recognize/read-lines.js';
import type { DocxParagraph } from './paragraph.js';
import { collectionRegime, findDocuments, multipleDocumentsDiagnostic } from './collection.js';
import { withFooterContact } from './footer-contact.js';
import { imageFacts } from './images.js';
import { layoutParts } from './layout-parts.js';
import { toTextLines } from './lines.js';
import { openDocx, type OpenDocxLimits, type OpenedDocx } from './open.js';
import { type StyleMap, styleMapRegion } from './style-map.js';

/**
 * The DOCX reader: a Word package in, the document model out, with the layout facts the validator's
 * layout rules read. Browser-safe (fflate and saxes, no Node APIs); bounded on hostile input.
 *
 * Approximations, stated once: toggle properties (b, i, caps) are plain on/off, not toggled
 * against a character style; superscript text and underscores count at 0.65 of their size; text
 * widths use Times Roman advance widths (within about 2%), and a tab goes to the first stop past
 * the text before it, wrapping ignored (a stop with a leader reads as "…"); zip CRCs are not
 * checked (inflation and the declared sizes are); ZIP64 packages are refused; header and footer
 * text gives page numbering facts but is not passed to the detection.
 *
 * @module
 */

export type { StyleMap, StyleMapPart } from './style-map.js';
export type { OpenDocxLimits } from './open.js';
export { DEFAULT_XML_LIMITS } from './open.js';
export type { ZipLimits } from '../../formats/ooxml/zip.js';
export { DEFAULT_ZIP_LIMITS } from '../../formats/ooxml/zip.js';

/** Options of {@link parseDocx}: unzip and XML limits (safe defaults) and the agency's style map. */
export interface ParseDocxOptions extends OpenDocxLimits {
  /**
   * Paragraph style names of the agency's template mapped to the model parts they hold, e.g.
   * `{ "Quoc hieu": "nationalTitle", "Noi nhan": "distribution" }`: a paragraph in the style of a
   * part with one fixed place (Quốc hiệu, issuer, số, place and date, Nơi nhận, signature) is placed
   * in that part's region for the detection, wherever the template put it. Title, subject,
   * recipients and body keep the paragraph's own region: where they sit depends on the kind (a
   * công văn's V/v in the header's left column) and is a layout fact the validator checks.
   */
  readonly styleMap?: StyleMap;
}

/** What {@link parseDocx} returns: the reader's result and the layout facts by model path. */
export type DocxReadResult = ReadResult & { readonly layout: LayoutFacts };

/**
 * Reads a DOCX package. Never throws on content: hazards (tracked changes, macros, protection,
 * external relationships, legacy fonts…) are `docx/…` diagnostics. A file holding several documents
 * one after another (the templates of Phụ lục III, letters pasted into one file) gives a document
 * with no field read (the model's required kind and issuer are placeholders, with no source) and a
 * `docx/multiple-documents` warning: {@link parseDocxDocuments} reads each of them.
 *
 * @throws DocxError when the bytes are not a usable DOCX (random, truncated, corrupt, encrypted).
 * @throws LimitExceededError when the package breaks a limit (zip bomb, entry count, XML size or depth).
 * @throws UnsafeXmlError when a part declares a DTD (billion laughs, external entities).
 */
export async function parseDocx(bytes: Uint8Array, options: ParseDocxOptions = {}): Promise<DocxReadResult> {
  const opened = open(bytes, options);
  const collection = findDocuments(opened.paragraphs);
  if (!collection)
    return readParagraphs(
      opened,
      withFooterContact(opened.paragraphs, opened.firstPageFooter, opened.paragraphs.length),
      opened.sections,
      options,
    );
  // No template's parts are taken for the file's: no field is read, no part has a source.
  const empty = readLines([]);
  const regime = collectionRegime(opened.paragraphs.slice(0, collection.starts[0]));
  const images = imageFacts(opened.paragraphs, opened.relationships, opened.readTarget, 0);
  return {
    document: regime ? { ...empty.document, regime } : empty.document,
    diagnostics: [...opened.diagnostics, multipleDocumentsDiagnostic(collection), ...empty.diagnostics],
    sources: {},
    // The sections are the file's page setup; none holds "the" document, so none says what it holds.
    layout: fileLayout(opened, opened.sections, {}, images),
  };
}

/**
 * Reads each document of a file holding several one after another (see {@link parseDocx}): one
 * result per template or document, in order, each read as {@link parseDocx} reads a file of one
 * document, with the paragraph indices of the whole file. Text before the first one (a title, a
 * table of contents) belongs to none. A file of one document gives one result, parseDocx's.
 *
 * @throws as {@link parseDocx}.
 */
export async function parseDocxDocuments(bytes: Uint8Array, options: ParseDocxOptions = {}): Promise<DocxReadResult[]> {
  const opened = open(bytes, options);
  const collection = findDocuments(opened.paragraphs);
  if (!collection)
    return [
      readParagraphs(
        opened,
        withFooterContact(opened.paragraphs, opened.firstPageFooter, opened.paragraphs.length),
        opened.sections,
        options,
      ),
    ];
  const { starts } = collection;
  return starts.map((start, k) => {
    const paragraphs = opened.paragraphs.slice(start, starts[k + 1] ?? opened.paragraphs.length);
    // The sections its paragraphs lie in.
    const first = paragraphs[0]?.section ?? 0;
    return readParagraphs(
      opened,
      paragraphs,
      opened.sections.slice(first, (paragraphs.at(-1)?.section ?? first) + 1),
      options,
    );
  });
}

function open(bytes: Uint8Array, options: ParseDocxOptions): OpenedDocx {
  if (!(bytes instanceof Uint8Array)) throw new InvalidArgumentError('parseDocx expects a Uint8Array');
  return openDocx(bytes, options);
}

/** Reads the document held by `paragraphs` (all of the file's, or one run of them) laid out on `sections`. */
function readParagraphs(
  opened: OpenedDocx,
  paragraphs: readonly DocxParagraph[],
  sections: readonly PageLayout[],
  options: ParseDocxOptions,
): DocxReadResult {
  const { styles } = opened;
  const regionOf = (p: DocxParagraph) => styleMapRegion(options.styleMap, p.styleName) ?? p.region;
  const { lines, input, paragraphAt, lineAt, diagnostics: hygiene } = toTextLines(paragraphs, regionOf);
  const read = readLines(lines, { input });
  // Object.assign, not `{ ...span, paragraph }`: V8 takes a slow path for a property added after a
  // spread (about 1.5 µs a span, 2–3% of a one-page letter's read).
  const sources: Record<string, SourceSpan> = {};
  for (const path in read.sources) {
    const span = read.sources[path]!;
    sources[path] = Object.assign({}, span, { paragraph: paragraphAt(span.offset) });
  }
  const images = imageFacts(paragraphs, opened.relationships, opened.readTarget, read.document.signatures.length);
  const withContent = sections.map((s, i) => ({
    ...s,
    ...sectionContent(i, sections.length, read.document.appendices.length),
  }));
  // layoutParts looks paragraphs up by their index in the file (footer lines come after the body's).
  const byIndex =
    paragraphs.length > opened.paragraphs.length || paragraphs.some((p) => p.index >= opened.paragraphs.length)
      ? [...opened.paragraphs, ...paragraphs.filter((p) => p.index >= opened.paragraphs.length)]
      : opened.paragraphs;
  const layout = fileLayout(opened, withContent, layoutParts(byIndex, sources, styles, regionOf, lineAt), images);
  return {
    document: read.document,
    diagnostics: [...opened.diagnostics, ...hygiene, ...read.diagnostics],
    sources,
    layout,
  };
}

/** Layout facts: the given sections and parts, with the file's default font and the images. */
function fileLayout(
  opened: OpenedDocx,
  sections: readonly PageLayout[],
  parts: LayoutFacts['parts'],
  images: NonNullable<LayoutFacts['images']>,
): LayoutFacts {
  const defaultFont = opened.styles.defaultFonts();
  return { sections, parts, ...(defaultFont && { defaultFont }), ...(images.length > 0 && { images }) };
}

/**
 * What a section holds: the first is the main document; when the document has one section per
 * appendix after it (PL I, I.I.7: each appendix paginated on its own), section i + 1 is appendix i.
 */
function sectionContent(index: number, sections: number, appendices: number): Pick<PageLayout, 'content'> {
  if (index === 0) return { content: { type: 'main' } };
  return sections - 1 === appendices ? { content: { type: 'appendix', index: index - 1 } } : {};
}
