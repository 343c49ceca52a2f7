import { LimitExceededError, MalformedXmlError } from '../../errors.js';
import { buildWithSaxes } from './saxes-tree.js';
import type { XmlElement, XmlLimits, XmlNode, XmlTreeOptions } from './tree.js';

/**
 * A small, safe XML tree for the readers. No external entity is ever loaded and no entity declared
 * in a DTD expanded: any DOCTYPE is refused outright, so XXE and billion laughs cannot start. XML
 * is parsed by saxes (saxes-tree.ts), with or without namespaces. A hand-written tokenizer was
 * measured (1.2–1.8× saxes on the parse, about 10% on a whole DOCX read) and left out: a parser of
 * untrusted input is security-relevant code, and saxes is well kept.
 *
 * @module
 */

export type { XmlCloseHook, XmlElement, XmlLimits, XmlNode, XmlText, XmlTreeOptions } from './tree.js';

/**
 * Parses `xml` into a tree.
 * @throws UnsafeXmlError on a DOCTYPE, MalformedXmlError, LimitExceededError; an error thrown by
 * `options.onClose` passes through as it is.
 */
export function parseXml(xml: string, limits: XmlLimits = {}, options: XmlTreeOptions = {}): XmlElement {
  const maxLength = limits.maxLength ?? 50 * 1024 * 1024;
  if (xml.length > maxLength) throw new LimitExceededError('maxLength', xml.length, maxLength, 'XML size');
  const settings = {
    maxDepth: limits.maxDepth ?? 256,
    maxElements: limits.maxElements ?? 2_000_000,
    skip: options.skip,
    skipIn: options.skipIn,
    onClose: options.onClose,
  };
  const root: XmlElement = {
    type: 'element',
    name: '#document',
    local: '#document',
    uri: '',
    attributes: {},
    children: [],
  };
  // Object.assign rather than `{ ...settings, xmlns }`: V8 (Node 20) takes a slow path for a
  // property after a spread, about 2 µs, once per part.
  buildWithSaxes(xml, root, Object.assign(settings, { xmlns: limits.namespaces ?? true }));
  const top = root.children.find((c): c is XmlElement => c.type === 'element');
  if (!top) throw new MalformedXmlError('XML has no root element');
  return top;
}

/** Child elements of `el`, optionally only those with local name `local`. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element' && (local === undefined || c.local === local));
}

/** First child element with local name `local`. */
export function childElement(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => c.type === 'element' && c.local === local);
}

/** All text inside `el`, concatenated. */
export function textContent(el: XmlNode): string {
  if (el.type === 'text') return el.text;
  let out = '';
  for (const c of el.children) out += textContent(c);
  return out;
}
