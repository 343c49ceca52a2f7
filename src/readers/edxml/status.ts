import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { XmlLimits } from '../../formats/xml/parse.js';
import { type EdxmlStatusCode, fromEdxmlTimestamp, STATUS_CODES } from '../../formats/edxml/codes.js';
import type { EdxmlStatus } from '../../formats/edxml/types.js';
import { readParty, readStaff } from './header.js';
import { readEdxmlTree } from './parse-edxml.js';
import { child, childText, DiagnosticList, readEdxmlDate } from './tree.js';

/**
 * The status-package reader (edxml.md §8).
 *
 * @module
 */

/** What {@link parseEdxmlStatus} read. */
export interface ParseEdxmlStatusResult {
  readonly status: EdxmlStatus;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a status package (codes 01–06, 13, 15, 16; "1" is read as "01"). Accepts Bkav's `Status`
 * container and any child order. Never throws on content: what is missing is in the diagnostics.
 *
 * @throws UnsafeXmlError, MalformedXmlError, LimitExceededError.
 */
export function parseEdxmlStatus(input: string | Uint8Array, options: XmlLimits = {}): ParseEdxmlStatusResult {
  const diagnostics = new DiagnosticList();
  const { messageHeader } = readEdxmlTree(input, options, diagnostics);
  const rawCode = childText(messageHeader, 'StatusCode') ?? '';
  const code = (/^\d$/.test(rawCode) ? `0${rawCode}` : rawCode) as EdxmlStatusCode;
  if (!STATUS_CODES.includes(code))
    diagnostics.add(
      'edxml/status-code',
      'error',
      `Mã trạng thái không rõ: "${rawCode}"`,
      `Unknown status code: "${rawCode}"`,
      { raw: rawCode },
    );
  const from = readParty(child(messageHeader, 'From'));
  if (!from?.code) diagnostics.add('edxml/from-organ-id', 'error', 'From không có OrganId', 'From has no OrganId');
  const response = child(messageHeader, 'ResponseFor');
  const organId = childText(response, 'OrganId') ?? '';
  const responseCode = childText(response, 'Code') ?? '';
  if (!organId || !responseCode)
    diagnostics.add(
      'edxml/response-for',
      'error',
      'ResponseFor thiếu OrganId hoặc Code',
      'ResponseFor lacks OrganId or Code',
    );
  const documentId = childText(response, 'DocumentId');
  const promulgationDate = readEdxmlDate(childText(response, 'PromulgationDate'));
  const rawTime = childText(messageHeader, 'Timestamp') ?? '';
  const timestamp = fromEdxmlTimestamp(rawTime);
  if (!timestamp)
    diagnostics.add(
      'edxml/timestamp',
      'warning',
      `Thời điểm không đọc được: "${rawTime}"`,
      `Unreadable Timestamp: "${rawTime}"`,
      { raw: rawTime },
    );
  const staff = readStaff(child(messageHeader, 'StaffInfo'));
  const description = childText(messageHeader, 'Description');
  return {
    status: {
      code,
      from: from ?? { name: '(không rõ)' },
      responseFor: {
        organId,
        code: responseCode,
        ...(documentId && { documentId }),
        ...(promulgationDate && { promulgationDate }),
      },
      ...(staff && { staff }),
      ...(description && { description }),
      timestamp: timestamp ?? rawTime,
    },
    diagnostics: diagnostics.items,
  };
}
