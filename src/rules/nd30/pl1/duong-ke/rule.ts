import type { RuleLine } from '../../../../model/layout.js';
import { printedTitle } from '../../../../registry/kinds.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

// Ratio tolerance for measured lines under the issuer and a trích yếu (PRACTICE).
const SLACK = 0.05;
// The Tiêu ngữ's line is "as long as the text" (PL I, I.II.1) but is typed, in the Decree's own files,
// as 39–42 superscript underscores whose printed length depends on the renderer. Measured with the
// reader's metrics (Times advance widths, superscript at 0.65, as Word prints it), the lines of the
// official templates (056, Phụ lục III: twelve headers) are 0.99–1.12 of the text, the Decree's own
// (055) 1.07, the agency fixtures' (test/fixtures/docx) 1.14; LibreOffice prints superscript at 58%
// (its PDF of 056: 41 underscores at 14 pt = 58.5 mm), which makes the same lines 0.88–1.00. A line
// within 15% of the text is as long as it; a half-length or overlong line is still reported.
const MOTTO_SLACK = 0.15;

/** Solid lines: under the motto as long as it, under the issuer and a typed subject 1/3–1/2; none under V/v (checklist #8, #9, #15, #16). */
export const duongKe = defineRule({
  meta: {
    id: 'nd30/pl1/duong-ke',
    title: { vi: 'Đường kẻ dưới Tiêu ngữ, tên cơ quan và trích yếu', en: 'Lines under the motto, issuer and subject' },
    description: {
      vi: 'Dưới Tiêu ngữ có đường kẻ liền dài bằng dòng chữ; dưới tên cơ quan ban hành và trích yếu (văn bản có tên loại) có đường kẻ liền dài 1/3 đến 1/2 dòng chữ; dưới V/v của công văn không có đường kẻ.',
      en: 'A solid line as long as the motto under it; a solid line 1/3 to 1/2 of the text under the issuer and under a typed document’s subject; no line under a công văn’s V/v.',
    },
    legal: 'Phụ lục I, mục I.II.1, I.II.2, I.II.5 (nd30.md §3.4)',
    checklist: [8, 9, 15, 16],
    severity: 'error',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
  },
  check(ctx) {
    const parts = ctx.layout!.parts;
    const expectLine = (path: string, min: number, max: number, what: { vi: string; en: string }, slack = SLACK) => {
      const part = parts[path];
      if (!part) return;
      const line: RuleLine | undefined = part.lineBelow;
      if (!line)
        return ctx.report({
          path,
          message: { vi: `Thiếu đường kẻ dưới ${what.vi}`, en: `The line under the ${what.en} is missing` },
          actual: 'no line',
          expected: 'solid line',
        });
      if (line.style !== undefined && line.style !== 'solid')
        ctx.report({
          path,
          message: {
            vi: `Đường kẻ dưới ${what.vi} phải là nét liền (đang là ${line.style})`,
            en: `The line under the ${what.en} must be solid (found ${line.style})`,
          },
          actual: line.style,
          expected: 'solid',
        });
      const wanted = min === max ? String(min) : `${min.toFixed(2)}–${max.toFixed(2)}`;
      if (line.ratioToText !== undefined && (line.ratioToText < min - slack || line.ratioToText > max + slack))
        ctx.report({
          path,
          message: {
            vi: `Đường kẻ dưới ${what.vi} phải dài bằng ${wanted.replaceAll('.', ',')} lần dòng chữ (đang là ${line.ratioToText.toFixed(2).replace('.', ',')} lần)`,
            en: `The line under the ${what.en} must be ${wanted} times the text’s length (found ${line.ratioToText.toFixed(2)} times)`,
          },
          actual: line.ratioToText.toFixed(2),
          expected: wanted,
        });
    };
    expectLine('nationalTitle.motto', 1, 1, { vi: 'Tiêu ngữ', en: 'motto' }, MOTTO_SLACK);
    expectLine('issuer.name', 1 / 3, 1 / 2, { vi: 'tên cơ quan ban hành', en: 'issuer name' });
    if (printedTitle(ctx.document.kind) === undefined) {
      if (parts.subjectLine?.lineBelow)
        ctx.report({
          path: 'subjectLine',
          message: {
            vi: 'Dưới V/v của công văn không được có đường kẻ (đang có)',
            en: 'A công văn’s V/v must have no line under it (found one)',
          },
          actual: 'line',
          expected: 'none',
        });
    } else if (ctx.kind.parts.subject || ctx.document.kind === 'thu-cong')
      expectLine('subjectLine', 1 / 3, 1 / 2, { vi: 'trích yếu', en: 'subject' });
  },
});
