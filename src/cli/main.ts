/**
 * The `vanban` command: `parse` and `validate` on text and JSON-model inputs.
 * Node-only (reads files, sets the exit code); the core stays browser-safe.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDocument } from '../model/create.js';
import { parseText } from '../readers/text/index.js';
import { validate } from '../validate/index.js';

const USAGE = `Usage:
  vanban parse <files...>            print the model as JSON
  vanban validate <files...> [--format stylish|json]
Exit codes: 0 clean, 1 rule errors, 2 unusable input or bad arguments.`;

/** Reads a file as a text letter or, when it starts with `{`, as a JSON model (told by content). */
function readInput(file: string) {
  const text = readFileSync(file, 'utf8').normalize('NFC');
  if (text.trimStart().startsWith('{')) return { document: createDocument(JSON.parse(text)) };
  return parseText(text);
}

/** Runs the command line and returns the process exit code. */
export function run(argv: string[]): number {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', default: 'stylish' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const files = parsed.positionals;
  if ((command !== 'parse' && command !== 'validate') || files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let exitCode = 0;
  for (const file of files) {
    let input;
    try {
      input = readInput(file);
    } catch (error) {
      process.stderr.write(`${file}: unusable input: ${(error as Error).message}\n`);
      exitCode = 2;
      continue;
    }
    if (command === 'parse') {
      process.stdout.write(`${JSON.stringify(input.document, null, 2)}\n`);
      continue;
    }
    const report = validate(input);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0 && exitCode === 0) exitCode = 1;
    if (parsed.values.format === 'json') {
      process.stdout.write(`${JSON.stringify({ file, ...report })}\n`);
    } else {
      process.stdout.write(`${file}\n`);
      for (const d of report.diagnostics) process.stdout.write(`  ${d.severity}  ${d.message.en}  ${d.ruleId}\n`);
      process.stdout.write(`  ${report.diagnostics.length} problem(s), ${errors} error(s)\n`);
    }
  }
  return exitCode;
}

process.exitCode = run(process.argv.slice(2));
