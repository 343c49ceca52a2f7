import { childElement, type XmlElement } from '../../_lib/xml.js';
import type { Alignment } from '../../model/layout.js';
import { attr, childVal, numAttr, onOff } from './ooxml.js';

/**
 * Paragraph and run properties as read from one `w:pPr` / `w:rPr`, and how layers of them merge
 * (docDefaults → styles → numbering → direct formatting): a later layer wins field by field, and a
 * field it leaves unset keeps the earlier value.
 *
 * @module
 */

/** Font names by slot; theme references ("minorHAnsi") are kept apart until the theme resolves them. */
export interface FontRefs {
  readonly ascii?: string;
  readonly hAnsi?: string;
  readonly cs?: string;
  readonly eastAsia?: string;
  readonly asciiTheme?: string;
  readonly hAnsiTheme?: string;
  readonly csTheme?: string;
  readonly eastAsiaTheme?: string;
}

/** Run properties (character formatting). */
export interface RunProps {
  readonly fonts?: FontRefs;
  /** Size in half-points (w:sz). */
  readonly halfPoints?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly caps?: boolean;
  readonly hidden?: boolean;
  readonly color?: string;
  /** Superscript or subscript: printed at about two thirds of the size. */
  readonly vertAlign?: boolean;
  readonly styleId?: string;
}

/** A paragraph border (only the bottom one matters: lines under the Tiêu ngữ, issuer, trích yếu). */
export interface BorderProps {
  readonly style: string;
  /** Width in eighths of a point. */
  readonly size?: number;
}

/** Paragraph properties; lengths in twips. */
export interface ParagraphProps {
  readonly styleId?: string;
  readonly alignment?: Alignment;
  readonly indentLeft?: number;
  readonly indentRight?: number;
  /** First-line indent, negative for a hanging indent. */
  readonly indentFirstLine?: number;
  readonly spacingBefore?: number;
  readonly spacingAfter?: number;
  readonly spacingLine?: number;
  readonly lineRule?: 'auto' | 'exact' | 'atLeast';
  readonly borderBottom?: BorderProps;
  readonly borderTop?: BorderProps;
  readonly boxed?: boolean;
  readonly numId?: string;
  readonly numLevel?: number;
  /** A frame (w:framePr): the paragraph floats like a text box. */
  readonly framed?: boolean;
}

/** Merges property layers: later wins field by field. Fonts merge slot by slot. */
export function mergeRun(...layers: (RunProps | undefined)[]): RunProps {
  let out: RunProps = {};
  for (const layer of layers) {
    if (!layer) continue;
    const fonts = layer.fonts ? mergeFonts(out.fonts, layer.fonts) : out.fonts;
    out = { ...out, ...defined(layer), ...(fonts && { fonts }) };
  }
  return out;
}

/** Merges paragraph property layers: later wins field by field. */
export function mergeParagraph(...layers: (ParagraphProps | undefined)[]): ParagraphProps {
  let out: ParagraphProps = {};
  for (const layer of layers) if (layer) out = { ...out, ...defined(layer) };
  return out;
}

function mergeFonts(base: FontRefs | undefined, over: FontRefs): FontRefs {
  const out: Record<string, string> = { ...(base as Record<string, string>) };
  // A direct slot name beats an inherited theme reference for that slot, and the other way round.
  for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const) {
    const name = over[slot];
    const theme = over[`${slot}Theme`];
    if (theme !== undefined) {
      out[`${slot}Theme`] = theme;
      delete out[slot];
    } else if (name !== undefined) {
      out[slot] = name;
      delete out[`${slot}Theme`];
    }
  }
  return out;
}

function defined<T extends object>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && k !== 'fonts') out[k] = v;
  return out as Partial<T>;
}

const ALIGNMENTS: Record<string, Alignment> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify', justify: 'justify' };

/** Reads a `w:rPr`. */
export function readRunProps(rPr: XmlElement | undefined): RunProps | undefined {
  if (!rPr) return undefined;
  const rFonts = childElement(rPr, 'rFonts');
  const fonts: FontRefs | undefined = rFonts && {
    ascii: attr(rFonts, 'ascii'),
    hAnsi: attr(rFonts, 'hAnsi'),
    cs: attr(rFonts, 'cs'),
    eastAsia: attr(rFonts, 'eastAsia'),
    asciiTheme: attr(rFonts, 'asciiTheme'),
    hAnsiTheme: attr(rFonts, 'hAnsiTheme'),
    csTheme: attr(rFonts, 'cstheme') ?? attr(rFonts, 'csTheme'),
    eastAsiaTheme: attr(rFonts, 'eastAsiaTheme'),
  };
  const sz = numAttr(childElement(rPr, 'sz'), 'val');
  const u = childVal(rPr, 'u');
  const color = childVal(rPr, 'color');
  const vert = childVal(rPr, 'vertAlign');
  return {
    ...(fonts && { fonts }),
    halfPoints: sz,
    // Toggle properties (b, i, caps) are approximated as plain on/off: a style's bold under a
    // bold character style should toggle off in Word, which no template in our corpus relies on.
    bold: onOff(rPr, 'b'),
    italic: onOff(rPr, 'i'),
    caps: onOff(rPr, 'caps'),
    hidden: onOff(rPr, 'vanish'),
    underline: u === undefined ? undefined : u !== 'none',
    color: color === undefined ? undefined : color.toUpperCase() === 'AUTO' ? 'auto' : color.toUpperCase(),
    vertAlign: vert === undefined ? undefined : vert !== 'baseline',
    styleId: childVal(rPr, 'rStyle'),
  };
}

/** Reads a `w:pPr` (its `w:rPr`, the paragraph mark's formatting, is not part of it). */
export function readParagraphProps(pPr: XmlElement | undefined): ParagraphProps | undefined {
  if (!pPr) return undefined;
  const ind = childElement(pPr, 'ind');
  const spacing = childElement(pPr, 'spacing');
  const numPr = childElement(pPr, 'numPr');
  const borders = childElement(pPr, 'pBdr');
  const hanging = numAttr(ind, 'hanging');
  const firstLine = numAttr(ind, 'firstLine');
  const rule = attr(spacing, 'lineRule');
  const jc = childVal(pPr, 'jc');
  const box = borders && ['top', 'left', 'bottom', 'right'].every((side) => readBorder(childElement(borders, side)) !== undefined);
  return {
    styleId: childVal(pPr, 'pStyle'),
    alignment: jc === undefined ? undefined : ALIGNMENTS[jc],
    indentLeft: numAttr(ind, 'left') ?? numAttr(ind, 'start'),
    indentRight: numAttr(ind, 'right') ?? numAttr(ind, 'end'),
    indentFirstLine: hanging !== undefined ? -hanging : firstLine,
    spacingBefore: numAttr(spacing, 'before'),
    spacingAfter: numAttr(spacing, 'after'),
    spacingLine: numAttr(spacing, 'line'),
    lineRule: rule === 'exact' || rule === 'atLeast' || rule === 'auto' ? rule : undefined,
    borderBottom: borders && readBorder(childElement(borders, 'bottom')),
    borderTop: borders && readBorder(childElement(borders, 'top')),
    boxed: box || undefined,
    numId: numPr && childVal(numPr, 'numId'),
    numLevel: numPr && numAttr(childElement(numPr, 'ilvl'), 'val'),
    framed: childElement(pPr, 'framePr') ? true : undefined,
  };
}

function readBorder(el: XmlElement | undefined): BorderProps | undefined {
  const style = attr(el, 'val');
  if (!style || style === 'none' || style === 'nil') return undefined;
  return { style, size: numAttr(el, 'sz') };
}
