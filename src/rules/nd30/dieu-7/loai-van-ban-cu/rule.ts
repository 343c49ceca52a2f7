import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Types Decree 09/2010 listed and Decree 30 dropped (checklist #30). */
export const loaiVanBanCu = defineRule({
  meta: {
    id: 'nd30/dieu-7/loai-van-ban-cu',
    title: { vi: 'Loại văn bản không còn trong Nghị định 30', en: 'Type no longer in Decree 30' },
    description: {
      vi: 'Bản cam kết, giấy chứng nhận, giấy đi đường, giấy biên nhận hồ sơ không còn là văn bản hành chính theo Điều 7 Nghị định 30.',
      en: 'Bản cam kết, giấy chứng nhận, giấy đi đường and giấy biên nhận hồ sơ are no longer administrative documents under Decree 30, Article 7.',
    },
    legal: 'Điều 7 (nd30.md §1)',
    checklist: [30],
    severity: 'info',
    regimes: ['cu'],
    needsLayout: false,
    fixSafety: 'never',
    tt01: {
      vi: 'Nghị định 09/2010 có 32 loại, Nghị định 30 còn 29',
      en: 'Decree 09/2010 had 32 types, Decree 30 has 29',
    },
  },
  check(ctx) {
    ctx.report({
      path: 'kind',
      message: {
        vi: `Loại văn bản phải thuộc danh mục 29 loại văn bản hành chính (đang là "${ctx.kind.name}", không còn trong danh mục)`,
        en: `The type must be one of the 29 administrative types (found "${ctx.kind.name}", no longer among them)`,
      },
      actual: ctx.kind.name,
      expected: 'one of the 29 administrative types (Điều 7)',
    });
  },
});
