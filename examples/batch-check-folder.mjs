// Batch-check a folder of incoming documents (text, DOCX, edXML, XML, JSON; subfolders too) on all
// cores with the vanban command, and sum up the morning's mail: files with errors, the rules broken
// most often.
//
//   npm run build && node examples/batch-check-folder.mjs [folder]
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const folder = process.argv[2] ?? fileURLToPath(new URL('./data/', import.meta.url));
// In a project that depends on vanban this is node_modules/vanban/dist/cli.js, or `npx vanban`.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

// --format json: one JSON line per file, in input order, as soon as it is checked.
const vanban = spawn(process.execPath, [cli, 'validate', '--format', 'json', '--locale', 'en', folder], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let files = 0;
const failing = [];
const unusable = [];
const byRule = new Map();
for await (const line of createInterface({ input: vanban.stdout })) {
  const report = JSON.parse(line);
  files++;
  if (report.unusable) unusable.push(report.file);
  else if (report.errors > 0) failing.push(`${report.file} (${report.format}): ${report.errors} error(s)`);
  for (const d of report.diagnostics) if (d.severity === 'error') byRule.set(d.id, (byRule.get(d.id) ?? 0) + 1);
}
// Exit code of the command: 0 clean, 1 rule errors, 2 some file unusable.
const code = await new Promise((resolve) => vanban.on('close', resolve));

console.log(`${files} file(s) checked, ${failing.length} with errors, ${unusable.length} unusable`);
for (const line of failing) console.log(`  ${line}`);
for (const file of unusable) console.log(`  ${file}: not a document vanban reads (see above)`);
console.log('Rules broken most often:');
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 5))
  console.log(`  ${String(count).padStart(4)}  ${rule}`);
process.exitCode = code;
