/**
 * `vanban validate`: files and folders checked on all cores, reports streamed to the formatter in
 * input order.
 *
 * @module
 */
import { InvalidRuleConfigError, type Preset, resolveRules, RULES } from '../../index.js';
import type { CommandLine } from '../args.js';
import type { CheckSettings } from '../check-file.js';
import { expandInputs } from '../files.js';
import { count, createFormatter, emptyTotals } from '../formatters.js';
import { checkFiles } from '../pool.js';
import { progressBar } from '../progress.js';
import { absoluteModulePaths, registryWith } from '../rule-modules.js';

/** The number of files `inputs` name: walked once more, names not kept, only for the bar on a terminal. */
function countFiles(inputs: readonly string[]): number {
  let count = 0;
  for (const _ of expandInputs(inputs)) count++;
  return count;
}

/**
 * Runs `vanban validate`; returns the exit code: 2 when a file was unusable (or an argument bad),
 * else 1 when a file has an error (a non-compliant verdict with errors), else 0: compliant,
 * incomplete and not-judged files, and non-compliant ones with warnings only, exit 0; the report
 * says each file's verdict.
 */
export async function validateCommand(
  line: CommandLine,
  write: (chunk: string) => void,
  warn: (chunk: string) => void,
): Promise<number> {
  const ruleModules = absoluteModulePaths(line.ruleModules);
  const settings: CheckSettings = {
    rules: line.rules,
    preset: line.preset as Preset,
    fix: line.fix,
    ...(ruleModules.length && { ruleModules }),
  };
  try {
    // Refused here once, before any worker starts: a module that does not load or exports no rules,
    // an unknown rule id or value, are bad arguments.
    resolveRules(ruleModules.length ? await registryWith(ruleModules) : RULES, settings.preset, settings.rules);
  } catch (error) {
    if (
      !(error instanceof InvalidRuleConfigError) &&
      !(error instanceof TypeError) &&
      (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND'
    )
      throw error;
    warn(`${(error as Error).message}\n`);
    return 2;
  }
  const bar = progressBar(process.stderr, process.env, () => countFiles(line.inputs));
  // When the report goes to the same terminal, the bar's line is cleared before each write.
  const formatter = createFormatter(
    line.format,
    process.stdout.isTTY
      ? (chunk) => {
          bar.clear();
          write(chunk);
        }
      : write,
    line.locale,
  )!;
  const totals = emptyTotals();
  await checkFiles(expandInputs(line.inputs), settings, line.jobs, (report) => {
    count(totals, report);
    if (report.unusable) {
      bar.clear();
      warn(`${report.file}: unusable input: ${report.unusable}\n`);
    }
    formatter.file(report);
    bar.tick();
  });
  bar.end();
  formatter.end(totals);
  return totals.unusable > 0 ? 2 : totals.errors > 0 ? 1 : 0;
}
