import { defineRule } from '../../../../validate/define-rule.js';
import { replaceSpan } from '../../../../validate/edits.js';
import { sampleDocument, sampleSources } from '../../../../validate/samples.js';
import { sourcedEntries } from '../../../support.js';

const HEADING = 'distribution.heading';

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
    examples: {
      valid: [{ name: 'Đúng dấu', document: sampleDocument(), sources: sampleSources({ [HEADING]: 'Nơi nhận:', 'distribution.0': '- Như trên;', 'distribution.1': '- Văn phòng UBND tỉnh;' }) }],
      invalid: [
        { name: 'Thiếu dấu hai chấm', document: sampleDocument(), sources: sampleSources({ [HEADING]: 'Nơi nhận', 'distribution.0': '- Như trên;', 'distribution.1': '- Văn phòng UBND tỉnh;' }), paths: [HEADING], fixable: true },
        { name: 'Kết thúc bằng dấu phẩy', document: sampleDocument(), sources: sampleSources({ [HEADING]: 'Nơi nhận:', 'distribution.0': '- Như trên,', 'distribution.1': '- Văn phòng UBND tỉnh;' }), paths: ['distribution.0'], fixable: true },
      ],
    },
  },
  check(ctx) {
    const { distribution } = ctx.document;
    const heading = ctx.sources[HEADING];
    const entries = sourcedEntries(ctx.sources, 'distribution', distribution.length);
    if (!heading && entries.length === 0) return 'not-applicable'; // The model holds no punctuation; writers print it.
    if (heading) {
      const raw = heading.raw.normalize('NFC').trim();
      if (!/^Nơi nhận\s*:/u.test(raw)) {
        const label = /^Nơi nhận/iu.exec(raw);
        const at = heading.offset + heading.raw.indexOf(raw) + (label?.[0].length ?? raw.length);
        ctx.report({
          path: HEADING,
          message: { vi: 'Viết "Nơi nhận:" có dấu hai chấm', en: 'Write "Nơi nhận:" with a colon' },
          actual: raw,
          expected: 'Nơi nhận:',
          ...(label && { fix: { safety: 'safe', description: { vi: 'Thêm dấu hai chấm', en: 'Add the colon' }, changes: [], edits: [{ offset: at, end: at, text: ':' }] } }),
        });
      }
    }
    for (const i of entries) {
      const raw = ctx.sources[`distribution.${i}`]!.raw.trim();
      if (raw.startsWith('-') && raw.endsWith(';')) continue;
      const expected = `- ${distribution[i]};`;
      const edits = replaceSpan(ctx.sources, `distribution.${i}`, expected);
      ctx.report({
        path: `distribution.${i}`,
        message: { vi: 'Mỗi nơi nhận bắt đầu bằng "-" và kết thúc bằng ";"', en: 'Each recipient starts with "-" and ends with ";"' },
        actual: raw,
        expected,
        ...(edits && { fix: { safety: 'safe', description: { vi: 'Sửa dấu đầu và cuối dòng', en: 'Fix the dash and end punctuation' }, changes: [], edits } }),
      });
    }
  },
});
