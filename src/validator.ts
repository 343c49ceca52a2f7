import { CROSS_DOCUMENT_RULES, RULES } from './rules/index.js';
import { checkPackage, type CheckEdxmlPackageOptions, type EdxmlPackageReport } from './validate/edxml-package.js';
import { type RegistryCheck, registryCheckOf } from './validate/registry-check.js';
import { type ReaderOutput, runRules, type ValidateOptions } from './validate/engine.js';
import type { ValidationReport } from './validate/report.js';
import type { VanbanDocument } from './model/document.js';

/**
 * The validator as the package offers it: the engine bound to the Decree 30 rule set.
 *
 * @module
 */

/**
 * Checks a document against the Decree 30 rules and returns every finding with its place, what was
 * expected and a fix when one exists, and how each rule came out. Given a reader's whole result, the
 * reader's own diagnostics (tracked changes, macros, text it could not place) come first in the report.
 *
 * The report's `verdict` tells a document that failed a rule (`non-compliant`) from one that could
 * not be fully judged (`incomplete`: layout rules without layout facts) and from one that no rule
 * applies to (`not-judged`: a Party or QPPL document); `compliant` is true only for `compliant`.
 *
 * @param input The document, or a reader's whole result (`{ document, sources, layout?, diagnostics }`).
 * @throws {@link InvalidRuleConfigError} when `options.rules` names unknown rules or bad options.
 * @example
 * ```ts
 * const report = validate(parseText(text));
 * for (const d of report.diagnostics) console.log(d.id, d.message.vi);
 * ```
 */
export function validate(input: VanbanDocument | ReaderOutput, options: ValidateOptions = {}): ValidationReport {
  return runRules(RULES, input, options);
}

/**
 * Creates a register for the Decree 30 cross-document rules (`nd30/dieu-15/so-trung`: the same số,
 * ký hiệu and issuer twice in a year; Điều 15, PL VI Part I.III).
 *
 * @example
 * ```ts
 * const register = createRegistryCheck();
 * for (const doc of outgoing) for (const d of register.check(doc)) console.log(d.message.vi);
 * ```
 */
export function createRegistryCheck(): RegistryCheck {
  return registryCheckOf(CROSS_DOCUMENT_RULES);
}

/**
 * Judges an edXML package with its document: the attached PDF or DOCX (the one whose number and
 * notation are the header's, else the first readable, PDFs first) is read and validated as
 * {@link validate} does, and the header's number, notation, date, issuer, subject and signer are
 * checked against it (`edxml/header-mismatch`, an error that makes the verdict `non-compliant`). A
 * package without a readable attachment is `not-judged`, with `reason`. Asynchronous, unlike
 * `validate`, because reading a PDF or a DOCX is; `vanban validate x.edxml` runs it.
 *
 * @param input The package, as bytes or text.
 * @throws {@link InvalidRuleConfigError} when `options.rules` names unknown rules or bad options;
 *   the package reader's errors (malformed XML, a limit) as `parseEdxml` throws them.
 * @example
 * ```ts
 * const report = await checkEdxmlPackage(readFileSync('incoming.edxml'));
 * report.attachment?.name; // "507-UBND-KGVX.pdf"
 * report.verdict; // 'compliant' | 'non-compliant' | 'incomplete' | 'not-judged'
 * ```
 */
export function checkEdxmlPackage(
  input: string | Uint8Array,
  options: CheckEdxmlPackageOptions = {},
): Promise<EdxmlPackageReport> {
  return checkPackage(RULES, input, options);
}
