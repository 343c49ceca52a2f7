import { VERSION } from '../version.js';

/**
 * Absolute links to the pages that explain each diagnostic id. The pages ship in the package
 * (`docs/rules/`, `docs/diagnostics/`), so a versioned package CDN serves the page of the version
 * that produced the finding.
 *
 * @module
 */

/** Where the docs of this version of vanban are served. */
export const DOCS_BASE_URL = `https://unpkg.com/vanban@${VERSION}/docs/`;

/** The page of a validator rule: `nd30/pl1/ngay-thang` → `…/docs/rules/nd30/pl1/ngay-thang.md`. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleDocsPath(ruleId)}`;
}

/** The page of a rule, relative to the repository root: `docs/rules/<id>.md`. */
export function ruleDocsPath(ruleId: string): string {
  return `rules/${ruleId}.md`;
}

/** The page of a reader, model or exchange code: `docx/tracked-changes` → `…/docs/diagnostics/docx.md#tracked-changes`. */
export function codeDocsUrl(id: string): string {
  const slash = id.indexOf('/');
  return `${DOCS_BASE_URL}diagnostics/${id.slice(0, slash)}.md#${id.slice(slash + 1)}`;
}
