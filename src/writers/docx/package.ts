import { InternalError } from '../../errors.js';
import { escapeXmlText } from '../../formats/xml/escape.js';
import { type Document, Packer } from 'docx';

/**
 * Byte-identical output for identical input (pitfalls.md). The `docx` package writes the clock
 * into docProps/core.xml and stamps each zip entry with the wall-clock time; drawing ids come from
 * a process-wide counter unless given (the writer gives them, see images.ts). So core.xml is
 * handed to the packer with fixed dates (the document's own date), and the entry times are set in
 * place in the finished zip: same length, nothing inflated or deflated again, so this costs
 * next to nothing over the bare packer.
 *
 * @module
 */

/** core.xml time when the document has no date. */
const EPOCH = '2000-01-01T00:00:00Z';
/** Zip entry time and date: 1980-01-01 00:00, the DOS epoch, the earliest a zip can say. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Core properties with fixed dates (`date` yyyy-mm-dd, else an epoch) and vanban as the author. */
function coreProperties(title: string | undefined, date: string | undefined): string {
  const stamp = date ? `${date}T00:00:00Z` : EPOCH;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    title ? `<dc:title>${escapeXmlText(title)}</dc:title>` : '',
    '<dc:creator>vanban</dc:creator><cp:lastModifiedBy>vanban</cp:lastModifiedBy><cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** Packs `document` into identical bytes for identical content; `title` and `date` fill its core properties. */
export async function packDeterministic(
  document: Document,
  title: string | undefined,
  date: string | undefined,
): Promise<Uint8Array> {
  const packed = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreProperties(title, date) },
  ]);
  return fixEntryTimes(packed);
}

/**
 * Sets the time and date of every entry, in the central directory and in each local header, to
 * the DOS epoch. The zip is the packer's own (no comment, no ZIP64), found from its end record.
 */
export function fixEntryTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50)
    throw new InternalError('docx packer: unexpected zip layout (no end record)');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50)
      throw new InternalError('docx packer: unexpected zip layout (central directory)');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
