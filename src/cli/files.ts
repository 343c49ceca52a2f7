/**
 * Input paths expanded lazily: folders are walked recursively, one directory open at a time, so
 * 100,000 files never sit in one array.
 *
 * @module
 */
import { opendirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Hidden entries and installed packages are never inputs. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function* walk(folder: string): Generator<string> {
  const directory = opendirSync(folder);
  const subfolders: string[] = [];
  const files: string[] = [];
  try {
    for (let entry = directory.readSync(); entry !== null; entry = directory.readSync()) {
      if (skipped(entry.name)) continue;
      if (entry.isDirectory()) subfolders.push(entry.name);
      else if (entry.isFile()) files.push(entry.name);
    }
  } finally {
    directory.closeSync();
  }
  // Sorted so the order of the report does not depend on the file system.
  for (const name of files.sort()) yield join(folder, name);
  for (const name of subfolders.sort()) yield* walk(join(folder, name));
}

/**
 * The files named by `inputs`, in order: a file as given (whatever its name: the format is told by
 * content), a folder as every file under it except hidden ones and `node_modules`. A path that
 * cannot be read is yielded as is, so the reader reports it as unusable input.
 */
export function* expandInputs(inputs: Iterable<string>): Generator<string> {
  for (const input of inputs) {
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      // Missing: reported when read.
    }
    if (isFolder) yield* walk(input);
    else yield input;
  }
}
