import { fromRoman, toRoman } from '../../../../grammar/numbering.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Appendices: Roman numbers when two or more, a "(Kèm theo …)" line (checklist #25). */
export const phuLuc = defineRule({
  meta: {
    id: 'nd30/pl1/phu-luc',
    title: { vi: 'Đánh số và dòng "Kèm theo" của phụ lục', en: 'Appendix numbering and reference line' },
    description: {
      vi: 'Có từ hai phụ lục trở lên thì đánh số bằng số La Mã (Phụ lục I, II); phụ lục (bản giấy) có dòng "(Kèm theo Văn bản số … ngày … của …)".',
      en: 'Two or more appendices are numbered in Roman numerals (Phụ lục I, II); a (paper) appendix has the "(Kèm theo Văn bản số … ngày … của …)" line.',
    },
    legal: 'Phụ lục I, mục I.III.1 (nd30.md §5.1)',
    checklist: [25],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'safe',
  },
  check(ctx) {
    const { appendices } = ctx.document;
    if (appendices.length === 0) return 'not-applicable';
    // One numbering for all of them: one finding, at the first appendix numbered otherwise, fixing every one.
    const misnumbered = appendices.flatMap((appendix, i) =>
      appendices.length >= 2 && (appendix.number === undefined || fromRoman(appendix.number) === undefined)
        ? [{ i, number: appendix.number }]
        : [],
    );
    if (misnumbered.length > 0) {
      const first = misnumbered[0]!;
      const shown = misnumbered.slice(0, 3).map((m) => (m.number === undefined ? undefined : `"${m.number}"`));
      const more = misnumbered.length > 3 ? ', …' : '';
      const found = {
        vi: `${shown.map((x) => x ?? 'không có số').join(', ')}${more}`,
        en: `${shown.map((x) => x ?? 'no number').join(', ')}${more}`,
      };
      const count =
        misnumbered.length > 1
          ? { vi: ` ở ${misnumbered.length} phụ lục`, en: ` in ${misnumbered.length} appendices` }
          : { vi: '', en: '' };
      ctx.report({
        path: `appendices.${first.i}.number`,
        message: {
          vi: `Từ hai phụ lục trở lên phải đánh số bằng số La Mã (đang là ${found.vi}${count.vi})`,
          en: `Two or more appendices must be numbered in Roman numerals (found ${found.en}${count.en})`,
        },
        ...(first.number !== undefined && { actual: first.number }),
        expected: toRoman(first.i + 1),
        fix: {
          safety: 'safe',
          description: {
            vi: `Đánh số ${misnumbered.map((m) => `"${toRoman(m.i + 1)}"`).join(', ')}`,
            en: `Number them ${misnumbered.map((m) => `"${toRoman(m.i + 1)}"`).join(', ')}`,
          },
          changes: misnumbered.map((m) => ({ path: `appendices.${m.i}.number`, value: toRoman(m.i + 1) })),
        },
      });
    }
    appendices.forEach((appendix, i) => {
      // Electronic appendices in a separate file leave the line unfilled (nd30.md §4.4); paper ones fill it.
      if (!appendix.reference && !appendix.separateFile) {
        ctx.report({
          path: `appendices.${i}.reference`,
          severity: 'warning',
          message: {
            vi: 'Thiếu dòng "(Kèm theo … số … ngày … của …)" của phụ lục bản giấy',
            en: 'The paper appendix’s "(Kèm theo … số … ngày … của …)" line is missing',
          },
          expected: '(Kèm theo … số … ngày … của …)',
        });
      }
    });
  },
});
