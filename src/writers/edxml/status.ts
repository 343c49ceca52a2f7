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
  if (!STATUS_CODES.includes(status.code))
    problems.push({
      severity: 'error',
      element: 'MessageHeader/StatusCode',
      message: `unknown status code "${status.code}" (01–06, 13, 15, 16)`,
    });
  if (!status.from.code)
    problems.push({
      severity: 'error',
      element: 'MessageHeader/From/OrganId',
      message: 'the reporting agency has no mã định danh (from.code)',
    });
  if (!status.responseFor.organId)
    problems.push({
      severity: 'error',
      element: 'MessageHeader/ResponseFor/OrganId',
      message: 'responseFor.organId is empty',
    });
  if (!status.responseFor.code)
    problems.push({
      severity: 'error',
      element: 'MessageHeader/ResponseFor/Code',
      message: 'responseFor.code is empty',
    });
  if (Number.isNaN(Date.parse(status.timestamp)))
    problems.push({
      severity: 'error',
      element: 'MessageHeader/Timestamp',
      message: `"${status.timestamp}" is not an ISO 8601 moment`,
    });
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
