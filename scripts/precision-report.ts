/**
 * Prints the validator's precision and recall against the labelled documents, as the precision
 * test does, without failing: `npx tsx scripts/precision-report.ts [--json]`. The held-out set is
 * given in totals only unless `--show-holdout` is passed (for its labeller; never tune on it).
 */
import { formatTable, SETS, type ScoredDocument, scoreSet } from '../test/validate/precision-run.js';
import { falsePositivesByRule, missesByRule, totals } from '../test/validate/precision.js';

const results = new Map<string, ScoredDocument[]>();
for (const set of SETS) results.set(set.name, await scoreSet(set));
const details = new Set(['corpus', ...(process.argv.includes('--show-holdout') ? ['held-out'] : [])]);
if (process.argv.includes('--json')) {
  const figures = Object.fromEntries(
    [...results].map(([name, docs]) => {
      const scores = docs.map((d) => d.score);
      return [
        name,
        details.has(name)
          ? {
              ...totals(scores),
              falsePositivesByRule: falsePositivesByRule(scores),
              missesByRule: missesByRule(scores),
            }
          : totals(scores),
      ];
    }),
  );
  console.log(JSON.stringify(figures, null, 2));
} else console.log(formatTable(results, { details }));
