/**
 * The file's header version and its revisions: each incremental update (ISO 32000-1 §7.5.6) ends
 * with its own `%%EOF`, so the markers' ends are where a signature of an earlier revision stops.
 *
 * @module
 */

import { allIndexesOf, ascii, indexOfBytes, latin1 } from './objects/bytes.js';

const EOF_MARKER = ascii('%%EOF');
const HEADER = ascii('%PDF-');

/** Where each revision ends. */
export interface RevisionEnds {
  /** Offset just past each `%%EOF` (before its end-of-line). */
  readonly markerEnds: readonly number[];
  /** Offset just past each `%%EOF` and the end-of-line that follows it. */
  readonly ends: readonly number[];
}

/** Finds every `%%EOF` marker. */
export function findRevisionEnds(bytes: Uint8Array): RevisionEnds {
  const markerEnds: number[] = [];
  const ends: number[] = [];
  for (const at of allIndexesOf(bytes, EOF_MARKER)) {
    let end = at + EOF_MARKER.length;
    markerEnds.push(end);
    if (bytes[end] === 0x0d) end++;
    if (bytes[end] === 0x0a) end++;
    ends.push(end);
  }
  return { markerEnds, ends };
}

/** Offset of `%PDF-` in the first 1024 bytes (where readers accept it), or -1. */
export function findHeader(bytes: Uint8Array): number {
  return indexOfBytes(bytes, HEADER, 0, Math.min(bytes.length, 1024 + HEADER.length));
}

/** The version in the header, e.g. `1.7`, or null. */
export function headerVersion(bytes: Uint8Array, headerAt: number): string | null {
  const text = latin1(bytes, headerAt + HEADER.length, Math.min(bytes.length, headerAt + HEADER.length + 8));
  return /^\d\.\d+/.exec(text)?.[0] ?? null;
}

/** The 1-based revision whose end is `offset` (with or without its end-of-line), or null. */
export function revisionEndingAt(revisions: RevisionEnds, offset: number): number | null {
  for (let i = 0; i < revisions.ends.length; i++) {
    if (offset >= revisions.markerEnds[i]! && offset <= revisions.ends[i]!) return i + 1;
  }
  return null;
}
