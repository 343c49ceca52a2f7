/**
 * Diagnostics: the one shape of problem every producer speaks (readers, the model check, the
 * exchange check, the validator's rules), the declared codes and the links to their pages.
 *
 * @module
 */
export * from './diagnostic.js';
export { codeDiagnostic, type DiagnosticDetails } from './build.js';
export { type CodeMeta, defineCodes } from './catalog.js';
export { CODE_SOURCES, DIAGNOSTIC_CODES, type DiagnosticCode } from './codes/index.js';
export { codeDocsUrl, DOCS_BASE_URL, ruleDocsUrl } from './url.js';
