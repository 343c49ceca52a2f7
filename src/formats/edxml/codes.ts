import type { Urgency } from '../../model/marks.js';

/**
 * Namespace and code lists of edXML (QCVN 102:2016/BTTTT as the VPCP SDK and its samples show
 * it; edxml.md §3, §9). Where the sources disagree the choice is a profile option.
 *
 * @module
 */

/** The edXML namespace, default on the root and bound to the `edXML` prefix on the envelope (edxml.md §3). */
export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
/** The prefix every envelope element carries in the official samples. */
export const EDXML_PREFIX = 'edXML';
/** XML-DSig namespace, used for an envelope signature written from fields (edxml.md §6, §12.5). */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

/** OtherInfo/Priority (edxml.md §9.1): 0 thường … 3 hỏa tốc; 4 "hỏa tốc hẹn giờ" predates Decree 30 and is never written. */
export const PRIORITY_BY_URGENCY: Readonly<Record<Urgency, number>> = { khan: 1, 'thuong-khan': 2, 'hoa-toc': 3 };

/** Bussiness/BussinessDocType (edxml.md §9.3). */
export const BUSINESS_TYPES = ['new', 'revoke', 'update', 'replace'] as const;
/** What a package does: a new document, a revocation, an update, a replacement. */
export type EdxmlBusinessType = (typeof BUSINESS_TYPES)[number];
/** The reason text the VPCP samples send for each business type. */
export const BUSINESS_REASONS: Readonly<Record<EdxmlBusinessType, string>> = {
  new: 'Văn bản điện tử mới',
  revoke: 'Thu hồi văn bản điện tử',
  update: 'Cập nhật văn bản điện tử',
  replace: 'Văn bản thay thế',
};

/** Status codes of a status package (edxml.md §9.4). */
export const STATUS_CODES = ['01', '02', '03', '04', '05', '06', '13', '15', '16'] as const;
/** A status code: 01 đã đến … 06 hoàn thành, 13 lấy lại, 15 đồng ý, 16 từ chối. */
export type EdxmlStatusCode = (typeof STATUS_CODES)[number];
/** The short Vietnamese label of each status code. */
export const STATUS_LABELS: Readonly<Record<EdxmlStatusCode, string>> = {
  '01': 'Đã đến',
  '02': 'Từ chối tiếp nhận',
  '03': 'Đã tiếp nhận',
  '04': 'Phân công',
  '05': 'Đang xử lý',
  '06': 'Hoàn thành',
  '13': 'Lấy lại',
  '15': 'Đồng ý',
  '16': 'Từ chối',
};

/** SteeringType read as an enum (edxml.md §9.2). */
export type EdxmlSteering = 'not-steering' | 'steering' | 'steering-report';

/**
 * Reads a SteeringType code. UNCONFIRMED (edxml.md §9.2): one-based per the RIPT sources and every
 * VPCP sample, zero-based per Bkav; 0 only exists in the zero-based list, so it is always "not steering".
 */
export function steeringOf(code: number, base: 0 | 1 = 1): EdxmlSteering | undefined {
  const index = code === 0 ? 0 : code - base;
  return (['not-steering', 'steering', 'steering-report'] as const)[index];
}

/** Vietnam local time (UTC+7, no daylight saving) of the hub's timestamps (edxml.md §5). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** ISO `yyyy-mm-dd` → edXML `yyyy/MM/dd` (edxml.md §10.3; pitfalls.md). */
export function toEdxmlDate(isoDate: string): string {
  return isoDate.replaceAll('-', '/');
}

/** An ISO 8601 moment with offset → edXML `yyyy/MM/dd HH:mm:ss` in Vietnam local time. */
export function toEdxmlTimestamp(isoDateTime: string): string {
  const local = new Date(Date.parse(isoDateTime) + VIETNAM_OFFSET_MS).toISOString();
  return `${local.slice(0, 10).replaceAll('-', '/')} ${local.slice(11, 19)}`;
}

/** edXML `yyyy/MM/dd HH:mm:ss` (Vietnam local time) → ISO 8601 with `+07:00`, or undefined. */
export function fromEdxmlTimestamp(text: string): string | undefined {
  const m = /^(\d{4})[/-](\d{2})[/-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+07:00` : undefined;
}
