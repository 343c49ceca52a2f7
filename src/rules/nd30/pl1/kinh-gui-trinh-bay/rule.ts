import { defineRule } from '../../../../rule-kit/define-rule.js';
import { sampleDocument } from '../../../../rule-kit/samples.js';
import { kindsWhere } from '../../../../rule-kit/support.js';

export const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
export const two = sampleDocument('cong-van', { recipients: ['Sở Tài chính', 'Sở Nội vụ'] });

/** With several addressees, the dashes line up vertically (checklist #10). */
export const kinhGuiTrinhBay = defineRule({
  meta: {
    id: 'nd30/pl1/kinh-gui-trinh-bay',
    title: { vi: 'Gạch đầu dòng của Kính gửi thẳng hàng', en: 'Kính gửi dashes aligned' },
    description: {
      vi: 'Khi gửi nhiều nơi, các gạch đầu dòng của danh sách "Kính gửi" thẳng hàng với nhau dưới dấu hai chấm.',
      en: 'With several addressees, the dashes of the "Kính gửi" list line up under the colon.',
    },
    legal: 'Phụ lục I, mục I.II.9.a (nd30.md §2.9)',
    checklist: [10],
    severity: 'error',
    kinds: kindsWhere((p) => p.kinhGui !== 'never'),
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    const { recipients } = ctx.document;
    const indents = recipients.map((_, i) => ctx.layout!.parts[`recipients.${i}`]?.indentCm?.left);
    const first = indents.find((v) => v !== undefined);
    if (recipients.length < 2 || first === undefined) return 'not-applicable';
    indents.forEach((left, i) => {
      // Half a millimetre of slack for measured files (nd30.md §3.7).
      if (left !== undefined && Math.abs(left - first) > 0.05)
        ctx.report({
          path: `recipients.${i}`,
          message: {
            vi: `Các gạch đầu dòng của Kính gửi phải thẳng hàng, lề ${String(first).replace('.', ',')} cm (đang là ${String(left).replace('.', ',')} cm)`,
            en: `The Kính gửi dashes must line up at ${first} cm (found ${left} cm)`,
          },
          actual: `${left} cm`,
          expected: `${first} cm`,
        });
    });
  },
});
