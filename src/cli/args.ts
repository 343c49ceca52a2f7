/**
 * The command line: options, usage and the `--rule` settings.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { RulesConfig } from '../validate/index.js';

/** The usage text: on stdout for `--help` (exit 0), on stderr after bad arguments (exit 2). */
export const USAGE = `Usage:
  vanban parse <files...> [--summary]          the model as JSON (several files: one JSON line each), or a few readable lines
  vanban validate <files|folders...> [--format stylish|json|github|sarif] [--locale vi|en]
                 [--rule <id>=off|warn|error]... [--preset recommended|strict] [--fix] [--jobs N]
                 [--rules <module.mjs>]...   (an agency's own rules, made with defineRule)
  vanban render <input> --to docx|pdf|edxml|xml|text|json [-o <out>]
                 [--from <mã định danh>] [--receiver <code>=<name>]...   (edXML envelope)
                 [--fonts <regular,bold,italic,boldItalic>] [--font-dir <folder>]   (PDF: Times New Roman
                 or Liberation Serif 2; by default looked for in the system's font folders)
                 [--profile <agency.json>]   (letterhead, signers, Nơi nhận, Lưu, size set set once)
                 [--attach]   (edXML: attaches the DOCX or PDF read, else the DOCX written from the document)
  vanban render <template.json> --rows <list.csv|list.xlsx> --to <format> -o <folder/|file.zip>
                 [--name <pattern>]   one document a row: {{column}} in the template and in --name
                 (default {{row}}) filled from the row; a bad row is said, the others written (exit 1)
Inputs are told by content: DOCX, PDF, edXML, vanban XML, JSON model, or text (legacy TCVN3/VNI too).
A PDF is read with its text layer and digital signatures; --fix never writes into it.
Exit codes: 0 clean, 1 rule errors, 2 unusable input or bad arguments.
vanban --help (or -h, or vanban <command> --help) prints this text; vanban --version the version.`;

/** The parsed command line. */
export interface CommandLine {
  readonly command: string;
  readonly inputs: readonly string[];
  readonly format: string;
  readonly locale: 'vi' | 'en';
  readonly to?: string;
  readonly output?: string;
  readonly from?: string;
  readonly receivers: readonly string[];
  /** `--fonts`: the four font files of a PDF, comma-separated (regular, bold, italic, bold italic). */
  readonly fonts?: string;
  /** `--font-dir`: a folder holding Times New Roman or Liberation Serif 2 for a PDF. */
  readonly fontDir?: string;
  /** `--profile`: an agency profile (JSON) applied to the document or template before it is written. */
  readonly profile?: string;
  /** `--rows`: a CSV or XLSX table, one document a row from the template input. */
  readonly rows?: string;
  /** `--template`: the template of `--rows`, instead of the positional input. */
  readonly template?: string;
  /** `--name`: the file name of each row's document, `{{column}}` filled from the row (default `{{row}}`). */
  readonly name?: string;
  /** `--attach`: edXML carries the file the document was read from (or the DOCX written from it). */
  readonly attach: boolean;
  readonly rules: RulesConfig;
  /** `--rules` modules of an agency's own rules, as given. */
  readonly ruleModules: readonly string[];
  readonly preset: string;
  readonly fix: boolean;
  readonly summary: boolean;
  readonly jobs: number;
  /** `--help`, `-h` or `vanban help`: the usage on stdout, exit 0. */
  readonly help: boolean;
  /** `--version` or `-v`: the package version on stdout, exit 0. */
  readonly version: boolean;
  /** Hidden: peak RSS on stderr (the bounded-memory test reads it). */
  readonly stats: boolean;
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

/** Parses `argv` (without node and the script); throws a `TypeError` on unknown or malformed options. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [command = '', ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      locale: { type: 'string', default: 'vi' },
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      from: { type: 'string' },
      receiver: { type: 'string', multiple: true, default: [] },
      fonts: { type: 'string' },
      'font-dir': { type: 'string' },
      profile: { type: 'string' },
      rows: { type: 'string' },
      template: { type: 'string' },
      name: { type: 'string' },
      attach: { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true, default: [] },
      rules: { type: 'string', multiple: true, default: [] },
      preset: { type: 'string', default: 'recommended' },
      fix: { type: 'boolean', default: false },
      summary: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
      stats: { type: 'boolean', default: false },
    },
  });
  const help = values.help || command === 'help' || command === '--help' || command === '-h';
  const version = values.version || command === '--version' || command === '-v';
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new TypeError(`--jobs must be a positive whole number, not ${values.jobs}`);
  if (values.locale !== 'vi' && values.locale !== 'en')
    throw new TypeError(`--locale must be vi or en, not ${values.locale}`);
  return {
    command,
    inputs: positionals,
    format: values.format,
    locale: values.locale,
    to: values.to,
    output: values.output,
    from: values.from,
    receivers: values.receiver,
    ...(values.fonts !== undefined && { fonts: values.fonts }),
    ...(values['font-dir'] !== undefined && { fontDir: values['font-dir'] }),
    ...(values.profile !== undefined && { profile: values.profile }),
    ...(values.rows !== undefined && { rows: values.rows }),
    ...(values.template !== undefined && { template: values.template }),
    ...(values.name !== undefined && { name: values.name }),
    attach: values.attach,
    rules: rulesFromArguments(values.rule),
    ruleModules: values.rules,
    preset: values.preset,
    fix: values.fix,
    summary: values.summary,
    jobs,
    help,
    version,
    stats: values.stats,
  };
}
