import { defineRule } from '../../../../rule-kit/define-rule.js';
import { HEADING_NAMES } from '../../../../rule-kit/support.js';
import { isUpperVi } from '../../../../grammar/case.js';

/**
 * Every phần, chương, mục, tiểu mục and điều has a title (PL I, I.II.6.d; nd30.md §2.6), and the
 * title of a phần, chương, mục or tiểu mục, or of a report's Roman mục ("I. NHỮNG KẾT QUẢ…"), is
 * in capitals (nd30.md §2.6, the table of PL I, I.II.6 and its report variant).
 */
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
    // A missing title is content only its author can write; a title's case is safely fixed.
    fixSafety: 'safe',
  },
  check(ctx) {
    let structured = false;
    // The body's headings only (ô 6): an appendix holds its own content (nd30.md §5.1 sets no structure for it).
    const path = 'body';
    ctx.document.body.forEach((block, i) => {
      if (block.type === 'heading') {
        structured = true;
        if (block.title) {
          // A note in brackets after the title ("(chi tiết tại Phụ lục đính kèm)") is not the title.
          if (isUpperVi(block.title.replace(/\([^)]*\)/gu, ''))) return;
          const name = HEADING_NAMES[block.level];
          const upper = block.title.toLocaleUpperCase('vi');
          ctx.report({
            path: `${path}.${i}.title`,
            // A case-only deviation: the part is there and titled.
            severity: 'warning',
            message: {
              vi: `Tiêu đề của ${name.vi.toLocaleLowerCase('vi')} ${block.number} phải viết in hoa (đang là "${block.title}")`,
              en: `The title of ${name.en} ${block.number} must be in capitals (found "${block.title}")`,
            },
            actual: block.title,
            expected: upper,
            fix: {
              safety: 'safe',
              description: { vi: `Viết in hoa: "${upper}"`, en: `Write it in capitals: "${upper}"` },
              changes: [{ path: `${path}.${i}.title`, value: upper }],
            },
          });
          return;
        }
        const name = HEADING_NAMES[block.level];
        ctx.report({
          path: `${path}.${i}.title`,
          message: {
            vi: `${name.vi} ${block.number} phải có tiêu đề (không có)`,
            en: `${name.en} ${block.number} must have a title (title missing)`,
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
            vi: `Điều ${block.number} phải có tiêu đề (không có)`,
            en: `Article (Điều) ${block.number} must have a title (title missing)`,
          },
          actual: `Điều ${block.number}.`,
          expected: `Điều ${block.number}. <tiêu đề>`,
        });
      }
    });
    // A body of paragraphs only has no parts to title.
    if (!structured) return 'not-applicable';
  },
});
