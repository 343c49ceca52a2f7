/**
 * Scores the validator's findings against hand-written labels of the true Decree 30 deviations of
 * real documents (test/validate/labels, test/validate/holdout-labels; README.md there says how they
 * were written). Pure: labels and diagnostics in, counts out.
 *
 * Matching, one finding to one label:
 * - Only errors and warnings count; infos (the "./." end mark, legacy-type notes) are ignored.
 * - A finding matches a label with the same rule id on the same printed part. Parts compare by
 *   {@link partOf}: the model path and the printed path of the same part are one part (`notation`,
 *   `number` and `numberLine`; `place`, `date` and `placeDateLine`; `subject` and `subjectLine`;
 *   `archive` and `archive.line`; `distribution` and `distribution.heading`), list entries by index
 *   (`distribution.4`), signature fields by block and field (`signatures.0.authority`), body blocks by
 *   index (`body.3`, whatever field of the block).
 * - Body blocks are numbered by the reader, which may split or merge paragraphs: a body label also
 *   matches a finding of its rule on any body block whose source range covers the label's `line`.
 * - Among candidates, a finding of the label's severity is taken first. A match with another
 *   severity still counts as a true positive and is listed as a severity mismatch.
 * - Labels with `rule: null` (a deviation no rule checks yet) never match: they count as misses.
 * - Every finding left unmatched is a false positive: on a document the Decree does not govern
 *   (`notJudged`), on a part the copy lost (`unreadable`) or left undecidable (`undecidable`), or
 *   simply unlabelled.
 *
 * @module
 */
import type { Diagnostic as ValidationDiagnostic } from '../../src/diagnostics/diagnostic.js';

/** Severities a label can carry: infos are not labelled. */
export type LabelSeverity = 'error' | 'warning';

/** One true deviation of the printed document. */
export interface Label {
  /** The rule id that should report it, or null when no rule checks it yet (then see `wantedRule`). */
  readonly rule: string | null;
  /** For `rule: null`: the rule id that should exist or be extended to report it. */
  readonly wantedRule?: string;
  /** The model path (or printed path) of the part, as the validator names it. */
  readonly path: string;
  /** The line of the copy where the deviation is printed (1-based). */
  readonly line?: number;
  readonly severity: LabelSeverity;
  /** What is printed. */
  readonly found: string;
  /** What the Decree prescribes. */
  readonly expected: string;
  /** Why, in one line, with the nd30.md section. */
  readonly reason: string;
}

/** A part the copy lost or left undecidable, with why. */
export interface LostPart {
  /** Model path of the part; covers everything under it (`distribution` covers `distribution.4`). */
  readonly path: string;
  readonly reason: string;
}

/** The labels of one document. */
export interface DocumentLabels {
  /** File name in the corpus (or the bulk folder, for the held-out set). */
  readonly file: string;
  readonly title?: string;
  readonly kind?: string;
  /** `nd30`, `pre-nd30` (judged only by rules Thông tư 01/2011 shares), `dang`, `quy-pham-phap-luat`, `template`. */
  readonly regime: string;
  /** What kind of copy the file is (PDF text layer, TVPL markdown, OCR …). */
  readonly copy?: string;
  /** Set when Decree 30 does not govern the document: every finding on it is a false positive. */
  readonly notJudged?: string;
  readonly labels: readonly Label[];
  /** Parts the copy lost: the validator should say "incomplete", not flag them. */
  readonly unreadable?: readonly LostPart[];
  /** Parts whose deviation the copy leaves undecidable (a copy artefact); findings there are false positives. */
  readonly undecidable?: readonly LostPart[];
  readonly notes?: readonly string[];
}

/** A label and the finding that matched it. */
export interface Match {
  readonly label: Label;
  readonly finding: ValidationDiagnostic;
}

/** Why a finding is a false positive. */
export type FalsePositiveCause = 'not-judged' | 'unreadable' | 'undecidable' | 'unlabelled';

/** A finding no label matched. */
export interface FalsePositive {
  readonly finding: ValidationDiagnostic;
  readonly cause: FalsePositiveCause;
}

/** How the validator did on one document. */
export interface DocumentScore {
  readonly file: string;
  readonly truePositives: readonly Match[];
  readonly falsePositives: readonly FalsePositive[];
  /** Labels no finding matched, `rule: null` labels included. */
  readonly misses: readonly Label[];
  /** True positives whose finding has another severity than the label. */
  readonly severityMismatches: readonly Match[];
}

/** Counts and ratios over several documents. */
export interface Totals {
  readonly documents: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** tp / (tp + fp); 1 when nothing was reported. */
  readonly precision: number;
  /** tp / (tp + fn); 1 when nothing was labelled. */
  readonly recall: number;
}

const SEVERITIES = new Set(['error', 'warning']);

/** Model and printed paths of one printed part, mapped to the part's name. */
const SAME_PART: Readonly<Record<string, string>> = {
  number: 'numberLine',
  notation: 'numberLine',
  numberLine: 'numberLine',
  place: 'placeDateLine',
  date: 'placeDateLine',
  placeDateLine: 'placeDateLine',
  subject: 'subject',
  subjectLine: 'subject',
  'recipients.heading': 'recipients',
  'distribution.heading': 'distribution',
  archive: 'archive',
  'archive.line': 'archive',
  archiveCopies: 'archive',
  drafter: 'archive',
};

/**
 * The printed part a path names: model and printed paths of one part are one part, list entries keep
 * their index, signature fields their block and field, body blocks their index.
 */
export function partOf(path: string): string {
  const same = SAME_PART[path];
  if (same) return same;
  const segments = path.split('.');
  const [head, index, field] = segments;
  if (head === 'drafter' || head === 'archive') return 'archive';
  if (head === 'issuer') return 'issuer';
  if ((head === 'body' || head === 'appendices') && index !== undefined) return `${head}.${index}`;
  if ((head === 'recipients' || head === 'distribution') && index !== undefined) return `${head}.${index}`;
  if (head === 'signatures' && index !== undefined)
    return field === undefined ? `signatures.${index}` : `signatures.${index}.${field}`;
  return path;
}

/** True when `path` names `part` or a part under it (`distribution` covers `distribution.4`). */
export function isUnder(path: string, part: string): boolean {
  const a = partOf(path);
  const b = partOf(part);
  return a === b || a.startsWith(`${b}.`);
}

const isBody = (part: string) => part === 'body' || part.startsWith('body.') || part.startsWith('appendices.');

/** True when the finding's source range covers `line`. */
function covers(finding: ValidationDiagnostic, line: number | undefined): boolean {
  const range = finding.place;
  return line !== undefined && range !== undefined && range.line <= line && line <= range.endLine;
}

/**
 * Matches the validator's errors and warnings on one document to its labels (see the module
 * comment for the rules) and sorts the rest into false positives and misses.
 */
export function scoreDocument(labels: DocumentLabels, diagnostics: readonly ValidationDiagnostic[]): DocumentScore {
  // The rules' findings only: the reader's own diagnostics, also in the report, are not verdicts.
  const findings = diagnostics.filter((d) => d.source === 'nd30' && SEVERITIES.has(d.severity));
  if (labels.notJudged !== undefined)
    return {
      file: labels.file,
      truePositives: [],
      falsePositives: findings.map((finding) => ({ finding, cause: 'not-judged' })),
      misses: [],
      severityMismatches: [],
    };
  const taken = new Set<number>();
  const matched = new Map<Label, ValidationDiagnostic>();
  const passes: ((label: Label, finding: ValidationDiagnostic) => boolean)[] = [
    (l, f) => partOf(l.path) === partOf(f.path ?? '') && l.severity === f.severity,
    (l, f) => partOf(l.path) === partOf(f.path ?? ''),
    (l, f) => isBody(partOf(l.path)) && isBody(partOf(f.path ?? '')) && covers(f, l.line),
  ];
  for (const pass of passes)
    for (const label of labels.labels) {
      if (label.rule === null || matched.has(label)) continue;
      const i = findings.findIndex((f, n) => !taken.has(n) && f.id === label.rule && pass(label, f));
      if (i < 0) continue;
      taken.add(i);
      matched.set(label, findings[i]!);
    }
  const truePositives = labels.labels
    .filter((l) => matched.has(l))
    .map((label) => ({ label, finding: matched.get(label)! }));
  const lostIn = (parts: readonly LostPart[] | undefined, path: string) =>
    (parts ?? []).some((p) => isUnder(path, p.path));
  const falsePositives = findings
    .filter((_, n) => !taken.has(n))
    .map((finding): FalsePositive => ({
      finding,
      cause: lostIn(labels.unreadable, finding.path ?? '')
        ? 'unreadable'
        : lostIn(labels.undecidable, finding.path ?? '')
          ? 'undecidable'
          : 'unlabelled',
    }));
  return {
    file: labels.file,
    truePositives,
    falsePositives,
    misses: labels.labels.filter((l) => !matched.has(l)),
    severityMismatches: truePositives.filter((m) => m.label.severity !== m.finding.severity),
  };
}

/** Sums document scores into counts, precision and recall. */
export function totals(scores: readonly DocumentScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.misses.length, 0);
  return {
    documents: scores.length,
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** False positives counted by rule id, most frequent first (ties by rule id). */
export function falsePositivesByRule(scores: readonly DocumentScore[]): [ruleId: string, count: number][] {
  const counts = new Map<string, number>();
  for (const s of scores)
    for (const { finding } of s.falsePositives) counts.set(finding.id, (counts.get(finding.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Misses counted by the rule that should report them (`wantedRule` for unchecked deviations, marked "(no rule)"). */
export function missesByRule(scores: readonly DocumentScore[]): [ruleId: string, count: number][] {
  const counts = new Map<string, number>();
  for (const s of scores)
    for (const l of s.misses) {
      const key = l.rule ?? `${l.wantedRule ?? '?'} (no rule)`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Thrown when a labels file does not have the shape of {@link DocumentLabels}. */
export class InvalidLabelsError extends Error {
  constructor(file: string, problem: string) {
    super(`Invalid labels file ${file}: ${problem}`);
    this.name = 'InvalidLabelsError';
  }
}

/** Checks the shape of a parsed labels file and returns it typed. */
export function parseLabels(json: unknown, file: string): DocumentLabels {
  const fail = (problem: string): never => {
    throw new InvalidLabelsError(file, problem);
  };
  if (typeof json !== 'object' || json === null) return fail('not an object');
  const doc = json as Record<string, unknown>;
  if (typeof doc['file'] !== 'string') fail('"file" must be a string');
  if (typeof doc['regime'] !== 'string') fail('"regime" must be a string');
  if (!Array.isArray(doc['labels'])) fail('"labels" must be an array');
  (doc['labels'] as unknown[]).forEach((raw, i) => {
    const l = raw as Record<string, unknown>;
    if (l['rule'] !== null && typeof l['rule'] !== 'string') fail(`labels[${i}].rule must be a rule id or null`);
    if (l['rule'] === null && typeof l['wantedRule'] !== 'string') fail(`labels[${i}] has rule null and no wantedRule`);
    if (typeof l['path'] !== 'string') fail(`labels[${i}].path must be a string`);
    if (!SEVERITIES.has(l['severity'] as string)) fail(`labels[${i}].severity must be error or warning`);
    for (const key of ['found', 'expected', 'reason'])
      if (typeof l[key] !== 'string') fail(`labels[${i}].${key} must be a string`);
  });
  if (doc['notJudged'] !== undefined && (doc['labels'] as unknown[]).length > 0)
    fail('a not-judged document has no labels');
  return json as DocumentLabels;
}
