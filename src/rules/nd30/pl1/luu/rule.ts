import { formatArchiveLine, parseArchiveLine } from '../../../../grammar/archive-line.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';
import { fromDeviation } from '../../../../rule-kit/support.js';

export const LINE = 'archive.line';

/** The closing "- Lưu: VT, <unit>." line (checklist #13). */
export const luu = defineRule({
  meta: {
    id: 'nd30/pl1/luu',
    title: { vi: 'Dòng "Lưu"', en: 'The Lưu (archive) line' },
    description: {
      vi: 'Nơi nhận kết thúc bằng dòng "- Lưu: VT, <đơn vị soạn thảo>[, số bản]." có dấu hai chấm, có "VT" (Văn thư) và dấu chấm cuối.',
      en: 'Nơi nhận ends with "- Lưu: VT, <drafting unit>[, copies]." with a colon, "VT" (Văn thư) and a final period.',
    },
    legal: 'Phụ lục I, mục I.II.9.b (nd30.md §2.9)',
    checklist: [13],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'guarded',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    const { archive, archiveCopies, drafter } = ctx.document;
    if (archive.length === 0) {
      ctx.report({
        path: 'archive',
        message: { vi: 'Thiếu dòng "- Lưu: VT, …."', en: 'The "- Lưu: VT, …." line is missing' },
        expected: 'Lưu: VT.',
        fix: {
          safety: 'guarded',
          description: { vi: 'Thêm "Lưu: VT."', en: 'Add "Lưu: VT."' },
          changes: [{ path: 'archive', value: ['VT'] }],
        },
      });
      return;
    }
    const spelled = archive.indexOf('Văn thư');
    if (!archive.includes('VT') && spelled >= 0) {
      // "Văn thư" spelled out names the right holder in the wrong form (corpus 014): a warning.
      const value = archive.map((e, i) => (i === spelled ? 'VT' : e));
      ctx.report({
        path: 'archive',
        severity: 'warning',
        message: { vi: 'Dòng "Lưu" viết tắt Văn thư là "VT"', en: 'The Lưu line abbreviates Văn thư as "VT"' },
        actual: archive.join(', '),
        expected: value.join(', '),
        fix: {
          safety: 'safe',
          description: { vi: 'Viết "VT"', en: 'Write "VT"' },
          changes: [{ path: 'archive', value }],
        },
      });
    } else if (!archive.includes('VT')) {
      ctx.report({
        path: 'archive',
        message: { vi: 'Dòng "Lưu" phải có "VT" (Văn thư)', en: 'The Lưu line must name "VT" (Văn thư)' },
        actual: archive.join(', '),
        expected: ['VT', ...archive].join(', '),
        fix: {
          safety: 'guarded',
          description: { vi: 'Thêm "VT" vào đầu dòng Lưu', en: 'Add "VT" first on the Lưu line' },
          changes: [{ path: 'archive', value: ['VT', ...archive] }],
        },
      });
    }
    const raw = printed(ctx.sources, LINE);
    if (raw === undefined) return;
    const line = `- ${formatArchiveLine({ archive, ...(archiveCopies !== undefined && { archiveCopies }), ...(drafter && { drafter }) })}`;
    const edits = replaceSpan(ctx.sources, LINE, line);
    for (const d of parseArchiveLine(raw).deviations) {
      if (d.code === 'vt-missing') continue; // Reported above from the model.
      ctx.report(
        fromDeviation(
          LINE,
          d,
          edits
            ? {
                fix: {
                  safety: 'safe',
                  description: { vi: 'Viết lại dòng Lưu theo mẫu', en: 'Rewrite the Lưu line in the Decree form' },
                  changes: [],
                  edits,
                },
              }
            : {},
        ),
      );
    }
  },
});
