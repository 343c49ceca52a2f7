import type { SourceMap } from '../model/source.js';
import type { TextEdit } from './types.js';

/**
 * Text edits for fixes, computed from the reader's sources.
 *
 * @module
 */

/** An edit replacing the whole span of `path` with `text`, or nothing when the path has no source. */
export function replaceSpan(sources: SourceMap, path: string, text: string): TextEdit[] | undefined {
  const span = sources[path];
  return span ? [{ offset: span.offset, end: span.end, text }] : undefined;
}

/** The printed text of `path`, trimmed, or undefined when the reader recorded none. */
export function printed(sources: SourceMap, path: string): string | undefined {
  return sources[path]?.raw.normalize('NFC').trim();
}
