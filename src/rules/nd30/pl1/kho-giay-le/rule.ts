import { defineRule } from '../../../../rule-kit/define-rule.js';

// PL I, I.I.5–6; ±0.5 mm for measured files (nd30.md §3.7, PRACTICE).
const TOLERANCE = 0.5;
const MARGINS = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const SIDE_VI = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;

/** A4 portrait, margins top/bottom 20–25, left 30–35, right 15–20 mm (checklist #22). */
export const khoGiayLe = defineRule({
  meta: {
    id: 'nd30/pl1/kho-giay-le',
    title: { vi: 'Khổ giấy, hướng trang và lề', en: 'Paper, orientation and margins' },
    description: {
      vi: 'Khổ A4 (210 × 297 mm) cho mọi loại văn bản, trình bày theo chiều dài (chiều ngang chỉ khi có bảng); lề trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm.',
      en: 'A4 (210 × 297 mm) for every type, portrait (landscape only for tables); margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.',
    },
    legal: 'Phụ lục I, mục I.I.5–6 (nd30.md §3.1)',
    checklist: [22],
    severity: 'error',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
    tt01: {
      vi: 'Thông tư 01/2011 cho phép khổ A5 với giấy giới thiệu, phiếu gửi…; Nghị định 30 dùng A4 cho mọi loại',
      en: 'Circular 01/2011 allowed A5 for some forms; Decree 30 uses A4 for every type',
    },
  },
  check(ctx) {
    ctx.layout!.sections.forEach((section, i) => {
      const path = `layout.sections.${i}`;
      const [short, long] = [Math.min(section.widthMm, section.heightMm), Math.max(section.widthMm, section.heightMm)];
      if (Math.abs(short - 210) > 1 || Math.abs(long - 297) > 1)
        ctx.report({
          path,
          message: {
            vi: `Khổ giấy phải là A4, 210 × 297 mm (đang là ${section.widthMm} × ${section.heightMm} mm)`,
            en: `Paper must be A4, 210 × 297 mm (found ${section.widthMm} × ${section.heightMm} mm)`,
          },
          actual: `${section.widthMm} × ${section.heightMm} mm`,
          expected: '210 × 297 mm',
        });
      if (section.orientation === 'landscape')
        ctx.report({
          path,
          severity: 'warning',
          message: {
            vi: 'Trang phải đặt dọc, trừ khi nội dung có bảng (đang nằm ngang)',
            en: 'Pages must be portrait unless they hold a table (found landscape)',
          },
          actual: 'landscape',
          expected: 'portrait',
        });
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const value = section.marginsMm[side];
        const [min, max] = MARGINS[side];
        // A margin measured as the white space the text leaves may be narrower than it looks: too wide only when its least is.
        const least = side === 'top' ? value : (section.marginsAtLeastMm?.[side] ?? value);
        if (value < min - TOLERANCE || least > max + TOLERANCE)
          ctx.report({
            path: `${path}.marginsMm.${side}`,
            message: {
              vi: `Lề ${SIDE_VI[side]} phải từ ${min} đến ${max} mm (đang là ${value} mm)`,
              en: `The ${side} margin must be ${min}–${max} mm (found ${value} mm)`,
            },
            actual: `${value} mm`,
            expected: `${min}–${max} mm`,
          });
      }
    });
  },
});
