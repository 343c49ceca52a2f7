import { childElements, type XmlElement } from '../../formats/xml/parse.js';
import { toEdxmlTimestamp } from '../../formats/edxml/codes.js';
import {
  composeDocumentId,
  documentIdMismatches,
  findLengthBreaches,
  isOrganIdShaped,
  type TreeAccess,
} from '../../formats/edxml/field-rules.js';
import { child, childText, children, type DiagnosticList, ownText, readEdxmlDate } from './tree.js';
import { readTraces } from './header.js';

/**
 * The receiving-side checks of a document package (edxml.md §12, Reader 5): the shape of every
 * mã định danh, receivers, the required Subject, CodeNumber and CodeNotation, a promulgation date
 * in the future, the maximum lengths of §4 and a DocumentId that does not match the package.
 * Priority is checked where it is read (`document.ts`).
 *
 * @module
 */

/** Options of the checks. */
export interface EdxmlCheckOptions {
  /**
   * When the package is received, ISO 8601 with offset: a promulgation date after it is in the
   * future. Default: the package's own latest TraceHeader timestamp (the reader never reads the clock).
   */
  readonly receivedAt?: string;
}

const XML_ACCESS: TreeAccess<XmlElement> = {
  name: (el) => el.local,
  children: (el) => childElements(el),
  text: (el) => (childElements(el).length === 0 ? ownText(el) : undefined),
};

function checkOrganIds(header: XmlElement, diagnostics: DiagnosticList): void {
  const shaped = (id: string | undefined, where: string, path: string): void => {
    if (id && !isOrganIdShaped(id)) {
      diagnostics.add(
        'edxml/organ-id-shape',
        'warning',
        `Mã định danh "${id}" (${where}) không có dạng DDD.DD.DD.LDD như 000.00.00.G22`,
        `OrganId "${id}" (${where}) is not shaped DDD.DD.DD.LDD like 000.00.00.G22`,
        { path, raw: id },
      );
    }
  };
  shaped(childText(child(header, 'From'), 'OrganId'), 'From', 'issuer.code');
  const seen = new Set<string>();
  const to = children(header, 'To');
  if (to.length === 0)
    diagnostics.add(
      'edxml/no-receiver',
      'error',
      'Gói tin không có cơ quan nhận (To)',
      'The package has no receiver (To)',
      { path: 'exchange.to' },
    );
  to.forEach((t, i) => {
    const id = childText(t, 'OrganId');
    shaped(id, `To[${i + 1}]`, `exchange.to.${i}.code`);
    if (!id)
      diagnostics.add(
        'edxml/to-organ-id',
        'error',
        `Cơ quan nhận To[${i + 1}] không có OrganId`,
        `Receiver To[${i + 1}] has no OrganId`,
        { path: `exchange.to.${i}.code` },
      );
    else if (seen.has(id))
      diagnostics.add(
        'edxml/duplicate-to',
        'error',
        `Cơ quan nhận ${id} có hai lần trong To`,
        `Receiver ${id} is listed twice in To`,
        { path: `exchange.to.${i}`, raw: id },
      );
    if (id) seen.add(id);
  });
  children(header, 'ResponseFor').forEach((r, i) =>
    shaped(childText(r, 'OrganId'), `ResponseFor[${i + 1}]`, `exchange.responseFor.${i}.organId`),
  );
}

function checkRequired(header: XmlElement, diagnostics: DiagnosticList): void {
  const code = child(header, 'Code');
  if (!childText(header, 'Subject'))
    diagnostics.add('edxml/empty-subject', 'error', 'Không có trích yếu (Subject)', 'Subject is empty or missing', {
      path: 'subject',
    });
  if (!childText(code, 'CodeNumber'))
    diagnostics.add(
      'edxml/empty-code-number',
      'error',
      'Không có số văn bản (Code/CodeNumber)',
      'Code/CodeNumber is empty or missing',
      { path: 'number' },
    );
  if (!childText(code, 'CodeNotation'))
    diagnostics.add(
      'edxml/empty-code-notation',
      'error',
      'Không có ký hiệu văn bản (Code/CodeNotation)',
      'Code/CodeNotation is empty or missing',
      { path: 'notation' },
    );
}

/** Bkav's checker refuses a promulgation date in the future (edxml.md §4). */
function checkFutureDate(
  header: XmlElement,
  traceList: XmlElement | undefined,
  options: EdxmlCheckOptions,
  diagnostics: DiagnosticList,
): void {
  const date = readEdxmlDate(childText(child(header, 'PromulgationInfo'), 'PromulgationDate', 'Date'));
  if (!date) return;
  let reference: string | undefined;
  if (options.receivedAt !== undefined && !Number.isNaN(Date.parse(options.receivedAt)))
    reference = toEdxmlTimestamp(options.receivedAt).slice(0, 10).replaceAll('/', '-');
  else {
    // Timestamps are read as ISO with +07:00: their first ten characters are the Vietnam date.
    const days = readTraces(traceList)
      .map((t) => t.timestamp.slice(0, 10))
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    reference = days.sort().at(-1);
  }
  if (!reference || date <= reference) return;
  const when =
    options.receivedAt !== undefined
      ? { vi: 'nhận', en: 'received' }
      : { vi: 'gửi (TraceHeader)', en: 'sent (TraceHeader)' };
  diagnostics.add(
    'edxml/future-date',
    'warning',
    `Ngày ban hành ${date} muộn hơn ngày ${when.vi} ${reference}`,
    `PromulgationDate ${date} is later than the day the package was ${when.en}, ${reference}`,
    { path: 'date', raw: date },
  );
}

function checkDocumentId(header: XmlElement, diagnostics: DiagnosticList): void {
  const documentId = childText(header, 'DocumentId');
  if (!documentId) return;
  const organId = childText(child(header, 'From'), 'OrganId');
  const rawDate = childText(child(header, 'PromulgationInfo'), 'PromulgationDate', 'Date');
  const date = readEdxmlDate(rawDate)?.replaceAll('-', '/');
  const code = child(header, 'Code');
  const codeNumber = childText(code, 'CodeNumber');
  const codeNotation = childText(code, 'CodeNotation');
  const mismatches = documentIdMismatches(documentId, {
    ...(organId && { organId }),
    ...(date && { date }),
    ...(codeNumber && { codeNumber }),
    ...(codeNotation && { codeNotation }),
  });
  if (mismatches[0] === 'form') {
    diagnostics.add(
      'edxml/document-id',
      'warning',
      `DocumentId "${documentId}" không có dạng OrganId,yyyy/MM/dd,số/ký hiệu`,
      `DocumentId "${documentId}" is not composed as OrganId,yyyy/MM/dd,number/notation`,
      { path: 'exchange.documentId', raw: documentId },
    );
    return;
  }
  if (mismatches.length === 0) return;
  const vi = { organId: 'cơ quan gửi (From/OrganId)', date: 'ngày ban hành', code: 'số/ký hiệu' } as const;
  const en = { organId: 'sender (From/OrganId)', date: 'promulgation date', code: 'number/notation' } as const;
  const parts = mismatches as Array<keyof typeof vi>;
  const expected =
    organId && date && codeNumber && codeNotation
      ? composeDocumentId(organId, date, codeNumber, codeNotation)
      : undefined;
  diagnostics.add(
    'edxml/document-id',
    'warning',
    `DocumentId "${documentId}" không khớp ${parts.map((p) => vi[p]).join(', ')} của gói tin${expected ? ` (mong đợi "${expected}")` : ''}`,
    `DocumentId "${documentId}" does not match the package's ${parts.map((p) => en[p]).join(', ')}${expected ? ` (expected "${expected}")` : ''}`,
    { path: 'exchange.documentId', raw: documentId },
  );
}

/** Lengths beyond both implementations' limit are warnings; beyond only the stricter one, infos. */
function checkLengths(container: XmlElement | undefined, diagnostics: DiagnosticList): void {
  if (!container) return;
  for (const b of findLengthBreaches(container, XML_ACCESS)) {
    if (b.severity === 'error')
      diagnostics.add(
        'edxml/too-long',
        'warning',
        `${b.element} dài ${b.length} ký tự, quá ${b.max} ký tự edXML cho phép`,
        `${b.element} has ${b.length} characters, more than the ${b.max} edXML allows`,
        { raw: b.element },
      );
    else
      diagnostics.add(
        'edxml/too-long',
        'info',
        `${b.element} dài ${b.length} ký tự: một hệ thống chỉ nhận ${b.max}`,
        `${b.element} has ${b.length} characters: one implementation accepts only ${b.max}`,
        { raw: b.element },
      );
  }
}

/** Runs every receiving-side check of edxml.md §12 (Reader 5) on a document package's MessageHeader and trace. */
export function checkDocumentPackage(
  header: XmlElement,
  traceList: XmlElement | undefined,
  options: EdxmlCheckOptions,
  diagnostics: DiagnosticList,
): void {
  checkRequired(header, diagnostics);
  checkOrganIds(header, diagnostics);
  checkFutureDate(header, traceList, options, diagnostics);
  checkDocumentId(header, diagnostics);
  checkLengths(header, diagnostics);
  checkLengths(traceList, diagnostics);
}
