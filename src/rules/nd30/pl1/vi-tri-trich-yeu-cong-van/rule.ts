import { defineRule } from '../../../../rule-kit/define-rule.js';
import { REGION_NAMES, SPACING_SLACK_PT } from '../../../../rule-kit/typography.js';

/** The V/v of a công văn sits centred under the Số line, 6 pt below it, not as a title (checklist #8). */
export const viTriTrichYeuCongVan = defineRule({
  meta: {
    id: 'nd30/pl1/vi-tri-trich-yeu-cong-van',
    title: { vi: 'Vị trí trích yếu công văn', en: 'Position of a công văn’s V/v' },
    description: {
      vi: 'Trích yếu công văn (V/v) đặt canh giữa dưới số, ký hiệu ở cột trái (ô 5b), cách dòng số, ký hiệu 6 pt; không đặt giữa trang như tên loại (ô 5a).',
      en: 'A công văn’s V/v is centred under the number in the left column (ô 5b), 6 pt below it; not centred on the page like a type name (ô 5a).',
    },
    legal: 'Phụ lục I, mục I.II.5.b; sơ đồ mục IV (nd30.md §2.5, §3.5)',
    checklist: [8],
    severity: 'warning',
    kinds: ['cong-van'],
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    const parts = ctx.layout!.parts;
    const subject = parts.subjectLine;
    if (!subject) return 'not-applicable';
    if (subject.region !== undefined && subject.region !== 'header-left')
      ctx.report({
        path: 'subjectLine',
        message: {
          vi: `V/v phải đặt dưới số, ký hiệu ở cột trái, không đặt như tên loại (đang ở ${REGION_NAMES[subject.region].vi})`,
          en: `The V/v must go under the number in the left column, not as a title (found ${REGION_NAMES[subject.region].en})`,
        },
        actual: subject.region,
        expected: 'header-left',
      });
    // The 6 pt may be set before the V/v or after the Số line (nd30.md §3.5).
    const gap = Math.max(subject.spacing?.beforePt ?? 0, parts.numberLine?.spacing?.afterPt ?? 0);
    const known = subject.spacing?.beforePt !== undefined || parts.numberLine?.spacing?.afterPt !== undefined;
    if (known && gap < 6 - SPACING_SLACK_PT)
      ctx.report({
        path: 'subjectLine',
        message: {
          vi: `V/v phải cách dòng số, ký hiệu 6 pt (đang là ${gap} pt)`,
          en: `The V/v must be 6 pt below the number line (found ${gap} pt)`,
        },
        actual: `${gap} pt`,
        expected: '6 pt',
      });
  },
});
