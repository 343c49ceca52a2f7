import { defineRule } from '../../../../rule-kit/define-rule.js';
import { slotSpec } from '../../../../rule-kit/typography.js';

/** Font size of each part, per the sample table of PL I mục V (checklist #12, #15, #16, #20). */
export const coChu = defineRule({
  meta: {
    id: 'nd30/pl1/co-chu',
    title: { vi: 'Cỡ chữ của từng thành phần', en: 'Font size of each part' },
    description: {
      vi: 'Cỡ chữ theo bảng mẫu: Quốc hiệu 12–13, Tiêu ngữ 13–14, tên cơ quan 12–13, số ký hiệu 13, ngày tháng 13–14, V/v 12–13, nội dung 13–14, "Nơi nhận:" 12, danh sách nơi nhận 11, người ký 13–14.',
      en: 'Sizes per the sample table: national name 12–13, motto 13–14, issuer 12–13, number 13, date 13–14, V/v 12–13, body 13–14, "Nơi nhận:" 12, recipients 11, signer 13–14.',
    },
    legal: 'Phụ lục I, mục II và bảng mục V (nd30.md §3.2)',
    checklist: [12, 15, 16, 20],
    severity: 'error',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    for (const [path, part] of Object.entries(ctx.layout!.parts)) {
      const spec = slotSpec(path, ctx.document);
      if (!spec || part.sizePt === undefined) continue;
      const [min, max] = spec.size;
      if (part.sizePt < min || part.sizePt > max) {
        const wanted = min === max ? `${min} pt` : `${min}–${max} pt`;
        ctx.report({
          path,
          message: {
            vi: `Cỡ chữ ${spec.name} phải là ${wanted.replace('–', ' đến ')} (đang là ${part.sizePt} pt)`,
            en: `The ${spec.name} must be set in ${wanted} (found ${part.sizePt} pt)`,
          },
          actual: `${part.sizePt}pt`,
          expected: wanted.replace(' ', ''),
        });
      }
    }
  },
});
