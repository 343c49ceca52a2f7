import { escapeXmlAttribute } from '../../formats/xml/escape.js';
import type { VanbanDocument } from '../../model/document.js';
import { kindInfo } from '../../registry/kinds.js';
import { numberLine, titleLine } from '../printed.js';

/**
 * The document information dictionary and the XMP packet, from the model: the trích yếu as the
 * title (dc:title), the issuer as the author (dc:creator), the số and ký hiệu as the subject
 * (dc:description) and identifier (dc:identifier), the document's date as the creation and
 * modification dates (no clock), vanban as creator tool and producer. PDF/A wants the two to agree.
 *
 * @module
 */

/** The date stamped on a document without a date: no clock is read, so the bytes stay the same. */
const EPOCH = '2000-01-01';

// The attribute form: the XMP template puts some values in attributes, and it serves content as well.
const escapeXml = escapeXmlAttribute;

/**
 * A string pdfkit writes as itself in the information dictionary (it reads `valueOf`) and escaped
 * in the XMP packet (its template reads `toString`), which it would otherwise leave unescaped.
 */
class XmlSafeString extends String {
  override toString(): string {
    return escapeXml(this.valueOf());
  }
}

/** The information dictionary entries for pdfkit's `info` option. */
export function documentInfo(d: VanbanDocument): Record<string, unknown> {
  const date = new Date(`${d.date ?? EPOCH}T00:00:00Z`);
  const title = d.subject ?? titleLine(d) ?? kindInfo(d.kind).name;
  const number = numberLine(d);
  return {
    Title: new XmlSafeString(title),
    Author: new XmlSafeString(d.issuer.name),
    ...(number && { Subject: new XmlSafeString(number) }),
    Keywords: new XmlSafeString(kindInfo(d.kind).name),
    Creator: new XmlSafeString('vanban'),
    Producer: new XmlSafeString('vanban'),
    CreationDate: date,
    ModDate: date,
  };
}

/** XMP entries pdfkit does not write: the modification and metadata dates, the date and the identifier. */
export function extraXmp(d: VanbanDocument): string {
  const stamp = `${d.date ?? EPOCH}T00:00:00Z`;
  const number = numberLine(d);
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:ModifyDate>${stamp}</xmp:ModifyDate><xmp:MetadataDate>${stamp}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:date><rdf:Seq><rdf:li>${d.date ?? EPOCH}</rdf:li></rdf:Seq></dc:date>`,
    ...(number ? [`<dc:identifier>${escapeXml(number)}</dc:identifier>`] : []),
    '</rdf:Description>',
  ].join('\n');
}
