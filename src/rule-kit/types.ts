import type { z } from 'zod';
import type { Fix, FixSafety, LocalizedText, Severity } from '../diagnostics/diagnostic.js';
import type { DocumentInput, VanbanDocument } from '../model/document.js';
import type { DigitalSignatureFacts } from '../model/digital-signatures.js';
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
  /** The file's digital signatures (a PDF read with its signatures); absent when the input carries none to read. */
  readonly signatures?: DigitalSignatureFacts;
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
  /** The file's digital signatures, for rules that read them. */
  readonly signatures?: DigitalSignatureFacts;
  readonly options?: unknown;
  /** Invalid examples: the paths reported, in order. */
  readonly paths?: readonly string[];
  /** Invalid examples: the fix of the first finding applied gives no finding any more (safe and guarded fixes). */
  readonly fixable?: boolean;
}

/** A rule's examples: documents it passes and documents it reports. */
export interface RuleExamples {
  readonly valid: readonly RuleExample[];
  readonly invalid: readonly RuleExample[];
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
   * Reads the file's digital signatures: without them (a text, a DOCX, a model: inputs that carry
   * none) the rule does not apply. Default false.
   */
  readonly needsSignatures?: boolean;
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
  /**
   * Whether Thông tư 01/2011/TT-BNV, in force before Decree 30 (05/03/2020), asked the same: `same`
   * rules also judge an older document; any other rule (what Decree 30 introduced or changed, or
   * what the spec does not know of the older text) does not (nd30.md §7.1).
   */
  readonly underCircular01?: 'same';
  /**
   * Examples that pass and examples that fail, run by the rule tester and shown on the rule's page.
   * vanban's own rules keep theirs in `examples.ts` beside the rule, so that importing the package
   * builds none; an agency's rule may give them here.
   */
  readonly examples?: RuleExamples;
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

/** What a cross-document check keeps between documents and says of each new one. */
export interface CrossDocumentCheck {
  /** Records `document` and returns the findings it gives against the documents seen before. */
  check(document: VanbanDocument): Finding[];
}

/**
 * A rule over many documents (the register of a year, say): it cannot judge one document alone, so
 * `validate` does not run it; a register made by `createRegistryCheck` does, document by document.
 */
export interface CrossDocumentRule {
  readonly meta: Omit<RuleMeta, 'examples' | 'options' | 'needsLayout' | 'needsSignatures'>;
  /** A fresh check with nothing seen yet. */
  createCheck(): CrossDocumentCheck;
}

/** An example of a cross-document rule: the documents seen before, then the one judged. */
export interface CrossDocumentExample {
  readonly name: string;
  readonly seen: readonly DocumentInput[];
  readonly document: DocumentInput;
  /** Invalid examples: the paths reported, in order. */
  readonly paths?: readonly string[];
}

/** A cross-document rule's examples. */
export interface CrossDocumentExamples {
  readonly valid: readonly CrossDocumentExample[];
  readonly invalid: readonly CrossDocumentExample[];
}
