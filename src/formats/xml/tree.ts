/**
 * The tree `parseXml` builds, its limits and options, and what its two tree builders share.
 *
 * @module
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
   * its prefix: for formats with fixed prefixes (WordprocessingML's `w:`), a little faster.
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

/** What a tree builder needs of parseXml's limits and options, defaults applied. */
export interface TreeSettings {
  readonly maxDepth: number;
  readonly maxElements: number;
  readonly skip?: ReadonlySet<string> | undefined;
  readonly skipIn?: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  readonly onClose?: XmlCloseHook | undefined;
}

/** The message of every UnsafeXmlError on a DOCTYPE. */
export const DOCTYPE_REFUSED = 'XML with a DOCTYPE is refused: vanban never reads DTDs or expands entities';

/** Appends text to `parent`, merged with a text node just before it (text around a comment or CDATA is one node). */
export function appendText(parent: XmlElement, text: string): void {
  const last = parent.children.at(-1);
  if (last?.type === 'text') parent.children[parent.children.length - 1] = { type: 'text', text: last.text + text };
  else parent.children.push({ type: 'text', text });
}

// Local names by qualified name: a document repeats a few hundred names, so slice each only once.
const LOCAL_NAMES = new Map<string, string>();

/** The name after its prefix ("w:p" → "p"), cached. */
export function localName(name: string): string {
  let local = LOCAL_NAMES.get(name);
  if (local === undefined) {
    const colon = name.indexOf(':');
    local = colon < 0 ? name : name.slice(colon + 1);
    if (LOCAL_NAMES.size < 10_000) LOCAL_NAMES.set(name, local);
  }
  return local;
}
