import { REGION_NAMES } from '../../../../rule-kit/typography.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Nơi nhận flush left in the closing block's left column, level with the signer (checklist #14). */
export const viTriNoiNhan = defineRule({
  meta: {
    id: 'nd30/pl1/vi-tri-noi-nhan',
    title: { vi: 'Vị trí phần Nơi nhận', en: 'Position of the distribution' },
    description: {
      vi: '"Nơi nhận:" và danh sách nơi nhận canh trái, ở cột trái ngang hàng với quyền hạn, chức vụ người ký.',
      en: '"Nơi nhận:" and its list are flush left, in the left column level with the signer’s authority and title.',
    },
    legal: 'Phụ lục I, mục I.II.9.b; sơ đồ mục IV (nd30.md §2.9, §3.3)',
    checklist: [14],
    severity: 'warning',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    const heading = ctx.layout!.parts['distribution.heading'];
    if (!heading) return 'not-applicable';
    if (heading.alignment !== undefined && heading.alignment !== 'left' && heading.alignment !== 'justify')
      ctx.report({
        path: 'distribution.heading',
        message: {
          vi: `"Nơi nhận:" phải canh trái (đang canh ${heading.alignment === 'center' ? 'giữa' : heading.alignment === 'right' ? 'phải' : heading.alignment})`,
          en: `"Nơi nhận:" must be flush left (found ${heading.alignment})`,
        },
        actual: heading.alignment,
        expected: 'left',
      });
    if (heading.region !== undefined && heading.region !== 'closing-left')
      ctx.report({
        path: 'distribution.heading',
        message: {
          vi: `"Nơi nhận:" phải ở cột trái, ngang hàng với người ký (đang ở ${REGION_NAMES[heading.region].vi})`,
          en: `"Nơi nhận:" must be in the left column, level with the signer (found ${REGION_NAMES[heading.region].en})`,
        },
        actual: heading.region,
        expected: 'closing-left',
      });
  },
});
