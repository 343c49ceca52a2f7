import type { XmlLimits } from '../../_lib/xml.js';
import { childElement } from '../../_lib/xml.js';
import { InvalidArgumentError } from '../../errors.js';
import type { ReaderDiagnostic } from '../../model/diagnostic.js';
import type { LayoutFacts } from '../../model/layout.js';
import type { ReadResult } from '../text/lines.js';
import { readLines } from '../text/read-lines.js';
import { BodyWalker, textAreaTwips, type WalkFindings } from './body.js';
import { packageHazards, walkHazards } from './hazards.js';
import { imageFacts } from './images.js';
import { layoutParts } from './layout-parts.js';
import { toTextLines } from './lines.js';
import { mainDocumentPart, readPart, readRelationships, resolveTarget } from './package.js';
import { readPageLayouts, sectionProperties } from './sections.js';
import { type StyleMap, styleMapRegion } from './style-map.js';
import { StyleSheet } from './styles.js';
import { type ZipLimits, ZipPackage } from './zip.js';

/**
 * The DOCX reader: a Word package in, the document model out, with the layout facts the validator's
 * layout rules read. Browser-safe (fflate and saxes, no Node APIs); bounded on hostile input.
 *
 * @module
 */

export type { StyleMap, StyleMapPart } from './style-map.js';
export type { ZipLimits } from './zip.js';
export { DEFAULT_ZIP_LIMITS } from './zip.js';

/** Options of {@link parseDocx}: unzip and XML limits (safe defaults) and the agency's style map. */
export interface ParseDocxOptions extends ZipLimits {
  /** Deepest XML element nesting in any part. Default 256. */
  readonly maxXmlDepth?: number;
  /** Most XML elements in one part. Default 2,000,000. */
  readonly maxXmlElements?: number;
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
  return readDocx(bytes, options);
}

function readDocx(bytes: Uint8Array, options: ParseDocxOptions): DocxReadResult {
  const xmlLimits: XmlLimits = { maxDepth: options.maxXmlDepth ?? 256, maxElements: options.maxXmlElements ?? 2_000_000 };
  const zip = new ZipPackage(bytes, options);
  const main = mainDocumentPart(zip, xmlLimits);
  const rels = readRelationships(zip, main.name, xmlLimits);
  const partOf = (type: string): string | undefined => {
    const rel = rels.find((r) => r.type.endsWith(`/${type}`) && !r.external);
    return rel && resolveTarget(main.name, rel.target);
  };
  const part = (name: string | undefined) => (name === undefined ? undefined : readPart(zip, name, xmlLimits));

  const documentXml = part(main.name)!;
  const body = childElement(documentXml, 'body') ?? documentXml;
  const styles = new StyleSheet(part(partOf('styles')), part(partOf('numbering')), part(partOf('theme')));
  const settings = part(partOf('settings'));
  const diagnostics: ReaderDiagnostic[] = packageHazards(zip, main.contentType, rels, settings);

  const sections = sectionProperties(body);
  const findings: WalkFindings = { insertions: 0, deletions: 0, oleObjects: 0, altChunks: 0, fonts: new Set(), legacyFonts: new Set() };
  const ctx = { styles, sectionTextWidths: sections.map(textAreaTwips), findings };
  const walker = new BodyWalker(ctx);
  walker.walk(body, 'page');
  const pageLayouts = readPageLayouts(
    sections,
    (id) => {
      const rel = rels.find((r) => r.id === id && !r.external);
      return rel ? part(resolveTarget(main.name, rel.target)) : undefined;
    },
    ctx,
  );
  diagnostics.push(...walkHazards(findings));

  const paragraphs = walker.paragraphs;
  const regionOf = (p: (typeof paragraphs)[number]) => styleMapRegion(options.styleMap, p.styleName) ?? p.region;
  const { lines, input, paragraphAt } = toTextLines(paragraphs, regionOf);
  const read = readLines(lines, { input });
  const sources = Object.fromEntries(Object.entries(read.sources).map(([path, span]) => [path, { ...span, paragraph: paragraphAt(span.offset) }]));
  const parts = layoutParts(paragraphs, sources, styles, regionOf);
  const images = imageFacts(paragraphs, rels, (target) => zip.read(resolveTarget(main.name, target)), read.document.signatures.length);
  const defaultFont = styles.defaultFonts();
  const layout: LayoutFacts = {
    sections: pageLayouts.map((s, i) => (i === 0 ? { ...s, content: { type: 'main' as const } } : s)),
    parts,
    ...(defaultFont && { defaultFont }),
    ...(images.length > 0 && { images }),
  };
  return { document: read.document, diagnostics: [...diagnostics, ...read.diagnostics], sources, layout };
}
