import { isTitleCaseVi, isUpperVi, toTitleCaseVi, toUpperVi } from '../../../../grammar/case.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

/** The signer's title in capitals and unabbreviated, the name in title case (checklist #18). */
export const hoTenChucVu = defineRule({
  meta: {
    id: 'nd30/pl1/ho-ten-chuc-vu',
    title: { vi: 'Chức vụ và họ tên người ký', en: 'Signer’s title and name' },
    description: {
      vi: 'Chức vụ in hoa, không viết tắt ("P. GIÁM ĐỐC"); họ tên người ký viết hoa chữ cái đầu mỗi âm tiết, không in hoa cả.',
      en: 'The title is in capitals and not abbreviated ("P. GIÁM ĐỐC"); the signer’s name capitalises each syllable and is not all capitals.',
    },
    legal: 'Phụ lục I, mục I.II.7.a–b (nd30.md §2.7)',
    checklist: [18],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'never',
  },
  check(ctx) {
    if (ctx.document.signatures.length === 0) return 'not-applicable';
    ctx.document.signatures.forEach((signature, s) => {
      const name = signature.name;
      if (isUpperVi(name) || !isTitleCaseVi(name.replace(/^(?:\p{Lu}\p{L}*\.)+\s*/u, ''))) {
        ctx.report({
          path: `signatures.${s}.name`,
          message: {
            vi: `Họ tên người ký phải viết hoa chữ cái đầu mỗi âm tiết (đang là "${name}")`,
            en: `The signer’s name must capitalise each syllable (found "${name}")`,
          },
          actual: name,
          expected: toTitleCaseVi(name),
        });
      }
      if (signature.title !== undefined) {
        if (/^P\.\s*/u.test(signature.title))
          ctx.report({
            path: `signatures.${s}.title`,
            message: {
              vi: `Chức vụ không được viết tắt, "P." là "PHÓ" (đang là "${signature.title}")`,
              en: `The title must not be abbreviated, "P." stands for "PHÓ" (found "${signature.title}")`,
            },
            actual: signature.title,
            expected: signature.title.replace(/^P\.\s*/u, 'PHÓ '),
          });
        else if (!isUpperVi(signature.title))
          ctx.report({
            path: `signatures.${s}.title`,
            message: {
              vi: `Chức vụ người ký phải in hoa (đang là "${signature.title}")`,
              en: `The signer’s title must be in capitals (found "${signature.title}")`,
            },
            actual: signature.title,
            expected: toUpperVi(signature.title),
          });
      }
    });
  },
});
