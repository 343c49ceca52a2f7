/**
 * Helpers of the PDF reader's tests: the fixtures, the fields scored as the text reader's corpus
 * scorer scores them (test/readers/text/score.ts), and the corpus Word files printed by LibreOffice
 * into .tmp when a test needs them (they print to more than 100 KB, so they are not committed).
 */
import type { ReadDocument } from '../../../src/model/read-document.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, REPO_DIR } from '../../support/corpus.js';
import { type Field, FIELDS } from '../text/score.js';

/** The fixtures folder. */
export const FIXTURES = join(REPO_DIR, 'test/fixtures/pdf');

/** The bytes of a fixture, e.g. `libreoffice/cong-van.pdf`. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** The bytes of a corpus file. */
export function corpusFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, name)));
}

/** Whether LibreOffice can print here. */
export const HAS_SOFFICE = spawnSync('which', ['soffice']).status === 0;

/** A corpus DOCX printed to PDF by LibreOffice, cached under .tmp/pdf-fixtures. */
export function printedCorpusDocx(name: string): Uint8Array {
  const dir = join(REPO_DIR, '.tmp/pdf-fixtures');
  const pdf = join(dir, name.replace(/\.docx$/u, '.pdf'));
  if (!existsSync(pdf)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(CORPUS_DIR, name),
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
  }
  return new Uint8Array(readFileSync(pdf));
}

/** The scored fields of a document, as the text reader's scorer reads them. */
export function scoredFields(d: ReadDocument): Record<Field, unknown> {
  const sig = (k: 'authority' | 'title' | 'name') =>
    d.signatures.map((s) => (k === 'title' ? (s.title ?? null) : s[k]));
  return {
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
    'signatures.authority': sig('authority'),
    'signatures.title': sig('title'),
    'signatures.name': sig('name'),
    distribution: d.distribution,
    archive: d.archive,
  };
}

/** The expectation file of a corpus document (test/corpus/expected), as scored fields. */
export function expectedFields(json: string): Partial<Record<Field, unknown>> {
  const e = JSON.parse(readFileSync(join(REPO_DIR, 'test/corpus/expected', json), 'utf8')) as {
    kind: string;
    regime: string;
    issuer: { name: string | null; parent: string | null } | null;
    number: number | null;
    notation: string | null;
    place: string | null;
    date: string | null;
    subject: string | null;
    recipients: string[] | null;
    signatures: { authority: unknown[]; title: string | null; name: string }[] | null;
    distribution: string[] | null;
    archive: string[] | null;
  };
  const out: Partial<Record<Field, unknown>> = {
    kind: e.kind,
    regime: e.regime,
    'issuer.name': e.issuer?.name ?? null,
    'issuer.parent': e.issuer?.parent ?? null,
    number: e.number,
    notation: e.notation,
    place: e.place,
    date: e.date,
    subject: e.subject,
    recipients: e.recipients,
    'signatures.authority': e.signatures?.map((s) => s.authority),
    'signatures.title': e.signatures?.map((s) => s.title ?? null),
    'signatures.name': e.signatures?.map((s) => s.name),
    distribution: e.distribution,
    archive: e.archive,
  };
  // A list that is null was lost in the excerpt: not scored (as the text scorer does).
  for (const f of FIELDS)
    if (out[f] === null || out[f] === undefined) if (Array.isArray(scoredListDefault[f])) delete out[f];
  return out;
}

const scoredListDefault: Partial<Record<Field, unknown[]>> = {
  recipients: [],
  'signatures.authority': [],
  'signatures.title': [],
  'signatures.name': [],
  distribution: [],
  archive: [],
};

/** The fields of `actual` that equal the expectation's, and those that do not. */
export function compareFields(
  actual: Record<Field, unknown>,
  expected: Partial<Record<Field, unknown>>,
): { matched: Field[]; missed: Field[] } {
  const matched: Field[] = [];
  const missed: Field[] = [];
  for (const f of FIELDS) {
    if (!(f in expected)) continue;
    (JSON.stringify(actual[f] ?? null) === JSON.stringify(expected[f] ?? null) ? matched : missed).push(f);
  }
  return { matched, missed };
}
