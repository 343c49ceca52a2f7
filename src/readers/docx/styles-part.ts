import { parseXml, type XmlElement, type XmlLimits } from '../../formats/xml/parse.js';
import { UNREAD_CHILDREN, UNREAD_ELEMENTS } from '../../formats/ooxml/package.js';
import type { ZipPackage } from '../../formats/ooxml/zip.js';

/**
 * The styles part, parsed without Word's latent styles: `w:latentStyles` holds one
 * `w:lsdException` per built-in style (about 370 in Word 2013 and later), 60–90% of a Word
 * styles.xml, and no reader code looks at it (it is skipped in the tree already). Tokenising it
 * was a tenth of a one-page letter's read.
 *
 * @module
 */

// The block as Word writes it: empty lsdException elements, attributes without "<" or ">".
// Linear: `[^<>]*` cannot run past the next tag.
const LATENT_STYLES = /<w:latentStyles\b[^<>]*>(?:\s*<w:lsdException\b[^<>]*\/>)*\s*<\/w:latentStyles>/y;

/** Parses the styles part `name` (see the module doc), or undefined when it is absent. */
export function readStylesPart(zip: ZipPackage, name: string, limits: XmlLimits): XmlElement | undefined {
  const text = zip.readText(name);
  if (text === undefined) return undefined;
  // A part over the size limit is refused on its whole size, as any other part.
  const xml = text.length > (limits.maxLength ?? Infinity) ? text : withoutLatentStyles(text);
  return parseXml(xml, limits, { skip: UNREAD_ELEMENTS, skipIn: UNREAD_CHILDREN });
}

/**
 * `xml` without its `w:latentStyles` block when the block is only that (a start tag, empty
 * lsdException elements, the end tag) and stands between two tags; else `xml` unchanged, parsed
 * whole as before. Removing it changes no tree: the element is never built (UNREAD_ELEMENTS).
 */
export function withoutLatentStyles(xml: string): string {
  const start = xml.indexOf('<w:latentStyles');
  // Between two tags (after a ">" and white space): not inside an attribute value or a comment's text.
  if (start < 0 || !/>\s*$/u.test(xml.slice(Math.max(0, start - 64), start))) return xml;
  LATENT_STYLES.lastIndex = start;
  const block = LATENT_STYLES.exec(xml);
  if (!block) return xml;
  return xml.slice(0, start) + xml.slice(start + block[0].length);
}
