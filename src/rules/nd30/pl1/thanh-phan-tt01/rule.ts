import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Thông tư 01/2011 elements a Decree 30 document no longer has: DỰ THẢO box, Telex (checklist #29). */
export const thanhPhanTt01 = defineRule({
  meta: {
    id: 'nd30/pl1/thanh-phan-tt01',
    title: { vi: 'Thành phần của Thông tư 01/2011', en: 'Elements of Circular 01/2011' },
    description: {
      vi: 'Nghị định 30 không còn ô "chỉ dẫn về dự thảo" (DỰ THẢO), biểu tượng (logo) và số Telex trong địa chỉ.',
      en: 'Decree 30 has no "draft" box (DỰ THẢO), no logo and no Telex number in the address block.',
    },
    legal: 'Phụ lục I, mục IV (sơ đồ); so với Thông tư 01/2011/TT-BNV (nd30.md §2.10, §7.1)',
    checklist: [29],
    severity: 'info',
    needsLayout: false,
    fixSafety: 'never',
    tt01: {
      vi: 'Thông tư 01/2011 có ô 12 "dự thảo", ô 15 logo và Telex; Nghị định 30 bỏ các ô này',
      en: 'Circular 01/2011 had cell 12 "draft", cell 15 logo and Telex; Decree 30 dropped them',
    },
  },
  check(ctx) {
    const { contact, circulation } = ctx.document;
    for (const [field, value] of Object.entries(contact ?? {})) {
      if (typeof value === 'string' && /telex/iu.test(value))
        ctx.report({
          path: `contact.${field}`,
          message: {
            vi: `Theo Nghị định 30, không được ghi số Telex (đang là "${value}")`,
            en: `Under Decree 30, there must be no Telex number (found "${value}")`,
          },
          actual: value,
          expected: 'no Telex number',
        });
    }
    if (circulation && /DỰ THẢO/u.test(circulation))
      ctx.report({
        path: 'circulation',
        message: {
          vi: `Theo Nghị định 30, không được có ô "DỰ THẢO" (đang là "${circulation}")`,
          en: `Under Decree 30, there must be no "DỰ THẢO" box (found "${circulation}")`,
        },
        actual: circulation,
        expected: 'no DỰ THẢO box',
      });
    for (const [path, span] of Object.entries(ctx.sources)) {
      if (/^\s*DỰ THẢO\s*\d*\s*$/u.test(span.raw.normalize('NFC')))
        ctx.report({
          path,
          message: {
            vi: `Theo Nghị định 30, không được có ô "DỰ THẢO" (đang là "${span.raw.trim()}")`,
            en: `Under Decree 30, there must be no "DỰ THẢO" box (found "${span.raw.trim()}")`,
          },
          actual: span.raw.trim(),
          expected: 'no DỰ THẢO box',
        });
    }
  },
});
