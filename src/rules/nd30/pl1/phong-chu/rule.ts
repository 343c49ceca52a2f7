import type { FontSlots } from '../../../../model/layout.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

export const TNR = 'Times New Roman';
const SLOTS = ['ascii', 'hAnsi', 'cs'] as const;
// PL I, I.III.2.b: the độ khẩn stamp is printed in bright red ink, as is the độ mật stamp (a pre-made
// red stamp under the law on state secrets): their colour is not the black of the text.
const RED_STAMPS: ReadonlySet<string> = new Set(['urgency', 'confidentiality']);

/** Times New Roman in every slot Vietnamese text renders from, black, no legacy encoding (checklist #19). */
export const phongChu = defineRule({
  meta: {
    id: 'nd30/pl1/phong-chu',
    title: { vi: 'Phông chữ Times New Roman, màu đen', en: 'Times New Roman, black' },
    description: {
      vi: 'Phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001), màu đen (trừ dấu độ khẩn, độ mật in mực đỏ), ở mọi ô phông (ascii, hAnsi, cs: chữ có dấu lấy phông hAnsi); không dùng phông cũ .VnTime, VNI-Times. Phông mặc định của tệp chỉ bị báo khi có chữ dùng đến nó.',
      en: 'Times New Roman (Unicode, TCVN 6909:2001), black (except the urgency and confidentiality stamps, in red ink), in every font slot (ascii, hAnsi, cs: accented letters render from hAnsi); no legacy .VnTime or VNI-Times fonts. The file’s default font is reported only when some text falls back to it.',
    },
    legal: 'Phụ lục I, mục I.I.3–4, I.III.2.b (nd30.md §3.1, §2.10)',
    checklist: [19],
    severity: 'error',
    needsLayout: true,
    // A layout fact lives in the DOCX, not in the model: there is nothing to change on the model.
    fixSafety: 'never',
    tt01: {
      vi: 'Thông tư 01/2011 cho dùng bất kỳ phông Unicode tiếng Việt; Nghị định 30 bắt buộc Times New Roman',
      en: 'Circular 01/2011 allowed any Vietnamese Unicode font; Decree 30 requires Times New Roman',
    },
  },
  check(ctx) {
    const layout = ctx.layout!;
    const check = (
      path: string,
      font: FontSlots | undefined,
      color: string | undefined,
      legacy: string | undefined,
    ) => {
      const wrong = SLOTS.filter((s) => font?.[s] !== undefined && font[s] !== TNR);
      if (legacy)
        ctx.report({
          path,
          message: {
            vi: `Phông chữ phải là Unicode Times New Roman (đang là phông cũ TCVN3/VNI "${legacy}")`,
            en: `The font must be Unicode Times New Roman (found the legacy TCVN3/VNI font "${legacy}")`,
          },
          actual: legacy,
          expected: TNR,
        });
      else if (wrong.length > 0)
        ctx.report({
          path,
          message: {
            vi: `Phông chữ phải là Times New Roman (đang là ${wrong.map((s) => `${font![s]} ở ô ${s}`).join(', ')})`,
            en: `The font must be Times New Roman (found ${wrong.map((s) => `${font![s]} in slot ${s}`).join(', ')})`,
          },
          actual: wrong.map((s) => font![s]).join(', '),
          expected: TNR,
        });
      if (color !== undefined && !RED_STAMPS.has(path) && !/^(auto|000000)$/i.test(color))
        ctx.report({
          path,
          message: { vi: `Chữ phải màu đen (đang là màu ${color})`, en: `Text must be black (found colour ${color})` },
          actual: color,
          expected: '000000',
        });
    };
    // The document's defaults (docDefaults, the Normal style) print only the text that sets no font of
    // its own. Each part's font is checked where it is printed, so the defaults are reported only
    // when some text falls back to them: a part that states no font, a part set in their wrong font,
    // or no part at all. A file saved by LibreOffice keeps Liberation Serif in its defaults while
    // every run is Times New Roman (the Decree's own templates, 056): nothing printed is in them.
    const parts = Object.values(layout.parts);
    const defaults = layout.defaultFont;
    const fallsBack = (font: FontSlots | undefined) =>
      font === undefined ||
      SLOTS.some((s) => defaults?.[s] !== undefined && defaults[s] !== TNR && font[s] === defaults[s]);
    if (parts.length === 0 || parts.some((p) => fallsBack(p.font)))
      check('layout.defaultFont', defaults, undefined, undefined);
    for (const [path, part] of Object.entries(layout.parts)) check(path, part.font, part.color, part.legacyFont);
  },
});
