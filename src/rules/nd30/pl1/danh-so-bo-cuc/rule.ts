import type { Block, HeadingLevel } from '../../../../model/block.js';
import { fromRoman, POINT_LETTERS, toRoman } from '../../../../grammar/numbering.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import type { RuleContext } from '../../../../rule-kit/types.js';
import { HEADING_NAMES } from '../../../../rule-kit/support.js';

/** Counters of the body's numbered units, each restarting inside the unit above it. */
type Counter = HeadingLevel | 'dieu' | 'khoan' | 'diem';

// PL I, I.II.6.đ: Phần and Chương in Roman numerals, Mục and Tiểu mục in Arabic; the report style
// "I. TIÊU ĐỀ" (muc-la-ma) is Roman by its form.
const ROMAN_LEVELS: ReadonlySet<HeadingLevel> = new Set(['phan', 'chuong', 'muc-la-ma']);

// What each unit restarts: a Chương its Mục, a Mục its Tiểu mục, every heading and Điều its khoản.
const RESTARTS: Readonly<Record<Counter, readonly Counter[]>> = {
  phan: ['muc-la-ma', 'muc', 'tieu-muc', 'khoan', 'diem'],
  chuong: ['muc', 'tieu-muc', 'khoan', 'diem'],
  'muc-la-ma': ['muc', 'tieu-muc', 'khoan', 'diem'],
  muc: ['tieu-muc', 'khoan', 'diem'],
  'tieu-muc': ['khoan', 'diem'],
  dieu: ['khoan', 'diem'],
  khoan: ['diem'],
  diem: [],
};

// The decree's own sequence reaches "k" (a b c d đ e g h i k); the letters after it are UNCONFIRMED (nd30.md §8.5).
const CONFIRMED_LETTERS = POINT_LETTERS.indexOf('k');

// A line that only marks text left out: "…", "...", "......." (with the copy's emphasis).
const ELISION = /^[*_\s]*(?:…|\.{3,})[.…*_\s]*$/u;

// Blocks that are no numbered unit: a "1." after one of them opens a new enumeration.
const NOT_A_UNIT: ReadonlySet<string> = new Set(['paragraph', 'basis', 'list', 'table']);

/** The first n + 1 letters of the sequence, for a message: "a, b, c, d, đ". */
const letters = (n: number) => POINT_LETTERS.slice(0, n + 1).join(', ');

/** Numbering of the body: Roman and Arabic numerals by level, điểm letters a b c d đ e g h i k …, units in sequence (PL I, I.II.6.đ). */
export const danhSoBoCuc = defineRule({
  meta: {
    id: 'nd30/pl1/danh-so-bo-cuc',
    title: {
      vi: 'Đánh số phần, chương, mục, điều, khoản, điểm',
      en: 'Numbering of parts, chapters, sections, articles, clauses and points',
    },
    description: {
      vi: 'Phần, chương đánh số La Mã (Chương I); mục, tiểu mục, điều, khoản đánh số Ả Rập (Mục 1, Điều 1., 1.); điểm đánh bằng chữ cái tiếng Việt theo thứ tự a, b, c, d, đ, e, g, h, i, k…; các số, chữ nối tiếp nhau, bắt đầu lại trong mỗi đơn vị lớn hơn (khoản trong mỗi điều, điểm trong mỗi khoản). Xét phần nội dung; phụ lục (thường là biểu mẫu, thủ tục sao từ nơi khác) đánh số theo cách riêng.',
      en: 'Phần and chương take Roman numerals (Chương I); mục, tiểu mục, điều and khoản Arabic ones (Mục 1, Điều 1., 1.); điểm take Vietnamese letters in order a, b, c, d, đ, e, g, h, i, k…; numbers and letters follow each other, restarting in each larger unit (khoản in each điều, điểm in each khoản). The body is judged; an appendix, often a form or a copied procedure, is numbered its own way.',
    },
    legal: 'Phụ lục I, mục I.II.6.đ (nd30.md §2.6)',
    severity: 'error',
    needsLayout: false,
    // Only the numeral system is fixed (Chương 1 → Chương I); renumbering would break the text's cross-references.
    fixSafety: 'safe',
  },
  check(ctx) {
    // The body's structure only (ô 6): an appendix holds its own content, often a form, a template or a
    // procedure copied from elsewhere, numbered its own way (nd30.md §5.1 sets no structure for it).
    if (!checkBody(ctx, 'body', ctx.document.body)) return 'not-applicable';
  },
});

/** Checks one body; returns whether it has numbered units. */
function checkBody(ctx: RuleContext<unknown>, base: string, blocks: readonly Block[]): boolean {
  const seen: Record<Counter, number> = {
    phan: 0,
    chuong: 0,
    'muc-la-ma': 0,
    muc: 0,
    'tieu-muc': 0,
    dieu: 0,
    khoan: 0,
    diem: 0,
  };
  // One sequence finding per run of a counter: after a gap the rest follows the number printed.
  const reported = new Set<Counter>();
  const restart = (counter: Counter) => {
    for (const c of RESTARTS[counter]) {
      seen[c] = 0;
      reported.delete(c);
    }
  };
  const outOfSequence = (
    counter: Counter,
    path: string,
    what: { vi: string; en: string },
    actual: string,
    expected: string,
  ) => {
    if (reported.has(counter)) return;
    reported.add(counter);
    ctx.report({
      path,
      severity: 'warning',
      message: {
        vi: `${what.vi} phải là ${expected}, đánh số nối tiếp (đang là ${actual})`,
        en: `${what.en} must be ${expected}, numbers following each other (found ${actual})`,
      },
      actual,
      expected,
    });
  };
  let numbered = false;
  blocks.forEach((block, i) => {
    const at = `${base}.${i}`;
    const before = blocks[i - 1];
    // "…" or "......" on its own line: the text left units out (a quotation, a form), so the next
    // one's number is not the next in sequence.
    const elided = before?.type === 'paragraph' && ELISION.test(before.text);
    if (block.type === 'heading') {
      numbered = true;
      const name = HEADING_NAMES[block.level];
      const roman = ROMAN_LEVELS.has(block.level);
      const asRoman = fromRoman(block.number);
      const asArabic = /^\d+$/.test(block.number) ? Number(block.number) : undefined;
      const value = roman ? (asRoman ?? asArabic) : (asArabic ?? asRoman);
      if (roman ? asRoman === undefined : asArabic === undefined) {
        const right = value === undefined || value < 1 ? undefined : roman ? toRoman(value) : String(value);
        ctx.report({
          path: `${at}.number`,
          message: roman
            ? {
                vi: `${name.vi} phải đánh số La Mã (đang là "${name.vi} ${block.number}")`,
                en: `${name.en} must take a Roman numeral (found "${name.vi} ${block.number}")`,
              }
            : {
                vi: `${name.vi} phải đánh số Ả Rập (đang là "${name.vi} ${block.number}")`,
                en: `${name.en} must take an Arabic numeral (found "${name.vi} ${block.number}")`,
              },
          actual: `${name.vi} ${block.number}`,
          expected: right ? `${name.vi} ${right}` : roman ? 'Roman numeral' : 'Arabic numeral',
          ...(right && {
            fix: {
              safety: 'safe',
              description: { vi: `Ghi "${name.vi} ${right}"`, en: `Write "${name.vi} ${right}"` },
              changes: [{ path: `${at}.number`, value: right }],
            },
          }),
        });
      }
      if (value !== undefined && value !== seen[block.level] + 1) {
        const next = seen[block.level] + 1;
        outOfSequence(
          block.level,
          `${at}.number`,
          { vi: `${name.vi} tiếp theo`, en: `The next ${name.en}` },
          `${name.vi} ${block.number}`,
          `${name.vi} ${roman ? toRoman(next) : next}`,
        );
      }
      seen[block.level] = value ?? seen[block.level] + 1;
      restart(block.level);
      return;
    }
    if (block.type === 'article' || block.type === 'clause') {
      numbered = true;
      const counter = block.type === 'article' ? 'dieu' : 'khoan';
      const value = /^\d+$/.test(block.number) ? Number(block.number) : undefined;
      const next = seen[counter] + 1;
      const what =
        block.type === 'article'
          ? { vi: 'Điều tiếp theo', en: 'The next article (Điều)' }
          : { vi: 'Khoản tiếp theo', en: 'The next clause (khoản)' };
      const printedAs = block.type === 'article' ? `Điều ${block.number}` : `${block.number}.`;
      // "1." after a paragraph or a list opens a new enumeration inside the unit (a form's fields,
      // the steps under a dash line), as its own sub-heading would: not a khoản out of sequence.
      const restarts = block.type === 'clause' && value === 1 && NOT_A_UNIT.has(before?.type ?? '');
      if (value !== next && !elided && !restarts)
        outOfSequence(counter, `${at}.number`, what, printedAs, block.type === 'article' ? `Điều ${next}` : `${next}.`);
      seen[counter] = value ?? next;
      restart(counter);
      return;
    }
    if (block.type === 'point') {
      numbered = true;
      // "a)" after anything but a điểm opens a new enumeration (under a "1.2." sub-heading or a
      // paragraph ending with ":"): the letters restart there.
      if (elided || (block.label === 'a' && before?.type !== 'point')) {
        seen.diem = 0;
        reported.delete('diem');
      }
      const index = elided ? Math.max(0, (POINT_LETTERS as readonly string[]).indexOf(block.label)) : seen.diem;
      const expected = POINT_LETTERS[index];
      const label = block.label.replace(/\)$/, '');
      const position = (POINT_LETTERS as readonly string[]).indexOf(label);
      if (expected !== undefined && label !== expected && !reported.has('diem')) {
        reported.add('diem');
        ctx.report({
          path: `${at}.label`,
          // Beyond "k" the sequence is UNCONFIRMED (nd30.md §8.5): a warning only.
          ...(index > CONFIRMED_LETTERS && { severity: 'warning' as const }),
          message: {
            vi: `Điểm thứ ${index + 1} phải là "${expected})", theo thứ tự chữ cái tiếng Việt ${letters(index)}… (đang là "${block.label})")`,
            en: `Point ${index + 1} must be "${expected})", in Vietnamese letter order ${letters(index)}… (found "${block.label})")`,
          },
          actual: `${block.label})`,
          expected: `${expected})`,
        });
      }
      seen.diem = position >= 0 ? position + 1 : index + 1;
    }
  });
  return numbered;
}
