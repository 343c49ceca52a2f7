/**
 * Reader of vanban's own XML.
 *
 * @module
 */
export { parseXml, type ParseXmlOptions, type ParseXmlResult } from './parse-xml.js';
/** Size, depth and element-count limits of the safe XML parser, shared by every XML reader. */
export type { XmlLimits } from '../../formats/xml/parse.js';
