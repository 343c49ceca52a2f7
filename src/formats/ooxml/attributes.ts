import { childElement, type XmlElement } from '../xml/parse.js';

/**
 * Small readers of WordprocessingML values: attributes by local name (files use other prefixes
 * than `w:`) and on/off properties.
 *
 * @module
 */

// Prefixed names of the attributes read most, built once rather than per lookup.
const W_NAMES: Record<string, string> = Object.fromEntries(
  [
    'val',
    'ascii',
    'hAnsi',
    'cs',
    'eastAsia',
    'asciiTheme',
    'hAnsiTheme',
    'eastAsiaTheme',
    'cstheme',
    'csTheme',
    'left',
    'right',
    'start',
    'end',
    'hanging',
    'firstLine',
    'before',
    'after',
    'line',
    'lineRule',
    'w',
    'type',
    'fldCharType',
    'id',
  ].map((n) => [n, `w:${n}`]),
);

/** The attribute with local name `local` (any prefix), or undefined. */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  const attributes = el.attributes;
  const direct = attributes[W_NAMES[local] ?? `w:${local}`];
  if (direct !== undefined) return direct;
  const plain = attributes[local];
  if (plain !== undefined) return plain;
  // Elements written with the usual `w:` prefix carry `w:` attributes: no need to scan for others.
  // (Relationship ids are the exception: `r:id`, `r:embed`.)
  if (el.name.startsWith('w:') && local !== 'id' && local !== 'embed') return undefined;
  for (const key in attributes) {
    if (key.endsWith(`:${local}`)) return attributes[key];
  }
  return undefined;
}

/** The `w:val` of the child `local` of `el`. */
export function childVal(el: XmlElement | undefined, local: string): string | undefined {
  return el ? attr(childElement(el, local), 'val') : undefined;
}

/** A number attribute, or undefined when absent or not a number. */
export function numAttr(el: XmlElement | undefined, local: string): number | undefined {
  const v = attr(el, local);
  if (v === undefined) return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An on/off property (ST_OnOff): present without a value means on; "0", "false", "off" mean off
 * (`<w:b w:val="0"/>` is not bold). Undefined when the element is absent.
 */
export function onOff(parent: XmlElement | undefined, local: string): boolean | undefined {
  const el = parent ? childElement(parent, local) : undefined;
  return el ? isOn(el) : undefined;
}

/** The value of an on/off element that is present. */
export function isOn(el: XmlElement): boolean {
  const v = attr(el, 'val');
  return !(v === '0' || v === 'false' || v === 'off');
}

/** Every descendant element of `el` with local name `local`, in document order. */
export function descendants(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.local === local) out.push(c);
    descendants(c, local, out);
  }
  return out;
}
