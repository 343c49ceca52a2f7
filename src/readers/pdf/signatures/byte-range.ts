/**
 * Checks a signature's `/ByteRange` (ISO 32000-1 §12.8.1): two ranges from byte 0 to the end of the
 * signed revision, whose gap is exactly the `/Contents` hexadecimal string, inside the file; and
 * says what the coverage amounts to (whole file, an earlier revision, or neither).
 *
 * @module
 */

import { isNumber, type PdfString, type PdfValue } from './objects/values.js';
import { type RevisionEnds, revisionEndingAt } from './revisions.js';
import type { ByteRangeProblem, PdfByteRangeReport, PdfCoverage } from './types.js';

/** A byte-range check and the ranges to hash, when they lie inside the file. */
export interface ByteRangeCheck {
  /** The report. */
  readonly report: PdfByteRangeReport;
  /** `[start, length]` pairs to hash, or undefined when a range is unreadable or outside the file. */
  readonly ranges: ReadonlyArray<readonly [number, number]> | undefined;
}

/**
 * Checks `value` (the resolved `/ByteRange`). `contents` is the `/Contents` string with its offsets
 * in the file, or undefined when they are not file offsets (a dictionary inside an object stream).
 */
export function checkByteRange(
  value: PdfValue | undefined,
  contents: PdfString | undefined,
  fileSize: number,
  revisions: RevisionEnds,
): ByteRangeCheck {
  const values = Array.isArray(value) ? value.filter(isNumber) : [];
  const problems: ByteRangeProblem[] = [];
  const integers =
    Array.isArray(value) &&
    value.length === values.length &&
    values.length >= 2 &&
    values.length % 2 === 0 &&
    values.every((n) => Number.isInteger(n) && n >= 0);
  if (!integers || values.length !== 4) problems.push('not-four-integers');
  if (!integers) return { report: unreadable(values, problems), ranges: undefined };

  const ranges: Array<readonly [number, number]> = [];
  for (let i = 0; i < values.length; i += 2) ranges.push([values[i]!, values[i + 1]!]);
  if (ranges[0]![0] !== 0) problems.push('not-from-start');
  for (let i = 1; i < ranges.length; i++) {
    const [prevStart, prevLength] = ranges[i - 1]!;
    if (ranges[i]![0] < prevStart + prevLength) problems.push('overlap');
  }
  const outside = ranges.some(([start, length]) => start + length > fileSize);
  if (outside) problems.push('outside-file');
  if (ranges.length === 2) {
    const gapStart = ranges[0]![0] + ranges[0]![1];
    const gapEnd = ranges[1]![0];
    if (!contents || !contents.hex || contents.start !== gapStart || contents.end !== gapEnd) {
      problems.push('gap-not-contents');
    }
  } else problems.push('gap-not-contents');

  const coveredBytes = ranges.reduce((n, [, length]) => n + length, 0);
  const last = ranges[ranges.length - 1]!;
  const coverageEnd = last[0] + last[1];
  const revision = revisionEndingAt(revisions, coverageEnd);
  let coverage: PdfCoverage;
  if (outside) coverage = 'unknown';
  else if (coverageEnd === fileSize) coverage = 'whole-file';
  else if (revision !== null) coverage = 'earlier-revision';
  else coverage = 'partial';
  const unique = [...new Set(problems)];
  return {
    report: {
      values,
      wellFormed: unique.length === 0,
      problems: unique,
      coveredBytes,
      coverageEnd,
      coverage,
      revision: coverage === 'whole-file' ? (revision ?? revisions.ends.length) : revision,
      bytesAfter: outside ? null : fileSize - coverageEnd,
    },
    ranges: outside ? undefined : ranges,
  };
}

function unreadable(values: number[], problems: ByteRangeProblem[]): PdfByteRangeReport {
  return {
    values,
    wellFormed: false,
    problems,
    coveredBytes: null,
    coverageEnd: null,
    coverage: 'unknown',
    revision: null,
    bytesAfter: null,
  };
}

/** The covered bytes, concatenated. */
export function coveredBytes(bytes: Uint8Array, ranges: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const out = new Uint8Array(ranges.reduce((n, [, length]) => n + length, 0));
  let at = 0;
  for (const [start, length] of ranges) {
    out.set(bytes.subarray(start, start + length), at);
    at += length;
  }
  return out;
}
