import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Mẫu 1.9: a biên bản has no place/date line in its header (checklist #33). */
export const bienBanDiaDanh = defineRule({
  meta: {
    id: 'nd30/pl3/bien-ban-dia-danh',
    title: { vi: 'Biên bản không có dòng địa danh, ngày tháng', en: 'Biên bản without a place/date header' },
    description: {
      vi: 'Theo Mẫu 1.9, biên bản không có dòng địa danh, ngày tháng ở phần đầu; thời gian ghi trong nội dung ("Thời gian bắt đầu …").',
      en: 'Under Mẫu 1.9 a biên bản has no place/date header line; the time is in the body ("Thời gian bắt đầu …").',
    },
    legal: 'Phụ lục III, Mẫu 1.9 (nd30.md §6)',
    checklist: [33],
    severity: 'info',
    kinds: ['bien-ban'],
    needsLayout: false,
    fixSafety: 'never',
  },
  check(ctx) {
    const span = ctx.sources.placeDateLine;
    if (span)
      ctx.report({
        path: 'placeDateLine',
        message: {
          vi: `Biên bản không được có dòng địa danh, ngày tháng ở phần đầu (đang là "${span.raw.trim().slice(0, 80)}")`,
          en: `A biên bản must not have a place/date line in its header (found "${span.raw.trim().slice(0, 80)}")`,
        },
        actual: span.raw.trim().slice(0, 80),
        expected: 'no place/date line in the header',
      });
    else if (!ctx.hasSources && ctx.document.place)
      ctx.report({
        path: 'place',
        message: {
          vi: `Biên bản không được có dòng địa danh, ngày tháng ở phần đầu (đang có địa danh "${ctx.document.place}")`,
          en: `A biên bản must not have a place/date line in its header (found the place "${ctx.document.place}")`,
        },
        actual: ctx.document.place,
        expected: 'no place/date line in the header',
      });
  },
});
