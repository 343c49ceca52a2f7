import { defineRule } from '../../../../rule-kit/define-rule.js';
import { bodies, HEADING_NAMES } from '../../../../rule-kit/support.js';

/** Every phần, chương, mục, tiểu mục and điều has a title (PL I, I.II.6.d; nd30.md §2.6). */
export const tieuDeBoCuc = defineRule({
  meta: {
    id: 'nd30/pl1/tieu-de-bo-cuc',
    title: { vi: 'Tiêu đề của phần, chương, mục, điều', en: 'Titles of parts, chapters, sections and articles' },
    description: {
      vi: 'Nội dung bố cục theo phần, chương, mục, tiểu mục, điều thì mỗi phần, chương, mục, tiểu mục, điều phải có tiêu đề (Chương I / QUY ĐỊNH CHUNG; Điều 1. Phạm vi điều chỉnh).',
      en: 'A body divided into phần, chương, mục, tiểu mục and điều gives each of them a title (Chương I / QUY ĐỊNH CHUNG; Điều 1. Phạm vi điều chỉnh).',
    },
    legal: 'Phụ lục I, mục I.II.6.d (nd30.md §2.6)',
    severity: 'error',
    needsLayout: false,
    // The title is content: only its author can write it.
    fixSafety: 'never',
  },
  check(ctx) {
    let structured = false;
    for (const { path, blocks } of bodies(ctx.document)) {
      blocks.forEach((block, i) => {
        if (block.type === 'heading') {
          structured = true;
          if (block.title) return;
          const name = HEADING_NAMES[block.level];
          ctx.report({
            path: `${path}.${i}.title`,
            message: {
              vi: `${name.vi} ${block.number} phải có tiêu đề`,
              en: `${name.en} ${block.number} must have a title`,
            },
            actual: `${name.vi} ${block.number}`,
            expected: `${name.vi} ${block.number} + tiêu đề`,
          });
        } else if (block.type === 'article') {
          structured = true;
          // "Điều 1. Thành lập Tổ công tác …" of a quyết định cá biệt (Mẫu 1.2): its text opens with what it does.
          if (block.title || block.text) return;
          ctx.report({
            path: `${path}.${i}.title`,
            message: {
              vi: `Điều ${block.number} phải có tiêu đề`,
              en: `Article (Điều) ${block.number} must have a title`,
            },
            actual: `Điều ${block.number}.`,
            expected: `Điều ${block.number}. <tiêu đề>`,
          });
        }
      });
    }
    // A body of paragraphs only has no parts to title.
    if (!structured) return 'not-applicable';
  },
});
