import { childElements, parseXml, type XmlElement, type XmlLimits, type XmlTreeOptions } from '../xml/parse.js';
import { DocxError } from '../../errors.js';
import { attr } from './attributes.js';
import type { ZipPackage } from './zip.js';

/**
 * The OPC package around the document: content types, relationships, and the package-level hazards
 * (macros, signatures, external targets) that a reader must report and never act on.
 *
 * @module
 */

/** A relationship of a part; external targets are listed, never fetched. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const MAIN_CONTENT_TYPES =
  /wordprocessingml\.document\.main\+xml|ms-word\.document\.macroEnabled\.main\+xml|wordprocessingml\.template\.main\+xml|ms-word\.template\.macroEnabledTemplate\.main\+xml/u;

/**
 * Elements of WordprocessingML, DrawingML and theme parts that the reader never looks at
 * (language tags, complex-script twins of sizes and toggles, proofing marks, bookmarks, borders of
 * tables and cells, latent styles, theme colours and effects…): parts are parsed
 * without them. A name goes here only when no code of the reader reads an element of that name.
 */
export const UNREAD_ELEMENTS: ReadonlySet<string> = new Set([
  'lang',
  'szCs',
  'bCs',
  'iCs',
  'noProof',
  'proofErr',
  'bookmarkStart',
  'bookmarkEnd',
  'permStart',
  'permEnd',
  'lastRenderedPageBreak',
  'snapToGrid',
  'kern',
  'shd',
  'webHidden',
  'rtl',
  'widowControl',
  'keepNext',
  'keepLines',
  'autoSpaceDE',
  'autoSpaceDN',
  'adjustRightInd',
  'contextualSpacing',
  'suppressAutoHyphens',
  'suppressLineNumbers',
  'textAlignment',
  'outlineLvl',
  'tcBorders',
  'tblBorders',
  'tblPr',
  'tblPrEx',
  'tblStylePr',
  'latentStyles',
  'nsid',
  'multiLevelType',
  'tmpl',
  'lvlJc',
  'clrScheme',
  'fmtScheme',
  'objectDefaults',
  'extraClrSchemeLst',
  'extLst',
  'docPr',
  'cNvGraphicFramePr',
  'effectExtent',
  // A style's user-interface flags and links (styles.xml), the settings' rsid list, a theme's
  // per-script font list (a:font; the latin, ea and cs faces are read).
  'uiPriority',
  'qFormat',
  'semiHidden',
  'unhideWhenUsed',
  'autoRedefine',
  'locked',
  'personal',
  'personalCompose',
  'personalReply',
  'aliases',
  'link',
  'next',
  'rsid',
  'rsids',
  'font',
]);

/**
 * Children never read under a given parent: the paragraph mark's run properties (`w:pPr/w:rPr`,
 * the formatting of the pilcrow, one per paragraph) and the section's grid and columns.
 */
export const UNREAD_CHILDREN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pPr', new Set(['rPr'])],
  ['sectPr', new Set(['docGrid', 'cols', 'textDirection', 'formProt'])],
]);

/** Parses an XML part of the package (see {@link UNREAD_ELEMENTS}), or undefined when absent. */
export function readPart(
  zip: ZipPackage,
  name: string,
  limits: XmlLimits,
  options: XmlTreeOptions = {},
): XmlElement | undefined {
  const text = zip.readText(name);
  return text === undefined
    ? undefined
    : parseXml(text, limits, Object.assign({ skip: UNREAD_ELEMENTS, skipIn: UNREAD_CHILDREN }, options));
}

/** Finds the main document part through the package relationships. @throws DocxError when there is none. */
export function mainDocumentPart(zip: ZipPackage, limits: XmlLimits): { name: string; contentType?: string } {
  const rels = readRelationships(zip, '', limits);
  const office = rels.find((r) => r.type.endsWith('/officeDocument') && !r.external);
  const name = office ? resolveTarget('', office.target) : 'word/document.xml';
  if (!zip.has(name))
    throw new DocxError('docx/no-document', 'The package has no main document part: it is not a Word document');
  const types = readPart(zip, '[Content_Types].xml', limits);
  const override = types && childElements(types, 'Override').find((o) => attr(o, 'PartName') === `/${name}`);
  const contentType = override && attr(override, 'ContentType');
  if (contentType && !MAIN_CONTENT_TYPES.test(contentType))
    throw new DocxError('docx/not-word', `The main part is ${contentType}, not a Word document`);
  return { name, contentType };
}

/** The relationships of the part `partName` ('' for the package). */
export function readRelationships(zip: ZipPackage, partName: string, limits: XmlLimits): Relationship[] {
  const slash = partName.lastIndexOf('/');
  const relsName =
    partName === '' ? '_rels/.rels' : `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
  const root = readPart(zip, relsName, limits);
  if (!root) return [];
  return childElements(root, 'Relationship').map((r) => ({
    id: attr(r, 'Id') ?? '',
    type: attr(r, 'Type') ?? '',
    target: attr(r, 'Target') ?? '',
    external: attr(r, 'TargetMode') === 'External',
  }));
}

/** A relationship target as a package part name, relative to the folder of `partName`. */
export function resolveTarget(partName: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partName.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}
