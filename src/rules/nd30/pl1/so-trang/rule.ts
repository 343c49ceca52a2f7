import { defineRule } from '../../../../rule-kit/define-rule.js';

const ALIGN_VI: Readonly<Record<string, string>> = { left: 'trái', right: 'phải', justify: 'đều' };

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
          message: {
            vi: `Số trang phải đặt ở lề trên (đang ở ${n.position === 'footer' ? 'lề dưới' : n.position})`,
            en: `The page number must sit in the top margin (found ${n.position})`,
          },
          actual: n.position,
          expected: 'header',
        });
      if (n.alignment !== undefined && n.alignment !== 'center')
        ctx.report({
          path,
          message: {
            vi: `Số trang phải canh giữa (đang canh ${ALIGN_VI[n.alignment] ?? n.alignment})`,
            en: `The page number must be centred (found ${n.alignment})`,
          },
          actual: n.alignment,
          expected: 'center',
        });
      if (n.onFirstPage && section.content?.type !== 'appendix')
        ctx.report({
          path,
          message: {
            vi: 'Không được hiển thị số trang ở trang thứ nhất (đang hiển thị)',
            en: 'Page 1 must show no page number (found one shown)',
          },
          actual: 'shown',
          expected: 'hidden',
        });
      if (n.format !== undefined && n.format !== 'decimal')
        ctx.report({
          path,
          message: {
            vi: `Số trang phải bằng chữ số Ả Rập (đang là ${n.format})`,
            en: `Page numbers must be Arabic numerals (found ${n.format})`,
          },
          actual: n.format,
          expected: 'decimal',
        });
      if (section.content?.type === 'appendix' && n.start !== 1)
        ctx.report({
          path,
          message: {
            vi: `Phụ lục phải đánh số trang riêng, bắt đầu từ 1 (đang ${n.start === undefined ? 'đánh số tiếp' : `bắt đầu từ ${n.start}`})`,
            en: `An appendix must be numbered on its own from 1 (found ${n.start === undefined ? 'continued numbering' : `a start at ${n.start}`})`,
          },
          actual: n.start === undefined ? 'continues' : String(n.start),
          expected: '1',
        });
    });
  },
});
