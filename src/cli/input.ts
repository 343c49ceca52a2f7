/**
 * Inputs told by their content, never by their extension: the first bytes say which reader runs.
 *
 * @module
 */
import { VanbanError } from '../errors.js';
import { createDocument, documentFromJson } from '../model/create.js';
import type { VanbanDocument } from '../model/index.js';
import { type AgencyProfile, applyProfile, type ProfiledDocumentInput } from '../model/profile.js';
import { parseDocx } from '../readers/docx/index.js';
import { parseEdxml, parseEdxmlStatus } from '../readers/edxml/index.js';
import { parsePdf } from '../readers/pdf/index.js';
import { parseText } from '../readers/text/index.js';
import { parseXml } from '../readers/xml/index.js';
import type { ReaderOutput } from '../validate/index.js';
import { EDXML_NAMESPACE } from '../writers/edxml/index.js';
import { VANBAN_XML_NAMESPACE } from '../writers/xml/index.js';

/** What a file holds, as sniffed from its bytes. */
export type InputFormat = 'docx' | 'pdf' | 'edxml' | 'edxml-status' | 'xml' | 'json' | 'text';

/** A file read into the model, with what the reader could give for the validator. */
export interface ReadInput extends ReaderOutput {
  readonly format: InputFormat;
  /** The decoded text of a text input: `--fix` applies text edits to it. */
  readonly text?: string;
}

const utf8 = new TextDecoder('utf-8');

/** The namespace URI bound to the root element's prefix (or the default namespace). */
function rootNamespace(head: string): string | undefined {
  const withoutProlog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const root = /<([\w.-]+:)?[\w.-]+([^>]*)>/.exec(withoutProlog);
  if (!root) return undefined;
  const prefix = root[1]?.slice(0, -1);
  const declaration = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? '');
  return declaration?.[1];
}

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, text: string, encoding: 'latin1' | 'utf16le' = 'latin1'): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, encoding);
}

/** True when the bytes are a zip (PK\x03\x04) whose central directory names `word/document.xml`. */
function isDocx(bytes: Uint8Array): boolean {
  // Entry names are stored uncompressed in the local and central headers: a byte search suffices.
  return startsWith(bytes, ZIP_SIGNATURES[0]!) && contains(bytes, 'word/document.xml');
}

/** What to do with a zip that is not a DOCX. */
function zipThatIsNotDocx(bytes: Uint8Array): string {
  // An OpenDocument package stores its media type uncompressed as its first entry.
  if (contains(bytes.subarray(0, 128), 'application/vnd.oasis.opendocument.text'))
    return 'an OpenDocument text (.odt), not a DOCX: save it as .docx (Word Document) and check that';
  return 'a zip archive without word/document.xml, so not a DOCX: unzip it and check the files inside';
}

const READABLE = 'vanban reads DOCX, PDF, edXML, vanban XML, JSON models and text';

// PDF readers look for the header in the first kilobyte: some producers put bytes before it.
const PDF_HEADER_WINDOW = 1024;

/** True when `%PDF-` opens the file or stands in its first kilobyte, as PDF readers accept. */
function isPdf(bytes: Uint8Array): boolean {
  return contains(bytes.subarray(0, PDF_HEADER_WINDOW), '%PDF-');
}

/** What to do with an OLE compound file: a legacy Word .doc, or an encrypted DOCX (told by a stream name, UTF-16 in its directory). */
function compoundFile(bytes: Uint8Array): string {
  // Office encrypts a password-protected DOCX into an OLE file with an EncryptedPackage stream.
  if (contains(bytes, 'EncryptedPackage', 'utf16le'))
    return 'a password-protected Office file: remove the password, save it as .docx and check that';
  return 'a legacy Word 97–2003 file (.doc), not a DOCX: open it in Word or LibreOffice, save it as .docx (Word Document) and check that';
}

/** A UTF-16 text file with its byte order mark (Notepad's "Unicode"): NUL bytes are half its letters. */
function isUtf16(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * Why a file is not a document vanban reads, told by its first bytes (PDF, images, legacy Word,
 * zips that are not DOCX, binary data), or undefined when it may be one.
 */
function notADocument(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'an empty file';
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return zipThatIsNotDocx(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundFile(bytes);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return `a PNG image, not a document: a scan needs OCR to text first; ${READABLE}`;
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return `a JPEG image, not a document: a scan needs OCR to text first; ${READABLE}`;
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return `a GIF image, not a document; ${READABLE}`;
  if (contains(bytes.subarray(0, 5), '{\\rtf'))
    return 'an RTF file, not a DOCX: save it as .docx (Word Document) and check that';
  if (!isUtf16(bytes) && bytes.subarray(0, 4096).includes(0))
    return `a binary file (NUL bytes in its first 4 KB), not text; ${READABLE}`;
  return undefined;
}

/** Thrown for inputs that hold no document (a PDF, an image, an edXML status package…): the CLI says what the file is, exit 2. */
export class NotADocumentError extends VanbanError {
  constructor(message: string) {
    super('input/not-a-document', message);
  }
}

/**
 * Tells a file's format by its content: a zip with `word/document.xml` is DOCX; `%PDF-` in the first
 * kilobyte is PDF; XML whose root is in
 * the edXML namespace is edXML (a status package when it carries `StatusCode`); XML rooted in
 * {@link VANBAN_XML_NAMESPACE} is vanban XML; `{` opens a JSON model; other text is text.
 *
 * @throws NotADocumentError naming what the file is when it is no document vanban reads: an image,
 * a legacy Word 97–2003 .doc, a zip that is not a DOCX, binary data, an empty file.
 */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  if (isDocx(bytes)) return 'docx';
  if (isPdf(bytes)) return 'pdf';
  const unreadable = notADocument(bytes);
  if (unreadable !== undefined) throw new NotADocumentError(unreadable);
  if (isUtf16(bytes)) return 'text';
  const head = utf8
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    const namespace = rootNamespace(head);
    if (namespace === EDXML_NAMESPACE)
      return /<([\w.-]+:)?StatusCode[\s>]/.test(utf8.decode(bytes)) ? 'edxml-status' : 'edxml';
    if (namespace === VANBAN_XML_NAMESPACE) return 'xml';
  }
  return 'text';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Decodes a text file: UTF-16 when it opens with a UTF-16 byte order mark, UTF-8 when it is valid
 * UTF-8, else one byte a character (a TCVN3 or VNI file saved from an old editor), which parseText
 * then recognises by its Latin-1 look-alikes (PL I, I.I.3).
 */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** Reads a file's bytes with the reader its content calls for. */
export async function readInput(bytes: Uint8Array): Promise<ReadInput> {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'docx':
      return { format, ...(await parseDocx(bytes)) };
    case 'pdf':
      // Read with its digital signatures: the signature rules judge them (nd30.md §4).
      return { format, ...(await parsePdf(bytes)) };
    case 'edxml':
      return { format, ...parseEdxml(bytes) };
    case 'edxml-status':
      throw new NotADocumentError(
        'an edXML status package (gói tin trạng thái), not a document: use `vanban parse` to read it',
      );
    case 'xml':
      return { format, ...parseXml(utf8.decode(bytes)) };
    case 'json':
      return { format, document: documentFromJson(utf8.decode(bytes).normalize('NFC')) };
    case 'text': {
      const text = decodeText(bytes);
      return { format, text, ...parseText(text) };
    }
  }
}

/** Reads an edXML status package (for `vanban parse`). */
export function readStatus(bytes: Uint8Array) {
  return parseEdxmlStatus(bytes);
}

/**
 * The complete model of any input, for `render`: what a reader could not find (the kind, the issuer)
 * is not invented, so an input without them cannot be written and `createDocument` says which is missing.
 *
 * With a `profile`, what the document does not say (its issuer, place, Nơi nhận, Lưu, signer…) is
 * taken from it before the document is checked.
 *
 * @throws NotADocumentError when the reader could read no document from the file (a scanned PDF
 * without a text layer), saying why: rendering it would write an empty document.
 */
export async function readDocument(bytes: Uint8Array, profile?: AgencyProfile): Promise<VanbanDocument> {
  if (profile !== undefined && sniffFormat(bytes) === 'json') {
    // Profiled before the check: a JSON document may leave its issuer to the profile.
    const data = JSON.parse(
      utf8
        .decode(bytes)
        .replace(/^\uFEFF/u, '')
        .normalize('NFC'),
    ) as ProfiledDocumentInput;
    return documentFromJson(applyProfile(profile, data));
  }
  const input = await readInput(bytes);
  if (input.nothingRead) {
    const why = input.diagnostics?.find((d) => d.severity !== 'info') ?? input.diagnostics?.[0];
    throw new NotADocumentError(
      `no document could be read from this ${input.format.toUpperCase()}: ${why?.message.en ?? 'it holds no text'}`,
    );
  }
  if (profile === undefined) return createDocument(input.document);
  return createDocument(applyProfile(profile, input.document as ProfiledDocumentInput));
}
