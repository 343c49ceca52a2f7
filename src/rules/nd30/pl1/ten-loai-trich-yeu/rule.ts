import { capitalizeFirstVi } from '../../../../grammar/case.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';
import { kindsWhere } from '../../../../rule-kit/support.js';

/** A typed document has its tên loại line, upper case, and a trích yếu (checklist #9). */
export const tenLoaiTrichYeu = defineRule({
  meta: {
    id: 'nd30/pl1/ten-loai-trich-yeu',
    title: { vi: 'Tên loại và trích yếu', en: 'Type name and subject' },
    description: {
      vi: 'Văn bản có tên loại ghi tên loại bằng chữ in hoa (QUYẾT ĐỊNH) và trích yếu nội dung viết hoa chữ cái đầu (trừ giấy giới thiệu, giấy nghỉ phép).',
      en: 'A typed document prints its type name in capitals (QUYẾT ĐỊNH) and a subject starting with a capital (except giấy giới thiệu and giấy nghỉ phép).',
    },
    legal: 'Phụ lục I, mục I.II.5.a (nd30.md §2.5)',
    checklist: [9],
    severity: 'error',
    kinds: kindsWhere((p, slug) => p.titleLine && slug !== 'thu-cong'),
    needsLayout: false,
    fixSafety: 'safe',
  },
  check(ctx) {
    const { subject } = ctx.document;
    const title = ctx.kind.title!;
    const printedTitle = printed(ctx.sources, 'titleLine');
    if (printedTitle !== undefined && printedTitle !== title) {
      const edits = replaceSpan(ctx.sources, 'titleLine', title);
      ctx.report({
        path: 'titleLine',
        message: {
          vi: `Tên loại phải in hoa: "${title}" (đang là "${printedTitle}")`,
          en: `The type name must be in capitals: "${title}" (found "${printedTitle}")`,
        },
        actual: printedTitle,
        expected: title,
        ...(edits && {
          fix: {
            safety: 'safe',
            description: { vi: 'Viết hoa tên loại', en: 'Capitalise the type name' },
            changes: [],
            edits,
          },
        }),
      });
    }
    if (!ctx.kind.parts.subject) return;
    if (!subject) {
      ctx.report({
        path: 'subject',
        message: { vi: 'Thiếu trích yếu nội dung', en: 'The subject (trích yếu) is missing' },
        expected: 'trích yếu nội dung',
      });
    } else if (/^\p{Ll}/u.test(subject)) {
      const value = capitalizeFirstVi(subject);
      ctx.report({
        path: 'subject',
        message: {
          vi: `Trích yếu phải viết hoa chữ cái đầu (đang là "${subject}")`,
          en: `The subject must start with a capital (found "${subject}")`,
        },
        actual: subject,
        expected: value,
        fix: {
          safety: 'safe',
          description: { vi: 'Viết hoa chữ cái đầu', en: 'Capitalise the first letter' },
          changes: [{ path: 'subject', value }],
        },
      });
    }
  },
});
