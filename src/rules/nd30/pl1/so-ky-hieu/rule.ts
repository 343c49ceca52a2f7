import { formatNumberNotation, parseNumberNotation } from '../../../../grammar/number-notation.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';
import { fromDeviation } from '../../../../rule-kit/support.js';

export const LINE = 'numberLine';
// PL I, I.II.3: "Số:" with its colon, numbers below 10 padded, no spaces around "/" and "-".
const CODES: Record<string, 'error' | 'warning'> = {
  'label-form': 'error',
  'colon-missing': 'error',
  'space-after-colon': 'warning',
  'number-not-padded': 'error',
  'number-over-padded': 'error',
  'number-zero': 'error',
  'number-stray-mark': 'error',
  'space-around-separator': 'error',
  'space-in-notation': 'error',
};

/** The "Số: 05/QĐ-UBND" line as printed (checklist #4). */
export const soKyHieu = defineRule({
  meta: {
    id: 'nd30/pl1/so-ky-hieu',
    title: { vi: 'Số, ký hiệu văn bản', en: 'Number and notation' },
    description: {
      vi: 'Chữ "Số" viết thường, có dấu hai chấm; số nhỏ hơn 10 ghi thêm số 0; giữa số và ký hiệu có dấu "/", giữa các nhóm chữ có dấu "-", không có dấu cách.',
      en: '"Số" in normal case with a colon; numbers below 10 take a leading zero; "/" between number and notation, "-" between groups, no spaces.',
    },
    legal: 'Phụ lục I, mục I.II.3; Điều 15 (nd30.md §2.3)',
    checklist: [4],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    const raw = printed(ctx.sources, LINE);
    if (raw === undefined) return 'not-applicable'; // The model holds the number as a number; writers pad it.
    const { number, notation } = ctx.document;
    const edits =
      number !== undefined && notation
        ? replaceSpan(ctx.sources, LINE, formatNumberNotation({ number, notation }))
        : undefined;
    const fix = edits && {
      safety: 'safe' as const,
      description: { vi: 'Viết lại dòng số, ký hiệu theo mẫu', en: 'Rewrite the number line in the Decree form' },
      changes: [],
      edits,
    };
    for (const d of parseNumberNotation(raw).deviations) {
      const severity = CODES[d.code];
      if (severity) ctx.report(fromDeviation(LINE, d, { severity, ...(fix && { fix }) }));
    }
  },
});
