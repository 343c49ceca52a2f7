/**
 * Where the shared material sits: the corpus of real documents and the spec folder (edXML samples,
 * template renders). They live beside the checkout (`../shared/…`) unless `VANBAN_CORPUS` or
 * `VANBAN_SPEC` say otherwise, so that the tests run wherever the repository is cloned.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** The corpus folder: `$VANBAN_CORPUS`, else `../shared/corpus` beside the repository. */
export const CORPUS_DIR = process.env['VANBAN_CORPUS'] ?? join(REPO_DIR, '../shared/corpus');

/** The spec folder: `$VANBAN_SPEC`, else `../shared/spec` beside the repository. */
export const SPEC_DIR = process.env['VANBAN_SPEC'] ?? join(REPO_DIR, '../shared/spec');

/** The path of a corpus file. */
export function corpusPath(name: string): string {
  return join(CORPUS_DIR, name);
}

/** The path of a file of the spec folder, e.g. `specPath('edxml-samples/edoc_new_example.edxml')`. */
export function specPath(name: string): string {
  return join(SPEC_DIR, name);
}
