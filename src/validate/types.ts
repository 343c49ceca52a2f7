import type { z } from 'zod';
import type { Diagnostic, Fix, FixSafety, LocalizedText, Severity } from '../diagnostics/diagnostic.js';
import type { DocumentInput, VanbanDocument } from '../model/document.js';
import type { LayoutFacts } from '../model/layout.js';
import type { SourceMap } from '../model/source.js';
import type { DocumentKind, KindInfo, Regime } from '../registry/kinds.js';

/**
 * The shapes the validator works with: rules, their findings, fixes and the report.
 *
 * @module
 */

/** A rule's fix class: the three safeties, or `never` for rules that offer no fix. */
export type FixClass = FixSafety | 'never';

/** What a rule reports; the engine adds the rule id, severity, place and url. */
export interface Finding {
  readonly path: string;
  readonly message: LocalizedText;
  readonly actual?: string;
  readonly expected?: string;
  /** Overrides the configured severity for this finding (e.g. a case-only deviation is a warning). */
  readonly severity?: Severity;
  readonly fix?: Fix;
}

/** How one rule came out on one document. */
export type RuleOutcome = 'passed' | 'failed' | 'not-applicable' | 'not-evaluated';

/** Which presentation rules to judge by: Decree 30, or the older Thông tư 01/2011/TT-BNV to explain what must change. */
export type Baseline = 'nd30' | 'tt01-2011';

/** What a rule sees. */
export interface RuleContext<Options = unknown> {
  readonly document: VanbanDocument;
  /** Facts of the document's kind. */
  readonly kind: KindInfo;
  /** Empty when the document did not come from a reader. */
  readonly sources: SourceMap;
  readonly hasSources: boolean;
  readonly layout?: LayoutFacts;
  /** The rule's options after its schema's defaults. */
  readonly options: Options;
  readonly baseline: Baseline;
  /** Reports a finding. */
  report(finding: Finding): void;
}

/** A rule example: a document (and its sources or layout) with the findings expected on it. */
export interface RuleExample {
  /** What the example shows, one line. */
  readonly name: string;
  readonly document: DocumentInput;
  readonly sources?: SourceMap;
  readonly layout?: LayoutFacts;
  readonly options?: unknown;
  /** Invalid examples: the paths reported, in order. */
  readonly paths?: readonly string[];
  /** Invalid examples: the fix of the first finding applied gives no finding any more (safe and guarded fixes). */
  readonly fixable?: boolean;
}

/** Everything a rule declares about itself. */
export interface RuleMeta<Options = unknown> {
  /** Mirrors the Decree: `nd30/pl1/...`, `nd30/pl3/...`, `nd30/dieu-N/...`. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /**
   * Absolute link to the rule's page. vanban's own rules link to their page in the package; an
   * agency's rule gives its own, or has none.
   */
  readonly url?: string;
  /** Legal locator, e.g. "Phụ lục I, mục I.II.4.b" (with the nd30.md section). */
  readonly legal: string;
  /** Rows of the nd30.md §7 checklist it covers. */
  readonly checklist?: readonly number[];
  readonly severity: Severity;
  /** Kinds it applies to; absent for every kind of its regimes. */
  readonly kinds?: readonly DocumentKind[];
  /** Regimes it judges; Party and QPPL documents are not judged by Decree 30 rules. Default `['hanh-chinh']`. */
  readonly regimes?: readonly Regime[];
  readonly needsLayout: boolean;
  /**
   * The least safe fix the rule may offer: a `guarded` rule emits safe or guarded fixes, never a
   * mere suggestion; `never` for rules that offer no fix (a layout fact, thẩm quyền, signer, substance).
   */
  readonly fixSafety: FixClass;
  /** Options schema; defaults fill what the configuration leaves out. */
  readonly options?: z.ZodType<Options>;
  /** In the `recommended` preset (default true); `strict` turns every rule on. */
  readonly recommended?: boolean;
  /** What changed from Thông tư 01/2011/TT-BNV, said to the author of an old-style document. */
  readonly tt01?: LocalizedText;
  readonly examples: { readonly valid: readonly RuleExample[]; readonly invalid: readonly RuleExample[] };
}

/** A rule: its meta and its check. The check returns an outcome only to say "not applicable" or "not evaluated". */
export interface Rule<Options = unknown> {
  readonly meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void | 'not-applicable' | 'not-evaluated';
}

/**
 * A rule of any options type, as registries hold them. `any` is unavoidable here: options differ per
 * rule, and the engine hands each rule the options its own schema parsed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

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
 *   document without layout facts), so compliance is not shown;
 * - `not-judged`: no rule applied at all (a Party or QPPL document, which Decree 30 does not
 *   govern, or an empty rule set): the validator says nothing about it.
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
}
