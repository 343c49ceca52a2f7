/**
 * `vanban validate`: files and folders checked on all cores, reports streamed to the formatter in
 * input order.
 *
 * @module
 */
import { InvalidRuleConfigError, type Preset, resolveRules, RULES } from '../../validate/index.js';
import type { CommandLine } from '../args.js';
import type { CheckSettings } from '../check-file.js';
import { expandInputs } from '../files.js';
import { createFormatter, type Totals } from '../formatters.js';
import { checkFiles } from '../pool.js';

/** A progress line on stderr, only for a person watching (a TTY, not CI). */
function progress(): { tick(): void; end(): void } {
  if (!process.stderr.isTTY || process.env['CI'] !== undefined) return { tick() {}, end() {} };
  let count = 0;
  let shown = 0;
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - shown < 100) return;
      shown = now;
      process.stderr.write(`\r${'█'.repeat(Math.min(30, Math.floor(Math.log2(count + 1) * 2)))} ${count} files`);
    },
    end() {
      process.stderr.write('\r\x1b[K');
    },
  };
}

/** Runs `vanban validate`; returns the exit code (0 clean, 1 rule errors, 2 unusable input). */
export async function validateCommand(line: CommandLine, write: (chunk: string) => void, warn: (chunk: string) => void): Promise<number> {
  const settings: CheckSettings = { rules: line.rules, preset: line.preset as Preset, fix: line.fix };
  try {
    // Refused here once, before any worker starts: an unknown rule id or value is a bad argument.
    resolveRules(RULES, settings.preset, settings.rules);
  } catch (error) {
    if (!(error instanceof InvalidRuleConfigError)) throw error;
    warn(`${error.message}\n`);
    return 2;
  }
  const formatter = createFormatter(line.format, write, line.locale)!;
  const totals: Totals = { files: 0, errors: 0, warnings: 0, unusable: 0 };
  const bar = progress();
  await checkFiles(expandInputs(line.inputs), settings, line.jobs, (report) => {
    totals.files++;
    totals.errors += report.errors;
    totals.warnings += report.warnings;
    if (report.unusable) {
      totals.unusable++;
      warn(`${report.file}: unusable input: ${report.unusable}\n`);
    }
    bar.tick();
    formatter.file(report);
  });
  bar.end();
  formatter.end(totals);
  return totals.unusable > 0 ? 2 : totals.errors > 0 ? 1 : 0;
}
