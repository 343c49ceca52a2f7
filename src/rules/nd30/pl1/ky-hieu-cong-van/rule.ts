import { defineRule } from '../../../../validate/define-rule.js';
import { sampleDocument } from '../../../../validate/samples.js';

/** Công văn ký hiệu without a type code: "UBND-KGVX", never "CV-UBND" (checklist #5). */
export const kyHieuCongVan = defineRule({
  meta: {
    id: 'nd30/pl1/ky-hieu-cong-van',
    title: { vi: 'Ký hiệu công văn không có tên loại', en: 'Công văn notation without a type code' },
    description: {
      vi: 'Ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo (UBND-KGVX); công văn không có chữ viết tắt tên loại ("CV").',
      en: 'A công văn notation is the issuer abbreviation and the drafting unit (UBND-KGVX); a công văn has no type code ("CV").',
    },
    legal: 'Phụ lục I, mục I.II.3.b; Phụ lục III mục I (nd30.md §1, §2.3)',
    checklist: [5],
    severity: 'error',
    kinds: ['cong-van'],
    needsLayout: false,
    fixSafety: 'guarded',
    examples: {
      valid: [{ name: 'Ký hiệu cơ quan - đơn vị', document: sampleDocument('cong-van', { notation: 'UBND-KGVX' }) }],
      invalid: [{ name: 'Có "CV"', document: sampleDocument('cong-van', { notation: 'CV-UBND' }), paths: ['notation'], fixable: true }],
    },
  },
  check(ctx) {
    const notation = ctx.document.notation;
    if (!notation) return 'not-applicable';
    // Only "CV" is flagged: an issuer abbreviation may equal a type code ("CT" for Cục Thuế; pitfalls.md).
    const groups = notation.split('-');
    if (groups[0]?.toUpperCase() !== 'CV' || groups.length < 2) return;
    const value = groups.slice(1).join('-');
    ctx.report({
      path: 'notation',
      message: { vi: 'Công văn không có chữ viết tắt tên loại ("CV")', en: 'A công văn has no type code ("CV")' },
      actual: notation,
      expected: value,
      fix: { safety: 'guarded', description: { vi: 'Bỏ "CV-" khỏi ký hiệu', en: 'Drop "CV-" from the notation' }, changes: [{ path: 'notation', value }] },
    });
  },
});
