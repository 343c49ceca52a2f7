/**
 * XML escaping, in one place for every writer of XML (vanban XML, edXML, the DOCX package parts
 * and the DOCX editor), so that every string gives well-formed XML 1.0.
 *
 * A string may hold characters outside XML 1.0's `Char` production (§2.2: tab, LF, CR,
 * U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF): the C0 controls but tab, LF and CR, lone
 * surrogates, U+FFFE and U+FFFF. No escape can carry them (`&#11;` is as ill-formed as the
 * character itself), so they are written as U+FFFD, the replacement character: the output stays
 * well-formed and the loss shows. Documents made by `createDocument` or read by a reader hold none
 * (the model's input hygiene removes them, reported); `checkEdxml` names the field before a package
 * is sent.
 *
 * @module
 */

// Everything XML 1.0 refuses (the complement of production [2] Char); with the u flag a lone
// surrogate is one code point, outside every range.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

// The same without the u flag, over UTF-16 code units, where every surrogate is suspect: about three
// times faster, so it scans first, and the exact search starts at the first suspect (an emoji's pair).
const SUSPECT = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/g;

/** The offset of the first character of `text` that XML 1.0 cannot carry, or -1 when there is none. */
export function firstNonXmlCharacter(text: string): number {
  SUSPECT.lastIndex = 0;
  if (!SUSPECT.test(text)) return -1;
  NOT_XML_CHAR.lastIndex = SUSPECT.lastIndex - 1;
  const m = NOT_XML_CHAR.exec(text);
  return m ? m.index : -1;
}

/** `text` with every character XML 1.0 cannot carry replaced by U+FFFD (see the module comment). */
export function toXmlCharacters(text: string): string {
  return firstNonXmlCharacter(text) < 0 ? text : text.replace(NOT_XML_CHAR, '\ufffd');
}

/**
 * Escapes text content: `&`, `<`, `>`, and `\r` as a character reference because XML parsers turn
 * a literal CR into LF (XML 1.0 §2.11), which would change the text on the way back; characters
 * XML cannot carry become U+FFFD.
 */
export function escapeXmlText(text: string): string {
  return toXmlCharacters(text).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

/**
 * Escapes an attribute value: quotes, `&`, `<`, `>`, and the whitespace that attribute
 * normalisation would eat (tab, LF, CR); characters XML cannot carry become U+FFFD.
 */
export function escapeXmlAttribute(value: string): string {
  return toXmlCharacters(value).replace(/[&<>"\r\n\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}
