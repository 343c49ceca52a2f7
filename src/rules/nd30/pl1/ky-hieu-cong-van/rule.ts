import { z } from 'zod';
import { kindByCode } from '../../../../registry/kinds.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { isOwnAbbreviation } from '../../../../rule-kit/support.js';

/**
 * Options: the agency's own abbreviations that happen to equal a type code ("CT" for Cục Thuế,
 * "HĐ" for a Hội đồng), which a công văn ký hiệu rightly starts with.
 */
const Options = z.object({ issuerAbbreviations: z.array(z.string().trim().min(1)).default([]) }).strict();

/** Công văn ký hiệu without a type code: "UBND-KGVX", never "CV-UBND" or "QĐ-UBND" (checklist #5). */
export const kyHieuCongVan = defineRule({
  meta: {
    id: 'nd30/pl1/ky-hieu-cong-van',
    title: { vi: 'Ký hiệu công văn không có tên loại', en: 'Công văn notation without a type code' },
    description: {
      vi: 'Ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo (UBND-KGVX); công văn không có chữ viết tắt tên loại, kể cả "CV" và các chữ viết tắt của Phụ lục III (QĐ, TB…), trừ khi đó chính là chữ viết tắt tên cơ quan (CT của Cục Thuế; tùy chọn "issuerAbbreviations").',
      en: 'A công văn notation is the issuer abbreviation and the drafting unit (UBND-KGVX); a công văn has no type code, neither "CV" nor a code of Phụ lục III (QĐ, TB…), unless it is the issuer’s own abbreviation (CT for Cục Thuế; option "issuerAbbreviations").',
    },
    legal: 'Phụ lục I, mục I.II.3.b; Phụ lục III mục I (nd30.md §1, §2.3)',
    checklist: [5],
    severity: 'error',
    kinds: ['cong-van'],
    needsLayout: false,
    fixSafety: 'guarded',
    options: Options,
  },
  check(ctx) {
    const notation = ctx.document.notation;
    if (!notation) return 'not-applicable';
    const groups = notation.replace(/^\d{4}\//, '').split('-');
    const first = groups[0]!;
    if (groups.length >= 2 && first.toUpperCase() === 'CV') {
      const value = groups.slice(1).join('-');
      ctx.report({
        path: 'notation',
        message: {
          vi: `Ký hiệu công văn không được có chữ viết tắt tên loại "CV" (đang là "${notation}")`,
          en: `A công văn notation must not have the type code "CV" (found "${notation}")`,
        },
        actual: notation,
        expected: value,
        fix: {
          safety: 'guarded',
          description: { vi: 'Bỏ "CV-" khỏi ký hiệu', en: 'Drop "CV-" from the notation' },
          changes: [{ path: 'notation', value }],
        },
      });
      return;
    }
    const kind = kindByCode(first);
    if (!kind) return;
    // An issuer abbreviation may equal a type code ("CT-CS" of Cục Thuế; nd30.md §2.3, pitfalls.md).
    if (isOwnAbbreviation(first, ctx.document.issuer) || ctx.options.issuerAbbreviations.includes(first)) return;
    // No fix: either the kind (công văn) or the code is wrong, and which is a matter of substance.
    ctx.report({
      path: 'notation',
      message: {
        vi: `Ký hiệu công văn không được có chữ viết tắt tên loại (đang là "${notation}", "${first}" là của ${kind.name})`,
        en: `A công văn notation must not have a type code (found "${notation}", "${first}" is the code of ${kind.name})`,
      },
      actual: notation,
      expected: '<cơ quan>-<đơn vị soạn thảo>',
    });
  },
});
