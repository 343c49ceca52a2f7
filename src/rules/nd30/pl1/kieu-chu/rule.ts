import { defineRule } from '../../../../rule-kit/define-rule.js';
import { capitalizeFirstVi } from '../../../../grammar/case.js';
import { slotSpec } from '../../../../rule-kit/typography.js';

/** Bold and italic of each part (checklist #3, #8, #9, #12, #15, #16, #18, #24). */
export const kieuChu = defineRule({
  meta: {
    id: 'nd30/pl1/kieu-chu',
    title: { vi: 'Kiểu chữ đậm, nghiêng của từng thành phần', en: 'Bold and italic of each part' },
    description: {
      vi: 'Quốc hiệu, Tiêu ngữ, tên cơ quan ban hành, tên loại, trích yếu (văn bản có tên loại), quyền hạn, chức vụ và họ tên người ký in đậm; tên cơ quan chủ quản, V/v không đậm; ngày tháng, căn cứ in nghiêng; "Nơi nhận:" đậm nghiêng.',
      en: 'National name, motto, issuer, type name, subject (typed documents), authority, title and signer name are bold; the parent body and V/v are not; the date and legal bases are italic; "Nơi nhận:" is bold italic.',
    },
    legal: 'Phụ lục I, mục II và bảng mục V (nd30.md §3.2)',
    checklist: [3, 8, 9, 12, 15, 16, 18, 24, 28],
    severity: 'error',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    for (const [path, part] of Object.entries(ctx.layout!.parts)) {
      const spec = slotSpec(path, ctx.document);
      if (!spec) continue;
      const Name = capitalizeFirstVi(spec.name);
      if (spec.bold !== undefined && part.bold !== undefined && part.bold !== spec.bold) {
        ctx.report({
          path,
          message: spec.bold
            ? { vi: `${Name} phải in đậm (đang in thường)`, en: `The ${spec.name} must be bold (found regular)` }
            : { vi: `${Name} không được in đậm (đang in đậm)`, en: `The ${spec.name} must not be bold (found bold)` },
          actual: part.bold ? 'bold' : 'regular',
          expected: spec.bold ? 'bold' : 'regular',
        });
      }
      // PL I, I.III.2–3: urgency and circulation stamps sit in a single-line box.
      if ((path === 'urgency' || path === 'circulation') && !part.box)
        ctx.report({
          path,
          message: {
            vi: `${Name} phải đặt trong khung viền đơn (đang không có khung)`,
            en: `The ${spec.name} must be set in a single-line box (found no box)`,
          },
          actual: 'no box',
          expected: 'single-line box',
        });
      if (spec.italic !== undefined && part.italic !== undefined && part.italic !== spec.italic) {
        ctx.report({
          path,
          message: spec.italic
            ? { vi: `${Name} phải in nghiêng (đang in đứng)`, en: `The ${spec.name} must be italic (found upright)` }
            : { vi: `${Name} phải in đứng (đang in nghiêng)`, en: `The ${spec.name} must be upright (found italic)` },
          actual: part.italic ? 'italic' : 'upright',
          expected: spec.italic ? 'italic' : 'upright',
        });
      }
    }
  },
});
