import { codeDiagnostic } from '../../diagnostics/build.js';
import type { DiagnosticCode } from '../../diagnostics/codes/index.js';
import { type Markup, serializeMarkup } from '../../formats/xml/markup.js';
import { EDXML_NAMESPACE, STATUS_CODES, toEdxmlDate, toEdxmlTimestamp } from '../../formats/edxml/codes.js';
import { edxmlName, edxmlText, organizationElement, staffElement } from './elements.js';
import { type EdxmlProblem, EdxmlValidationError } from './errors.js';
import type { EdxmlStatus } from '../../formats/edxml/types.js';

/**
 * Status packages (gói tin trạng thái, edxml.md §8): header only, no trace, no body.
 *
 * @module
 */

const E = edxmlName;
const text = edxmlText;

/**
 * Writes a status package for codes 01–06, 13, 15, 16, in the layout of the VPCP samples.
 *
 * @throws {@link EdxmlValidationError} on an unknown code or a missing OrganId.
 * @example
 * ```ts
 * toEdxmlStatus({ code: '03', from: { name: 'UBND tỉnh Nghệ An', code: '000.00.00.H41' },
 *   responseFor: { organId: '000.00.13.H53', code: '125/STTTT-CNTT' }, timestamp: '2024-03-15T17:02:44+07:00' });
 * ```
 */
export function toEdxmlStatus(status: EdxmlStatus): string {
  const problems: EdxmlProblem[] = [];
  const need = (ok: unknown, id: DiagnosticCode, element: string, vi: string, en: string) => {
    if (!ok) problems.push(codeDiagnostic(id, { vi, en }, { path: element, severity: 'error' }));
  };
  need(
    STATUS_CODES.includes(status.code),
    'edxml/status-code',
    'MessageHeader/StatusCode',
    `Mã trạng thái là 01–06, 13, 15 hoặc 16 (đang là "${status.code}")`,
    `The status code is one of 01–06, 13, 15, 16 (found "${status.code}")`,
  );
  need(
    status.from.code,
    'edxml/from-organ-id',
    'MessageHeader/From/OrganId',
    'Cơ quan báo trạng thái phải có mã định danh (from.code)',
    'The reporting agency must have its mã định danh (from.code)',
  );
  need(
    status.responseFor.organId,
    'edxml/response-for',
    'MessageHeader/ResponseFor/OrganId',
    'responseFor.organId phải có giá trị',
    'responseFor.organId must not be empty',
  );
  need(
    status.responseFor.code,
    'edxml/response-for',
    'MessageHeader/ResponseFor/Code',
    'responseFor.code phải có giá trị',
    'responseFor.code must not be empty',
  );
  need(
    !Number.isNaN(Date.parse(status.timestamp)),
    'edxml/timestamp',
    'MessageHeader/Timestamp',
    `Thời điểm phải theo ISO 8601 (đang là "${status.timestamp}")`,
    `The timestamp must be an ISO 8601 moment (found "${status.timestamp}")`,
  );
  if (problems.length > 0) throw new EdxmlValidationError(problems);
  const header: Markup = {
    name: E('MessageHeader'),
    children: [
      ...organizationElement('From', status.from, status.from.code),
      {
        name: E('ResponseFor'),
        children: [
          ...text('OrganId', status.responseFor.organId),
          ...text('Code', status.responseFor.code),
          ...text('DocumentId', status.responseFor.documentId),
          ...text(
            'PromulgationDate',
            status.responseFor.promulgationDate && toEdxmlDate(status.responseFor.promulgationDate),
          ),
        ],
      },
      ...staffElement(status.staff),
      ...text('StatusCode', status.code),
      ...text('Description', status.description),
      ...text('Timestamp', toEdxmlTimestamp(status.timestamp)),
    ],
  };
  return serializeMarkup({
    name: 'edXML',
    attributes: [['xmlns', EDXML_NAMESPACE]],
    children: [
      {
        name: E('edXMLEnvelope'),
        attributes: [['xmlns:edXML', EDXML_NAMESPACE]],
        children: [{ name: E('edXMLHeader'), children: [header] }],
      },
    ],
  });
}
