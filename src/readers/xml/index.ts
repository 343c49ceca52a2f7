/**
 * Reader of vanban's own XML.
 *
 * @module
 */
export { parseXml, type ParseXmlOptions, type ParseXmlResult } from './parse-xml.js';
