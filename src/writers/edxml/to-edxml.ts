import { codeDiagnostic } from '../../diagnostics/build.js';
import type { DiagnosticCode } from '../../diagnostics/codes/index.js';
import { zipSync } from 'fflate';
import { parseXml as parseXmlTree } from '../../formats/xml/parse.js';
import { formatArchiveLine } from '../../grammar/archive-line.js';
import { formatAuthority } from '../../grammar/authority.js';
import { formatDocumentNumber } from '../../grammar/number-notation.js';
import type { Appendix } from '../../model/appendix.js';
import type { VanbanDocument } from '../../model/document.js';
import { kindInfo } from '../../registry/kinds.js';
import { firstNonXmlCharacter } from '../../formats/xml/escape.js';
import { type Markup, serializeMarkup, textElement } from '../../formats/xml/markup.js';
import { encodeBase64 } from '../../_lib/base64.js';
import {
  BUSINESS_REASONS,
  BUSINESS_TYPES,
  EDXML_NAMESPACE,
  PRIORITY_BY_URGENCY,
  toEdxmlDate,
  toEdxmlTimestamp,
  XMLDSIG_NAMESPACE,
} from '../../formats/edxml/codes.js';
import { edxmlElement, edxmlName, edxmlText, organizationElement, staffElement } from './elements.js';
import { type EdxmlProblem, EdxmlValidationError } from './errors.js';
import {
  composeDocumentId,
  documentIdMismatches,
  findLengthBreaches,
  isOrganIdShaped,
  type TreeAccess,
} from '../../formats/edxml/field-rules.js';
import type { EdxmlAttachment, EnvelopeSignatureFields, ToEdxmlOptions } from './options.js';
import { modelOf, type WritableDocument } from '../document-input.js';
import type { EdxmlBusiness } from '../../formats/edxml/types.js';

/**
 * The edXML writer: a document package of the VPCP Java SDK's layout (edxml.md §3–§7, §12), with
 * the `edXML:` prefix on every envelope element as the official samples have it.
 *
 * @module
 */

const E = edxmlName;
const el = edxmlElement;
const text = edxmlText;

/** Records one problem of the pre-send check: its code, the edXML element, what is required and what was found. */
type Collect = (id: DiagnosticCode, element: string, vi: string, en: string, severity?: 'error' | 'warning') => void;

/** "Phụ lục II: DANH SÁCH ĐƠN VỊ" as listed in OtherInfo/Appendixes (edxml.md §4): one line, a title's breaks as spaces. */
export function appendixName(appendix: Pick<Appendix, 'number' | 'title'>): string {
  const title = appendix.title?.replace(/\s*\n\s*/gu, ' ');
  return `Phụ lục${appendix.number ? ` ${appendix.number}` : ''}${title ? `: ${title}` : ''}`;
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
function zippedLikeSdk(
  attachment: EdxmlAttachment,
  id: string,
): Pick<EdxmlAttachment, 'data' | 'mediaType'> | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(attachment.name)?.[1]?.toLowerCase() ?? 'bin';
  if (SDK_UNZIPPED.has(extension)) return undefined;
  return {
    data: zipSync({ [`${id}.${extension}`]: [attachment.data, { mtime: ZIP_EPOCH }] }),
    mediaType: 'application/zip',
  };
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
            info.update.receivers.flatMap((r) =>
              el('Receiver', [...text('OrganId', r.organId), ...text('ReceiverType', r.change === 'added' ? 1 : 0)]),
            ),
          ),
        ])
      : []),
    ...el(
      'ReplacementInfoList',
      (info.replacements ?? []).flatMap((r) =>
        el('ReplacementInfo', [
          ...text('DocumentId', r.documentId),
          ...el(
            'OrganIdList',
            r.organIds.flatMap((id) => text('OrganId', id)),
          ),
        ]),
      ),
    ),
    ...staffElement(info.staff),
  ]);
}

function signatureMarkup(signature: string | EnvelopeSignatureFields, add: Collect): Markup[] {
  if (typeof signature === 'string') {
    try {
      const root = parseXmlTree(signature, { maxLength: 1024 * 1024 });
      if (root.local !== 'Signature')
        add(
          'edxml/signature',
          'Signature',
          `Chữ ký XML phải là phần tử <Signature>, không phải <${root.name}>`,
          `The signature XML must be a <Signature> element, not <${root.name}>`,
        );
    } catch (err) {
      const why = (err as Error).message;
      add(
        'edxml/signature',
        'Signature',
        `Chữ ký XML không dùng được: ${why}`,
        `The signature XML is not usable: ${why}`,
      );
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
            algorithm(
              'CanonicalizationMethod',
              signature.canonicalizationMethod ?? 'http://www.w3.org/2001/10/xml-exc-c14n#',
            ),
            algorithm(
              'SignatureMethod',
              signature.signatureMethod ?? 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
            ),
            {
              name: 'Reference',
              attributes: [['URI', '']],
              children: [
                {
                  name: 'Transforms',
                  children: (
                    signature.transforms ?? [
                      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
                      'http://www.w3.org/2001/10/xml-exc-c14n#',
                    ]
                  ).map((t) => algorithm('Transform', t)),
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
          children: [
            {
              name: 'X509Data',
              children: [
                ...textElement('X509SubjectName', signature.subjectName),
                { name: 'X509Certificate', text: signature.certificate },
              ],
            },
          ],
        },
      ],
    },
  ];
}

/** What stops the package from being accepted: missing required fields (edxml.md §4, §12). Never filled with "N/A". */
function checkRequired(
  document: VanbanDocument,
  organId: string | undefined,
  sentAt: string | undefined,
  add: Collect,
): void {
  const need = (ok: unknown, id: DiagnosticCode, element: string, vi: string, en: string): void => {
    if (!ok) add(id, element, vi, en, 'error');
  };
  need(
    organId,
    'edxml/from-organ-id',
    'MessageHeader/From/OrganId',
    'Cơ quan gửi phải có mã định danh: đặt document.issuer.code hoặc options.from',
    'The sender must have its mã định danh: set document.issuer.code or options.from',
  );
  need(
    document.number !== undefined,
    'edxml/empty-code-number',
    'MessageHeader/Code/CodeNumber',
    'Văn bản phải có số (document.number)',
    'The document must have its số (document.number)',
  );
  need(
    document.notation,
    'edxml/empty-code-notation',
    'MessageHeader/Code/CodeNotation',
    'Văn bản phải có ký hiệu (document.notation)',
    'The document must have its ký hiệu (document.notation)',
  );
  need(
    document.date,
    'edxml/no-date',
    'MessageHeader/PromulgationInfo/PromulgationDate',
    'Văn bản phải có ngày ban hành (document.date)',
    'The document must have its ngày ban hành (document.date)',
  );
  need(
    document.subject || !kindInfo(document.kind).parts.subject,
    'edxml/empty-subject',
    'MessageHeader/Subject',
    'Văn bản phải có trích yếu (document.subject)',
    'The document must have its trích yếu (document.subject)',
  );
  need(
    sentAt,
    'edxml/timestamp',
    'TraceHeaderList/TraceHeader/Timestamp',
    'Gói tin phải có thời điểm gửi: đặt options.sentAt hoặc document.date',
    'The package must have its sending time: set options.sentAt or document.date',
  );
  if (sentAt !== undefined && Number.isNaN(Date.parse(sentAt)))
    add(
      'edxml/timestamp',
      'TraceHeaderList/TraceHeader/Timestamp',
      `Thời điểm gửi phải theo ISO 8601 (đang là "${sentAt}")`,
      `The sending time must be an ISO 8601 moment (found "${sentAt}")`,
      'error',
    );
  // QĐ 28/2018/QĐ-TTg excludes state-secret documents from electronic exchange; edXML has no độ mật (edxml.md §4).
  need(
    !document.confidentiality,
    'edxml/confidential',
    'OtherInfo',
    `Văn bản có độ mật (${document.confidentiality}) không được gửi qua trục liên thông`,
    `A document marked ${document.confidentiality} may not be sent through the interconnection axis`,
  );
  const to = document.exchange?.to ?? [];
  need(
    to.length > 0,
    'edxml/no-receiver',
    'MessageHeader/To',
    'Gói tin phải có cơ quan nhận: thêm document.exchange.to với mã định danh của từng nơi nhận',
    'The package must have a receiver: add document.exchange.to with each receiver’s mã định danh',
  );
  const seen = new Set<string>();
  to.forEach((party, i) => {
    need(
      party.code,
      'edxml/to-organ-id',
      `MessageHeader/To[${i + 1}]/OrganId`,
      `Nơi nhận "${party.name}" phải có mã định danh (exchange.to[${i}].code)`,
      `Receiver "${party.name}" must have its mã định danh (exchange.to[${i}].code)`,
    );
    if (party.code && seen.has(party.code))
      add(
        'edxml/duplicate-to',
        `MessageHeader/To[${i + 1}]/OrganId`,
        `Mỗi nơi nhận chỉ một lần: ${party.code} có hai lần`,
        `Each receiver once: ${party.code} is listed twice`,
        'error',
      );
    if (party.code) seen.add(party.code);
  });
}

/** The checks of edxml.md §12 (Reader 5) the sender can make too: mã định danh shape, dates, DocumentId. */
function checkConsistency(
  document: VanbanDocument,
  options: ToEdxmlOptions,
  organId: string | undefined,
  add: Collect,
): void {
  const shaped = (id: string | undefined, element: string): void => {
    if (id && !isOrganIdShaped(id))
      add(
        'edxml/organ-id-shape',
        element,
        `Mã định danh có dạng DDD.DD.DD.LDD như 000.00.00.G22 (đang là "${id}"; edxml.md §10.1)`,
        `A mã định danh is shaped DDD.DD.DD.LDD like 000.00.00.G22 (found "${id}"; edxml.md §10.1)`,
        'warning',
      );
  };
  shaped(organId, 'MessageHeader/From/OrganId');
  (document.exchange?.to ?? []).forEach((party, i) => shaped(party.code, `MessageHeader/To[${i + 1}]/OrganId`));
  (document.exchange?.responseFor ?? []).forEach((r, i) =>
    shaped(r.organId, `MessageHeader/ResponseFor[${i + 1}]/OrganId`),
  );
  const business = options.business;
  (business?.update?.receivers ?? []).forEach((r, i) =>
    shaped(r.organId, `TraceHeaderList/Bussiness/BussinessDocumentInfo/ReceiverList/Receiver[${i + 1}]/OrganId`),
  );
  (business?.replacements ?? []).forEach((r, i) =>
    r.organIds.forEach((id, j) =>
      shaped(
        id,
        `TraceHeaderList/Bussiness/ReplacementInfoList/ReplacementInfo[${i + 1}]/OrganIdList/OrganId[${j + 1}]`,
      ),
    ),
  );

  // Bkav's checker refuses a promulgation date in the future (edxml.md §4): the sending time is the writer's "now".
  if (options.sentAt !== undefined && document.date && !Number.isNaN(Date.parse(options.sentAt))) {
    const sentDay = toEdxmlTimestamp(options.sentAt).slice(0, 10).replaceAll('/', '-');
    if (document.date > sentDay)
      add(
        'edxml/future-date',
        'MessageHeader/PromulgationInfo/PromulgationDate',
        `Ngày ban hành không được sau ngày gửi (${sentDay}; đang là ${document.date})`,
        `The promulgation date must not be after the day it is sent (${sentDay}; found ${document.date})`,
        'warning',
      );
  }

  const given = options.documentId ?? document.exchange?.documentId;
  if (given) {
    const expected = {
      ...(organId && { organId }),
      ...(document.date && { date: toEdxmlDate(document.date) }),
      ...(document.number !== undefined && { codeNumber: formatDocumentNumber(document.number) }),
      ...(document.notation && { codeNotation: document.notation }),
    };
    const mismatches = documentIdMismatches(given, expected);
    if (mismatches[0] === 'form')
      add(
        'edxml/document-id',
        'MessageHeader/DocumentId',
        `DocumentId có dạng OrganId,yyyy/MM/dd,số/ký hiệu (đang là "${given}"; edxml.md §10.2)`,
        `DocumentId is composed as OrganId,yyyy/MM/dd,số/ký hiệu (found "${given}"; edxml.md §10.2)`,
        'warning',
      );
    else if (mismatches.length > 0) {
      const composed =
        organId && document.date && document.number !== undefined && document.notation
          ? ` "${composeDocumentId(organId, toEdxmlDate(document.date), formatDocumentNumber(document.number), document.notation)}"`
          : '';
      const names = {
        organId: { vi: 'cơ quan gửi (From/OrganId)', en: 'sender (From/OrganId)' },
        date: { vi: 'ngày ban hành', en: 'promulgation date' },
        code: { vi: 'số/ký hiệu', en: 'số/ký hiệu' },
      } as const;
      const parts = (lang: 'vi' | 'en') => mismatches.map((m) => names[m as keyof typeof names][lang]).join(', ');
      add(
        'edxml/document-id',
        'MessageHeader/DocumentId',
        `DocumentId phải khớp ${parts('vi')} của gói tin: mong đợi${composed}, đang là "${given}" (edxml.md §10.2)`,
        `DocumentId must match the package's ${parts('en')}: expected${composed}, found "${given}" (edxml.md §10.2)`,
        'warning',
      );
    }
  }
}

/** What the model holds and a package cannot carry: MessageHeader has one From and one SignerInfo (edxml.md §4). */
function checkCarried(document: VanbanDocument, add: Collect): void {
  if (document.coIssuers.length > 0) {
    const names = document.coIssuers.map((i) => i.name).join('; ');
    add(
      'edxml/co-issuers-dropped',
      'MessageHeader/From',
      `Gói tin chỉ có một cơ quan gửi (From): ${document.coIssuers.length} cơ quan cùng ban hành không đi theo gói tin (${names}); hãy đính kèm tệp văn bản`,
      `A package has one sender (From): ${document.coIssuers.length} co-issuer(s) do not travel in it (${names}); attach the document's file`,
      'warning',
    );
  }
  if (document.signatures.length > 1) {
    const names = document.signatures
      .slice(1)
      .map((s) => s.name)
      .join('; ');
    add(
      'edxml/signers-dropped',
      'MessageHeader/SignerInfo',
      `Gói tin chỉ có một người ký (SignerInfo): ${document.signatures.length - 1} người ký khác không đi theo gói tin (${names}); hãy đính kèm tệp văn bản`,
      `A package has one signer (SignerInfo): ${document.signatures.length - 1} further signer(s) do not travel in it (${names}); attach the document's file`,
      'warning',
    );
  }
}

/**
 * The document with the line breaks of its printed texts as spaces: a break in a name, a trích yếu
 * or a title (see `allowsLineBreak`) only places a printed line, and edXML's elements carry one
 * line. `exchange.description` keeps its lines: free text, never printed, that the package carries.
 */
function printedBreaksAsSpaces(document: VanbanDocument): VanbanDocument {
  const description = document.exchange?.description;
  const flat = withoutBreaks(document);
  return description === undefined ? flat : { ...flat, exchange: { ...flat.exchange!, description } };
}

/** Every text of `value` with its line breaks as spaces. */
function withoutBreaks<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\n') ? value.replace(/\s*\n\s*/gu, ' ') : value) as T;
  if (Array.isArray(value)) return value.map(withoutBreaks) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBreaks(v)])) as T;
  return value;
}

const localOf = (name: string): string => name.slice(name.indexOf(':') + 1);
const MARKUP_ACCESS: TreeAccess<Markup> = {
  name: (m) => localOf(m.name),
  children: (m) => m.children ?? [],
  text: (m) => (m.children ? undefined : m.text),
};

/** The maximum lengths of edxml.md §4, checked on the text as it is written (with "V/v ", the joined authority…). */
function checkLengths(container: Markup | undefined, add: Collect): void {
  if (!container) return;
  for (const b of findLengthBreaches(container, MARKUP_ACCESS)) {
    if (b.severity === 'error')
      add(
        'edxml/too-long',
        b.element,
        `Tối đa ${b.max} ký tự (đang là ${b.length}; edxml.md §4)`,
        `At most ${b.max} characters (found ${b.length}; edxml.md §4)`,
        'error',
      );
    else
      add(
        'edxml/too-long',
        b.element,
        `Một trong hai hệ thống của edxml.md §4 chỉ nhận ${b.max} ký tự, hệ thống kia ${b.limit.max} (đang là ${b.length})`,
        `One of the two implementations of edxml.md §4 accepts only ${b.max} characters, the other ${b.limit.max} (found ${b.length})`,
        'warning',
      );
  }
}

/**
 * Text that XML 1.0 cannot carry (a control character, a lone surrogate, U+FFFE, U+FFFF: the
 * escaping would write U+FFFD), named by its element's path: the package would not say what the
 * document says. `createDocument` and the readers clean such characters (reported), so only a
 * document built by hand holds them.
 */
function checkCharacters(node: Markup, at: string, add: Collect): void {
  const here = at ? `${at}/${localOf(node.name)}` : localOf(node.name);
  const values = [...(node.children ? [] : [node.text ?? '']), ...(node.attributes ?? []).map(([, v]) => v)];
  for (const value of values) {
    const bad = firstNonXmlCharacter(value);
    if (bad < 0) continue;
    const point = `U+${(value.codePointAt(bad) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    // Named as the other problems are, from the header or the body down.
    const field = here.replace(/^.*?\/(?=MessageHeader\/|TraceHeaderList\/|edXMLManifest\/|AttachmentEncoded\/)/u, '');
    add(
      'edxml/unwritable-character',
      field,
      `${field} chứa ký tự ${point} mà XML 1.0 không mang được (sẽ thành U+FFFD): làm sạch văn bản bằng createDocument`,
      `${field} holds ${point}, which XML 1.0 cannot carry (it would become U+FFFD): clean the document with createDocument`,
      'error',
    );
    break;
  }
  for (const child of node.children ?? []) checkCharacters(child, here, add);
}

/** The package as markup, and every problem found on the way (edxml.md §4, §12). */
function buildPackage(given: WritableDocument, options: ToEdxmlOptions): { root: Markup; problems: EdxmlProblem[] } {
  // A line break the model gives ("SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG") is where a printed line ends: a space here.
  const document = printedBreaksAsSpaces(modelOf(given));
  const problems: EdxmlProblem[] = [];
  const add: Collect = (id, element, vi, en, severity) =>
    problems.push(codeDiagnostic(id, { vi, en }, { path: element, ...(severity && { severity }) }));
  const profile = options.profile ?? {};
  const dotnet = profile.dialect === 'dotnet';
  const info = kindInfo(document.kind);
  const exchange = document.exchange;
  const organId = options.from ?? document.issuer.code ?? exchange?.from?.code;
  const sentAt = options.sentAt ?? (document.date && `${document.date}T00:00:00+07:00`);
  checkRequired(document, organId, sentAt, add);
  checkConsistency(document, options, organId, add);
  checkCarried(document, add);
  const signature = options.signature === undefined ? [] : signatureMarkup(options.signature, add);

  // Missing fields are errors above; the markup is still built so that every length is checked at once.
  const date = document.date && toEdxmlDate(document.date);
  const codeNumber = document.number === undefined ? undefined : formatDocumentNumber(document.number);
  const documentId =
    options.documentId ??
    exchange?.documentId ??
    composeDocumentId(organId ?? '', date ?? '', codeNumber ?? '', document.notation ?? '');
  // Công văn prints its trích yếu after "V/v" (PL I, I.II.5.b); the samples send it that way.
  const subject = document.subject
    ? document.kind === 'cong-van'
      ? `V/v ${document.subject}`
      : document.subject
    : info.name;
  const signer = document.signatures[0];
  const contact = exchange?.from ?? document.contact ?? {};
  const archiveLine =
    document.archive.length > 0
      ? [
          formatArchiveLine({
            archive: document.archive,
            ...(document.archiveCopies !== undefined && { archiveCopies: document.archiveCopies }),
          }),
        ]
      : [];
  const documentType =
    profile.documentTypeCodes === 'vpcp-samples' ? 1 : document.regime === 'quy-pham-phap-luat' ? 1 : 2;

  const messageHeader = el('MessageHeader', [
    ...organizationElement('From', { ...contact, name: document.issuer.name, parent: document.issuer.parent }, organId),
    ...(exchange?.to ?? []).flatMap((party) => organizationElement('To', party, party.code)),
    // QPPL numbers ("09/2025/QĐ-TTg"): the year stays in CodeNotation. UNCONFIRMED (edxml.md §11).
    ...el('Code', [...text('CodeNumber', codeNumber), ...text('CodeNotation', document.notation)]),
    ...el('PromulgationInfo', [...text('Place', document.place), ...text('PromulgationDate', date)]),
    ...el('DocumentType', [...text('Type', documentType), ...text('TypeDetail', 0), ...text('TypeName', info.name)]),
    ...text('Subject', subject),
    ...text('Content', exchange?.description ?? subject),
    ...(signer
      ? el('SignerInfo', [
          ...text('Competence', signer.authority.map(formatAuthority).join(' ')),
          ...text('Position', signer.title),
          ...text('FullName', signer.name),
        ])
      : []),
    ...text('DueDate', exchange?.dueDate && toEdxmlDate(exchange.dueDate)),
    ...el(
      'ToPlaces',
      [...document.distribution, ...archiveLine].flatMap((place) => text('Place', place)),
    ),
    ...el('OtherInfo', [
      ...text('Priority', document.urgency ? PRIORITY_BY_URGENCY[document.urgency] : 0),
      ...text('SphereOfPromulgation', document.circulation),
      ...text('TyperNotation', document.drafter?.code),
      ...text('PromulgationAmount', document.drafter?.copies),
      ...text('PageAmount', exchange?.pageCount),
      ...text('Direction', false),
      ...el(
        'Appendixes',
        document.appendices.flatMap((a) => text('Appendix', appendixName(a))),
      ),
    ]),
    ...(exchange?.responseFor ?? []).flatMap((r) =>
      el('ResponseFor', [
        ...text('OrganId', r.organId),
        ...text('Code', r.code),
        ...text('PromulgationDate', r.promulgationDate && toEdxmlDate(r.promulgationDate)),
        ...text('DocumentId', r.documentId),
      ]),
    ),
    ...text('SteeringType', exchange?.steeringType ?? profile.steeringBase ?? 1),
    ...text('DocumentId', documentId),
  ]);

  const traceAttributes: Markup['attributes'] = dotnet
    ? [
        ['id', fnv1a(new TextEncoder().encode(documentId))],
        ['version', '1.0'],
        ['mustUnderstand', '1'],
        ['actor', 'http://schemas.xmlsoap.org/soap/actor/next'],
      ]
    : undefined;
  const timestamp = sentAt !== undefined && !Number.isNaN(Date.parse(sentAt)) ? toEdxmlTimestamp(sentAt) : undefined;
  const traceHeaderList = el(
    'TraceHeaderList',
    [
      ...el('TraceHeader', [...text('OrganId', organId), ...text('Timestamp', timestamp)]),
      ...business(options.business ?? { type: 'new' }),
    ],
    traceAttributes,
  );
  checkLengths(messageHeader[0], add);
  checkLengths(traceHeaderList[0], add);

  const attachments = (options.attachments ?? []).map((a, i) => {
    const id = contentIdOf(a, i);
    return { ...a, ...(profile.zipLikeSdk && zippedLikeSdk(a, id)), id, description: a.description ?? a.name };
  });
  const references = attachments.flatMap((a) =>
    el(
      'Reference',
      [
        ...text('ContentId', `cid:${a.id}`),
        ...text('ContentType', a.mediaType),
        ...text('Description', a.description),
        ...text('AttachmentName', a.name),
      ],
      dotnet
        ? [
            ['xmlns:xlink', 'http://www.w3.org/1999/xlink'],
            ['xlink:href', `cid:${a.id}`],
            ['xlink:role', 'XLinkRole'],
            ['xlink:type', 'simple'],
          ]
        : undefined,
    ),
  );
  const encoded = attachments.map((a): Markup => {
    const payload: Markup = dotnet
      ? { name: 'ContentTransferEncoded', text: encodeBase64(a.data) }
      : {
          name: E('ContentTransferEncoded'),
          attributes: [['xmlns:edXML', EDXML_NAMESPACE]],
          text: encodeBase64(a.data),
        };
    // The .NET dialect orders the children differently and drops "cid:" here (edxml.md §7).
    const children = dotnet
      ? [
          ...textElement('ContentType', a.mediaType),
          ...textElement('ContentId', a.id),
          ...textElement('Description', a.description),
          payload,
          ...textElement('AttachmentName', a.name),
        ]
      : [
          ...textElement('ContentId', `cid:${a.id}`),
          ...textElement('AttachmentName', a.name),
          ...textElement('Description', a.description),
          ...textElement('ContentType', a.mediaType),
          payload,
        ];
    return { name: 'Attachment', children };
  });

  const header: Markup = {
    name: E('edXMLHeader'),
    children: [
      ...messageHeader,
      ...traceHeaderList,
      ...(signature.length > 0 ? signature : dotnet ? [{ name: E('DigitalSignature') }] : []),
    ],
  };
  const body: Markup = {
    name: E('edXMLBody'),
    children: [{ name: E('edXMLManifest'), attributes: [['version', '1.0']], children: references }],
  };
  const root: Markup = {
    name: 'edXML',
    attributes: [
      ...(dotnet
        ? ([
            ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
            ['xmlns:xsd', 'http://www.w3.org/2001/XMLSchema'],
          ] as const)
        : []),
      ['xmlns', EDXML_NAMESPACE],
    ],
    children: [
      { name: E('edXMLEnvelope'), attributes: [['xmlns:edXML', EDXML_NAMESPACE]], children: [header, body] },
      ...(encoded.length > 0 ? [{ name: 'AttachmentEncoded', children: encoded }] : []),
    ],
  };
  checkCharacters(root, '', add);
  return { root, problems };
}

/**
 * The pre-send check of {@link toEdxml} without writing: every error (a missing required field, a
 * field longer than edxml.md §4 allows, a receiver listed twice, an unusable signature…) and every
 * warning (a mã định danh of an unusual shape, a promulgation date after `options.sentAt`, a
 * DocumentId that does not match the package, a length only one implementation refuses).
 *
 * @example
 * ```ts
 * checkEdxml(document, { from: '28.22.H17' });
 * // [{ severity: 'warning', element: 'MessageHeader/From/OrganId', message: '"28.22.H17" is not shaped like a mã định danh …' }]
 * ```
 */
export function checkEdxml(document: WritableDocument, options: ToEdxmlOptions = {}): EdxmlProblem[] {
  return buildPackage(document, options).problems;
}

/**
 * Writes a document as an edXML package (QCVN 102:2016/BTTTT, VPCP SDK layout): `From` and `To`
 * with mã định danh, Code, PromulgationInfo (`yyyy/MM/dd`), DocumentType, Subject, SignerInfo,
 * ToPlaces, OtherInfo, ResponseFor, SteeringType, DocumentId, the TraceHeaderList with its
 * Bussiness block, the manifest and the base64 attachments. Deterministic: no clock, no random ids.
 *
 * Fields that travel through edXML are listed by `edxmlRoundTripView`. Warnings of the pre-send
 * check ({@link checkEdxml}) do not stop writing unless `options.strict` is set.
 *
 * @throws {@link EdxmlValidationError} listing every problem at once (never filled with "N/A") when
 * there is an error, or a warning under `options.strict`.
 * @example
 * ```ts
 * const xml = toEdxml(document, { from: '000.00.00.H53', sentAt: '2024-04-09T16:20:05+07:00', attachments: [pdf] });
 * ```
 */
export function toEdxml(document: WritableDocument, options: ToEdxmlOptions = {}): string {
  const { root, problems } = buildPackage(document, options);
  if (problems.some((p) => p.severity === 'error' || options.strict === true)) throw new EdxmlValidationError(problems);
  for (const problem of problems) options.onWarning?.(problem);
  return serializeMarkup(root);
}
