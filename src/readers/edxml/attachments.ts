import { unzipSync } from 'fflate';
import type { XmlElement } from '../../formats/xml/parse.js';
import { textContent } from '../../formats/xml/parse.js';
import { LimitExceededError } from '../../errors.js';
import { decodeBase64 } from '../../_lib/base64.js';
import { child, childText, children, type DiagnosticList } from './tree.js';

/**
 * Attachments of an incoming package: paired with the manifest by content id (then by name),
 * decoded, sniffed by their bytes, and unzipped when the VNPT SDK zipped them (edxml.md §7).
 *
 * @module
 */

/** A file read from a package. */
export interface ReadAttachment {
  /** Content id without "cid:". */
  readonly contentId?: string;
  readonly name: string;
  /** The real type: sniffed from the bytes or mapped from the SDK's home-made types. */
  readonly mediaType: string;
  /** The type the package declared, when it differs from `mediaType`. */
  readonly declaredMediaType?: string;
  readonly description?: string;
  readonly data: Uint8Array;
}

/** Limits of attachment decoding. */
export interface AttachmentLimits {
  /** Largest decoded (and unzipped) attachment, bytes. Default {@link DEFAULT_MAX_ATTACHMENT_BYTES}, 100 MiB. */
  readonly maxAttachmentBytes?: number;
}

/** The default largest attachment, 100 MiB (edxml.md §7 found no official limit; one gateway stops at 50 MB). */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  xml: 'application/xml',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

// The VNPT SDK's own MIME strings, typos included (edxml.md §7).
const SDK_TYPES: Readonly<Record<string, string>> = {
  'application/doc': BY_EXTENSION['doc']!,
  'application/docx': BY_EXTENSION['docx']!,
  'application/xsl': BY_EXTENSION['xls']!,
  'application/xls': BY_EXTENSION['xls']!,
  'application/xslx': BY_EXTENSION['xlsx']!,
  'application/xlsx': BY_EXTENSION['xlsx']!,
};

const extensionOf = (name: string): string => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const startsWith = (data: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => data[i] === b);
const isZip = (data: Uint8Array): boolean => startsWith(data, [0x50, 0x4b, 0x03, 0x04]);
const isPdf = (data: Uint8Array): boolean => startsWith(data, [0x25, 0x50, 0x44, 0x46]);

/** The media type the bytes say, else the file name, else the declared type mapped to a standard one. */
function sniffMediaType(data: Uint8Array, name: string, declared: string | undefined): string {
  if (isPdf(data)) return 'application/pdf';
  const byName = BY_EXTENSION[extensionOf(name)];
  // DOCX and XLSX are ZIPs too: trust the extension when it names one of them.
  if (isZip(data)) return byName && byName !== 'application/pdf' ? byName : 'application/zip';
  if (byName) return byName;
  const normalized = declared?.toLowerCase().trim();
  return (normalized && SDK_TYPES[normalized]) ?? normalized ?? 'application/octet-stream';
}

/** The single entry of an SDK-zipped attachment, within the size limit; undefined if it is not one. */
function unzipSingle(data: Uint8Array, maxBytes: number, name: string): { name: string; data: Uint8Array } | undefined {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data, {
      filter: (file) => {
        if (file.originalSize > maxBytes)
          throw new LimitExceededError(
            'maxAttachmentBytes',
            file.originalSize,
            maxBytes,
            `unzipped attachment ${name}`,
          );
        return !file.name.endsWith('/');
      },
    });
  } catch (err) {
    if (err instanceof LimitExceededError) throw err;
    return undefined;
  }
  const names = Object.keys(entries);
  if (names.length !== 1) return undefined;
  const entry = entries[names[0]!]!;
  if (entry.length > maxBytes)
    throw new LimitExceededError('maxAttachmentBytes', entry.length, maxBytes, `unzipped attachment ${name}`);
  return { name: names[0]!, data: entry };
}

/** Reads `AttachmentEncoded/Attachment` under `root`, using the manifest `references` for missing names and types. */
export function readAttachments(
  root: XmlElement,
  references: readonly XmlElement[],
  limits: AttachmentLimits,
  diagnostics: DiagnosticList,
): ReadAttachment[] {
  const maxBytes = limits.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const stripCid = (id: string | undefined): string | undefined => id?.replace(/^cid:/i, '').replace(/^<|>$/g, '');
  const refOf = (id: string | undefined, name: string | undefined): XmlElement | undefined =>
    references.find(
      (r) => id !== undefined && stripCid(childText(r, 'ContentId') ?? r.attributes['xlink:href']) === id,
    ) ?? references.find((r) => name !== undefined && childText(r, 'AttachmentName') === name);
  const out: ReadAttachment[] = [];
  children(child(root, 'AttachmentEncoded'), 'Attachment').forEach((attachment, i) => {
    const contentId = stripCid(childText(attachment, 'ContentId'));
    const ref = refOf(contentId, childText(attachment, 'AttachmentName'));
    const declared = childText(attachment, 'ContentType') ?? childText(ref, 'ContentType');
    let name =
      childText(attachment, 'AttachmentName') ?? childText(ref, 'AttachmentName') ?? contentId ?? `attachment-${i + 1}`;
    const description = childText(attachment, 'Description') ?? childText(ref, 'Description');
    const payload = child(attachment, 'ContentTransferEncoded');
    const base64 = payload ? textContent(payload) : '';
    if (base64.length > (maxBytes * 4) / 3 + 4)
      throw new LimitExceededError(
        'maxAttachmentBytes',
        Math.floor((base64.length * 3) / 4),
        maxBytes,
        `attachment ${name}`,
      );
    let data = decodeBase64(base64);
    if (!data) {
      diagnostics.add(
        'edxml/attachment-not-base64',
        'error',
        `Tệp đính kèm "${name}" không phải base64`,
        `Attachment "${name}" is not base64`,
        { raw: name },
      );
      return;
    }
    if (data.length === 0)
      diagnostics.add(
        'edxml/attachment-empty',
        'warning',
        `Tệp đính kèm "${name}" rỗng`,
        `Attachment "${name}" is empty`,
        { raw: name },
      );
    // The SDK zips files and declares application/zip while keeping the original name (edxml.md §7).
    let unzipped = false;
    if (isZip(data) && extensionOf(name) !== 'zip' && !['docx', 'xlsx'].includes(extensionOf(name))) {
      const inner = unzipSingle(data, maxBytes, name);
      if (inner) {
        unzipped = true;
        diagnostics.add(
          'edxml/attachment-unzipped',
          'info',
          `Đã giải nén "${name}" (SDK nén tệp)`,
          `Unzipped "${name}" (zipped by the SDK)`,
          { raw: inner.name },
        );
        data = inner.data;
        if (!extensionOf(name)) name = inner.name;
      }
    }
    // Once unzipped, the declared application/zip no longer describes the file.
    const mediaType = sniffMediaType(data, name, unzipped ? undefined : declared);
    out.push({
      ...(contentId && { contentId }),
      name,
      mediaType,
      ...(declared && declared !== mediaType && { declaredMediaType: declared }),
      ...(description && { description }),
      data,
    });
  });
  return out;
}
