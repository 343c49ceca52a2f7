/**
 * edXML writer (QCVN 102:2016/BTTTT): document and status packages.
 *
 * @module
 */
export * from '../../formats/edxml/codes.js';
export { EdxmlValidationError, type EdxmlProblem } from './errors.js';
export {
  composeDocumentId,
  documentIdMismatches,
  EDXML_LENGTH_LIMITS,
  isOrganIdShaped,
  ORGAN_ID_PATTERN,
  type DocumentIdParts,
  type EdxmlLengthLimit,
} from '../../formats/edxml/field-rules.js';
export type { EdxmlAttachment, EdxmlProfile, EnvelopeSignatureFields, ToEdxmlOptions } from './options.js';
export { edxmlRoundTripView, type EdxmlRoundTripView } from './round-trip.js';
export { toEdxmlStatus } from './status.js';
export { appendixName, checkEdxml, toEdxml } from './to-edxml.js';
export type * from '../../formats/edxml/types.js';
