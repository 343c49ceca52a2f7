/**
 * The `vanban` command: `parse`, `validate` and `render` on any input told by content. Node-only
 * (files, threads, the exit code); the core stays browser-safe.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { parseCommandLine, USAGE } from './args.js';
import { parseCommand } from './commands/parse.js';
import { renderCommand } from './commands/render.js';
import { validateCommand } from './commands/validate.js';
import { serveChecks } from './worker.js';

const FORMATS = ['stylish', 'json', 'github', 'sarif'];

/** The version in the package.json beside dist/ (the built command lives in dist/cli.js). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
const write = (chunk: string | Uint8Array) => void process.stdout.write(chunk);
const warn = (chunk: string) => void process.stderr.write(chunk);

/** Runs the command line and returns the process exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  let line;
  try {
    line = parseCommandLine(argv);
  } catch (error) {
    warn(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (line.help) {
    write(`${USAGE}\n`);
    return 0;
  }
  if (line.version) {
    write(`${packageVersion()}\n`);
    return 0;
  }
  const code = await (async () => {
    if (line.command === 'render') return renderCommand(line, write, warn, USAGE);
    const presetIsKnown = line.preset === 'recommended' || line.preset === 'strict';
    if (line.inputs.length === 0 || !presetIsKnown || !FORMATS.includes(line.format)) return -1;
    if (line.command === 'parse') return parseCommand(line, write, warn);
    if (line.command === 'validate') return validateCommand(line, write, warn);
    return -1;
  })();
  if (code === -1) {
    warn(`${USAGE}\n`);
    return 2;
  }
  // Hidden flag: the bounded-memory test compares peak RSS (KiB) across runs of different sizes.
  if (line.stats) warn(`maxRSS ${process.resourceUsage().maxRSS}\n`);
  return code;
}

// The command is its own worker: the batch pool starts this file again in each thread (one bundle
// shipped, not two).
if (isMainThread) {
  // A closed pipe (`vanban validate … | head`) ends the run quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await run(process.argv.slice(2));
} else serveChecks();
