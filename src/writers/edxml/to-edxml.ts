import { zipSync } from 'fflate';
import { parseXml as parseXmlTree } from '../../_lib/xml.js';
import { formatArchiveLine } from '../../grammar/archive-line.js';
import { formatAuthority } from '../../grammar/authority.js';
import { formatDocumentNumber } from '../../grammar/number-notation.js';
import type { Appendix } from '../../model/appendix.js';
import type { VanbanDocument } from '../../model/document.js';
import { kindInfo } from '../../registry/kinds.js';
import { type Markup, serializeMarkup, textElement } from '../xml/markup.js';
import { encodeBase64 } from '../../_lib/base64.js';
import { BUSINESS_REASONS, BUSINESS_TYPES, EDXML_NAMESPACE, PRIORITY_BY_URGENCY, toEdxmlDate, toEdxmlTimestamp, XMLDSIG_NAMESPACE } from './codes.js';
import { edxmlElement, edxmlName, edxmlText, organizationElement, staffElement } from './elements.js';
import { type EdxmlProblem, EdxmlValidationError } from './errors.js';
import type { EdxmlAttachment, EnvelopeSignatureFields, ToEdxmlOptions } from './options.js';
import type { EdxmlBusiness } from './types.js';

/**
 * The edXML writer: a document package of the VPCP Java SDK's layout (edxml.md §3–§7, §12), with
 * the `edXML:` prefix on every envelope element as the official samples have it.
 *
 * @module
 */

const E = edxmlName;
const el = edxmlElement;
const text = edxmlText;

/** "Phụ lục II: DANH SÁCH ĐƠN VỊ" as listed in OtherInfo/Appendixes (edxml.md §4). */
export function appendixName(appendix: Pick<Appendix, 'number' | 'title'>): string {
  return `Phụ lục${appendix.number ? ` ${appendix.number}` : ''}${appendix.title ? `: ${appendix.title}` : ''}`;
}

/** A 32-bit FNV-1a hash in hex: deterministic content ids without the (async) Web Crypto API. */
function fnv1a(bytes: Uint8Array, seed = 0x811c9dc5): string {
  let h = seed;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

// The only extensions the VNPT SDK sends unzipped (its xsl/xslx typos make real Excel files zipped too).
const SDK_UNZIPPED = new Set(['pdf', 'doc', 'docx', 'zip']);
// A fixed entry time (1980-01-01, the DOS epoch): fflate would otherwise stamp the clock.
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

/** The SDK's ZIP of one attachment, or nothing when the SDK sends it as is (edxml.md §7). */
function zippedLikeSdk(attachment: EdxmlAttachment, id: string): Pick<EdxmlAttachment, 'data' | 'mediaType'> | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(attachment.name)?.[1]?.toLowerCase() ?? 'bin';
  if (SDK_UNZIPPED.has(extension)) return undefined;
  return { data: zipSync({ [`${id}.${extension}`]: [attachment.data, { mtime: ZIP_EPOCH }] }), mediaType: 'application/zip' };
}

function contentIdOf(attachment: EdxmlAttachment, index: number): string {
  if (attachment.contentId) return attachment.contentId.replace(/^cid:/i, '');
  const nameHash = fnv1a(new TextEncoder().encode(attachment.name));
  return `vanban-${index + 1}-${fnv1a(attachment.data, Number.parseInt(nameHash, 16))}`;
}

/** The Bussiness block of the TraceHeaderList (edxml.md §5, §9.3, §9.5). */
function business(info: EdxmlBusiness): Markup[] {
  return el('Bussiness', [
    ...text('DocumentId', info.documentId),
    ...text('BussinessDocType', BUSINESS_TYPES.indexOf(info.type)),
    ...text('BussinessDocReason', info.reason ?? BUSINESS_REASONS[info.type]),
    ...text('Paper', info.paper ? 1 : 0),
    ...(info.update
      ? el('BussinessDocumentInfo', [
          ...text('DocumentInfo', info.update.documentInfo ? 1 : 0),
          ...text('DocumentReceiver', info.update.documentReceiver ? 1 : 0),
          ...el(
            'ReceiverList',
            info.update.receivers.flatMap((r) => el('Receiver', [...text('OrganId', r.organId), ...text('ReceiverType', r.change === 'added' ? 1 : 0)])),
          ),
        ])
      : []),
    ...el(
      'ReplacementInfoList',
      (info.replacements ?? []).flatMap((r) => el('ReplacementInfo', [...text('DocumentId', r.documentId), ...el('OrganIdList', r.organIds.flatMap((id) => text('OrganId', id)))])),
    ),
    ...staffElement(info.staff),
  ]);
}

function signatureMarkup(signature: string | EnvelopeSignatureFields, problems: EdxmlProblem[]): Markup[] {
  if (typeof signature === 'string') {
    try {
      const root = parseXmlTree(signature, { maxLength: 1024 * 1024 });
      if (root.local !== 'Signature') problems.push({ element: 'Signature', message: `the signature XML must be a <Signature> element, not <${root.name}>` });
    } catch (err) {
      problems.push({ element: 'Signature', message: `the signature XML is not usable: ${(err as Error).message}` });
    }
    return [{ name: '', raw: signature.replace(/^<\?xml[^>]*\?>\s*/, '').trim() }];
  }
  const algorithm = (name: string, value: string): Markup => ({ name, attributes: [['Algorithm', value]] });
  return [
    {
      name: 'Signature',
      attributes: [['xmlns', XMLDSIG_NAMESPACE]],
      children: [
        {
          name: 'SignedInfo',
          children: [
            algorithm('CanonicalizationMethod', signature.canonicalizationMethod ?? 'http://www.w3.org/2001/10/xml-exc-c14n#'),
            algorithm('SignatureMethod', signature.signatureMethod ?? 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256'),
            {
              name: 'Reference',
              attributes: [['URI', '']],
              children: [
                {
                  name: 'Transforms',
                  children: (signature.transforms ?? ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#']).map((t) => algorithm('Transform', t)),
                },
                algorithm('DigestMethod', signature.digestMethod ?? 'http://www.w3.org/2001/04/xmlenc#sha256'),
                { name: 'DigestValue', text: signature.digestValue },
              ],
            },
          ],
        },
        { name: 'SignatureValue', text: signature.signatureValue },
        {
          name: 'KeyInfo',
          children: [{ name: 'X509Data', children: [...textElement('X509SubjectName', signature.subjectName), { name: 'X509Certificate', text: signature.certificate }] }],
        },
      ],
    },
  ];
}

/** Everything that stops the package from being accepted, collected before writing (edxml.md §4, §12). */
function checkRequired(document: VanbanDocument, organId: string | undefined, sentAt: string | undefined): EdxmlProblem[] {
  const problems: EdxmlProblem[] = [];
  const need = (ok: unknown, element: string, message: string): void => {
    if (!ok) problems.push({ element, message });
  };
  need(organId, 'MessageHeader/From/OrganId', 'the sender has no mã định danh: set document.issuer.code or options.from');
  need(document.number !== undefined, 'MessageHeader/Code/CodeNumber', 'the document has no số (document.number)');
  need(document.notation, 'MessageHeader/Code/CodeNotation', 'the document has no ký hiệu (document.notation)');
  need(document.date, 'MessageHeader/PromulgationInfo/PromulgationDate', 'the document has no ngày ban hành (document.date)');
  need(document.subject || !kindInfo(document.kind).parts.subject, 'MessageHeader/Subject', 'the document has no trích yếu (document.subject)');
  need(sentAt, 'TraceHeaderList/TraceHeader/Timestamp', 'no sending time: set options.sentAt or document.date');
  // QĐ 28/2018/QĐ-TTg excludes state-secret documents from electronic exchange; edXML has no độ mật (edxml.md §4).
  need(!document.confidentiality, 'OtherInfo', `a document marked ${document.confidentiality} may not be sent through the interconnection axis`);
  const to = document.exchange?.to ?? [];
  need(to.length > 0, 'MessageHeader/To', 'no receiver: add document.exchange.to with each receiver’s mã định danh');
  const seen = new Set<string>();
  to.forEach((party, i) => {
    need(party.code, `MessageHeader/To[${i + 1}]/OrganId`, `receiver "${party.name}" has no mã định danh (exchange.to[${i}].code)`);
    if (party.code && seen.has(party.code)) problems.push({ element: `MessageHeader/To[${i + 1}]/OrganId`, message: `receiver ${party.code} is listed twice` });
    if (party.code) seen.add(party.code);
  });
  return problems;
}

/**
 * Writes a document as an edXML package (QCVN 102:2016/BTTTT, VPCP SDK layout): `From` and `To`
 * with mã định danh, Code, PromulgationInfo (`yyyy/MM/dd`), DocumentType, Subject, SignerInfo,
 * ToPlaces, OtherInfo, ResponseFor, SteeringType, DocumentId, the TraceHeaderList with its
 * Bussiness block, the manifest and the base64 attachments. Deterministic: no clock, no random ids.
 *
 * Fields that travel through edXML are listed by `edxmlRoundTripView`.
 *
 * @throws {@link EdxmlValidationError} listing every missing required field (never filled with "N/A").
 * @example
 * ```ts
 * const xml = toEdxml(document, { from: '000.00.00.H53', sentAt: '2024-04-09T16:20:05+07:00', attachments: [pdf] });
 * ```
 */
export function toEdxml(document: VanbanDocument, options: ToEdxmlOptions = {}): string {
  const profile = options.profile ?? {};
  const dotnet = profile.dialect === 'dotnet';
  const info = kindInfo(document.kind);
  const exchange = document.exchange;
  const organId = options.from ?? document.issuer.code ?? exchange?.from?.code;
  const sentAt = options.sentAt ?? (document.date && `${document.date}T00:00:00+07:00`);
  const problems = checkRequired(document, organId, sentAt);
  const signature = options.signature === undefined ? [] : signatureMarkup(options.signature, problems);
  if (problems.length > 0) throw new EdxmlValidationError(problems);

  const date = toEdxmlDate(document.date!);
  const code = `${formatDocumentNumber(document.number!)}/${document.notation!}`;
  const documentId = options.documentId ?? exchange?.documentId ?? `${organId},${date},${code}`;
  // Công văn prints its trích yếu after "V/v" (PL I, I.II.5.b); the samples send it that way.
  const subject = document.subject ? (document.kind === 'cong-van' ? `V/v ${document.subject}` : document.subject) : info.name;
  const signer = document.signatures[0];
  const contact = exchange?.from ?? document.contact ?? {};
  const archiveLine = document.archive.length > 0 ? [formatArchiveLine({ archive: document.archive, ...(document.archiveCopies !== undefined && { archiveCopies: document.archiveCopies }) })] : [];
  const documentType = profile.documentTypeCodes === 'vpcp-samples' ? 1 : document.regime === 'quy-pham-phap-luat' ? 1 : 2;

  const messageHeader = el('MessageHeader', [
    ...organizationElement('From', { ...contact, name: document.issuer.name, parent: document.issuer.parent }, organId),
    ...(exchange?.to ?? []).flatMap((party) => organizationElement('To', party, party.code)),
    // QPPL numbers ("09/2025/QĐ-TTg"): the year stays in CodeNotation. UNCONFIRMED (edxml.md §11).
    ...el('Code', [...text('CodeNumber', formatDocumentNumber(document.number!)), ...text('CodeNotation', document.notation)]),
    ...el('PromulgationInfo', [...text('Place', document.place), ...text('PromulgationDate', date)]),
    ...el('DocumentType', [...text('Type', documentType), ...text('TypeDetail', 0), ...text('TypeName', info.name)]),
    ...text('Subject', subject),
    ...text('Content', exchange?.description ?? subject),
    ...(signer
      ? el('SignerInfo', [...text('Competence', signer.authority.map(formatAuthority).join(' ')), ...text('Position', signer.title), ...text('FullName', signer.name)])
      : []),
    ...text('DueDate', exchange?.dueDate && toEdxmlDate(exchange.dueDate)),
    ...el('ToPlaces', [...document.distribution, ...archiveLine].flatMap((place) => text('Place', place))),
    ...el('OtherInfo', [
      ...text('Priority', document.urgency ? PRIORITY_BY_URGENCY[document.urgency] : 0),
      ...text('SphereOfPromulgation', document.circulation),
      ...text('TyperNotation', document.drafter?.code),
      ...text('PromulgationAmount', document.drafter?.copies),
      ...text('PageAmount', exchange?.pageCount),
      ...text('Direction', false),
      ...el('Appendixes', document.appendices.flatMap((a) => text('Appendix', appendixName(a)))),
    ]),
    ...(exchange?.responseFor ?? []).flatMap((r) =>
      el('ResponseFor', [...text('OrganId', r.organId), ...text('Code', r.code), ...text('PromulgationDate', r.promulgationDate && toEdxmlDate(r.promulgationDate)), ...text('DocumentId', r.documentId)]),
    ),
    ...text('SteeringType', exchange?.steeringType ?? profile.steeringBase ?? 1),
    ...text('DocumentId', documentId),
  ]);

  const traceAttributes: Markup['attributes'] = dotnet
    ? [['id', fnv1a(new TextEncoder().encode(documentId))], ['version', '1.0'], ['mustUnderstand', '1'], ['actor', 'http://schemas.xmlsoap.org/soap/actor/next']]
    : undefined;
  const traceHeaderList = el(
    'TraceHeaderList',
    [...el('TraceHeader', [...text('OrganId', organId), ...text('Timestamp', toEdxmlTimestamp(sentAt!))]), ...business(options.business ?? { type: 'new' })],
    traceAttributes,
  );

  const attachments = (options.attachments ?? []).map((a, i) => {
    const id = contentIdOf(a, i);
    return { ...a, ...(profile.zipLikeSdk && zippedLikeSdk(a, id)), id, description: a.description ?? a.name };
  });
  const references = attachments.flatMap((a) =>
    el(
      'Reference',
      [...text('ContentId', `cid:${a.id}`), ...text('ContentType', a.mediaType), ...text('Description', a.description), ...text('AttachmentName', a.name)],
      dotnet ? [['xmlns:xlink', 'http://www.w3.org/1999/xlink'], ['xlink:href', `cid:${a.id}`], ['xlink:role', 'XLinkRole'], ['xlink:type', 'simple']] : undefined,
    ),
  );
  const encoded = attachments.map((a): Markup => {
    const payload: Markup = dotnet
      ? { name: 'ContentTransferEncoded', text: encodeBase64(a.data) }
      : { name: E('ContentTransferEncoded'), attributes: [['xmlns:edXML', EDXML_NAMESPACE]], text: encodeBase64(a.data) };
    // The .NET dialect orders the children differently and drops "cid:" here (edxml.md §7).
    const children = dotnet
      ? [...textElement('ContentType', a.mediaType), ...textElement('ContentId', a.id), ...textElement('Description', a.description), payload, ...textElement('AttachmentName', a.name)]
      : [...textElement('ContentId', `cid:${a.id}`), ...textElement('AttachmentName', a.name), ...textElement('Description', a.description), ...textElement('ContentType', a.mediaType), payload];
    return { name: 'Attachment', children };
  });

  const header: Markup = {
    name: E('edXMLHeader'),
    children: [...messageHeader, ...traceHeaderList, ...(signature.length > 0 ? signature : dotnet ? [{ name: E('DigitalSignature') }] : [])],
  };
  const body: Markup = { name: E('edXMLBody'), children: [{ name: E('edXMLManifest'), attributes: [['version', '1.0']], children: references }] };
  const root: Markup = {
    name: 'edXML',
    attributes: [
      ...(dotnet ? ([['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'], ['xmlns:xsd', 'http://www.w3.org/2001/XMLSchema']] as const) : []),
      ['xmlns', EDXML_NAMESPACE],
    ],
    children: [
      { name: E('edXMLEnvelope'), attributes: [['xmlns:edXML', EDXML_NAMESPACE]], children: [header, body] },
      ...(encoded.length > 0 ? [{ name: 'AttachmentEncoded', children: encoded }] : []),
    ],
  };
  return serializeMarkup(root);
}
