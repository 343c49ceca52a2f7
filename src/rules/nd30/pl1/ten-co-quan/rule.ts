import { isUpperVi, toUpperVi } from '../../../../grammar/case.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

// Common abbreviations allowed on the parent line only (PL I, I.II.2; nd30.md §2.2).
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/(^|\s)UBND(?=\s|$)/u, '$1ỦY BAN NHÂN DÂN'],
  [/(^|\s)HĐND(?=\s|$)/u, '$1HỘI ĐỒNG NHÂN DÂN'],
  [/(^|\s)TP\.\s*/u, '$1THÀNH PHỐ '],
];

/** Tên cơ quan ban hành: upper case, the issuer's own name in full (checklist #16 text, #17). */
export const tenCoQuan = defineRule({
  meta: {
    id: 'nd30/pl1/ten-co-quan',
    title: { vi: 'Tên cơ quan, tổ chức ban hành', en: 'Issuer name' },
    description: {
      vi: 'Tên cơ quan ban hành viết in hoa, đầy đủ (chỉ tên cơ quan chủ quản mới được viết tắt những cụm từ thông dụng như "UBND").',
      en: 'The issuer name is in capitals and in full (only the parent body’s line may abbreviate common phrases such as "UBND").',
    },
    legal: 'Phụ lục I, mục I.II.2 (nd30.md §2.2)',
    checklist: [16, 17],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'suggestion',
  },
  check(ctx) {
    const name = ctx.document.issuer.name;
    if (!isUpperVi(name)) {
      const value = toUpperVi(name);
      ctx.report({
        path: 'issuer.name',
        message: {
          vi: `Tên cơ quan ban hành phải viết in hoa (đang là "${name}")`,
          en: `The issuer name must be in capitals (found "${name}")`,
        },
        actual: name,
        expected: value,
        fix: {
          safety: 'suggestion',
          description: { vi: 'Viết hoa tên cơ quan', en: 'Capitalise the issuer name' },
          changes: [{ path: 'issuer.name', value }],
        },
      });
    }
    const expanded = ABBREVIATIONS.reduce((text, [re, full]) => text.replace(re, full), name);
    if (expanded !== name) {
      ctx.report({
        path: 'issuer.name',
        severity: 'warning',
        message: {
          vi: `Tên cơ quan ban hành phải viết đầy đủ, không viết tắt (đang là "${name}")`,
          en: `The issuer name must be written in full, not abbreviated (found "${name}")`,
        },
        actual: name,
        expected: expanded,
        // A suggestion: the official full name may differ from the mechanical expansion.
        fix: {
          safety: 'suggestion',
          description: { vi: 'Viết đầy đủ tên cơ quan', en: 'Write the issuer name in full' },
          changes: [{ path: 'issuer.name', value: expanded }],
        },
      });
    }
  },
});
