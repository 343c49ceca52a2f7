import { parseXml as parseXmlTree, type XmlElement, type XmlLimits } from '../../formats/xml/parse.js';
import { MalformedXmlError } from '../../errors.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ReadDocument } from '../../model/read-document.js';
import { EDXML_NAMESPACE, steeringOf } from '../../formats/edxml/codes.js';
import {
  type AttachmentLimits,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  type ReadAttachment,
  readAttachments,
} from './attachments.js';
import { checkDocumentPackage, type EdxmlCheckOptions } from './checks.js';
import { readDocument } from './document.js';
import { type EdxmlHeader, readBusiness, readInteger, readParty, readTraces } from './header.js';
import { child, childText, children, cleanXmlInput, DiagnosticList, findElement } from './tree.js';

/**
 * The edXML reader: document packages of the Java and .NET dialects and, where it can, the legacy
 * SOAP form, matched by local name in any order (edxml.md §12, Reader).
 *
 * @module
 */

/** Options of {@link parseEdxml}. */
export interface ParseEdxmlOptions extends XmlLimits, AttachmentLimits, EdxmlCheckOptions {
  /** How SteeringType codes are read into `header.steering` (edxml.md §9.2); default 1 (one-based). */
  readonly steeringBase?: 0 | 1;
  /**
   * Largest input, in UTF-16 code units. Default {@link edxmlMaxLength} of `maxAttachmentBytes`:
   * room for one attachment of the largest allowed size in base64 and the rest of the package
   * (about 142 MiB with the default 100 MiB), so the XML limit never refuses what the attachment
   * limit allows. Raise it for packages that carry several files that large.
   */
  readonly maxLength?: number;
}

/**
 * The default XML size limit of {@link parseEdxml} for an attachment limit: the base64 of one
 * attachment of `maxAttachmentBytes` (4/3 larger, edxml.md §7), 1/16 more for wrapped lines and
 * further files, and 1 MiB for the header and manifest.
 */
export function edxmlMaxLength(maxAttachmentBytes: number): number {
  const base64 = Math.ceil(maxAttachmentBytes / 3) * 4;
  return base64 + Math.ceil(base64 / 16) + 1024 * 1024;
}

/** What {@link parseEdxml} read. */
export interface ParseEdxmlResult {
  readonly document: ReadDocument;
  readonly attachments: ReadAttachment[];
  readonly diagnostics: Diagnostic[];
  readonly header: EdxmlHeader;
}

/** The parsed tree, the envelope's MessageHeader and the dialect: shared with the status reader. */
export interface EdxmlTree {
  readonly root: XmlElement;
  readonly envelope: XmlElement | undefined;
  readonly messageHeader: XmlElement | undefined;
  readonly dialect: EdxmlHeader['dialect'];
}

/** Parses the XML safely and finds the envelope and its MessageHeader (or Bkav's `Status`). */
export function readEdxmlTree(input: string | Uint8Array, options: XmlLimits, diagnostics: DiagnosticList): EdxmlTree {
  const text = cleanXmlInput(input, diagnostics);
  let root: XmlElement;
  try {
    root = parseXmlTree(text, options);
  } catch (err) {
    // Legacy SOAP exports use the edXML: prefix without declaring it (edxml.md §14, C4): declare it on the root and retry.
    if (!(err instanceof MalformedXmlError) || !/unbound namespace prefix: "edXML"/.test(err.message)) throw err;
    root = parseXmlTree(text.replace(/<([A-Za-z_][\w.:-]*)/u, `<$1 xmlns:edXML="${EDXML_NAMESPACE}"`), options);
    diagnostics.add(
      'edxml/undeclared-prefix',
      'warning',
      'Tiền tố edXML: chưa được khai báo',
      'The edXML: prefix is used without a declaration',
      { raw: 'edXML' },
    );
  }
  const envelope = findElement(root, 'edXMLEnvelope', 3);
  if (envelope && envelope.uri !== EDXML_NAMESPACE) {
    diagnostics.add(
      'edxml/namespace',
      'warning',
      `edXMLEnvelope không thuộc không gian tên ${EDXML_NAMESPACE}`,
      `edXMLEnvelope is not in the namespace ${EDXML_NAMESPACE}`,
      { raw: envelope.uri },
    );
  }
  const headerParent = envelope ? child(envelope, 'edXMLHeader') : findElement(root, 'Header', 2);
  const messageHeader = child(headerParent, 'MessageHeader', 'Status') ?? findElement(root, 'MessageHeader', 5);
  const dotnet =
    'xmlns:xsi' in root.attributes ||
    child(headerParent, 'DigitalSignature') !== undefined ||
    Object.keys(child(headerParent, 'TraceHeaderList')?.attributes ?? {}).length > 0;
  const dialect = envelope ? (dotnet ? 'dotnet' : 'java') : 'legacy';
  if (!envelope)
    diagnostics.add(
      'edxml/legacy',
      'warning',
      'Không có edXMLEnvelope: đọc theo dạng SOAP cũ',
      'No edXMLEnvelope: read as the legacy SOAP form',
      { raw: root.name },
    );
  return { root, envelope, messageHeader, dialect };
}

function readSignatureInfo(headerParent: XmlElement | undefined): EdxmlHeader['signature'] {
  const signature = child(headerParent, 'Signature');
  if (!signature) return undefined;
  const x509 = child(child(signature, 'KeyInfo'), 'X509Data');
  const subjectName = childText(x509, 'X509SubjectName');
  const certificate = childText(x509, 'X509Certificate');
  const signatureValue = childText(signature, 'SignatureValue');
  return {
    namespace: signature.uri,
    ...(subjectName && { subjectName }),
    ...(certificate && { certificate }),
    ...(signatureValue && { signatureValue }),
  };
}

/**
 * Reads an edXML package into the model, its attachments and diagnostics. Tolerates real-traffic
 * noise: bytes or a BOM before the XML declaration, any element order, `Bussiness` or `Business`,
 * unaccented text, `cid:` prefixes on either side, ZIP attachments with home-made MIME types.
 * Never throws on content: what a receiver should refuse or question (edxml.md §12, Reader 5: a
 * missing Subject or số/ký hiệu, a receiver listed twice, a mã định danh of an unusual shape, a
 * promulgation date in the future, a field longer than §4 allows, a DocumentId that does not
 * match the package) is in the diagnostics.
 *
 * @throws UnsafeXmlError (DOCTYPE, entities), MalformedXmlError, LimitExceededError (options).
 * @example
 * ```ts
 * const { document, attachments, header } = parseEdxml(bytes);
 * document.number; // 7816
 * ```
 */
export function parseEdxml(input: string | Uint8Array, options: ParseEdxmlOptions = {}): ParseEdxmlResult {
  const diagnostics = new DiagnosticList();
  const maxLength = options.maxLength ?? edxmlMaxLength(options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES);
  const { root, envelope, messageHeader, dialect } = readEdxmlTree(input, { ...options, maxLength }, diagnostics);
  const headerParent = envelope ? child(envelope, 'edXMLHeader') : undefined;
  const header =
    messageHeader ??
    ({ type: 'element', name: '', local: '', uri: '', attributes: {}, children: [] } satisfies XmlElement);
  if (!messageHeader)
    diagnostics.add('edxml/no-header', 'error', 'Không tìm thấy MessageHeader', 'No MessageHeader found');
  const packageType = childText(header, 'StatusCode') !== undefined ? 'status' : 'document';
  if (packageType === 'status')
    diagnostics.add(
      'edxml/status-package',
      'info',
      'Đây là gói tin trạng thái: dùng parseEdxmlStatus',
      'This is a status package: use parseEdxmlStatus',
    );

  const { document, codeNumber } = readDocument(header, diagnostics);
  const traceList =
    child(headerParent, 'TraceHeaderList') ?? (messageHeader && findElement(root, 'TraceHeaderList', 4));
  if (messageHeader && packageType === 'document') checkDocumentPackage(messageHeader, traceList, options, diagnostics);
  const business = readBusiness(traceList, diagnostics);
  // Legacy packages write DocumentType as type/value/description (edxml.md §4).
  const typeEl = child(header, 'DocumentType', 'type');
  const type = readInteger(typeEl, 'Type', diagnostics) ?? readInteger(typeEl, 'value', diagnostics);
  const typeDetail = readInteger(typeEl, 'TypeDetail', diagnostics);
  const typeName = childText(typeEl, 'TypeName', 'description');
  const priority = readInteger(child(header, 'OtherInfo'), 'Priority', new DiagnosticList());
  const steeringType = document.exchange?.steeringType;
  const steering = steeringType === undefined ? undefined : steeringOf(steeringType, options.steeringBase ?? 1);
  const from = readParty(child(header, 'From'));
  const signature = readSignatureInfo(headerParent);
  const manifest = envelope ? child(child(envelope, 'edXMLBody'), 'edXMLManifest') : findElement(root, 'Manifest', 4);
  const attachments = readAttachments(root, children(manifest, 'Reference'), options, diagnostics);

  return {
    document,
    attachments,
    diagnostics: diagnostics.items,
    header: {
      dialect,
      packageType,
      ...(from && { from }),
      ...(document.exchange?.documentId && { documentId: document.exchange.documentId }),
      ...(typeEl && {
        documentType: {
          ...(type !== undefined && { type }),
          ...(typeDetail !== undefined && { typeDetail }),
          ...(typeName && { typeName }),
        },
      }),
      ...(codeNumber && { codeNumber }),
      ...(steering && { steering }),
      ...(priority !== undefined && { priority }),
      ...(business && { business }),
      traces: readTraces(traceList),
      ...(signature && { signature }),
    },
  };
}
