/**
 * Runs the readers and the validator on every labelled document and scores the findings (see
 * precision.ts), for the precision test and for `scripts/precision-report.ts`. Reads files: Node only.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocx } from '../../src/readers/docx/index.js';
import { parseText } from '../../src/readers/text/index.js';
import type { ValidationReport } from '../../src/validate/report.js';
import { validate } from '../../src/validator.js';
import { CORPUS_DIR } from '../support/corpus.js';
import {
  type DocumentLabels,
  type FalsePositiveCause,
  type DocumentScore,
  falsePositivesByRule,
  missesByRule,
  parseLabels,
  scoreDocument,
  type Totals,
  totals,
} from './precision.js';

/** Labels of the shared corpus (the tuning set). */
export const CORPUS_LABELS_DIR = fileURLToPath(new URL('./labels', import.meta.url));
/** Labels of the held-out set, documents of the bulk folder (never tune rules on them). */
export const HOLDOUT_LABELS_DIR = fileURLToPath(new URL('./holdout-labels', import.meta.url));
/** The bulk folder: `$VANBAN_BULK`, else `corpus-bulk/tvpl` beside the corpus folder. */
export const BULK_DIR = process.env['VANBAN_BULK'] ?? join(CORPUS_DIR, '../corpus-bulk/tvpl');

/** A labelled set: its labels and where its documents are. */
export interface LabelledSet {
  readonly name: 'corpus' | 'held-out';
  readonly labelsDir: string;
  readonly documentsDir: string;
}

/** The two sets. */
export const SETS: readonly LabelledSet[] = [
  { name: 'corpus', labelsDir: CORPUS_LABELS_DIR, documentsDir: CORPUS_DIR },
  { name: 'held-out', labelsDir: HOLDOUT_LABELS_DIR, documentsDir: BULK_DIR },
];

/** One labelled document after reading, validating and scoring. */
export interface ScoredDocument {
  readonly labels: DocumentLabels;
  readonly report: ValidationReport;
  readonly score: DocumentScore;
}

/** Every labels file of a folder, parsed and checked, in file-name order. */
export function readLabels(dir: string): DocumentLabels[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseLabels(JSON.parse(readFileSync(join(dir, f), 'utf8')), f));
}

/** Reads a document with the reader its extension calls for and validates it. */
export async function validateFile(path: string): Promise<ValidationReport> {
  if (path.endsWith('.docx')) return validate(await parseDocx(new Uint8Array(readFileSync(path))));
  return validate(parseText(readFileSync(path, 'utf8')));
}

/** Reads, validates and scores every labelled document of a set. */
export async function scoreSet(set: LabelledSet): Promise<ScoredDocument[]> {
  const out: ScoredDocument[] = [];
  for (const labels of readLabels(set.labelsDir)) {
    const path = join(set.documentsDir, labels.file);
    if (!existsSync(path))
      throw new Error(`${set.name}: labelled document ${labels.file} not found in ${set.documentsDir}`);
    const report = await validateFile(path);
    out.push({ labels, report, score: scoreDocument(labels, report.diagnostics) });
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padEnd(n);

/** Options of {@link formatTable}. */
export interface TableOptions {
  /**
   * Sets shown document by document, with their false positives and misses by rule. The others get
   * their totals only: the held-out set's details are for its labeller, not for whoever tunes rules.
   */
  readonly details: ReadonlySet<string>;
}

const CAUSES: readonly FalsePositiveCause[] = ['not-judged', 'unreadable', 'undecidable', 'unlabelled'];

/**
 * The table the test prints: per document TP/FP/FN and verdict, the totals of each set, false
 * positives by cause and by rule, misses by rule, severity mismatches (detailed sets only).
 */
export function formatTable(results: ReadonlyMap<string, readonly ScoredDocument[]>, options: TableOptions): string {
  const lines: string[] = [];
  for (const [name, docs] of results) {
    const scores = docs.map((d) => d.score);
    const t = totals(scores);
    if (!options.details.has(name)) {
      lines.push(`## ${name}: ${formatTotals(t)} (details withheld)`, '');
      continue;
    }
    lines.push(`## ${name}`, '', `${pad('document', 44)} ${pad('TP', 3)} ${pad('FP', 3)} ${pad('FN', 3)} verdict`);
    for (const { labels, report, score } of docs)
      lines.push(
        `${pad(labels.file, 44)} ${pad(score.truePositives.length, 3)} ${pad(score.falsePositives.length, 3)} ${pad(score.misses.length, 3)} ${report.verdict}${labels.notJudged ? ' (not governed)' : ''}`,
      );
    const byCause = CAUSES.map(
      (c) => `${c} ${scores.reduce((n, s) => n + s.falsePositives.filter((f) => f.cause === c).length, 0)}`,
    );
    lines.push(
      '',
      `${name}: ${formatTotals(t)}`,
      `False positives by cause: ${byCause.join(', ')}`,
      'False positives by rule:',
    );
    for (const [rule, n] of falsePositivesByRule(scores)) lines.push(`  ${pad(n, 4)} ${rule}`);
    lines.push('Misses by rule:');
    for (const [rule, n] of missesByRule(scores)) lines.push(`  ${pad(n, 4)} ${rule}`);
    const mismatches = scores.flatMap((s) =>
      s.severityMismatches.map(
        (m) =>
          `  ${s.file}: ${m.finding.id} ${m.finding.path} reported ${m.finding.severity}, labelled ${m.label.severity}`,
      ),
    );
    if (mismatches.length > 0) lines.push('Severity mismatches (counted as true positives):', ...mismatches);
    lines.push('');
  }
  return lines.join('\n');
}

/** "precision 80.0% (8/10), recall 50.0% (8/16) on N documents". */
export function formatTotals(t: Totals): string {
  return `precision ${pct(t.precision)} (${t.tp}/${t.tp + t.fp}), recall ${pct(t.recall)} (${t.tp}/${t.tp + t.fn}) on ${t.documents} documents`;
}
