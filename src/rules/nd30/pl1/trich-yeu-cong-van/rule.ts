import { capitalizeFirstVi, isUpperVi, toLowerVi } from '../../../../grammar/case.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';

export const LINE = 'subjectLine';

/** The V/v line of a công văn: "V/v …", no colon, not "Về việc", not in caps (checklist #8). */
export const trichYeuCongVan = defineRule({
  meta: {
    id: 'nd30/pl1/trich-yeu-cong-van',
    title: { vi: 'Trích yếu công văn (V/v)', en: 'Subject of a công văn (V/v)' },
    description: {
      vi: 'Trích yếu công văn bắt đầu bằng "V/v" (không có dấu hai chấm, không viết "Về việc"), chữ thường.',
      en: 'A công văn subject starts with "V/v" (no colon, not spelled "Về việc"), in normal case.',
    },
    legal: 'Phụ lục I, mục I.II.5.b; Mẫu 1.5 (nd30.md §2.5)',
    checklist: [8],
    severity: 'warning',
    kinds: ['cong-van'],
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    const subject = ctx.document.subject;
    if (!subject) return 'not-applicable';
    if (isUpperVi(subject))
      ctx.report({
        path: 'subject',
        message: {
          vi: `Trích yếu công văn phải viết chữ thường, không viết hoa cả dòng (đang là "${subject}")`,
          en: `A công văn subject must be in normal case, not capitals (found "${subject}")`,
        },
        actual: subject,
        expected: capitalizeFirstVi(toLowerVi(subject)),
      });
    const raw = printed(ctx.sources, LINE);
    if (raw === undefined) return;
    const prefix = /^(V\s*\/\s*v|V\s*\/\s*V|v\s*\/\s*v|Về việc|VỀ VIỆC|V\.v)\s*:?\s*/u.exec(raw);
    if (prefix && prefix[0].trimEnd() === 'V/v') return;
    const expected = `V/v ${subject}`;
    const found = prefix?.[0].trim() ?? raw.slice(0, 12);
    const edits = replaceSpan(ctx.sources, LINE, expected);
    ctx.report({
      path: LINE,
      message: {
        vi: `Trích yếu công văn phải bắt đầu bằng "V/v ", không có dấu hai chấm (đang là "${found}")`,
        en: `A công văn subject must start with "V/v ", without a colon (found "${found}")`,
      },
      actual: found,
      expected: 'V/v',
      ...(edits && {
        fix: {
          safety: 'safe',
          description: { vi: 'Viết "V/v " trước trích yếu', en: 'Write "V/v " before the subject' },
          changes: [],
          edits,
        },
      }),
    });
  },
});
