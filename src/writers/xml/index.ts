/**
 * vanban's own XML writer and its XSD.
 *
 * @module
 */
export { toXml } from './to-xml.js';
export { vanbanXsd } from './xsd.js';
export { VANBAN_XML_NAMESPACE } from './model-shape.js';
