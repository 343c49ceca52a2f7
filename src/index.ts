/**
 * vanban: Vietnamese administrative documents (văn bản hành chính) as laid down by
 * Nghị định 30/2020/NĐ-CP: one typed model, readers, a validator and writers.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './diagnostics/index.js';
export { VERSION } from './version.js';
export * from './grammar/index.js';
export * from './model/index.js';
export * from './registry/index.js';
export * from './recognize/index.js';
export * from './readers/text/index.js';
export * from './readers/docx/index.js';
export * from './readers/edxml/index.js';
export * from './readers/xml/index.js';
export * from './readers/pdf/index.js';
export * from './readers/rows/index.js';
export * from './edit/index.js';
export * from './rule-kit/index.js';
export * from './rules/index.js';
export * from './validate/index.js';
export { checkEdxmlPackage, createRegistryCheck, validate } from './validator.js';
export * from './writers/text/index.js';
export * from './writers/docx/index.js';
export * from './writers/edxml/index.js';
export * from './writers/xml/index.js';
export * from './writers/pdf/index.js';
