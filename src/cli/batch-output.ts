/**
 * Where a batch writes its files: a folder, or a zip written as it goes (one file at a time in
 * memory, whatever the number of rows).
 *
 * @module
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** A batch's files, added one by one, then closed. */
export interface BatchOutput {
  add(name: string, content: string | Uint8Array): void;
  close(): void;
}

/** Each file written into `folder`. */
export function folderOutput(folder: string): BatchOutput {
  return { add: (name, content) => writeFileSync(join(folder, name), content), close() {} };
}

// Fixed, so the same rows give the same zip.
const ZIP_EPOCH = new Date(1980, 0, 1);

/** Each file streamed into the zip `file`: DOCX and PDF stored (already compressed), text deflated. */
export function zipOutput(file: string): BatchOutput {
  const fd = openSync(file, 'w');
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(fd, chunk);
  });
  let closed = false;
  return {
    add(name, content) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const packed = /\.(docx|pdf)$/u.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
      packed.mtime = ZIP_EPOCH;
      zip.add(packed);
      packed.push(bytes, true);
    },
    close() {
      if (closed) return;
      closed = true;
      zip.end();
      closeSync(fd);
    },
  };
}
