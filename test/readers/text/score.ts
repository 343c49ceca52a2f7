/**
 * Field-level scoring of the text reader against hand-checked expectations
 * (`test/corpus/README.md` describes the format).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../../src/readers/text/index.js';

/** The fields scored, in table order. */
export const FIELDS = [
  'kind',
  'regime',
  'issuer.name',
  'issuer.parent',
  'number',
  'notation',
  'place',
  'date',
  'subject',
  'recipients',
  'signatures.authority',
  'signatures.title',
  'signatures.name',
  'distribution',
  'archive',
] as const;
export type Field = (typeof FIELDS)[number];

interface Expected {
  file: string;
  kind: string | null;
  regime: string | null;
  issuer: { name: string | null; parent: string | null } | null;
  number: number | null;
  notation: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  recipients: string[] | null;
  signatures: { authority: { prefix: string; of: string }[]; title: string | null; name: string }[] | null;
  distribution: string[] | null;
  archive: string[] | null;
}

/** One document's result: per field, true (match), false (miss) or undefined (not scored: lost in the excerpt). */
export interface DocumentScore {
  readonly file: string;
  readonly fields: Partial<Record<Field, boolean>>;
  readonly actual: Partial<Record<Field, unknown>>;
  readonly expected: Partial<Record<Field, unknown>>;
}

const norm = (v: unknown) => JSON.stringify(v ?? null);

/** Scores every `.txt` document of `textDir` that has `expectedDir/<name>.json`. */
export function scoreFolder(textDir: string, expectedDir: string): DocumentScore[] {
  if (!existsSync(expectedDir) || !existsSync(textDir)) return [];
  const out: DocumentScore[] = [];
  for (const json of readdirSync(expectedDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(expectedDir, json), 'utf8')) as Expected;
    if (!expected.file.endsWith('.txt') || expected.kind === null) continue;
    const path = join(textDir, expected.file);
    if (!existsSync(path)) continue;
    const d = parseText(readFileSync(path, 'utf8')).document;
    const sig =
      (k: 'authority' | 'title' | 'name') =>
      (list: readonly { authority: unknown; title?: string | null; name: string }[]) =>
        list.map((s) => (k === 'title' ? (s.title ?? null) : s[k]));
    const actual: Record<Field, unknown> = {
      kind: d.kind,
      regime: d.regime,
      'issuer.name': d.issuer?.name ?? null,
      'issuer.parent': d.issuer?.parent ?? null,
      number: d.number ?? null,
      notation: d.notation ?? null,
      place: d.place ?? null,
      date: d.date ?? null,
      subject: d.subject ?? null,
      recipients: d.recipients,
      'signatures.authority': sig('authority')(d.signatures),
      'signatures.title': sig('title')(d.signatures),
      'signatures.name': sig('name')(d.signatures),
      distribution: d.distribution,
      archive: d.archive,
    };
    const exp: Record<Field, unknown> = {
      kind: expected.kind,
      regime: expected.regime,
      'issuer.name': expected.issuer?.name ?? null,
      'issuer.parent': expected.issuer?.parent ?? null,
      number: expected.number,
      notation: expected.notation,
      place: expected.place,
      date: expected.date,
      subject: expected.subject,
      recipients: expected.recipients,
      'signatures.authority': expected.signatures && sig('authority')(expected.signatures),
      'signatures.title': expected.signatures && sig('title')(expected.signatures),
      'signatures.name': expected.signatures && sig('name')(expected.signatures),
      distribution: expected.distribution,
      archive: expected.archive,
    };
    const fields: Partial<Record<Field, boolean>> = {};
    for (const f of FIELDS) {
      // A list that is null was lost in the excerpt: not scored.
      if (exp[f] === null && Array.isArray(actual[f])) continue;
      fields[f] = norm(actual[f]) === norm(exp[f]);
    }
    out.push({ file: expected.file, fields, actual, expected: exp });
  }
  return out;
}

/** The accuracy table: per field, matches / scored; and the overall rate. */
export function accuracyTable(scores: readonly DocumentScore[]): { table: string; rate: number; whole: number } {
  let hit = 0;
  let total = 0;
  const rows = FIELDS.map((f) => {
    const scored = scores.filter((s) => s.fields[f] !== undefined);
    const ok = scored.filter((s) => s.fields[f]).length;
    hit += ok;
    total += scored.length;
    return `| ${f.padEnd(22)} | ${String(ok).padStart(3)} / ${String(scored.length).padEnd(3)} | ${scored.length ? ((100 * ok) / scored.length).toFixed(0).padStart(3) : '  -'} % |`;
  });
  const rate = total ? hit / total : 0;
  // A document is entirely right when every field scored on it matches.
  const whole = scores.filter((s) => Object.values(s.fields).every((v) => v !== false)).length;
  return {
    table: [
      '| field | matched | rate |',
      '|---|---|---|',
      ...rows,
      `| all fields | ${hit} / ${total} | ${(100 * rate).toFixed(1)} % |`,
      `| documents entirely right | ${whole} / ${scores.length} | ${scores.length ? ((100 * whole) / scores.length).toFixed(0) : '-'} % |`,
    ].join('\n'),
    rate,
    whole,
  };
}
