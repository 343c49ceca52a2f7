import { SaxesParser } from 'saxes';
import { LimitExceededError, MalformedXmlError, UnsafeXmlError } from '../../errors.js';
import { appendText, DOCTYPE_REFUSED, localName, type TreeSettings, type XmlElement } from './tree.js';

/**
 * The tree builder of `parseXml` on saxes, for XML read with its namespaces resolved (vanban XML,
 * edXML) or without (Word's parts, whose prefixes are fixed). saxes never
 * loads external entities and does not expand entities declared in a DTD; a DOCTYPE is refused
 * outright.
 *
 * @module
 */

/**
 * Parses `xml` into the children of `root`.
 * @throws UnsafeXmlError on a DOCTYPE, MalformedXmlError, LimitExceededError; an error thrown by
 * `settings.onClose` passes through as it is.
 */
export function buildWithSaxes(xml: string, root: XmlElement, settings: TreeSettings & { xmlns: boolean }): void {
  const { maxDepth, maxElements, skip, skipIn, onClose, xmlns } = settings;
  const parser = new SaxesParser({ xmlns, position: false });
  const stack: XmlElement[] = [root];
  let count = 0;
  let failure: Error | undefined;
  let hookFailure: unknown;
  // Depth inside a skipped element (0 when not in one).
  let skipping = 0;

  parser.on('doctype', () => {
    throw new UnsafeXmlError(DOCTYPE_REFUSED);
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
    if (skipping === 0) appendText(stack[stack.length - 1]!, text);
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
}
