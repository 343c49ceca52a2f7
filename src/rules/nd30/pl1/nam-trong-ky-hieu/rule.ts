import { defineRule } from '../../../../rule-kit/define-rule.js';

/** A year inside an administrative ký hiệu copies the QPPL pattern (checklist #7). */
export const namTrongKyHieu = defineRule({
  meta: {
    id: 'nd30/pl1/nam-trong-ky-hieu',
    title: { vi: 'Năm trong ký hiệu', en: 'Year in the notation' },
    description: {
      vi: 'Ký hiệu văn bản hành chính không có năm ban hành; dạng "12/2024/QĐ-UBND" là của văn bản quy phạm pháp luật.',
      en: 'An administrative notation has no year; "12/2024/QĐ-UBND" is the legal-normative pattern.',
    },
    legal: 'Phụ lục I, mục I.II.3.b (nd30.md §2.3)',
    checklist: [7],
    severity: 'warning',
    needsLayout: false,
    fixSafety: 'suggestion',
  },
  check(ctx) {
    const year = /^(\d{4})\/(.+)$/.exec(ctx.document.notation ?? '');
    if (!year) return;
    ctx.report({
      path: 'notation',
      message: {
        vi: `Ký hiệu văn bản hành chính không được có năm (đang là "${ctx.document.notation!}"; nếu là văn bản QPPL, hãy khai báo regime "quy-pham-phap-luat")`,
        en: `An administrative notation must not hold the year (found "${ctx.document.notation!}"; if this is a legal-normative document, set regime "quy-pham-phap-luat")`,
      },
      actual: ctx.document.notation!,
      expected: year[2]!,
      // A suggestion: the document may be a QPPL mis-declared, in which case the year is right.
      fix: {
        safety: 'suggestion',
        description: { vi: 'Bỏ năm khỏi ký hiệu', en: 'Drop the year' },
        changes: [{ path: 'notation', value: year[2] }],
      },
    });
  },
});
