import { type Diagnostic, sourceOf } from '../diagnostics/diagnostic.js';
import { ruleDocsUrl } from '../diagnostics/url.js';
import type { VanbanDocument } from '../model/document.js';
import type { CrossDocumentRule } from '../rule-kit/types.js';

/**
 * Runs the cross-document rules over documents one after another (a year's register, a batch of
 * outgoing letters).
 *
 * @module
 */

/** A register of documents seen, judging each new one against them. */
export interface RegistryCheck {
  /** Records the document and returns what the cross-document rules find against the documents seen before. */
  check(document: VanbanDocument): Diagnostic[];
}

/** A register running `rules` (the public `createRegistryCheck` runs the Decree 30 ones). */
export function registryCheckOf(rules: readonly CrossDocumentRule[]): RegistryCheck {
  const checks = rules.map((rule) => ({ rule, check: rule.createCheck() }));
  return {
    check(document) {
      return checks.flatMap(({ rule, check }) =>
        check.check(document).map((finding): Diagnostic => ({
          source: sourceOf(rule.meta.id),
          id: rule.meta.id,
          severity: finding.severity ?? rule.meta.severity,
          message: finding.message,
          path: finding.path,
          ...(finding.actual !== undefined && { actual: finding.actual }),
          ...(finding.expected !== undefined && { expected: finding.expected }),
          url: rule.meta.url ?? ruleDocsUrl(rule.meta.id),
        })),
      );
    },
  };
}
