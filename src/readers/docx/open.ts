import { childElement, parseXml, type XmlElement, type XmlLimits } from '../../formats/xml/parse.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { PageLayout } from '../../model/layout.js';
import type { DocxParagraph, WalkFindings } from './paragraph.js';
import { BodyWalker } from './walker.js';
import { packageHazards, walkHazards } from './hazards.js';
import {
  mainDocumentPart,
  readPart,
  readRelationships,
  type Relationship,
  resolveTarget,
} from '../../formats/ooxml/package.js';
import { collectSectionProperties, readPageLayouts, sectionProperties, textAreaTwips } from './sections.js';
import { StyleSheet } from './styles.js';
import { readStylesPart } from './styles-part.js';
import { decodeXmlBytes, type ZipLimits, ZipPackage } from '../../formats/ooxml/zip.js';

/**
 * Opens a DOCX package into what the reader works on: the paragraphs in reading order with their
 * effective formatting, the sections' page layout, and the package's hazards.
 *
 * @module
 */

/** Limits of the DOCX container and of each XML part in it (see {@link parseDocx}). */
export interface OpenDocxLimits extends ZipLimits {
  /** Deepest XML element nesting in any part. Default 256. */
  readonly maxXmlDepth?: number;
  /** Most XML elements in one part. Default 2,000,000. */
  readonly maxXmlElements?: number;
  /**
   * Largest XML part, in characters (UTF-16 code units) once decoded, checked before it is parsed.
   * Default 52,428,800 (50 × 2²⁰); the Decree's own document.xml is 235 KB.
   */
  readonly maxXmlLength?: number;
}

/** The default XML limits of {@link OpenDocxLimits}. */
export const DEFAULT_XML_LIMITS: Required<Pick<OpenDocxLimits, 'maxXmlDepth' | 'maxXmlElements' | 'maxXmlLength'>> = {
  maxXmlDepth: 256,
  maxXmlElements: 2_000_000,
  maxXmlLength: 50 * 1024 * 1024,
};

/** An opened Word document. */
export interface OpenedDocx {
  readonly paragraphs: readonly DocxParagraph[];
  readonly sections: readonly PageLayout[];
  /** Paragraphs of page 1's footer (first section, titlePg), where agencies put the contact block (ô 13). */
  readonly firstPageFooter: readonly DocxParagraph[];
  readonly styles: StyleSheet;
  readonly relationships: readonly Relationship[];
  readonly diagnostics: readonly Diagnostic[];
  /** Reads a part the main document points to (images), bounded by the same limits. */
  readonly readTarget: (target: string) => Uint8Array | undefined;
}

/** Opens the package. @throws DocxError, LimitExceededError, UnsafeXmlError, MalformedXmlError */
export function openDocx(bytes: Uint8Array, limits: OpenDocxLimits = {}): OpenedDocx {
  // WordprocessingML parts use fixed prefixes in practice; elements are matched by local name.
  const xmlLimits: XmlLimits = {
    maxDepth: limits.maxXmlDepth ?? DEFAULT_XML_LIMITS.maxXmlDepth,
    maxElements: limits.maxXmlElements ?? DEFAULT_XML_LIMITS.maxXmlElements,
    maxLength: limits.maxXmlLength ?? DEFAULT_XML_LIMITS.maxXmlLength,
    namespaces: false,
  };
  const zip = new ZipPackage(bytes, limits);
  const main = mainDocumentPart(zip, xmlLimits);
  const rels = readRelationships(zip, main.name, xmlLimits);
  const part = (name: string | undefined) => (name === undefined ? undefined : readPart(zip, name, xmlLimits));
  const partOf = (type: string) => {
    const rel = rels.find((r) => r.type.endsWith(`/${type}`) && !r.external);
    return rel && resolveTarget(main.name, rel.target);
  };

  const stylesName = partOf('styles');
  const styles = new StyleSheet(
    stylesName === undefined ? undefined : readStylesPart(zip, stylesName, xmlLimits),
    () => part(partOf('numbering')),
    part(partOf('theme')),
  );
  const diagnostics = packageHazards(zip, main.contentType, rels, settingsPart(zip, partOf('settings'), xmlLimits));

  const findings: WalkFindings = { insertions: 0, deletions: 0, oleObjects: 0, altChunks: 0, legacyFonts: new Set() };
  const ctx = { styles, findings };
  const walker = new BodyWalker(ctx);
  const sectPrs: XmlElement[] = [];
  // The body is walked block by block as it is parsed, and each block dropped once read: the
  // document's tree never lives whole, which keeps the garbage collector's work small.
  const onClose = (block: XmlElement, parent: XmlElement, depth: number): boolean => {
    if (depth !== 3 || parent.local !== 'body') return false;
    collectSectionProperties(block, sectPrs);
    walker.walkBodyBlock(block);
    return block.local !== 'sectPr';
  };
  const documentXml = readPart(zip, main.name, xmlLimits, { onClose })!;
  // A document without a w:body (not seen in practice) is walked as it is.
  if (!childElement(documentXml, 'body')) {
    sectPrs.push(...sectionProperties(documentXml));
    walker.walk(documentXml, 'page');
  }
  walker.resolveWidths(sectPrs.map(textAreaTwips));
  const { layouts: sections, firstPageFooter } = readPageLayouts(
    sectPrs,
    (id) => {
      const rel = rels.find((r) => r.id === id && !r.external);
      return rel ? part(resolveTarget(main.name, rel.target)) : undefined;
    },
    ctx,
  );
  diagnostics.push(...walkHazards(findings));
  return {
    paragraphs: walker.paragraphs,
    sections,
    firstPageFooter,
    styles,
    relationships: rels,
    diagnostics,
    readTarget: (target) => zip.read(resolveTarget(main.name, target)),
  };
}

/**
 * settings.xml, parsed only when it holds one of the settings the reader reports: Word keeps a long
 * rsid list there (80 KB in the Decree's file, 15 KB in a one-page letter) that is not worth a
 * tree, nor even decoding: the names are ASCII, so they are looked for in the UTF-8 bytes.
 */
function settingsPart(zip: ZipPackage, name: string | undefined, limits: XmlLimits): XmlElement | undefined {
  const data = name === undefined ? undefined : zip.read(name);
  if (data === undefined) return undefined;
  // UTF-16 (a byte-order mark) is decoded and searched as text.
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (!utf16 && !REPORTED_SETTINGS.some((setting) => includesAscii(data, setting))) return undefined;
  const text = decodeXmlBytes(data);
  if (!REPORTED_SETTINGS.some((setting) => text.includes(setting))) return undefined;
  return parseXml(text, limits);
}

/** The settings elements {@link packageHazards} reports. */
const REPORTED_SETTINGS = ['documentProtection', 'trackRevisions'];

/** True when the bytes hold `ascii` (ASCII only) encoded as UTF-8. */
function includesAscii(data: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  search: for (let at = data.indexOf(first); at >= 0; at = data.indexOf(first, at + 1)) {
    for (let k = 1; k < ascii.length; k++) if (data[at + k] !== ascii.charCodeAt(k)) continue search;
    return true;
  }
  return false;
}
