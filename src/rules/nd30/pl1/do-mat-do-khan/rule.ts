import { normalizeTonePlacement } from '../../../../grammar/tone.js';
import { CONFIDENTIALITY_LABELS, URGENCY_STAMPS } from '../../../../model/marks.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';

/** Độ mật and độ khẩn stamps as printed: the prescribed words in capitals (checklist #28). */
export const doMatDoKhan = defineRule({
  meta: {
    id: 'nd30/pl1/do-mat-do-khan',
    title: { vi: 'Dấu độ mật, mức độ khẩn', en: 'Confidentiality and urgency stamps' },
    description: {
      vi: 'Độ khẩn là "HỎA TỐC" (hoặc "HOẢ TỐC"), "THƯỢNG KHẨN", "KHẨN"; độ mật là "TUYỆT MẬT", "TỐI MẬT", "MẬT"; in hoa.',
      en: 'Urgency is "HỎA TỐC" (or "HOẢ TỐC"), "THƯỢNG KHẨN", "KHẨN"; confidentiality "TUYỆT MẬT", "TỐI MẬT", "MẬT"; in capitals.',
    },
    legal: 'Phụ lục I, mục I.III.2 (nd30.md §2.10)',
    checklist: [28],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'safe',
  },
  check(ctx) {
    const { urgency, confidentiality } = ctx.document;
    const stamps: [string, string | undefined][] = [
      ['urgency', urgency && URGENCY_STAMPS[urgency].label],
      ['confidentiality', confidentiality && CONFIDENTIALITY_LABELS[confidentiality]],
    ];
    let seen = false;
    for (const [path, label] of stamps) {
      const raw = printed(ctx.sources, path);
      if (!label || raw === undefined) continue;
      seen = true;
      if (normalizeTonePlacement(raw) === normalizeTonePlacement(label)) continue;
      const edits = replaceSpan(ctx.sources, path, label);
      ctx.report({
        path,
        message: {
          vi: `Dấu phải ghi "${label}", in hoa (đang là "${raw}")`,
          en: `The stamp must read "${label}", in capitals (found "${raw}")`,
        },
        actual: raw,
        expected: label,
        ...(edits && {
          fix: {
            safety: 'safe',
            description: { vi: 'Viết lại theo mẫu', en: 'Rewrite in the Decree form' },
            changes: [],
            edits,
          },
        }),
      });
    }
    if (!seen) return 'not-applicable';
  },
});
