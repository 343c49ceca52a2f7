import type { Deviation } from '../grammar/deviation.js';
import type { Severity } from '../model/diagnostic.js';
import { ALL_KINDS, type DocumentKind, type KindParts } from '../registry/kinds.js';
import type { Finding, Fix } from '../validate/types.js';

/**
 * Helpers shared by the built-in rules.
 *
 * @module
 */

/** A finding from a grammar deviation (the grammar's message, actual and expected). */
export function fromDeviation(path: string, d: Deviation, extra: { severity?: Severity; fix?: Fix } = {}): Finding {
  return {
    path,
    message: d.message,
    ...(d.actual !== undefined && { actual: d.actual }),
    ...(d.expected !== undefined && { expected: d.expected }),
    ...(extra.severity && { severity: extra.severity }),
    ...(extra.fix && { fix: extra.fix }),
  };
}

/** Slugs of the kinds whose parts satisfy `test`, e.g. those with a tên loại line. */
export function kindsWhere(test: (parts: KindParts, slug: DocumentKind) => boolean): DocumentKind[] {
  return ALL_KINDS.filter((k) => test(k.parts, k.slug as DocumentKind)).map((k) => k.slug as DocumentKind);
}

/** Indexes of the list entries the reader recorded, e.g. `recipients.0`, `recipients.1`. */
export function sourcedEntries(sources: Readonly<Record<string, unknown>>, list: string, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (sources[`${list}.${i}`]) out.push(i);
  return out;
}
