/**
 * The layout plan every page-laying writer shares (DOCX, PDF): the page, the margins and their
 * ranges, the sizes of each part under each size set, the columns, the gaps and the lines, so that
 * a document looks the same whichever format it is written in.
 *
 * @module
 */

export * from './closing.js';
export * from './columns.js';
export * from './lines.js';
export * from './page.js';
export * from './sizes.js';
export * from './spacing.js';
export * from './table.js';
