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
    // "V/v V/v …": the prefix printed twice (a subject stored with its printed prefix).
    const doubled = /^V\s*\/\s*v\b\s*:?\s*/iu.exec(subject);
    if (doubled)
      ctx.report({
        path: 'subject',
        message: {
          vi: `"V/v" phải viết một lần trước trích yếu (đang là "V/v ${doubled[0].trim()}")`,
          en: `"V/v" must be written once before the subject (found "V/v ${doubled[0].trim()}")`,
        },
        actual: `V/v ${subject}`,
        expected: `V/v ${subject.slice(doubled[0].length)}`,
        fix: {
          safety: 'safe',
          description: { vi: 'Bỏ "V/v" thừa', en: 'Remove the repeated "V/v"' },
          changes: [{ path: 'subject', value: subject.slice(doubled[0].length) }],
        },
      });
    const raw = printed(ctx.sources, LINE);
    if (raw === undefined) return;
    // Mẫu 1.5 ends the V/v line without a period ("V/v nâng bậc lương năm 2019"; nd30.md §2.5): TEMPLATE, a warning.
    const end = /([.;,])[\s*_]*$/u.exec(raw);
    if (end)
      ctx.report({
        path: LINE,
        message: {
          vi: `Trích yếu công văn không được có dấu câu ở cuối (đang là "${end[1]}")`,
          en: `A công văn subject must take no final punctuation (found "${end[1]}")`,
        },
        actual: end[1],
        expected: 'no final punctuation',
      });
    const prefix = /^(V\s*\/\s*v|V\s*\/\s*V|v\s*\/\s*v|Về việc|VỀ VIỆC|V\.v)\s*:?\s*/u.exec(raw);
    if (prefix && prefix[0].trimEnd() === 'V/v') return;
    // A line all in capitals prints "V/V": one cause, reported above as the case of the subject.
    if (prefix && prefix[0].trimEnd() === 'V/V' && isUpperVi(subject)) return;
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
