import type { TextEdit } from '../diagnostics/diagnostic.js';
import type { SourceMap } from '../model/source.js';

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

/**
 * The printed text of `path` as the rules read it, or undefined when the reader recorded none: NFC,
 * without the transport noise of web and PDF copies (markdown `**`, `__`, `~~`, table bars, pandoc
 * escapes), line wraps joined with one space, trimmed.
 */
export function printed(sources: SourceMap, path: string): string | undefined {
  const raw = sources[path]?.raw;
  if (raw === undefined) return undefined;
  return raw
    .normalize('NFC')
    .replace(/\*\*|__|~~|\\(?=[|*_[\]-])/g, '')
    .replace(/(?:^|\s)\|(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
