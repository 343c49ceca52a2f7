/**
 * Where the shared material sits: the corpus of real documents and the spec folder (edXML samples,
 * template renders): `VANBAN_CORPUS` / `VANBAN_SPEC` when set, else `../shared/…` beside the
 * checkout, else the workplace's `/work/shared/…`, so that the tests run wherever the repository is
 * cloned.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** The first of `candidates` that exists, else the first. */
function firstExisting(...candidates: string[]): string {
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

/** The corpus folder: `$VANBAN_CORPUS`, else `../shared/corpus` beside the repository, else `/work/shared/corpus`. */
export const CORPUS_DIR =
  process.env['VANBAN_CORPUS'] ?? firstExisting(join(REPO_DIR, '../shared/corpus'), '/work/shared/corpus');

/** The spec folder: `$VANBAN_SPEC`, else `../shared/spec` beside the repository, else `/work/shared/spec`. */
export const SPEC_DIR =
  process.env['VANBAN_SPEC'] ?? firstExisting(join(REPO_DIR, '../shared/spec'), '/work/shared/spec');

/** The path of a corpus file. */
export function corpusPath(name: string): string {
  return join(CORPUS_DIR, name);
}

/** The path of a file of the spec folder, e.g. `specPath('edxml-samples/edoc_new_example.edxml')`. */
export function specPath(name: string): string {
  return join(SPEC_DIR, name);
}

/** The bulk corpus of whole web pages: `$VANBAN_CORPUS_BULK`, else `../shared/corpus-bulk/tvpl` beside the repository, else `/work/shared/corpus-bulk/tvpl`. */
export const BULK_DIR =
  process.env['VANBAN_CORPUS_BULK'] ??
  firstExisting(join(REPO_DIR, '../shared/corpus-bulk/tvpl'), '/work/shared/corpus-bulk/tvpl');
