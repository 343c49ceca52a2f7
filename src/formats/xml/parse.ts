import { SaxesParser } from 'saxes';
import { LimitExceededError, MalformedXmlError, UnsafeXmlError } from '../../errors.js';

/**
 * A small, safe XML tree for the readers. saxes never loads external entities and does not expand
 * entities declared in a DTD; we refuse any DOCTYPE outright, so XXE and billion laughs cannot start.
 */

/** An element with its attributes (qualified names as written) and children in order. */
export interface XmlElement {
  readonly type: 'element';
  /** Qualified name as written, e.g. "w:p", "edXML:Subject". */
  readonly name: string;
  /** Local name without prefix, e.g. "p". */
  readonly local: string;
  /** Namespace URI resolved from the declarations in scope. */
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}

/** Text (and CDATA) content. */
export interface XmlText {
  readonly type: 'text';
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText;

/** Limits of {@link parseXml}. */
export interface XmlLimits {
  /** Largest input, in UTF-16 code units. Default 50 MiB. */
  readonly maxLength?: number;
  /** Deepest element nesting. Default 256. */
  readonly maxDepth?: number;
  /** Most elements. Default 2,000,000. */
  readonly maxElements?: number;
  /**
   * Resolve namespace URIs (default true). Without it `uri` is empty and `local` is the name after
   * its prefix: about twice as fast, for formats with fixed prefixes (WordprocessingML's `w:`).
   */
  readonly namespaces?: boolean;
}

/**
 * Called as each element closes, with its parent and its depth (1 for the root element). Returning
 * true drops the element from its parent: a reader can then handle a large part block by block
 * while the blocks it has handled are collected, instead of keeping the whole tree alive.
 */
export type XmlCloseHook = (element: XmlElement, parent: XmlElement, depth: number) => boolean;

/** How {@link parseXml} builds its tree, beyond the limits. */
export interface XmlTreeOptions {
  /** Sees each element as it closes (see {@link XmlCloseHook}). */
  readonly onClose?: XmlCloseHook;
  /**
   * Local names of elements a reader never looks at: they are left out of the tree with all they
   * hold (still checked for well-formedness and the limits), which saves building what is dropped.
   */
  readonly skip?: ReadonlySet<string>;
  /** Same, for children of a given parent only: parent local name → child local names left out. */
  readonly skipIn?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Parses `xml` into a tree.
 * @throws UnsafeXmlError on a DOCTYPE, MalformedXmlError, LimitExceededError; an error thrown by
 * `options.onClose` passes through as it is.
 */
export function parseXml(xml: string, limits: XmlLimits = {}, options: XmlTreeOptions = {}): XmlElement {
  const { onClose, skip, skipIn } = options;
  const maxLength = limits.maxLength ?? 50 * 1024 * 1024;
  const maxDepth = limits.maxDepth ?? 256;
  const maxElements = limits.maxElements ?? 2_000_000;
  if (xml.length > maxLength) throw new LimitExceededError('maxLength', xml.length, maxLength, 'XML size');

  const xmlns = limits.namespaces ?? true;
  const parser = new SaxesParser({ xmlns, position: false });
  const root: XmlElement = {
    type: 'element',
    name: '#document',
    local: '#document',
    uri: '',
    attributes: {},
    children: [],
  };
  const stack: XmlElement[] = [root];
  let count = 0;
  let failure: Error | undefined;
  let hookFailure: unknown;
  // Depth inside a skipped element (0 when not in one).
  let skipping = 0;

  parser.on('doctype', () => {
    throw new UnsafeXmlError('XML with a DOCTYPE is refused: vanban never reads DTDs or expands entities');
  });
  parser.on('opentag', (tag) => {
    if (stack.length + skipping > maxDepth)
      throw new LimitExceededError('maxDepth', stack.length + skipping, maxDepth, 'XML nesting depth');
    if (++count > maxElements) throw new LimitExceededError('maxElements', count, maxElements, 'XML element count');
    if (skipping > 0) {
      skipping++;
      return;
    }
    const local = xmlns ? (tag.local ?? tag.name) : localName(tag.name);
    const parent = stack[stack.length - 1]!;
    if ((skip !== undefined && skip.has(local)) || (skipIn !== undefined && skipIn.get(parent.local)?.has(local))) {
      skipping = 1;
      return;
    }
    let attributes: Record<string, string>;
    if (xmlns) {
      attributes = {};
      for (const [name, attr] of Object.entries(tag.attributes))
        attributes[name] = typeof attr === 'string' ? attr : attr.value;
    } else attributes = tag.attributes as Record<string, string>;
    const element: XmlElement = {
      type: 'element',
      name: tag.name,
      local,
      uri: tag.uri ?? '',
      attributes,
      children: [],
    };
    parent.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    if (skipping > 0) {
      skipping--;
      return;
    }
    const element = stack.pop()!;
    if (!onClose) return;
    const parent = stack[stack.length - 1]!;
    let drop: boolean;
    try {
      drop = onClose(element, parent, stack.length);
    } catch (err) {
      hookFailure = err;
      throw err;
    }
    // The element just closed is its parent's last child: nothing has been added after it yet.
    if (drop) parent.children.pop();
  });
  const onText = (text: string): void => {
    if (skipping > 0) return;
    const parent = stack[stack.length - 1]!;
    const last = parent.children.at(-1);
    if (last?.type === 'text') parent.children[parent.children.length - 1] = { type: 'text', text: last.text + text };
    else parent.children.push({ type: 'text', text });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (err) => {
    failure ??= err;
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    if (
      (hookFailure !== undefined && err === hookFailure) ||
      err instanceof UnsafeXmlError ||
      err instanceof LimitExceededError
    )
      throw err;
    throw new MalformedXmlError(`Malformed XML: ${(err as Error).message}`, { cause: err });
  }
  if (failure) throw new MalformedXmlError(`Malformed XML: ${failure.message}`, { cause: failure });
  const top = root.children.find((c): c is XmlElement => c.type === 'element');
  if (!top) throw new MalformedXmlError('XML has no root element');
  return top;
}

// Local names by qualified name: a document repeats a few hundred names, so slice each only once.
const LOCAL_NAMES = new Map<string, string>();

function localName(name: string): string {
  let local = LOCAL_NAMES.get(name);
  if (local === undefined) {
    const colon = name.indexOf(':');
    local = colon < 0 ? name : name.slice(colon + 1);
    if (LOCAL_NAMES.size < 10_000) LOCAL_NAMES.set(name, local);
  }
  return local;
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
