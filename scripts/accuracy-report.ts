/**
 * Writes docs/accuracy.md: how well vanban reads and judges real documents. Field accuracy of the
 * text reader per field on the labelled corpus and bulk pages (tuning sets), their held-out sets in
 * totals only (never tuned on), and the validator's precision and recall of errors and warnings.
 * `npx tsx scripts/accuracy-report.ts` (the bulk sets need ../shared/corpus-bulk).
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { accuracyTable, type DocumentScore, scoreFolder } from '../test/readers/text/score.js';
import { SETS, type ScoredDocument, scoreSet } from '../test/validate/precision-run.js';
import { totals } from '../test/validate/precision.js';
import { BULK_DIR } from '../test/validate/precision-run.js';
import { CORPUS_DIR } from '../test/support/corpus.js';

const FIELD_SETS = [
  { name: 'corpus (tuning)', text: CORPUS_DIR, expected: 'test/corpus/expected', heldOut: false },
  { name: 'bulk web pages (tuning)', text: BULK_DIR, expected: 'test/bulk/expected', heldOut: false },
  { name: 'held-out documents', text: 'test/holdout', expected: 'test/holdout/expected', heldOut: true },
  { name: 'held-out bulk web pages', text: BULK_DIR, expected: 'test/bulk-holdout/expected', heldOut: true },
] as const;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

const fieldScores = new Map<string, DocumentScore[]>();
for (const set of FIELD_SETS) fieldScores.set(set.name, scoreFolder(set.text, set.expected));
const verdicts = new Map<string, ScoredDocument[]>();
for (const set of SETS) verdicts.set(set.name, await scoreSet(set));

const lines: string[] = [
  '# Accuracy on real documents',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model.trim() ?? 'this machine'}, Node ${process.version}, by \`npx tsx scripts/accuracy-report.ts\`.`,
  'Documents nobody here wrote: the corpus (`../shared/corpus`, transcriptions, web copies, OCR, PDF text) and pages',
  'of a legal-text website (`../shared/corpus-bulk`), each labelled by reading it against the Decree',
  '(`test/corpus/expected`, `test/bulk/expected`; `test/validate/labels`). Part of the labelled documents is',
  'kept out of the tuning (`test/holdout`, `test/bulk-holdout`, `test/validate/holdout-labels`): their figures are',
  'given in totals only and nothing was changed to raise them. The tests hold the tuning figures as floors.',
  '',
  '## Fields read (text reader and recogniser)',
  '',
  'A field counts as read when it equals the label exactly (a list: every entry, in order). A part the copy lost is',
  'not scored.',
  '',
];
for (const set of FIELD_SETS) {
  const scores = fieldScores.get(set.name)!;
  const table = accuracyTable(scores);
  lines.push(
    `### ${set.name}: ${pct(table.rate)} of fields, ${table.whole} of ${scores.length} documents entirely right`,
    '',
  );
  if (!set.heldOut) lines.push(table.table, '');
}
lines.push(
  '## Findings (validator: errors and warnings)',
  '',
  'Precision: the share of reported errors and warnings that a person reading the document sees too. Recall: the',
  'share of the labelled deviations reported. A finding on a part the reader could not read is not said (the',
  'verdict is incomplete instead).',
  '',
  '| set | documents | true | false | missed | precision | recall |',
  '|---|---|---|---|---|---|---|',
);
for (const [name, docs] of verdicts) {
  const t = totals(docs.map((d) => d.score));
  lines.push(`| ${name} | ${t.documents} | ${t.tp} | ${t.fp} | ${t.fn} | ${pct(t.precision)} | ${pct(t.recall)} |`);
}
lines.push(
  '',
  'Before the reading and verdict work of issues 12 and 13 the same sets gave: corpus precision 33.9 %, recall',
  '71.4 %; held-out precision 56.3 %, recall 75.0 %; fields on the bulk pages 85.8 % (6 of 25 entirely right),',
  'held-out bulk pages 87.7 % (2 of 20).',
  '',
  'The held-out findings fell from 10 true and 0 false to 10 true and 3 false when the validator began to report',
  'what issue 12 lists as misses on real documents (end punctuation after a single addressee or a V/v, spaces in a',
  'cited ký hiệu, an abbreviated place): the held-out labels, written before, do not list those. They were left as',
  'they are: relabelling the held-out part after seeing its figures would make it tuning data.',
  '',
  'Known limits: OCR that loses letters or garbles a page (corpus 041, 042, 049, 053: the labels there ask for',
  'letters the text does not hold), a second title of the signer, notation hyphens a copy lost ("QĐUBND"), issuer',
  'lines laid out in a table on a web page.',
  '',
);
writeFileSync('docs/accuracy.md', lines.join('\n'));
console.log(lines.join('\n'));
