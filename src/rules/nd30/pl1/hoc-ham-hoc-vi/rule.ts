import { z } from 'zod';
import { splitAcademicTitle } from '../../../../grammar/authority.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed } from '../../../../rule-kit/edits.js';

/** Options: sectors where the head allows learned titles (armed forces, education, health, science). */
const Options = z.object({ allowed: z.boolean().default(false) }).strict();

/** No học hàm, học vị before the signer's name (checklist #18). */
export const hocHamHocVi = defineRule({
  meta: {
    id: 'nd30/pl1/hoc-ham-hoc-vi',
    title: { vi: 'Học hàm, học vị trước họ tên người ký', en: 'Learned titles before the signer’s name' },
    description: {
      vi: 'Không ghi học hàm, học vị và các danh hiệu danh dự (GS., PGS., TS., ThS.) trước họ tên người ký, trừ đơn vị lực lượng vũ trang, giáo dục, y tế, khoa học được người đứng đầu cho phép (tùy chọn "allowed").',
      en: 'No learned or honorary titles (GS., PGS., TS., ThS.) before the signer’s name, except in armed forces, education, health or science units so allowed (option "allowed").',
    },
    legal: 'Phụ lục I, mục I.II.7.b (nd30.md §2.7)',
    checklist: [18],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'never',
    options: Options,
  },
  check(ctx) {
    if (ctx.options.allowed) return 'not-applicable';
    const signers = ctx.document.signatures.map((signature, s) => ({
      name: signature.name,
      path: `signatures.${s}.name`,
    }));
    if (ctx.document.copy?.signature)
      signers.push({ name: ctx.document.copy.signature.name, path: 'copy.signature.name' });
    for (const { name, path } of signers) {
      // Readers keep the name without the title; the title is then only in what was printed.
      const printedName = printed(ctx.sources, path);
      const split = [name, printedName]
        .flatMap((n) => (n === undefined ? [] : [splitAcademicTitle(n)]))
        .find((x) => x.title);
      if (split?.title)
        ctx.report({
          path,
          message: {
            vi: `Không được ghi học hàm, học vị trước họ tên người ký (đang có "${split.title}")`,
            en: `The signer’s name must not carry a learned title (found "${split.title}")`,
          },
          actual: printedName ?? name,
          expected: split.name,
        });
    }
  },
});
