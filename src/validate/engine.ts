import { type Diagnostic, type LocalizedText, type Severity, sourceOf } from '../diagnostics/diagnostic.js';
import { ruleDocsUrl } from '../diagnostics/url.js';
import type { VanbanDocument } from '../model/document.js';
import type { ReadDocument } from '../model/read-document.js';
import { judgementOf, type RulesInForceOption } from './judgement.js';
import type { DigitalSignatureFacts } from '../model/digital-signatures.js';
import type { LayoutFacts } from '../model/layout.js';
import type { SourceMap } from '../model/source.js';
import { kindInfo } from '../registry/kinds.js';
import { type ConfiguredRule, type Preset, type RulesConfig, resolveRules } from './config.js';
import type { AnyRule, Baseline, Finding, RuleContext, RuleOutcome } from '../rule-kit/types.js';
import type { RuleCoverage, ValidationReport, Verdict } from './report.js';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** Where each field came from (the text or DOCX reader's `sources`). */
  readonly sources?: SourceMap;
  /** Layout facts (DOCX reader or writer); without them, layout rules are not evaluated. */
  readonly layout?: LayoutFacts;
  /** The file's digital signatures (the PDF reader's `signatures`); without them, signature rules are not evaluated. */
  readonly signatures?: DigitalSignatureFacts;
  /** Per-rule settings over the preset. */
  readonly rules?: RulesConfig;
  readonly preset?: Preset;
  /** The language `message` is read in first by a CLI; both languages are always given. */
  readonly locale?: 'vi' | 'en';
  /** `tt01-2011`: explain in each diagnostic what an old-style (Thông tư 01/2011) document must change. */
  readonly baseline?: Baseline;
  /**
   * Which rules judge the document: `by-date` (default) judges a document issued before Decree 30
   * took effect (05/03/2020) by the rules Thông tư 01/2011/TT-BNV shares with it only; `nd30` always
   * by Decree 30's.
   */
  readonly rulesInForce?: RulesInForceOption;
  /** Rules to run instead of the default set (an agency's own rules plus ours). */
  readonly registry?: readonly AnyRule[];
}

/** A reader's whole result, accepted by {@link validate} in place of the document. */
export interface ReaderOutput {
  /** The document as read: its kind and issuer may be absent when the input did not show them. */
  readonly document: ReadDocument;
  readonly sources?: SourceMap;
  readonly layout?: LayoutFacts;
  readonly diagnostics?: readonly Diagnostic[];
  /** Parts the input lost (see `ReadResult.unread`): nothing is said about them. */
  readonly unread?: readonly string[];
  /**
   * The file's digital signatures, as the PDF reader gives them (`parsePdf(…).signatures`): the
   * signer's and the organisation's signatures, their times and where they show (nd30.md §4).
   */
  readonly signatures?: DigitalSignatureFacts;
  /**
   * Set when the reader could read no document from the file (a scan without OCR, a file of
   * several documents): nothing is judged, the verdict is `not-judged`, and the reader's
   * diagnostics say why. The PDF reader sets it for a file without a text layer.
   */
  readonly nothingRead?: boolean;
}

const EMPTY_SOURCES: SourceMap = Object.freeze({});
const resolved = new WeakMap<readonly AnyRule[], WeakMap<RulesConfig, Map<Preset, ConfiguredRule[]>>>();
const NO_SETTINGS: RulesConfig = Object.freeze({});

function configuredRules(ruleSet: readonly AnyRule[], preset: Preset, settings: RulesConfig): ConfiguredRule[] {
  // Resolving parses every option schema: cache it per rule set and settings object for batch runs.
  let bySettings = resolved.get(ruleSet);
  if (!bySettings) resolved.set(ruleSet, (bySettings = new WeakMap()));
  let byPreset = bySettings.get(settings);
  if (!byPreset) bySettings.set(settings, (byPreset = new Map()));
  let rules = byPreset.get(preset);
  if (!rules) byPreset.set(preset, (rules = resolveRules(ruleSet, preset, settings)));
  return rules;
}

function isReaderOutput(input: ReadDocument | ReaderOutput): input is ReaderOutput {
  return 'document' in input && typeof input.document === 'object' && input.document !== null && !('kind' in input);
}

function applies(rule: AnyRule, document: VanbanDocument): boolean {
  const regimes = rule.meta.regimes ?? ['hanh-chinh'];
  if (!regimes.includes(document.regime)) return false;
  return rule.meta.kinds === undefined || rule.meta.kinds.includes(document.kind);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The engine: runs `ruleSet` (or `options.registry` in its place) over one document. The public
 * `validate` binds the Decree 30 rule set; an agency may run its own set through this.
 *
 * @throws {@link InvalidRuleConfigError} when `options.rules` names unknown rules or bad options.
 */
export function runRules(
  ruleSet: readonly AnyRule[],
  input: ReadDocument | ReaderOutput,
  options: ValidateOptions = {},
): ValidationReport {
  const read = isReaderOutput(input) ? input.document : input;
  const sources = options.sources ?? (isReaderOutput(input) ? input.sources : undefined) ?? EMPTY_SOURCES;
  const layout = options.layout ?? (isReaderOutput(input) ? input.layout : undefined);
  const signatures = options.signatures ?? (isReaderOutput(input) ? input.signatures : undefined);
  const nothingRead = isReaderOutput(input) && input.nothingRead === true;
  const baseline = options.baseline ?? 'nd30';
  const rules = configuredRules(
    options.registry ?? ruleSet,
    options.preset ?? 'recommended',
    options.rules ?? NO_SETTINGS,
  );
  const hasSources = sources !== EMPTY_SOURCES && Object.keys(sources).length > 0;
  // The reader's diagnostics come first: at the same place, what the reader saw precedes what a rule made of it.
  const diagnostics: Diagnostic[] = isReaderOutput(input) ? [...(input.diagnostics ?? [])] : [];
  const judgement = judgementOf(read, isReaderOutput(input) ? (input.unread ?? []) : [], options);
  const coverage: RuleCoverage[] = [];
  let passed = 0;
  let failed = 0;
  let notApplicable = 0;
  let notEvaluated = 0;
  let suppressed = false;
  const document = judgement.document;
  const kind = document && kindInfo(document.kind);
  for (const { rule, severity, options: ruleOptions } of rules) {
    let outcome: RuleOutcome;
    if (!document || !kind) outcome = 'not-evaluated';
    // A document the reader could not read (a scan) has no parts to judge: every rule would only find them missing.
    else if (nothingRead) outcome = 'not-evaluated';
    else if (!applies(rule, document) || !judgement.inForce(rule)) outcome = 'not-applicable';
    else if (rule.meta.needsLayout && !layout) outcome = 'not-evaluated';
    // No signature facts: the input cannot carry a digital signature (text, DOCX, a model), so the
    // rules on them do not apply to it; a PDF's reader always gives its signatures, none included.
    else if (rule.meta.needsSignatures && !signatures) outcome = 'not-applicable';
    else {
      const findings: Finding[] = [];
      const context: RuleContext = {
        document,
        kind,
        sources,
        hasSources,
        ...(layout && { layout }),
        ...(signatures && { signatures }),
        options: ruleOptions,
        baseline,
        report: (f) => void findings.push(f),
      };
      const said = rule.check(context);
      // One finding per cause: nothing is said of a part the input lost (the reader said so once).
      const kept = findings.filter((f) => !judgement.isUnread(f.path));
      if (kept.length < findings.length) suppressed = true;
      outcome = said ?? (kept.length > 0 ? 'failed' : findings.length > 0 ? 'not-evaluated' : 'passed');
      for (const f of kept) diagnostics.push(toDiagnostic(rule, severity, f, sources, baseline));
    }
    coverage.push({ ruleId: rule.meta.id, outcome });
    if (outcome === 'passed') passed++;
    else if (outcome === 'failed') failed++;
    else if (outcome === 'not-applicable') notApplicable++;
    else notEvaluated++;
  }
  diagnostics.sort(
    (a, b) => (a.place?.offset ?? Infinity) - (b.place?.offset ?? Infinity) || RANK[a.severity] - RANK[b.severity],
  );
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  const verdict = nothingRead ? 'not-judged' : verdictOf(failed, notEvaluated, passed);
  const reasons = [...judgement.reasons];
  if (nothingRead)
    reasons.push({ vi: 'Không đọc được văn bản nào từ tệp', en: 'No document could be read from the file' });
  const layoutRules = new Set(rules.filter((r) => r.rule.meta.needsLayout).map((r) => r.rule.meta.id));
  if (!layout && document && coverage.some((c) => c.outcome === 'not-evaluated' && layoutRules.has(c.ruleId)))
    reasons.push({
      vi: 'Không có thông tin trình bày (phông, cỡ chữ, lề): các quy tắc trình bày không được đánh giá',
      en: 'No layout facts (fonts, sizes, margins): the layout rules were not evaluated',
    });
  if (suppressed && judgement.unread.length === 0)
    reasons.push({ vi: 'Một số phần không đọc được', en: 'Some parts could not be read' });
  if (document && verdict === 'not-judged' && reasons.length === 0) reasons.push(REGIME_REASONS[document.regime]);
  if (verdict === 'incomplete' && reasons.length === 0) {
    const ids = coverage.filter((c) => c.outcome === 'not-evaluated').map((c) => c.ruleId);
    reasons.push({
      vi: `${ids.length} quy tắc không kiểm tra được: ${ids.join(', ')}`,
      en: `${ids.length} rule(s) could not be checked: ${ids.join(', ')}`,
    });
  }
  return {
    diagnostics,
    coverage,
    compliant: verdict === 'compliant',
    verdict,
    summary: { errors, warnings, infos, passed, failed, notApplicable, notEvaluated },
    baseline,
    reasons,
    unread: judgement.unread,
    rulesInForce: judgement.rulesInForce,
    draft: judgement.draft,
  };
}

/** Why nothing was judged when every rule was not applicable, by the document's regime. */
const REGIME_REASONS: Record<VanbanDocument['regime'], LocalizedText> = {
  'quy-pham-phap-luat': {
    vi: 'Văn bản quy phạm pháp luật: thể thức theo Nghị định 154/2020/NĐ-CP, không theo Nghị định 30',
    en: 'A legal normative document (QPPL): its form follows Decree 154/2020, not Decree 30',
  },
  dang: {
    vi: 'Văn bản của Đảng: thể thức theo Hướng dẫn 36-HD/VPTW, không theo Nghị định 30',
    en: 'A Party document: its form follows Hướng dẫn 36-HD/VPTW, not Decree 30',
  },
  cu: {
    vi: 'Văn bản theo quy định cũ: không quy tắc nào trong bộ quy tắc áp dụng',
    en: 'A document under older rules: no rule of the set applies to it',
  },
  'hanh-chinh': {
    vi: 'Không quy tắc nào trong bộ quy tắc áp dụng cho loại văn bản này',
    en: 'No rule of the set applies to this kind of document',
  },
};

/** A document is judged compliant only when some rule applied and every applicable one passed. */
function verdictOf(failed: number, notEvaluated: number, passed: number): Verdict {
  if (failed > 0) return 'non-compliant';
  if (notEvaluated > 0) return 'incomplete';
  // Every rule was not applicable (a Party or QPPL document, an empty registry): nothing was judged.
  return passed > 0 ? 'compliant' : 'not-judged';
}

function toDiagnostic(
  rule: AnyRule,
  configured: Severity,
  finding: Finding,
  sources: SourceMap,
  baseline: Baseline,
): Diagnostic {
  // A rule may lower a finding (a case-only deviation is a warning), never raise it over the configuration.
  const severity = finding.severity && RANK[finding.severity] > RANK[configured] ? finding.severity : configured;
  const span = spanOf(sources, finding.path);
  const tt01 = baseline === 'tt01-2011' ? rule.meta.tt01 : undefined;
  const message = tt01
    ? { vi: `${finding.message.vi} (${tt01.vi})`, en: `${finding.message.en} (${tt01.en})` }
    : finding.message;
  return {
    source: sourceOf(rule.meta.id),
    id: rule.meta.id,
    severity,
    message,
    path: finding.path,
    ...(span && { place: placeOf(span) }),
    ...(finding.actual !== undefined && { actual: finding.actual }),
    ...(finding.expected !== undefined && { expected: finding.expected }),
    ...(docsUrl(rule) !== undefined && { url: docsUrl(rule) }),
    ...(finding.fix && { fix: finding.fix }),
  };
}

/**
 * Where the input holds `path`, or the nearest part holding it: a finding on `body.3.title` is
 * placed at the block `body.3` when the reader recorded the block, not its title (every finding placed).
 */
function spanOf(sources: SourceMap, path: string): SourceMap[string] | undefined {
  for (let at = path; ; at = at.slice(0, at.lastIndexOf('.'))) {
    const span = sources[at];
    if (span) return span;
    if (!at.includes('.')) return undefined;
  }
}

/** The place of a source span, without its raw text. */
function placeOf(span: SourceMap[string]): Diagnostic['place'] {
  const { raw: _raw, ...place } = span;
  return place;
}

/** The page of a rule: its own url, else vanban's page for the Decree 30 rules. */
function docsUrl(rule: AnyRule): string | undefined {
  return rule.meta.url ?? (sourceOf(rule.meta.id) === 'nd30' ? ruleDocsUrl(rule.meta.id) : undefined);
}
