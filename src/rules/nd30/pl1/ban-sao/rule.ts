import { toLowerVi } from '../../../../grammar/case.js';
import { copyFormInfo } from '../../../../registry/copies.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';

export const COPY = {
  form: 'sao-y' as const,
  issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' },
  number: 5,
  notation: 'SY-VP',
  archive: ['VT'],
};

/** Bản sao: the label "SAO Y" / "SAO LỤC" / "TRÍCH SAO" and the copy code SY / SL / TrS (checklist #26). */
export const banSao = defineRule({
  meta: {
    id: 'nd30/pl1/ban-sao',
    title: { vi: 'Hình thức sao và ký hiệu bản sao', en: 'Copy form and copy notation' },
    description: {
      vi: 'Bản sao ghi "SAO Y", "SAO LỤC" hoặc "TRÍCH SAO" (không ghi "SAO Y BẢN CHÍNH"); ký hiệu bản sao bắt đầu bằng SY, SL hoặc TrS theo hình thức sao.',
      en: 'A copy is labelled "SAO Y", "SAO LỤC" or "TRÍCH SAO" (not "SAO Y BẢN CHÍNH"); its notation starts with SY, SL or TrS as its form.',
    },
    legal: 'Phụ lục I, Phần II; Phụ lục III, mục I (nd30.md §5.2)',
    checklist: [26],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'safe',
    tt01: {
      vi: 'nhãn "SAO Y BẢN CHÍNH" và ký hiệu "TS" là kiểu cũ',
      en: 'the "SAO Y BẢN CHÍNH" label and the "TS" code are the old style',
    },
  },
  check(ctx) {
    const copy = ctx.document.copy;
    if (!copy) return 'not-applicable';
    const info = copyFormInfo(copy.form);
    const label = printed(ctx.sources, 'copy.label');
    if (label !== undefined && label !== info.label) {
      const edits = replaceSpan(ctx.sources, 'copy.label', info.label);
      ctx.report({
        path: 'copy.label',
        severity: /BẢN CHÍNH/u.test(label) ? 'warning' : 'error',
        message: {
          vi: `Hình thức sao phải ghi "${info.label}" (đang là "${label}")`,
          en: `The copy form must read "${info.label}" (found "${label}")`,
        },
        actual: label,
        expected: info.label,
        ...(edits && {
          fix: {
            safety: 'safe',
            description: { vi: 'Viết lại hình thức sao', en: 'Rewrite the copy form' },
            changes: [],
            edits,
          },
        }),
      });
    }
    const groups = copy.notation?.split('-');
    if (groups && groups[0] !== info.code) {
      const value = [info.code, ...groups.slice(groups.length > 1 ? 1 : 0)].join('-');
      ctx.report({
        path: 'copy.notation',
        message: {
          vi: `Ký hiệu bản ${toLowerVi(info.label)} phải bắt đầu bằng "${info.code}" (đang là "${copy.notation!}")`,
          en: `The notation of a ${info.label} copy must start with "${info.code}" (found "${copy.notation!}")`,
        },
        actual: copy.notation!,
        expected: value,
        fix: {
          safety: 'safe',
          description: { vi: `Dùng "${info.code}"`, en: `Use "${info.code}"` },
          changes: [{ path: 'copy.notation', value }],
        },
      });
    }
  },
});
