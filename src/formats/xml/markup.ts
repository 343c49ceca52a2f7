import { escapeXmlAttribute, escapeXmlText } from './escape.js';

/**
 * A minimal XML serialiser for vanban's writers. We write markup ourselves instead of using
 * xmlbuilder2 because xmlbuilder2 drops the `edXML:` prefix when the root's default namespace has
 * the same URI (its issue #93; pitfalls.md, edXML), and receivers refuse such packages. Names are
 * written exactly as given, so the prefix layout is ours to decide.
 *
 * @module
 */

/** One element to write: a qualified name, attributes in order, and text or children. */
export interface Markup {
  /** Qualified name as it must appear, e.g. "edXML:Subject". */
  readonly name: string;
  /** Attributes in the order they are written. */
  readonly attributes?: ReadonlyArray<readonly [string, string]>;
  /** Text content (escaped on output); ignored when `children` is given. */
  readonly text?: string;
  readonly children?: readonly Markup[];
  /** Already serialised XML written verbatim: inside the element, or in its place when `name` is empty. */
  readonly raw?: string;
}

/** Formatting of {@link serializeMarkup}. */
export interface MarkupFormat {
  /** One indentation step. Default two spaces, as the VPCP samples. */
  readonly indent?: string;
  /** Line end. Default "\n". */
  readonly newline?: string;
  /** Write the XML declaration first. Default true. */
  readonly declaration?: boolean;
}

/** An element with text, or nothing when the value is empty: the VPCP SDK omits empty elements (edxml.md §3). */
export function textElement(name: string, value: string | number | boolean | undefined): Markup[] {
  if (value === undefined || value === '') return [];
  return [{ name, text: String(value) }];
}

/** Serialises `root` with indentation; elements with text stay on one line. */
export function serializeMarkup(root: Markup, format: MarkupFormat = {}): string {
  const indent = format.indent ?? '  ';
  const newline = format.newline ?? '\n';
  const out: string[] = [];
  if (format.declaration ?? true) out.push(`<?xml version="1.0" encoding="UTF-8"?>${newline}`);
  const write = (node: Markup, depth: number): void => {
    const pad = indent.repeat(depth);
    // A nameless node is verbatim XML on its own line (an envelope signature given as text).
    if (node.name === '' && node.raw !== undefined) {
      out.push(`${pad}${node.raw}${newline}`);
      return;
    }
    let open = `<${node.name}`;
    for (const [name, value] of node.attributes ?? []) open += ` ${name}="${escapeXmlAttribute(value)}"`;
    if (node.children && node.children.length > 0) {
      out.push(`${pad}${open}>${newline}`);
      for (const child of node.children) write(child, depth + 1);
      out.push(`${pad}</${node.name}>${newline}`);
    } else if (node.raw !== undefined) {
      out.push(`${pad}${open}>${node.raw}</${node.name}>${newline}`);
    } else if (node.text !== undefined && node.text !== '') {
      out.push(`${pad}${open}>${escapeXmlText(node.text)}</${node.name}>${newline}`);
    } else {
      out.push(`${pad}${open}/>${newline}`);
    }
  };
  write(root, 0);
  return out.join('');
}
