/**
 * The recogniser: lines with their formatting and places in, model fields and sources out. Every
 * reader that sees a page (text, DOCX, PDF) decodes its format into {@link TextLine}s and calls
 * {@link readLines}.
 *
 * @module
 */
export type { LineRegion, ReadResult, TextLine } from './lines.js';
export { readLines, type ReadLinesOptions } from './read-lines.js';
