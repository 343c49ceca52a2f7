/**
 * What poppler's `pdfsig` and qpdf say about a signed PDF, parsed for comparison with the reader.
 * When a tool is missing the caller skips, except in CI (`CI` set), where missing tools fail.
 */

import { spawnSync } from 'node:child_process';

/** One signature as `pdfsig` prints it. */
export interface PdfsigSignature {
  readonly fieldName: string;
  readonly commonName: string;
  readonly distinguishedName: string;
  /** `Mon DD YYYY HH:MM:SS`, in UTC (the tool runs with TZ=UTC). */
  readonly signingTime: string;
  readonly hashAlgorithm: string;
  readonly type: string;
  readonly ranges: number[][];
  readonly totalDocumentSigned: boolean;
  readonly validation: string;
}

/** Whether `tool` runs here. */
export function hasTool(tool: string): boolean {
  const run = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  return !run.error;
}

/** Whether tests needing `tool` must run: it is there, or we are in CI (where its absence fails). */
export function toolRequired(tool: string): boolean {
  return hasTool(tool) || !!process.env['CI'];
}

/** Runs `pdfsig` on `path` (UTC times) and parses its blocks. */
export function pdfsig(path: string): PdfsigSignature[] {
  const run = spawnSync('pdfsig', [path], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  if (run.error) throw run.error;
  const blocks = run.stdout.split(/^Signature #\d+:$/m).slice(1);
  return blocks.map((block) => {
    const field = (label: string) => new RegExp(`^  - ${label}: (.*)$`, 'm').exec(block)?.[1] ?? '';
    const ranges = [...field('Signed Ranges').matchAll(/\[(\d+) - (\d+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    return {
      fieldName: field('Signature Field Name'),
      commonName: field('Signer Certificate Common Name'),
      distinguishedName: field('Signer full Distinguished Name'),
      signingTime: field('Signing Time'),
      hashAlgorithm: field('Signing Hash Algorithm'),
      type: field('Signature Type'),
      ranges,
      totalDocumentSigned: /^ {2}- Total document signed$/m.test(block),
      validation: field('Signature Validation'),
    };
  });
}

/** Signature fields as qpdf sees them: full name → 0-based page index. */
export function qpdfSignaturePages(path: string): Map<string, number> {
  const run = spawnSync('qpdf', ['--json', '--json-key=acroform', path], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const json = JSON.parse(run.stdout) as {
    acroform: { fields: { fullname: string; fieldtype: string; pageposfrom1: number }[] };
  };
  return new Map(
    json.acroform.fields.filter((f) => f.fieldtype === '/Sig').map((f) => [f.fullname, f.pageposfrom1 - 1]),
  );
}

/** `Mon DD YYYY HH:MM:SS` of an ISO instant, in UTC, as pdfsig prints it under TZ=UTC. */
export function pdfsigTime(iso: string): string {
  const d = new Date(iso);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${month} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
