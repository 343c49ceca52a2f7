import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Sizes step consistently: Tiêu ngữ = Quốc hiệu + 1, date = Tiêu ngữ (checklist #21). */
export const coChuNhatQuan = defineRule({
  meta: {
    id: 'nd30/pl1/co-chu-nhat-quan',
    title: { vi: 'Cỡ chữ tăng giảm thống nhất', en: 'Consistent size steps' },
    description: {
      vi: 'Cỡ chữ tăng, giảm thống nhất trong một văn bản: Quốc hiệu 12 thì Tiêu ngữ và ngày tháng 13; Quốc hiệu 13 thì Tiêu ngữ và ngày tháng 14.',
      en: 'Sizes step consistently within a document: national name 12 with motto and date 13; national name 13 with motto and date 14.',
    },
    legal: 'Phụ lục I, chú thích bảng mục V (nd30.md §3.2)',
    checklist: [21],
    severity: 'warning',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    const parts = ctx.layout!.parts;
    const name = parts['nationalTitle.name']?.sizePt;
    const motto = parts['nationalTitle.motto']?.sizePt;
    const date = parts.placeDateLine?.sizePt;
    if (name === undefined || motto === undefined) return 'not-applicable';
    if (motto !== name + 1)
      ctx.report({
        path: 'nationalTitle.motto',
        message: {
          vi: `Tiêu ngữ phải lớn hơn Quốc hiệu 1 cỡ chữ (đang là Tiêu ngữ ${motto} pt, Quốc hiệu ${name} pt)`,
          en: `The motto must be one size above the national name (found motto ${motto} pt, national name ${name} pt)`,
        },
        actual: `${name}/${motto}`,
        expected: `${name}/${name + 1}`,
      });
    if (date !== undefined && date !== motto)
      ctx.report({
        path: 'placeDateLine',
        message: {
          vi: `Ngày tháng phải cùng cỡ chữ với Tiêu ngữ, ${motto} pt (đang là ${date} pt)`,
          en: `The date must have the motto’s size, ${motto} pt (found ${date} pt)`,
        },
        actual: `${date}pt`,
        expected: `${motto}pt`,
      });
  },
});
