/**
 * XML escaping, in one place for every writer of XML (vanban XML, edXML, the DOCX package parts
 * and the DOCX editor).
 *
 * @module
 */

/**
 * Escapes text content. `\r` is written as a character reference because XML parsers turn a
 * literal CR into LF (XML 1.0 §2.11), which would change the text on the way back.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Escapes an attribute value (quotes and the whitespace that attribute normalisation would eat). */
export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"\r\n\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}
