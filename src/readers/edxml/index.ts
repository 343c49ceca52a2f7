/**
 * edXML reader (QCVN 102:2016/BTTTT): document and status packages.
 *
 * @module
 */
export { type AttachmentLimits, DEFAULT_MAX_ATTACHMENT_BYTES, type ReadAttachment } from './attachments.js';
export type { EdxmlCheckOptions } from './checks.js';
export type { EdxmlHeader } from './header.js';
export { edxmlMaxLength, parseEdxml, type ParseEdxmlOptions, type ParseEdxmlResult } from './parse-edxml.js';
export { parseEdxmlStatus, type ParseEdxmlStatusResult } from './status.js';
