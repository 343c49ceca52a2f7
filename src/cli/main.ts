/**
 * The `vanban` command: `parse` and `validate` on text and JSON-model inputs.
 * Node-only (reads files, sets the exit code); the core stays browser-safe.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDocument } from '../model/create.js';
import { parseText } from '../readers/text/index.js';
import { InvalidRuleConfigError, type Preset, type RulesConfig, validate } from '../validate/index.js';
import { toEdxml } from '../writers/edxml/index.js';
import { toText } from '../writers/text/index.js';
import { toXml } from '../writers/xml/index.js';
import type { VanbanDocument } from '../model/index.js';

/** Writers by `--to` target; DOCX is absent until src/writers/docx exists (said, not faked). */
const RENDERERS: Record<string, (document: VanbanDocument, envelope: Envelope) => string> = {
  edxml: (document, envelope) => toEdxml(withReceivers(document, envelope.receivers), { from: envelope.from }),
  xml: toXml,
  text: toText,
  json: (document) => `${JSON.stringify(document, null, 2)}\n`,
};

const USAGE = `Usage:
  vanban parse <files...>            print the model as JSON
  vanban validate <files...> [--format stylish|json] [--rule <id>=off|warn|error]... [--preset recommended|strict]
  vanban render <input> --to edxml|xml|text|json [-o <out>]
                 [--from <mã định danh>] [--receiver <code>=<name>]...   (edXML envelope)
Exit codes: 0 clean, 1 rule errors, 2 unusable input or bad arguments.`;

/** Reads a file as a text letter or, when it starts with `{`, as a JSON model (told by content). */
function readInput(file: string) {
  const text = readFileSync(file, 'utf8').normalize('NFC');
  if (text.trimStart().startsWith('{')) return { document: createDocument(JSON.parse(text)) };
  return parseText(text);
}

/** `--rule id=off|warn|error` settings; `warn` is the ESLint spelling of the `warning` severity. */
function rulesFromArguments(settings: readonly string[]): RulesConfig {
  const rules: Record<string, string> = {};
  for (const setting of settings) {
    const equals = setting.lastIndexOf('=');
    const value = setting.slice(equals + 1);
    rules[setting.slice(0, equals)] = value === 'warn' ? 'warning' : value;
  }
  // Unknown ids and bad values are refused by validate() with InvalidRuleConfigError (exit 2).
  return rules as RulesConfig;
}

/** Runs the command line and returns the process exit code. */
export function run(argv: string[]): number {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: {
      format: { type: 'string', default: 'stylish' },
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      from: { type: 'string' },
      receiver: { type: 'string', multiple: true, default: [] },
      rule: { type: 'string', multiple: true, default: [] },
      preset: { type: 'string', default: 'recommended' },
    } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const files = parsed.positionals;
  if (command === 'render') return render(files, parsed.values.to, parsed.values.output, { from: parsed.values.from, receivers: parsed.values.receiver });
  const presetIsKnown = parsed.values.preset === 'recommended' || parsed.values.preset === 'strict';
  if ((command !== 'parse' && command !== 'validate') || files.length === 0 || !presetIsKnown) {
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
    let report;
    try {
      report = validate(input, { rules: rulesFromArguments(parsed.values.rule), preset: parsed.values.preset as Preset });
    } catch (error) {
      if (!(error instanceof InvalidRuleConfigError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
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

/** edXML envelope facts given on the command line (a text letter carries no mã định danh). */
interface Envelope {
  readonly from?: string;
  readonly receivers: readonly string[];
}

/** Adds `--receiver CODE=Name` parties to `exchange.to` (edXML MessageHeader/To). */
function withReceivers(document: VanbanDocument, receivers: readonly string[]): VanbanDocument {
  if (receivers.length === 0) return document;
  const to = receivers.map((receiver) => {
    const [code = '', name = code] = receiver.split('=');
    return { code, name };
  });
  return { ...document, exchange: { responseFor: [], ...document.exchange, to } };
}

/** `vanban render`: one input to one output format, on stdout or into `-o`. */
function render(files: string[], target: string | undefined, output: string | undefined, envelope: Envelope): number {
  const renderer = target === undefined ? undefined : RENDERERS[target];
  if (files.length !== 1 || renderer === undefined) {
    process.stderr.write(`${target === 'docx' ? 'render --to docx: the DOCX writer is not available yet\n' : ''}${USAGE}\n`);
    return 2;
  }
  let rendered: string;
  try {
    rendered = renderer(readInput(files[0]!).document, envelope);
  } catch (error) {
    process.stderr.write(`${files[0]}: unusable input: ${(error as Error).message}\n`);
    return 2;
  }
  if (output === undefined) process.stdout.write(rendered);
  else writeFileSync(output, rendered);
  return 0;
}

process.exitCode = run(process.argv.slice(2));
