/**
 * edXML reader (QCVN 102:2016/BTTTT): document and status packages.
 *
 * @module
 */
export type { AttachmentLimits, ReadAttachment } from './attachments.js';
export type { EdxmlHeader } from './header.js';
export { parseEdxml, type ParseEdxmlOptions, type ParseEdxmlResult } from './parse-edxml.js';
export { parseEdxmlStatus, type ParseEdxmlStatusResult } from './status.js';
