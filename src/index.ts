/**
 * vanban: Vietnamese administrative documents (văn bản hành chính) as laid down by
 * Nghị định 30/2020/NĐ-CP: one typed model, readers, a validator and writers.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './grammar/index.js';
export * from './model/index.js';
export * from './registry/index.js';
