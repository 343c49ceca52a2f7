import { z } from 'zod';
import { codeDiagnostic } from '../diagnostics/build.js';
import type { DiagnosticCode } from '../diagnostics/codes/index.js';
import type { Diagnostic, LocalizedText } from '../diagnostics/diagnostic.js';
import { DATE_FORM_MESSAGE } from './primitives.js';

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
  [DATE_FORM_MESSAGE]: 'ngày phải viết dạng yyyy-mm-dd',
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
      const message = { vi: OWN_MESSAGES_VI[viMessage] ?? viMessage, en: issue.message };
      const found = issue.message === DATE_FORM_MESSAGE ? valueAt(data, issue.path) : undefined;
      return codeDiagnostic(
        CODE_IDS[issue.code] ?? 'model/invalid-value',
        typeof found === 'string' ? withDateForm(message, found) : message,
        { path: issue.path.map(String).join('.'), ...(typeof found === 'string' && { actual: found }) },
      );
    }),
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The date message with what was found and, for a day written the Vietnamese way (15/05/2024,
 * 15-5-2024, 15.05.2024), the same day as the model writes it: "date must be written yyyy-mm-dd:
 * 15/05/2024 is 2024-05-15".
 */
function withDateForm(message: LocalizedText, found: string): LocalizedText {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(found);
  const iso = m && `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return iso
    ? { vi: `${message.vi}: ${found} viết là ${iso}`, en: `${message.en}: ${found} is ${iso}` }
    : { vi: `${message.vi} (đang là "${found}")`, en: `${message.en} (found "${found}")` };
}
