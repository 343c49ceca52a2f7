import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Page numbers: centred in the header, Arabic, hidden on page 1, each appendix from 1 (checklist #23, #25). */
export const soTrang = defineRule({
  meta: {
    id: 'nd30/pl1/so-trang',
    title: { vi: 'Số trang', en: 'Page numbers' },
    description: {
      vi: 'Số trang bằng chữ số Ả Rập, đặt canh giữa lề trên, không hiển thị ở trang thứ nhất; mỗi phụ lục đánh số trang riêng.',
      en: 'Page numbers in Arabic numerals, centred in the top margin, not shown on page 1; each appendix is numbered on its own.',
    },
    legal: 'Phụ lục I, mục I.I.7 và I.III.1 (nd30.md §3.6)',
    checklist: [23, 25],
    severity: 'error',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
    tt01: {
      vi: 'Thông tư 01/2011 đặt số trang ở góc phải chân trang',
      en: 'Circular 01/2011 put the page number bottom right in the footer',
    },
  },
  check(ctx) {
    ctx.layout!.sections.forEach((section, i) => {
      const n = section.pageNumbering;
      const path = `layout.sections.${i}.pageNumbering`;
      if (n.position === 'none') return;
      if (n.position !== 'header')
        ctx.report({
          path,
          message: { vi: 'Số trang đặt ở lề trên', en: 'The page number sits in the top margin' },
          actual: n.position,
          expected: 'header',
        });
      if (n.alignment !== undefined && n.alignment !== 'center')
        ctx.report({
          path,
          message: { vi: 'Số trang canh giữa', en: 'The page number is centred' },
          actual: n.alignment,
          expected: 'center',
        });
      if (n.onFirstPage && section.content?.type !== 'appendix')
        ctx.report({
          path,
          message: { vi: 'Không hiển thị số trang ở trang thứ nhất', en: 'No page number on page 1' },
          actual: 'shown',
          expected: 'hidden',
        });
      if (n.format !== undefined && n.format !== 'decimal')
        ctx.report({
          path,
          message: { vi: 'Số trang bằng chữ số Ả Rập', en: 'Page numbers are Arabic numerals' },
          actual: n.format,
          expected: 'decimal',
        });
      if (section.content?.type === 'appendix' && n.start !== 1)
        ctx.report({
          path,
          message: { vi: 'Phụ lục đánh số trang riêng, bắt đầu từ 1', en: 'An appendix is numbered on its own from 1' },
          actual: n.start === undefined ? 'continues' : String(n.start),
          expected: '1',
        });
    });
  },
});
