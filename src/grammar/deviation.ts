import type { LocalizedText } from '../diagnostics/diagnostic.js';

/**
 * A way in which printed text differs from the form Decree 30 prescribes. Grammar parsers report
 * these instead of failing; the validator turns them into rule diagnostics.
 */
export interface Deviation {
  /** Stable code within its grammar, e.g. `number-not-padded`. */
  readonly code: string;
  readonly message: LocalizedText;
  /** What was written. */
  readonly actual?: string;
  /** What the Decree prescribes. */
  readonly expected?: string;
}

/** Builds a deviation. */
export function deviation(code: string, vi: string, en: string, actual?: string, expected?: string): Deviation {
  return {
    code,
    message: { vi, en },
    ...(actual !== undefined && { actual }),
    ...(expected !== undefined && { expected }),
  };
}
