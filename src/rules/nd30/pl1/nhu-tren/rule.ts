import { defineRule } from '../../../../rule-kit/define-rule.js';

/** With a Kính gửi, the Nơi nhận list starts with "- Như trên;" (checklist #11). */
export const nhuTren = defineRule({
  meta: {
    id: 'nd30/pl1/nhu-tren',
    title: { vi: '"Như trên" trong Nơi nhận', en: '"Như trên" in the distribution' },
    description: {
      vi: 'Văn bản có "Kính gửi" thì phần Nơi nhận bắt đầu bằng "- Như trên;".',
      en: 'When a document has "Kính gửi", its Nơi nhận list starts with "- Như trên;".',
    },
    legal: 'Phụ lục I, mục I.II.9.b; Mẫu 1.5 (nd30.md §2.9)',
    checklist: [11],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'guarded',
  },
  check(ctx) {
    const { recipients, distribution } = ctx.document;
    if (recipients.length === 0) return 'not-applicable';
    if (distribution.some((d) => /^Như trên\b|^Như trên$/u.test(d))) return;
    const first = distribution[0];
    const found =
      first === undefined ? { vi: 'không có', en: 'none found' } : { vi: `đang là "${first}"`, en: `found "${first}"` };
    ctx.report({
      path: 'distribution',
      message: {
        vi: `Có "Kính gửi" thì Nơi nhận phải bắt đầu bằng "- Như trên;" (${found.vi})`,
        en: `With "Kính gửi", Nơi nhận must start with "- Như trên;" (${found.en})`,
      },
      ...(distribution[0] !== undefined && { actual: distribution[0] }),
      expected: 'Như trên',
      fix: {
        safety: 'guarded',
        description: { vi: 'Thêm "Như trên" vào đầu Nơi nhận', en: 'Add "Như trên" first in Nơi nhận' },
        changes: [{ path: 'distribution', value: ['Như trên', ...distribution] }],
      },
    });
  },
});
