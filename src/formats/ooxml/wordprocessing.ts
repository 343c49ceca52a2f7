import { attr } from './attributes.js';
import { childElement, type XmlElement } from '../xml/parse.js';

/**
 * Walking WordprocessingML trees: block children through wrappers, the choice of an alternate
 * content, the visible text of a container, a field's name.
 *
 * @module
 */

/** A row repeated as the header on each page (w:trPr/w:tblHeader, on unless w:val is false). */
export function isHeaderRow(tr: XmlElement | undefined): boolean {
  const trPr = tr && childElement(tr, 'trPr');
  const flag = trPr && childElement(trPr, 'tblHeader');
  if (!flag) return false;
  const val = attr(flag, 'val');
  return val === undefined || !/^(0|false|off)$/u.test(val);
}

/** Block-level children, looking through content controls and custom XML wrappers. */
export function blockChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.type === 'element') pushBlocks(c, out);
  return out;
}

/** Pushes the block `c`, or the blocks inside it when it is a wrapper. */
export function pushBlocks(c: XmlElement, out: XmlElement[]): void {
  if (c.local === 'sdt') out.push(...blockChildren(childElement(c, 'sdtContent') ?? c));
  else if (c.local === 'customXml' || c.local === 'ins' || c.local === 'moveTo') out.push(...blockChildren(c));
  else if (c.local === 'AlternateContent') out.push(...blockChildren(alternateChoice(c)));
  else out.push(c);
}

/** mc:AlternateContent: the first Choice (DrawingML), never the Fallback that repeats it in VML. */
export function alternateChoice(el: XmlElement): XmlElement {
  return childElement(el, 'Choice') ?? childElement(el, 'Fallback') ?? el;
}

export function findFirst(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.local === local) return c;
    const found = findFirst(c, local);
    if (found) return found;
  }
  return undefined;
}

export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (c.type === 'text') out += c.text;
  return out;
}

/** Visible text of a table cell or any container, for telling the closing table from the header. */
export function plainText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.local === 't') out += textOf(c);
    else if (c.local !== 'del') out += plainText(c);
    if (c.local === 'p') out += ' ';
  }
  return out;
}

export function fieldName(instr: string | undefined): string {
  return (instr ?? '').trim().split(/\s+/u)[0]?.toUpperCase() ?? '';
}
