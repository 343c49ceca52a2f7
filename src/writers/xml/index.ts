/**
 * vanban's own XML writer and its XSD.
 *
 * @module
 */
export { toXml } from './to-xml.js';
export { vanbanXsd } from '../../formats/vanban-xml/xsd.js';
export { VANBAN_XML_NAMESPACE } from '../../formats/vanban-xml/model-shape.js';
