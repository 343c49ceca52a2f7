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

// The information entries pdfkit's XMP template copies into the packet as they are.
const XMP_COPIED = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const;

/** The part of a pdfkit document the XMP escaping below reaches. */
interface MetadataSteps {
  info: Record<string, unknown>;
  endMetadata(): void;
}

/**
 * Escapes the information entries for the XMP packet, which pdfkit's template would copy unescaped
 * ("&", "<" in a trích yếu): pdfkit writes the information dictionary first, then the packet
 * (PDFDocument.end), so the entries are escaped in between, the dictionary keeping the text as it
 * is. (A String subclass overriding toString did the same, but its mere definition made every
 * string's charCodeAt about 5× slower in the whole process: V8's string-wrapper protector.)
 */
export function escapeXmpInfo(doc: object): void {
  const steps = doc as MetadataSteps;
  const endMetadata = steps.endMetadata;
  steps.endMetadata = function (this: MetadataSteps) {
    for (const key of XMP_COPIED) {
      const value = this.info[key];
      if (typeof value === 'string') this.info[key] = escapeXml(value);
    }
    endMetadata.call(this);
  };
}

/** The information dictionary entries for pdfkit's `info` option. */
export function documentInfo(d: VanbanDocument): Record<string, unknown> {
  const date = new Date(`${d.date ?? EPOCH}T00:00:00Z`);
  const title = d.subject ?? titleLine(d) ?? kindInfo(d.kind).name;
  const number = numberLine(d);
  return {
    Title: title,
    Author: d.issuer.name,
    ...(number && { Subject: number }),
    Keywords: kindInfo(d.kind).name,
    Creator: 'vanban',
    Producer: 'vanban',
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
