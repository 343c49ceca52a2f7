import { formatPlaceDate, parsePlaceDate } from '../../../../grammar/place-date.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';
import { fromDeviation, kindsWhere } from '../../../../rule-kit/support.js';

export const LINE = 'placeDateLine';
// PL I, I.II.4.b: "ngày" in words, days 1–9 and months 1–2 padded; months 3–12 padded is a warning (nd30.md §7 #2).
const CODES: Record<string, 'error' | 'warning'> = {
  'day-not-padded': 'error',
  'month-not-padded': 'error',
  'month-padded': 'warning',
  'date-numeric': 'error',
  'word-form': 'error',
  'date-invalid': 'error',
};

/** Ngày tháng năm ban hành: written in words, day 1–9 and month 1–2 padded (checklist #1–#3). */
export const ngayThang = defineRule({
  meta: {
    id: 'nd30/pl1/ngay-thang',
    title: { vi: 'Ngày, tháng, năm ban hành', en: 'Date of issue' },
    description: {
      vi: 'Ngày tháng năm viết đầy đủ "ngày … tháng … năm …" bằng số Ả Rập; ngày dưới 10 và tháng 1, 2 ghi thêm số 0; tháng 3–12 không ghi số 0.',
      en: 'The date is written "ngày … tháng … năm …" in Arabic numerals; days below 10 and months 1–2 take a leading zero; months 3–12 do not.',
    },
    legal: 'Phụ lục I, mục I.II.4.b (nd30.md §2.4)',
    checklist: [1, 2, 3],
    severity: 'error',
    kinds: kindsWhere((p) => p.placeDate),
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
    tt01: {
      vi: 'quy tắc ghi ngày không đổi so với Thông tư 01/2011',
      en: 'the date form is unchanged from Circular 01/2011',
    },
  },
  check(ctx) {
    const raw = printed(ctx.sources, LINE);
    if (raw === undefined) return 'not-applicable'; // The model holds an ISO date; writers print the Decree's form.
    const { place, date } = ctx.document;
    const edits = place && date ? replaceSpan(ctx.sources, LINE, formatPlaceDate(place, date)) : undefined;
    const fix = edits && {
      safety: 'safe' as const,
      description: { vi: 'Viết lại ngày tháng theo mẫu', en: 'Rewrite the date in the Decree form' },
      changes: [],
      edits,
    };
    for (const d of parsePlaceDate(raw).deviations) {
      const severity = CODES[d.code];
      if (severity) ctx.report(fromDeviation(LINE, d, { severity, ...(fix && { fix }) }));
    }
  },
});
