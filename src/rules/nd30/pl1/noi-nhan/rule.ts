import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed } from '../../../../rule-kit/edits.js';
import { checkDashList, sourcedEntries } from '../../../../rule-kit/support.js';

export const HEADING = 'distribution.heading';

/** Nơi nhận (ô 9b): "Nơi nhận:" then "- …;" lines (checklist #12). */
export const noiNhan = defineRule({
  meta: {
    id: 'nd30/pl1/noi-nhan',
    title: { vi: 'Nơi nhận', en: 'Nơi nhận (distribution)' },
    description: {
      vi: 'Từ "Nơi nhận" có dấu hai chấm; mỗi nơi nhận một dòng, bắt đầu bằng "-" và kết thúc bằng ";" (dòng "Lưu" cuối cùng kết thúc bằng ".").',
      en: '"Nơi nhận" takes a colon; each recipient has its own line starting with "-" and ending with ";" (the closing Lưu line ends with ".").',
    },
    legal: 'Phụ lục I, mục I.II.9.b (nd30.md §2.9)',
    checklist: [12],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    const { distribution } = ctx.document;
    const heading = ctx.sources[HEADING];
    const entries = sourcedEntries(ctx.sources, 'distribution', distribution.length);
    if (!heading && entries.length === 0) return 'not-applicable'; // The model holds no punctuation; writers print it.
    if (heading) {
      const raw = printed(ctx.sources, HEADING)!;
      if (!/^Nơi nhận\s*:/u.test(raw)) {
        const index = heading.raw.normalize('NFC').search(/Nơi nhận/iu);
        const at = heading.offset + index + 'Nơi nhận'.length;
        ctx.report({
          path: HEADING,
          message: {
            vi: `Phải viết "Nơi nhận:" có dấu hai chấm (đang là "${raw}")`,
            en: `"Nơi nhận:" must be written with a colon (found "${raw}")`,
          },
          actual: raw,
          expected: 'Nơi nhận:',
          ...(index >= 0 && {
            fix: {
              safety: 'safe',
              description: { vi: 'Thêm dấu hai chấm', en: 'Add the colon' },
              changes: [],
              edits: [{ offset: at, end: at, text: ':' }],
            },
          }),
        });
      }
    }
    // The Lưu line, recorded apart (archive.line), is the one ending with ".".
    checkDashList(ctx, 'distribution', distribution, () => ';');
  },
});
