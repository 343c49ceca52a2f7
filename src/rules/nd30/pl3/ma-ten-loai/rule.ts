import { kindByCode, ND30_KINDS } from '../../../../registry/kinds.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

const TYPED = ND30_KINDS.filter((k) => 'code' in k && k.code).map((k) => k.slug);

/**
 * The type code of a typed document's ký hiệu, exact case: QĐ, QyĐ, TTr (checklist #6). A missing,
 * unknown or mis-cased code is reported here; the code of another type in `ma-ten-loai-khong-khop`.
 */
export const maTenLoai = defineRule({
  meta: {
    id: 'nd30/pl3/ma-ten-loai',
    title: { vi: 'Chữ viết tắt tên loại trong ký hiệu', en: 'Type code in the notation' },
    description: {
      vi: 'Ký hiệu văn bản có tên loại bắt đầu bằng chữ viết tắt tên loại đúng bảng Phụ lục III, kể cả chữ thường (QyĐ, CTr, TTr) và chữ Đ.',
      en: 'A typed document’s notation starts with its type code exactly as in the Phụ lục III table, including the lower-case letters (QyĐ, CTr, TTr) and Đ.',
    },
    legal: 'Phụ lục III, mục I; Phụ lục I, mục I.II.3.b (nd30.md §1)',
    checklist: [6],
    severity: 'error',
    kinds: TYPED,
    needsLayout: false,
    fixSafety: 'guarded',
  },
  check(ctx) {
    const { notation } = ctx.document;
    const code = ctx.kind.code;
    if (!notation || !code) return 'not-applicable';
    const year = /^\d{4}\//.exec(notation)?.[0] ?? '';
    // Spaces or an en dash between the groups ("QĐ – THQC") are nd30/pl1/so-ky-hieu's finding, not a wrong code.
    const groups = notation.slice(year.length).split(/\s*[-–—]\s*/u);
    const first = groups[0]!;
    if (first === code) return;
    // The exact code of another type (QĐ on a Quy định) contradicts the kind: nd30/pl3/ma-ten-loai-khong-khop says so.
    if (kindByCode(first)) return;
    const missing = groups.length < 2;
    const value = year + (missing ? [code, ...groups] : [code, ...groups.slice(1)]).join('-');
    const caseOnly = !missing && first.toUpperCase() === code.toUpperCase();
    ctx.report({
      path: 'notation',
      message: missing
        ? {
            vi: `Ký hiệu phải có chữ viết tắt tên loại "${code}" (đang là "${notation}")`,
            en: `The notation must have the type code "${code}" (found "${notation}")`,
          }
        : {
            vi: `Chữ viết tắt tên loại ${ctx.kind.name} phải là "${code}" (đang là "${first}")`,
            en: `The type code of ${ctx.kind.name} must be "${code}" (found "${first}")`,
          },
      actual: notation,
      expected: value,
      ...(caseOnly && { severity: 'warning' as const }),
      fix: {
        safety: caseOnly ? 'safe' : 'guarded',
        description: { vi: `Dùng "${code}"`, en: `Use "${code}"` },
        changes: [{ path: 'notation', value }],
      },
    });
  },
});
