/**
 * Inputs told by their content, never by their extension: the first bytes say which reader runs.
 *
 * @module
 */
import { createDocument } from '../model/create.js';
import type { VanbanDocument } from '../model/index.js';
import { parseDocx } from '../readers/docx/index.js';
import { parseEdxml, parseEdxmlStatus } from '../readers/edxml/index.js';
import { parseText } from '../readers/text/index.js';
import { parseXml } from '../readers/xml/index.js';
import type { ReaderOutput } from '../validate/index.js';
import { EDXML_NAMESPACE } from '../writers/edxml/index.js';
import { VANBAN_XML_NAMESPACE } from '../writers/xml/index.js';

/** What a file holds, as sniffed from its bytes. */
export type InputFormat = 'docx' | 'edxml' | 'edxml-status' | 'xml' | 'json' | 'text';

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

/** True when the bytes are a zip (PK\x03\x04) whose central directory names `word/document.xml`. */
function isDocx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  // Entry names are stored uncompressed in the local and central headers: a byte search suffices.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

/**
 * Tells a file's format by its content: a zip with `word/document.xml` is DOCX; XML whose root is in
 * the edXML namespace is edXML (a status package when it carries `StatusCode`); XML rooted in
 * {@link VANBAN_XML_NAMESPACE} is vanban XML; `{` opens a JSON model; anything else is text.
 */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  if (isDocx(bytes)) return 'docx';
  const head = utf8.decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    const namespace = rootNamespace(head);
    if (namespace === EDXML_NAMESPACE) return /<([\w.-]+:)?StatusCode[\s>]/.test(utf8.decode(bytes)) ? 'edxml-status' : 'edxml';
    if (namespace === VANBAN_XML_NAMESPACE) return 'xml';
  }
  return 'text';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Decodes a text file: UTF-8 when it is valid UTF-8, else one byte a character (a TCVN3 or VNI file
 * saved from an old editor), which parseText then recognises by its Latin-1 look-alikes (PL I, I.I.3).
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** Thrown for inputs that hold no document (an edXML status package): the CLI says so, exit 2. */
export class NotADocumentError extends Error {}

/** Reads a file's bytes with the reader its content calls for. */
export async function readInput(bytes: Uint8Array): Promise<ReadInput> {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'docx':
      return { format, ...(await parseDocx(bytes)) };
    case 'edxml':
      return { format, ...parseEdxml(bytes) };
    case 'edxml-status':
      throw new NotADocumentError('an edXML status package (gói tin trạng thái), not a document: use `vanban parse` to read it');
    case 'xml':
      return { format, ...parseXml(utf8.decode(bytes)) };
    case 'json':
      return { format, document: createDocument(JSON.parse(utf8.decode(bytes).normalize('NFC')) as unknown) };
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

/** The model of any input, for `render`. */
export async function readDocument(bytes: Uint8Array): Promise<VanbanDocument> {
  return (await readInput(bytes)).document;
}
