import { defineRule } from '../../../../rule-kit/define-rule.js';
import { SPACING_SLACK_PT } from '../../../../rule-kit/typography.js';

const INDENTS = [1, 1.27];
const ALIGN_VI: Readonly<Record<string, string>> = { left: 'trái', right: 'phải', center: 'giữa' };

/** Body paragraphs: justified, first-line indent 1 or 1.27 cm, ≥ 6 pt apart, line spacing single to 1.5 (checklist #20). */
export const trinhBayNoiDung = defineRule({
  meta: {
    id: 'nd30/pl1/trinh-bay-noi-dung',
    title: { vi: 'Căn lề, thụt đầu dòng và giãn dòng của nội dung', en: 'Body alignment, indent and spacing' },
    description: {
      vi: 'Nội dung căn đều hai lề; đầu dòng lùi 1 cm hoặc 1,27 cm; khoảng cách giữa các đoạn tối thiểu 6 pt; khoảng cách giữa các dòng từ một dòng (single) đến 1,5 dòng.',
      en: 'The body is justified; first-line indent 1 cm or 1.27 cm; at least 6 pt between paragraphs; line spacing from single to 1.5 lines.',
    },
    legal: 'Phụ lục I, mục I.II.6.đ (nd30.md §2.6, §3.5)',
    checklist: [20],
    severity: 'error',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    const body = ctx.document.body;
    for (const [path, part] of Object.entries(ctx.layout!.parts)) {
      const m = /^body\.(\d+)(?:\.text)?$/.exec(path);
      const block = m && body[Number(m[1])];
      // Running text only: headings are centred, tables and lists have their own layout.
      if (!block || (block.type !== 'paragraph' && block.type !== 'clause' && block.type !== 'point')) continue;
      if (part.alignment !== undefined && part.alignment !== 'justify')
        ctx.report({
          path,
          message: {
            vi: `Nội dung phải căn đều hai lề (đang căn ${ALIGN_VI[part.alignment] ?? part.alignment})`,
            en: `The body must be justified (found ${part.alignment})`,
          },
          actual: part.alignment,
          expected: 'justify',
        });
      const indent = part.indentCm?.firstLine;
      if (indent !== undefined && !INDENTS.some((v) => Math.abs(v - indent) <= 0.05))
        ctx.report({
          path,
          message: {
            vi: `Đầu dòng phải lùi 1 cm hoặc 1,27 cm (đang là ${String(indent).replace('.', ',')} cm)`,
            en: `The first line must be indented 1 cm or 1.27 cm (found ${indent} cm)`,
          },
          actual: `${indent} cm`,
          expected: '1 cm | 1.27 cm',
        });
      const s = part.spacing;
      if (s) {
        const between = Math.max(s.beforePt ?? 0, s.afterPt ?? 0);
        if ((s.beforePt !== undefined || s.afterPt !== undefined) && between < 6 - SPACING_SLACK_PT)
          ctx.report({
            path,
            message: {
              vi: `Khoảng cách giữa các đoạn phải tối thiểu 6 pt (đang là ${between} pt)`,
              en: `Paragraphs must be at least 6 pt apart (found ${between} pt)`,
            },
            actual: `${between} pt`,
            expected: '≥ 6 pt',
          });
        if (s.line !== undefined && (s.lineRule ?? 'auto') === 'auto' && (s.line < 1 || s.line > 1.5))
          ctx.report({
            path,
            message: {
              vi: `Giãn dòng phải từ một dòng đến 1,5 dòng (đang là ${String(s.line).replace('.', ',')} dòng)`,
              en: `Line spacing must be from single to 1.5 lines (found ${s.line} lines)`,
            },
            actual: String(s.line),
            expected: '1–1.5',
          });
      }
    }
  },
});
