import type { XmlElement } from '../../formats/xml/parse.js';
import type { ExchangeParty } from '../../model/exchange.js';
import { BUSINESS_TYPES, type EdxmlSteering, fromEdxmlTimestamp } from '../../formats/edxml/codes.js';
import type { EdxmlBusiness, EdxmlStaff, EdxmlTrace } from '../../formats/edxml/types.js';
import { child, childText, children, type DiagnosticList, ownText } from './tree.js';

/**
 * Reading the parts of an edXML header that are not document fields: organisations, staff,
 * the trace and its Bussiness block (edxml.md §4, §5).
 *
 * @module
 */

/** What a package says about itself beyond the document. */
export interface EdxmlHeader {
  /** Java SDK layout, the .NET/LGSP decorations, or the legacy SOAP form (edxml.md §2). */
  readonly dialect: 'java' | 'dotnet' | 'legacy';
  /** A document package or a status package. */
  readonly packageType: 'document' | 'status';
  readonly from?: ExchangeParty;
  readonly documentId?: string;
  /** DocumentType as written; `type` 1/2 is disputed (edxml.md §9.6), so the reader relies on `typeName`. */
  readonly documentType?: { readonly type?: number; readonly typeDetail?: number; readonly typeName?: string };
  /** CodeNumber as written, when it is not a plain number ("74fass22" in a VPCP sample). */
  readonly codeNumber?: string;
  /** SteeringType read under the reader's steering base (edxml.md §9.2). */
  readonly steering?: EdxmlSteering;
  /** OtherInfo/Priority as written (0–4). */
  readonly priority?: number;
  readonly business?: EdxmlBusiness;
  readonly traces: readonly EdxmlTrace[];
  /** The envelope signature, when there is one; never verified (edxml.md §6). */
  readonly signature?: {
    readonly namespace: string;
    readonly subjectName?: string;
    readonly certificate?: string;
    readonly signatureValue?: string;
  };
}

/** An integer element, or undefined (with a warning when it is there but not a number). */
export function readInteger(
  el: XmlElement | undefined,
  local: string,
  diagnostics: DiagnosticList,
): number | undefined {
  const text = childText(el, local);
  if (text === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(text)) {
    diagnostics.add(
      'edxml/not-a-number',
      'warning',
      `${local} không phải là số: "${text}"`,
      `${local} is not a number: "${text}"`,
      { raw: text },
    );
    return undefined;
  }
  return Number(text);
}

/** An Organization (From, To) as an exchange party; undefined without a name or id. */
export function readParty(el: XmlElement | undefined): ExchangeParty | undefined {
  if (!el) return undefined;
  const code = childText(el, 'OrganId');
  const name = childText(el, 'OrganName') ?? childText(el, 'OrganizationInCharge') ?? code;
  if (!name) return undefined;
  const fields: Array<[keyof ExchangeParty, string | undefined]> = [
    ['parent', childText(el, 'OrganizationInCharge')],
    ['code', code],
    ['email', childText(el, 'Email')],
    ['address', childText(el, 'OrganAdd')],
    ['phone', childText(el, 'Telephone')],
    ['fax', childText(el, 'Fax')],
    ['website', childText(el, 'Website')],
  ];
  return { name, ...Object.fromEntries(fields.filter(([, v]) => v !== undefined)) };
}

/** StaffInfo, or undefined when it is empty. */
export function readStaff(el: XmlElement | undefined): EdxmlStaff | undefined {
  if (!el) return undefined;
  const staff = {
    department: childText(el, 'Department'),
    staff: childText(el, 'Staff'),
    mobile: childText(el, 'Mobile'),
    email: childText(el, 'Email'),
  };
  const present = Object.fromEntries(Object.entries(staff).filter(([, v]) => v !== undefined));
  return Object.keys(present).length > 0 ? present : undefined;
}

/** TraceHeader entries. */
export function readTraces(list: XmlElement | undefined): EdxmlTrace[] {
  return children(list, 'TraceHeader').flatMap((t) => {
    const organId = childText(t, 'OrganId');
    const raw = childText(t, 'Timestamp');
    return organId ? [{ organId, timestamp: (raw && fromEdxmlTimestamp(raw)) ?? raw ?? '' }] : [];
  });
}

/** The Bussiness block (also spelled Business, edxml.md §5). */
export function readBusiness(list: XmlElement | undefined, diagnostics: DiagnosticList): EdxmlBusiness | undefined {
  const block = child(list, 'Bussiness', 'Business');
  if (!block) return undefined;
  const typeCode =
    readInteger(block, 'BussinessDocType', diagnostics) ?? readInteger(block, 'BusinessDocType', diagnostics) ?? 0;
  const type = BUSINESS_TYPES[typeCode];
  if (!type)
    diagnostics.add(
      'edxml/business-type',
      'warning',
      `BussinessDocType không rõ: ${typeCode}`,
      `Unknown BussinessDocType: ${typeCode}`,
      { raw: String(typeCode) },
    );
  const info = child(block, 'BussinessDocumentInfo', 'BusinessDocumentInfo');
  const replacements = children(child(block, 'ReplacementInfoList'), 'ReplacementInfo').flatMap((r) => {
    const documentId = childText(r, 'DocumentId');
    return documentId
      ? [{ documentId, organIds: children(child(r, 'OrganIdList'), 'OrganId').map(ownText).filter(Boolean) }]
      : [];
  });
  const reason = childText(block, 'BussinessDocReason', 'BusinessDocReason');
  const documentId = childText(block, 'DocumentId');
  const staff = readStaff(child(block, 'StaffInfo'));
  return {
    type: type ?? 'new',
    ...(reason && { reason }),
    ...(documentId && { documentId }),
    paper: childText(block, 'Paper') === '1',
    ...(info && {
      update: {
        documentInfo: childText(info, 'DocumentInfo') === '1',
        documentReceiver: childText(info, 'DocumentReceiver') === '1',
        receivers: children(child(info, 'ReceiverList'), 'Receiver').flatMap((r) => {
          const organId = childText(r, 'OrganId');
          return organId
            ? [{ organId, change: childText(r, 'ReceiverType') === '1' ? ('added' as const) : ('removed' as const) }]
            : [];
        }),
      },
    }),
    ...(replacements.length > 0 && { replacements }),
    ...(staff && { staff }),
  };
}
