import { childElement, type XmlElement } from '../../formats/xml/parse.js';
import type { Alignment } from '../../model/layout.js';
import { attr, childVal, isOn, numAttr } from '../../formats/ooxml/attributes.js';

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
  /** Distance from the text, in points (w:space). */
  readonly space?: number;
}

/** A custom tab stop (w:tab); `pos` in twips from the text area's (or cell's) leading edge. */
export interface TabStop {
  readonly pos: number;
  /** Filled with a leader (dots, hyphens, underscores): the tab prints as a row of them. */
  readonly leader: boolean;
  /** A `clear` entry removes the inherited stop at `pos`. */
  readonly clear?: boolean;
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
  /** Custom tab stops, sorted by position (a style's merged under the direct ones). */
  readonly tabs?: readonly TabStop[];
}

/** Merges property layers: later wins field by field. Fonts merge slot by slot. */
export function mergeRun(...layers: (RunProps | undefined)[]): RunProps {
  const out: Record<string, unknown> = {};
  let fonts: FontRefs | undefined;
  for (const layer of layers) {
    if (!layer) continue;
    assignDefined(out, layer);
    if (layer.fonts) fonts = mergeFonts(fonts, layer.fonts);
  }
  if (fonts) out.fonts = fonts;
  return out as RunProps;
}

/** Merges paragraph property layers: later wins field by field; tab stops add up, a `clear` removing one. */
export function mergeParagraph(...layers: (ParagraphProps | undefined)[]): ParagraphProps {
  const out: Record<string, unknown> = {};
  let tabs: readonly TabStop[] | undefined;
  for (const layer of layers) {
    if (!layer) continue;
    assignDefined(out, layer);
    if (layer.tabs) tabs = mergeTabs(tabs, layer.tabs);
  }
  if (tabs) out.tabs = tabs;
  return out as ParagraphProps;
}

function mergeTabs(base: readonly TabStop[] | undefined, over: readonly TabStop[]): readonly TabStop[] {
  const kept = (base ?? []).filter((t) => !over.some((o) => o.pos === t.pos));
  return [...kept, ...over.filter((t) => !t.clear)].sort((a, b) => a.pos - b.pos);
}

function mergeFonts(base: FontRefs | undefined, over: FontRefs): FontRefs {
  if (!base) return over;
  // All eight slots in one literal: one object shape for every merge (setting absent keys one by
  // one, as a spread copy then needs, made V8 reshape the object for each run of the document).
  const out: Record<string, string | undefined> = {
    ascii: base.ascii,
    hAnsi: base.hAnsi,
    cs: base.cs,
    eastAsia: base.eastAsia,
    asciiTheme: base.asciiTheme,
    hAnsiTheme: base.hAnsiTheme,
    csTheme: base.csTheme,
    eastAsiaTheme: base.eastAsiaTheme,
  };
  // A direct slot name beats an inherited theme reference for that slot, and the other way round.
  for (const [slot, themeSlot] of FONT_SLOTS) {
    const theme = over[themeSlot];
    if (theme !== undefined) {
      out[themeSlot] = theme;
      out[slot] = undefined;
    } else {
      const name = over[slot];
      if (name !== undefined) {
        out[slot] = name;
        out[themeSlot] = undefined;
      }
    }
  }
  return out as FontRefs;
}

/** Each font slot with the attribute naming its theme font instead. */
export const FONT_SLOTS = [
  ['ascii', 'asciiTheme'],
  ['hAnsi', 'hAnsiTheme'],
  ['cs', 'csTheme'],
  ['eastAsia', 'eastAsiaTheme'],
] as const;

// A plain loop: this runs for every run of the document, and spreads of Object.entries cost GC.
function assignDefined(out: Record<string, unknown>, layer: object): void {
  for (const key in layer) {
    const value = (layer as Record<string, unknown>)[key];
    if (value !== undefined && key !== 'fonts') out[key] = value;
  }
}

const ALIGNMENTS: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  justify: 'justify',
};

/** Reads a `w:rPr` in one pass over its children. */
export function readRunProps(rPr: XmlElement | undefined): RunProps | undefined {
  if (!rPr) return undefined;
  const out: { -readonly [K in keyof RunProps]: RunProps[K] } = {};
  for (const c of rPr.children) {
    if (c.type !== 'element') continue;
    switch (c.local) {
      case 'rFonts':
        out.fonts = readFonts(c);
        break;
      case 'sz':
        out.halfPoints = numAttr(c, 'val');
        break;
      // Toggle properties (b, i, caps) are approximated as plain on/off: a style's bold under a
      // bold character style should toggle off in Word, which no template in our corpus relies on.
      case 'b':
        out.bold = isOn(c);
        break;
      case 'i':
        out.italic = isOn(c);
        break;
      case 'caps':
        out.caps = isOn(c);
        break;
      case 'vanish':
        out.hidden = isOn(c);
        break;
      case 'u': {
        const u = attr(c, 'val');
        out.underline = u !== undefined && u !== 'none';
        break;
      }
      case 'color': {
        const color = attr(c, 'val');
        if (color !== undefined) out.color = color.toUpperCase() === 'AUTO' ? 'auto' : color.toUpperCase();
        break;
      }
      case 'vertAlign': {
        const vert = attr(c, 'val');
        out.vertAlign = vert !== undefined && vert !== 'baseline';
        break;
      }
      case 'rStyle':
        out.styleId = attr(c, 'val');
        break;
      default:
        break;
    }
  }
  return out;
}

/** Font slots of a `w:rFonts`, in one pass over its attributes (most of the eight are absent). */
function readFonts(rFonts: XmlElement): FontRefs {
  const fonts: Record<string, string> = {};
  for (const key in rFonts.attributes) {
    // Most files write `w:ascii`: looked up as it is, sliced only under another prefix.
    let slot = FONT_ATTRIBUTES.get(key);
    if (slot === undefined && !key.startsWith('w:')) slot = FONT_ATTRIBUTES.get(key.slice(key.indexOf(':') + 1));
    if (slot) fonts[slot] = rFonts.attributes[key]!;
  }
  return fonts;
}

const FONT_SLOT_NAMES: Record<string, keyof FontRefs> = {
  ascii: 'ascii',
  hAnsi: 'hAnsi',
  cs: 'cs',
  eastAsia: 'eastAsia',
  asciiTheme: 'asciiTheme',
  hAnsiTheme: 'hAnsiTheme',
  cstheme: 'csTheme',
  csTheme: 'csTheme',
  eastAsiaTheme: 'eastAsiaTheme',
};
const FONT_ATTRIBUTES = new Map<string, keyof FontRefs>(
  Object.entries(FONT_SLOT_NAMES).flatMap(([name, slot]): [string, keyof FontRefs][] => [
    [name, slot],
    [`w:${name}`, slot],
  ]),
);

/** Reads a `w:pPr` (its `w:rPr`, the paragraph mark's formatting, is not part of it). */
export function readParagraphProps(pPr: XmlElement | undefined): ParagraphProps | undefined {
  if (!pPr) return undefined;
  // One pass over the children: this runs for every paragraph.
  let ind: XmlElement | undefined;
  let spacing: XmlElement | undefined;
  let numPr: XmlElement | undefined;
  let borders: XmlElement | undefined;
  let jcElement: XmlElement | undefined;
  let pStyle: XmlElement | undefined;
  let tabsElement: XmlElement | undefined;
  let framed: true | undefined;
  for (const c of pPr.children) {
    if (c.type !== 'element') continue;
    switch (c.local) {
      case 'ind':
        ind ??= c;
        break;
      case 'spacing':
        spacing ??= c;
        break;
      case 'numPr':
        numPr ??= c;
        break;
      case 'pBdr':
        borders ??= c;
        break;
      case 'jc':
        jcElement ??= c;
        break;
      case 'pStyle':
        pStyle ??= c;
        break;
      case 'framePr':
        framed = true;
        break;
      case 'tabs':
        tabsElement ??= c;
        break;
      default:
        break;
    }
  }
  const hanging = numAttr(ind, 'hanging');
  const firstLine = numAttr(ind, 'firstLine');
  const rule = attr(spacing, 'lineRule');
  const jc = attr(jcElement, 'val');
  const box =
    borders &&
    ['top', 'left', 'bottom', 'right'].every((side) => readBorder(childElement(borders, side)) !== undefined);
  return {
    styleId: attr(pStyle, 'val'),
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
    framed,
    tabs: tabsElement && readTabs(tabsElement),
  };
}

/** The stops of a `w:tabs`, in document order (clear entries kept for merging). */
function readTabs(tabs: XmlElement): TabStop[] {
  const out: TabStop[] = [];
  for (const c of tabs.children) {
    if (c.type !== 'element' || c.local !== 'tab') continue;
    const pos = numAttr(c, 'pos');
    if (pos === undefined) continue;
    const val = attr(c, 'val');
    const leader = attr(c, 'leader');
    out.push({ pos, leader: leader !== undefined && leader !== 'none', ...(val === 'clear' && { clear: true }) });
  }
  return out;
}

function readBorder(el: XmlElement | undefined): BorderProps | undefined {
  const style = attr(el, 'val');
  if (!style || style === 'none' || style === 'nil') return undefined;
  const space = numAttr(el, 'space');
  return { style, size: numAttr(el, 'sz'), ...(space !== undefined && { space }) };
}
