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
    const { archive, archiveCopies, drafter, distribution } = ctx.document;
    // No Nơi nhận at all is one finding, thanh-phan-chinh's: the Lưu line is not missing apart from it.
    if (archive.length === 0 && distribution.length === 0) return 'not-evaluated';
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
    // "VT (VDuẩn)", "VT.KT15/11": the entry names VT, whatever the copy glued after it.
    const namesVt = archive.some((e) => /^VT(?![\p{L}\d])/u.test(e));
    if (!namesVt && spelled >= 0) {
      // "Văn thư" spelled out names the right holder in the wrong form (corpus 014): a warning.
      const value = archive.map((e, i) => (i === spelled ? 'VT' : e));
      ctx.report({
        path: 'archive',
        severity: 'warning',
        message: {
          vi: `Dòng "Lưu" phải viết tắt Văn thư là "VT" (đang là "${archive.join(', ')}")`,
          en: `The Lưu line must abbreviate Văn thư as "VT" (found "${archive.join(', ')}")`,
        },
        actual: archive.join(', '),
        expected: value.join(', '),
        fix: {
          safety: 'safe',
          description: { vi: 'Viết "VT"', en: 'Write "VT"' },
          changes: [{ path: 'archive', value }],
        },
      });
    } else if (!namesVt) {
      ctx.report({
        path: 'archive',
        message: {
          vi: `Dòng "Lưu" phải có "VT" (Văn thư) (đang là "${archive.join(', ')}")`,
          en: `The Lưu line must name "VT" (Văn thư) (found "${archive.join(', ')}")`,
        },
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
    // Ô 12, the drafter's code after the Lưu entries, is in capitals (PL I, I.III.3; nd30.md §2.10).
    const code = drafterCodeNotInCapitals(raw, drafter?.code);
    if (code !== undefined)
      ctx.report({
        path: LINE,
        severity: 'warning',
        message: {
          vi: `Ký hiệu người soạn thảo phải viết chữ in hoa (đang là "${code}")`,
          en: `The drafter's code must be written in capitals (found "${code}")`,
        },
        actual: code,
        expected: code.toLocaleUpperCase('vi'),
      });
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

/**
 * The drafter's code of a Lưu line when it is not in capitals, else undefined: a code in brackets
 * after an entry ("KGVX(bnt)"), the mark after a copy count ("NN (2) Tuynh", "KGVX (3) Th."), or a
 * code run into the unit's ("KGVXVHTin507").
 */
function drafterCodeNotInCapitals(raw: string, parsed: string | undefined): string | undefined {
  const lower = (code: string) => /\p{Ll}/u.test(code) && /^\p{L}{1,12}$/u.test(code);
  if (parsed !== undefined && lower(parsed)) return parsed;
  const bracketed = /\p{Lu}\s*\((\p{L}{1,12})\)\s*\.?\s*$/u.exec(raw);
  if (bracketed && lower(bracketed[1]!)) return bracketed[1];
  const afterCount = /\(\s*\d{1,4}\s*b?\s*\)\s*,?\s*(\p{L}{1,12})\.?\s*$/u.exec(raw);
  if (afterCount && lower(afterCount[1]!)) return afterCount[1];
  const runOn = /[\s,](\p{Lu}{2,}(\p{Lu}\p{Ll}+))\d*\.?\s*$/u.exec(raw);
  if (runOn && !/\s/u.test(runOn[1]!)) return runOn[2];
  return undefined;
}
