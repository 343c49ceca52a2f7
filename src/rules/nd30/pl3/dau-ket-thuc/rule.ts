import type { Block } from '../../../../model/block.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

function lastText(block: Block): { text: string; path: string } | undefined {
  if ('text' in block && typeof block.text === 'string') return { text: block.text, path: 'text' };
  if (block.type === 'list') return { text: block.items.at(-1)!, path: `items.${block.items.length - 1}` };
  if (block.type === 'article') return { text: block.title, path: 'title' };
  return undefined;
}

/** The body ends with "./." as every template does (checklist #31; TEMPLATE, not rule text). */
export const dauKetThuc = defineRule({
  meta: {
    id: 'nd30/pl3/dau-ket-thuc',
    title: { vi: 'Dấu kết thúc nội dung "./."', en: 'End mark "./."' },
    description: {
      vi: 'Các mẫu của Phụ lục III kết thúc phần nội dung bằng "./." (quy định theo mẫu, không có trong lời văn của Nghị định).',
      en: 'Every template of Phụ lục III ends the body with "./." (a template convention, not stated in the rule text).',
    },
    legal: 'Phụ lục III, các Mẫu 1.1–1.10 (nd30.md §2.6)',
    checklist: [31],
    severity: 'info',
    needsLayout: false,
    fixSafety: 'suggestion',
  },
  check(ctx) {
    const body = ctx.document.body;
    const last = body.at(-1);
    const found = last && lastText(last);
    if (!found) return 'not-applicable';
    if (/\.\s*\/\s*\.\s*$/u.test(found.text)) return;
    const path = `body.${body.length - 1}.${found.path}`;
    const value = `${found.text.replace(/[.;,\s]*$/u, '')}./.`;
    ctx.report({
      path,
      message: {
        vi: `Nội dung phải kết thúc bằng "./." (đang là "…${found.text.slice(-12)}")`,
        en: `The body must end with "./." (found "…${found.text.slice(-12)}")`,
      },
      actual: found.text.slice(-12),
      expected: './.',
      fix: { safety: 'suggestion', description: { vi: 'Thêm "./."', en: 'Add "./."' }, changes: [{ path, value }] },
    });
  },
});
