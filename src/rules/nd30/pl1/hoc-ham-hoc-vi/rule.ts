import { z } from 'zod';
import { splitAcademicTitle } from '../../../../grammar/authority.js';
import { defineRule } from '../../../../validate/define-rule.js';
import { sampleDocument } from '../../../../validate/samples.js';

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
    examples: {
      valid: [
        { name: 'Họ tên không có học vị', document: sampleDocument() },
        { name: 'Đơn vị được phép', document: sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'PGS.TS. Trần Văn B' }] }), options: { allowed: true } },
      ],
      invalid: [{ name: 'TS. trước họ tên', document: sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'TS. Trần Văn B' }] }), paths: ['signatures.0.name'] }],
    },
  },
  check(ctx) {
    if (ctx.options.allowed) return 'not-applicable';
    ctx.document.signatures.forEach((signature, s) => {
      const split = splitAcademicTitle(signature.name);
      if (split.title) ctx.report({ path: `signatures.${s}.name`, message: { vi: `Không ghi học hàm, học vị "${split.title}" trước họ tên người ký`, en: `No learned title "${split.title}" before the signer’s name` }, actual: signature.name, expected: split.name });
    });
  },
});
