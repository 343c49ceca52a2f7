import { InvalidArgumentError } from '../../errors.js';
import type { LayoutFacts, PageLayout } from '../../model/layout.js';
import type { ReadResult } from '../text/lines.js';
import { readLines } from '../text/read-lines.js';
import { imageFacts } from './images.js';
import { layoutParts } from './layout-parts.js';
import { toTextLines } from './lines.js';
import { openDocx, type OpenDocxLimits } from './open.js';
import { type StyleMap, styleMapRegion } from './style-map.js';

/**
 * The DOCX reader: a Word package in, the document model out, with the layout facts the validator's
 * layout rules read. Browser-safe (fflate and saxes, no Node APIs); bounded on hostile input.
 *
 * Approximations, stated once: toggle properties (b, i, caps) are plain on/off, not toggled
 * against a character style; superscript underscores count at 0.65 of their size; text widths
 * use Times Roman advance widths (within about 2%); zip CRCs are not checked (inflation and the
 * declared sizes are); ZIP64 packages are refused; header and footer text gives page numbering
 * facts but is not passed to the detection.
 *
 * @module
 */

export type { StyleMap, StyleMapPart } from './style-map.js';
export type { OpenDocxLimits } from './open.js';
export type { ZipLimits } from './zip.js';
export { DEFAULT_ZIP_LIMITS } from './zip.js';

/** Options of {@link parseDocx}: unzip and XML limits (safe defaults) and the agency's style map. */
export interface ParseDocxOptions extends OpenDocxLimits {
  /**
   * Paragraph style names of the agency's template mapped to the model parts they hold, e.g.
   * `{ "Quoc hieu": "nationalTitle", "Noi nhan": "distribution" }`: a paragraph in such a style is
   * placed in that part's region for the detection, wherever the template put it.
   */
  readonly styleMap?: StyleMap;
}

/** What {@link parseDocx} returns: the reader's result and the layout facts by model path. */
export type DocxReadResult = ReadResult & { readonly layout: LayoutFacts };

/**
 * Reads a DOCX package. Never throws on content: hazards (tracked changes, macros, protection,
 * external relationships, legacy fonts…) are `docx/…` diagnostics.
 *
 * @throws DocxError when the bytes are not a usable DOCX (random, truncated, corrupt, encrypted).
 * @throws LimitExceededError when the package breaks a limit (zip bomb, entry count, XML depth).
 * @throws UnsafeXmlError when a part declares a DTD (billion laughs, external entities).
 */
export async function parseDocx(bytes: Uint8Array, options: ParseDocxOptions = {}): Promise<DocxReadResult> {
  if (!(bytes instanceof Uint8Array)) throw new InvalidArgumentError('parseDocx expects a Uint8Array');
  const opened = openDocx(bytes, options);
  const { paragraphs, styles } = opened;
  const regionOf = (p: (typeof paragraphs)[number]) => styleMapRegion(options.styleMap, p.styleName) ?? p.region;
  const { lines, input, paragraphAt } = toTextLines(paragraphs, regionOf);
  const read = readLines(lines, { input });
  const sources = Object.fromEntries(Object.entries(read.sources).map(([path, span]) => [path, { ...span, paragraph: paragraphAt(span.offset) }]));
  const images = imageFacts(paragraphs, opened.relationships, opened.readTarget, read.document.signatures.length);
  const defaultFont = styles.defaultFonts();
  const layout: LayoutFacts = {
    sections: opened.sections.map((s, i) => ({ ...s, ...sectionContent(i, opened.sections.length, read.document.appendices.length) })),
    parts: layoutParts(paragraphs, sources, styles, regionOf),
    ...(defaultFont && { defaultFont }),
    ...(images.length > 0 && { images }),
  };
  return { document: read.document, diagnostics: [...opened.diagnostics, ...read.diagnostics], sources, layout };
}

/**
 * What a section holds: the first is the main document; when the document has one section per
 * appendix after it (PL I, I.I.7: each appendix paginated on its own), section i + 1 is appendix i.
 */
function sectionContent(index: number, sections: number, appendices: number): Pick<PageLayout, 'content'> {
  if (index === 0) return { content: { type: 'main' } };
  return sections - 1 === appendices ? { content: { type: 'appendix', index: index - 1 } } : {};
}
