import type { XmlElement } from '../../formats/xml/parse.js';
import { isArchiveLine, parseArchiveLine } from '../../grammar/archive-line.js';
import { parseAuthorityLine } from '../../grammar/authority.js';
import type { Appendix } from '../../model/appendix.js';
import { checkModel } from '../../model/issues.js';
import { cleanDeep, cleanText, hygieneDiagnostics } from '../../model/normalize.js';
import { type ReadDocument, ReadDocumentSchema } from '../../model/read-document.js';
import type { DocumentInput } from '../../model/document.js';
import type { Exchange, ExchangeParty } from '../../model/exchange.js';
import { URGENCY_LEVELS } from '../../model/marks.js';
import type { Authority, Signature } from '../../model/signature.js';
import { ALL_KINDS, type DocumentKind, kindByCode, kindInfo } from '../../registry/kinds.js';
import { readEdxmlDate, child, childText, children, type DiagnosticList, ownText } from './tree.js';
import { readInteger, readParty } from './header.js';

/**
 * The document fields of an edXML MessageHeader, mapped onto the model (edxml.md §11; the reverse
 * of `toEdxml`, see `edxmlRoundTripView`).
 *
 * @module
 */

const foldVi = (text: string): string =>
  cleanText(text)
    .text.normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();

/** The kind named by TypeName ("Công văn", also unaccented), else by the ký hiệu's type code. */
function readKind(
  typeName: string | undefined,
  notation: string | undefined,
  diagnostics: DiagnosticList,
): DocumentKind {
  if (typeName) {
    const folded = foldVi(typeName);
    const found = ALL_KINDS.find((k) => foldVi(k.name) === folded);
    if (found) return found.slug as DocumentKind;
    // "Công văn(Nếu là văn bản hành chính…)" (the LGSP template): a type name followed by other text, longest name first.
    const prefixed = ALL_KINDS.filter(
      (k) => folded.startsWith(foldVi(k.name)) && !/^\p{L}/u.test(folded.slice(foldVi(k.name).length)),
    ).sort((a, b) => b.name.length - a.name.length)[0];
    if (prefixed) {
      diagnostics.add(
        'edxml/type-name',
        'warning',
        `TypeName "${typeName}" có thêm chữ sau tên loại: đọc là ${prefixed.name}`,
        `TypeName "${typeName}" has text after the type name: read as ${prefixed.name}`,
        { path: 'kind', raw: typeName },
      );
      return prefixed.slug as DocumentKind;
    }
  }
  const byCode = notation ? kindByCode(notation.split(/[-/]/).find((part) => kindByCode(part)) ?? '') : undefined;
  diagnostics.add(
    'edxml/unknown-type',
    'warning',
    `Không rõ loại văn bản "${typeName ?? ''}"`,
    `Unknown document type "${typeName ?? ''}"`,
    { path: 'kind', raw: typeName ?? '' },
  );
  return (byCode?.slug as DocumentKind | undefined) ?? 'cong-van';
}

/** Text a Vietnamese reader would expect accented but that carries no diacritics at all. */
const isUnaccented = (text: string): boolean => /^[\x20-\x7E]+$/.test(text) && /[a-z]{2}/i.test(text);

// Authority lines written on one line: split before each prefix (PL I, I.II.7.a).
const AUTHORITY_SPLIT = /\s*\n\s*|\s+(?=(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)\.?\s|Q\.\s)/u;

function readSigner(info: XmlElement | undefined, diagnostics: DiagnosticList): Signature | undefined {
  if (!info) return undefined;
  const competence = childText(info, 'Competence');
  const title = childText(info, 'Position', 'Function');
  const name = childText(info, 'FullName');
  for (const [field, value] of [
    ['Competence', competence],
    ['Position', title],
    ['FullName', name],
  ] as const) {
    if (value && isUnaccented(value))
      diagnostics.add(
        'edxml/unaccented',
        'info',
        `${field} viết không dấu: "${value}"`,
        `${field} written without diacritics: "${value}"`,
        { raw: value },
      );
  }
  if (!name) {
    diagnostics.add('edxml/signer-name', 'warning', 'SignerInfo không có FullName', 'SignerInfo has no FullName', {
      path: 'signatures.0.name',
    });
    return undefined;
  }
  const authority: Authority[] = [];
  for (const line of competence ? competence.split(AUTHORITY_SPLIT) : []) {
    const parsed = parseAuthorityLine(line);
    if (parsed) authority.push(parsed.authority);
    else
      diagnostics.add(
        'edxml/competence',
        'warning',
        `Không đọc được thẩm quyền ký "${line}"`,
        `Cannot read the authority "${line}"`,
        { path: 'signatures.0.authority', raw: line },
      );
  }
  return { authority, ...(title && { title }), name };
}

function readAppendix(text: string): Appendix {
  const m = /^Phụ lục(?:\s+([^\s:]+))?\s*(?::\s*(.*))?$/isu.exec(text);
  if (!m) return { title: text, body: [] };
  return { ...(m[1] && { number: m[1] }), ...(m[2] && { title: m[2] }), body: [] };
}

function readUrgency(priority: number | undefined, diagnostics: DiagnosticList): DocumentInput['urgency'] {
  if (priority === undefined || priority === 0) return undefined;
  if (priority >= 1 && priority <= 3) return URGENCY_LEVELS[priority - 1];
  if (priority === 4) {
    // Decree 30 has no "hỏa tốc hẹn giờ" (edxml.md §9.1): read as hỏa tốc, with a warning.
    diagnostics.add(
      'edxml/priority-4',
      'warning',
      'Độ khẩn 4 (hỏa tốc hẹn giờ) không có trong Nghị định 30: đọc là Hỏa tốc',
      'Priority 4 (timed hỏa tốc) is not in Decree 30: read as hỏa tốc',
      { path: 'urgency', raw: '4' },
    );
    return 'hoa-toc';
  }
  // Outside 0–4 is an error (edxml.md §12, Reader 5; Bkav accepts exactly 0–4).
  diagnostics.add(
    'edxml/priority',
    'error',
    `Độ khẩn không hợp lệ: ${priority} (0–4)`,
    `Invalid Priority: ${priority} (0–4)`,
    { path: 'urgency', raw: String(priority) },
  );
  return undefined;
}

const positive = (n: number | undefined): number | undefined => (n !== undefined && n > 0 ? n : undefined);

/** Builds the document of a MessageHeader. Never throws: fields the model refuses are dropped with a diagnostic. */
export function readDocument(
  header: XmlElement,
  diagnostics: DiagnosticList,
): { document: ReadDocument; codeNumber?: string } {
  const code = child(header, 'Code');
  const codeNumber = childText(code, 'CodeNumber');
  const notation = childText(code, 'CodeNotation');
  const typeName = childText(child(header, 'DocumentType', 'type'), 'TypeName', 'description');
  const kind = readKind(typeName, notation, diagnostics);
  const info = kindInfo(kind);
  const from = child(header, 'From');
  const fromParty = readParty(from);
  if (!childText(from, 'OrganId'))
    diagnostics.add('edxml/from-organ-id', 'error', 'From không có OrganId', 'From has no OrganId', {
      path: 'issuer.code',
    });
  if (!childText(from, 'OrganName'))
    diagnostics.add('edxml/from-name', 'error', 'From không có OrganName', 'From has no OrganName', {
      path: 'issuer.name',
    });

  const number = codeNumber && /^\d+$/.test(codeNumber) && Number(codeNumber) > 0 ? Number(codeNumber) : undefined;
  if (codeNumber && number === undefined)
    diagnostics.add(
      'edxml/code-number',
      'warning',
      `Số văn bản không phải là số: "${codeNumber}"`,
      `CodeNumber is not a number: "${codeNumber}"`,
      { path: 'number', raw: codeNumber },
    );
  const promulgation = child(header, 'PromulgationInfo');
  const rawDate = childText(promulgation, 'PromulgationDate', 'Date');
  const date = readEdxmlDate(rawDate);
  if (rawDate && !date)
    diagnostics.add(
      'edxml/date',
      'warning',
      `Ngày ban hành không đọc được: "${rawDate}"`,
      `Unreadable PromulgationDate: "${rawDate}"`,
      { path: 'date', raw: rawDate },
    );

  let subject = childText(header, 'Subject');
  if (subject && kind === 'cong-van') subject = subject.replace(/^V\/v[:.]?\s+/iu, '');
  if (subject && !info.parts.subject && subject === info.name) subject = undefined;
  const content = childText(header, 'Content');

  const distribution: string[] = [];
  let archive: { archive: readonly string[]; archiveCopies?: number } | undefined;
  for (const place of children(child(header, 'ToPlaces'), 'Place').map(ownText).filter(Boolean)) {
    if (isArchiveLine(place)) archive = parseArchiveLine(place);
    else distribution.push(place);
  }

  const other = child(header, 'OtherInfo');
  const typer = childText(other, 'TyperNotation');
  const copies = positive(readInteger(other, 'PromulgationAmount', diagnostics));
  const signer = readSigner(child(header, 'SignerInfo', 'Author'), diagnostics);
  const rawDue = childText(header, 'DueDate');
  const dueDate = readEdxmlDate(rawDue);
  if (rawDue && !dueDate)
    diagnostics.add(
      'edxml/date',
      'warning',
      `Hạn xử lý không đọc được: "${rawDue}"`,
      `Unreadable DueDate: "${rawDue}"`,
      { path: 'exchange.dueDate', raw: rawDue },
    );

  const responseFor = children(header, 'ResponseFor').flatMap((r) => {
    const organId = childText(r, 'OrganId');
    const responseCode = childText(r, 'Code');
    if (!organId || !responseCode) {
      diagnostics.add(
        'edxml/response-for',
        'warning',
        'ResponseFor thiếu OrganId hoặc Code',
        'ResponseFor lacks OrganId or Code',
        { path: 'exchange.responseFor' },
      );
      return [];
    }
    const promulgationDate = readEdxmlDate(childText(r, 'PromulgationDate'));
    const documentId = childText(r, 'DocumentId');
    return [
      { organId, code: responseCode, ...(promulgationDate && { promulgationDate }), ...(documentId && { documentId }) },
    ];
  });
  const to = children(header, 'To').flatMap((t) => {
    const party = readParty(t);
    return party ? [party] : [];
  });
  const contact: Partial<ExchangeParty> = { ...fromParty };
  const hasContact = ['address', 'email', 'phone', 'fax', 'website'].some((k) => contact[k as keyof ExchangeParty]);
  const steeringType = readInteger(header, 'SteeringType', diagnostics);
  const documentId = childText(header, 'DocumentId');
  const pageCount = positive(readInteger(other, 'PageAmount', diagnostics));
  const exchange: Partial<Exchange> = {
    ...(documentId && { documentId }),
    to,
    ...(dueDate && { dueDate }),
    responseFor,
    ...(steeringType !== undefined && steeringType >= 0 && { steeringType }),
    ...(pageCount && { pageCount }),
    ...(content && content !== childText(header, 'Subject') && { description: content }),
    ...(hasContact && fromParty && { from: fromParty }),
  };
  const circulation = childText(other, 'SphereOfPromulgation');
  const urgency = readUrgency(readInteger(other, 'Priority', diagnostics), diagnostics);

  const input: Record<string, unknown> = {
    kind,
    issuer: {
      name: childText(from, 'OrganName') ?? fromParty?.name ?? '(không rõ)',
      ...(childText(from, 'OrganizationInCharge') && { parent: childText(from, 'OrganizationInCharge') }),
      ...(childText(from, 'OrganId') && { code: childText(from, 'OrganId') }),
    },
    ...(number !== undefined && { number }),
    ...(notation && { notation }),
    ...(childText(promulgation, 'Place') && { place: childText(promulgation, 'Place') }),
    ...(date && { date }),
    ...(subject && { subject }),
    signatures: signer ? [signer] : [],
    distribution,
    archive: archive?.archive ?? [],
    ...(archive?.archiveCopies !== undefined && { archiveCopies: archive.archiveCopies }),
    ...(typer && { drafter: { code: typer, ...(copies && { copies }) } }),
    ...(urgency && { urgency }),
    ...(circulation && { circulation }),
    appendices: children(child(other, 'Appendixes'), 'Appendix').map(ownText).filter(Boolean).map(readAppendix),
    exchange,
  };
  return {
    document: createLeniently(input, diagnostics),
    ...(codeNumber !== undefined && number === undefined && { codeNumber }),
  };
}

/**
 * The package's document, dropping each top-level field the model refuses (with a diagnostic)
 * instead of failing; the kind and the issuer too, left absent rather than invented.
 */
function createLeniently(input: Record<string, unknown>, diagnostics: DiagnosticList): ReadDocument {
  let data = { ...input };
  for (let attempt = 0; attempt < 4; attempt++) {
    // The model's input hygiene first (controls, invisible characters, line breaks), reported by field.
    const cleaned = cleanDeep(data);
    const result = checkModel(ReadDocumentSchema, cleaned.value);
    if (result.success) {
      diagnostics.items.push(...hygieneDiagnostics(cleaned.findings));
      return result.data;
    }
    for (const issue of result.diagnostics) {
      const path = issue.path ?? '';
      diagnostics.add(
        'edxml/invalid-field',
        'warning',
        `Bỏ trường "${path}": ${issue.message.vi}`,
        `Dropped field "${path}": ${issue.message.en}`,
        { path },
      );
      const { [path.split('.')[0] ?? '']: _dropped, ...rest } = data;
      data = rest;
    }
  }
  return ReadDocumentSchema.parse({});
}
