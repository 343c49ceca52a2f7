import { z } from 'zod';
import { codeDiagnostic } from '../diagnostics/build.js';
import type { DiagnosticCode } from '../diagnostics/codes/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * The model check's problems as diagnostics, in Vietnamese and English: zod's own locale maps
 * give the messages of its issue codes (zod `locales/vi.ts`, `locales/en.ts`), and the model's few
 * messages of its own are translated here.
 *
 * @module
 */

const CODE_IDS: Readonly<Record<string, DiagnosticCode>> = {
  invalid_type: 'model/invalid-type',
  invalid_value: 'model/invalid-value',
  invalid_format: 'model/invalid-format',
  too_small: 'model/too-small',
  too_big: 'model/too-big',
  unrecognized_keys: 'model/unknown-key',
  invalid_union: 'model/invalid-union',
  custom: 'model/custom',
};

/** The model's own messages (schema-level, which no locale map reaches), in Vietnamese. */
const OWN_MESSAGES_VI: Readonly<Record<string, string>> = {
  'date must be written yyyy-mm-dd': 'ngày phải viết dạng yyyy-mm-dd',
  'date does not exist': 'ngày không có thật',
  'must be base64': 'phải là base64',
};

const VI = z.locales.vi();
const EN = z.locales.en();

/**
 * Checks `data` against `schema` and returns its parsed value or every problem as a diagnostic
 * with its model path. The data is parsed once; a failing input is parsed again per locale, so the
 * valid path costs nothing extra.
 */
export function checkModel<T>(
  schema: z.ZodType<T>,
  data: unknown,
): { success: true; data: T } | { success: false; diagnostics: Diagnostic[] } {
  const first = schema.safeParse(data);
  if (first.success) return { success: true, data: first.data };
  const en = schema.safeParse(data, { error: EN.localeError });
  const vi = schema.safeParse(data, { error: VI.localeError });
  const enIssues = en.success ? first.error.issues : en.error.issues;
  const viIssues = vi.success ? [] : vi.error.issues;
  return {
    success: false,
    diagnostics: enIssues.map((issue, i) => {
      const viMessage = viIssues[i]?.code === issue.code ? viIssues[i]!.message : issue.message;
      return codeDiagnostic(
        CODE_IDS[issue.code] ?? 'model/invalid-value',
        { vi: OWN_MESSAGES_VI[viMessage] ?? viMessage, en: issue.message },
        { path: issue.path.map(String).join('.') },
      );
    }),
  };
}
