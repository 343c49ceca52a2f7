// `npm run bench`: runs every bench/*.bench.mjs against the built package and writes
// docs/benchmarks.md with the machine and the date.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
const only = process.argv.slice(2);
const sections = [];
for (const file of files) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const { default: bench } = await import(new URL(file, dir));
  process.stderr.write(`bench: ${bench.title}\n`);
  const rows = await bench.run();
  sections.push({ title: bench.title, notes: bench.notes, rows });
  for (const r of rows)
    process.stderr.write(`  ${r.name}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target})` : ''}\n`);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/run.mjs); do not edit by hand.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
  `- Node.js ${process.version}`,
  '',
];
for (const s of sections) {
  lines.push(`## ${s.title}`, '');
  if (s.notes) lines.push(s.notes, '');
  lines.push('| measure | value | unit | target |', '| --- | ---: | --- | --- |');
  for (const r of s.rows) lines.push(`| ${r.name} | ${r.value} | ${r.unit} | ${r.target ?? ''} |`);
  lines.push('');
}
if (only.length === 0) {
  mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), lines.join('\n'));
  process.stderr.write('wrote docs/benchmarks.md\n');
} else {
  process.stdout.write(lines.join('\n') + '\n');
}
