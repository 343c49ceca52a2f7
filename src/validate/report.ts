import type { Diagnostic, LocalizedText } from '../diagnostics/diagnostic.js';
import type { Baseline, RuleOutcome } from '../rule-kit/types.js';

/**
 * The validator's report: findings, how each rule came out, and the verdict.
 *
 * @module
 */

/** Coverage of one rule on one document. */
export interface RuleCoverage {
  readonly ruleId: string;
  readonly outcome: RuleOutcome;
}

/**
 * How a document came out as a whole:
 * - `compliant`: at least one rule applied, and every applicable rule passed;
 * - `non-compliant`: an applicable rule failed;
 * - `incomplete`: none failed, but some applicable rule could not be evaluated (a layout rule on a
 *   document without layout facts, a part the input lost), so compliance is not shown; or the input
 *   holds too little to judge (no issuer, no kind);
 * - `not-judged`: no rule applied at all (a Party or QPPL document, which Decree 30 does not
 *   govern, or an empty rule set), or the reader could read no document from the file (a scan
 *   without OCR): the validator says nothing about it.
 */
export type Verdict = 'compliant' | 'non-compliant' | 'incomplete' | 'not-judged';

/** The validator's report. */
export interface ValidationReport {
  /** The reader's diagnostics (when a reader's result was validated), then the rules' findings, in input order. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every configured rule and how it came out. */
  readonly coverage: readonly RuleCoverage[];
  /**
   * True only when at least one rule applied and no applicable rule failed or went unevaluated:
   * the same as `verdict === 'compliant'`. A document no rule applies to is never compliant (see
   * {@link ValidationReport.verdict} for why it is not).
   */
  readonly compliant: boolean;
  /** The whole outcome, telling a failed document from one that was not (fully) judged. */
  readonly verdict: Verdict;
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly passed: number;
    readonly failed: number;
    readonly notApplicable: number;
    readonly notEvaluated: number;
  };
  readonly baseline: Baseline;
  /**
   * Why the verdict is not simply the rules' outcome, in both languages: the parts the input lost,
   * the layout facts a text lacks, the regime or the time the document belongs to, a draft.
   */
  readonly reasons: readonly LocalizedText[];
  /** Parts the reader could not find in its input (lost by the copy): nothing is said about them. */
  readonly unread: readonly string[];
  /**
   * The rules the document was judged by: Decree 30's, or (issued before 05/03/2020) those Thông tư 01/2011
   * shares with it, or none (`unknown`: issued before that circular took effect, under rules not known here).
   */
  readonly rulesInForce: 'nd30' | 'tt01-2011' | 'unknown';
  /** The document is a draft: its number and date are given at issuance and were not asked for. */
  readonly draft: boolean;
}
