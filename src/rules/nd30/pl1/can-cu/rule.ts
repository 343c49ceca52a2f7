import { defineRule } from '../../../../rule-kit/define-rule.js';
import { kindsWhere } from '../../../../rule-kit/support.js';

// The Government's closing line, "Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ,", runs
// on into "QUYẾT NGHỊ:" with a comma in every nghị quyết of the Government. The spec is silent on it
// (nd30.md §2.6 has only căn cứ and "Theo đề nghị"): UNCONFIRMED, so the comma is taken as its form.
const GOVERNMENT_VOTE = /^Trên cơ sở .*Thành viên Chính phủ,$/u;

/** Căn cứ lines: each ends with ";", the last with "." (checklist #24). */
export const canCu = defineRule({
  meta: {
    id: 'nd30/pl1/can-cu',
    title: { vi: 'Dấu câu của căn cứ ban hành', en: 'Punctuation of the legal bases' },
    description: {
      vi: 'Mỗi căn cứ ban hành là một đoạn, kết thúc bằng dấu chấm phẩy; căn cứ (hoặc dòng "Theo đề nghị của …") cuối cùng kết thúc bằng dấu chấm.',
      en: 'Each legal basis is its own paragraph ending with ";"; the last one (or the "Theo đề nghị của …" line) ends with ".".',
    },
    legal: 'Phụ lục I, mục I.II.6.a (nd30.md §2.6)',
    checklist: [24],
    severity: 'error',
    // Mẫu 1.1–1.3 show the căn cứ block; in other kinds "Căn cứ …" is ordinary body text.
    kinds: kindsWhere((p) => p.legalBasis),
    needsLayout: false,
    fixSafety: 'safe',
  },
  check(ctx) {
    const body = ctx.document.body;
    // The căn cứ block: the basis lines before "QUYẾT ĐỊNH:" / the first article (Mẫu 1.1–1.3).
    // Paragraphs between them are wrapped lines a reader split off (corpus 026), not the end of the block.
    const end = body.findIndex(
      (b) => b.type === 'article' || b.type === 'heading' || (b.type === 'enactment' && b.role === 'enactment'),
    );
    const bases = body.slice(0, end < 0 ? body.length : end).flatMap((b, i) => (b.type === 'basis' ? [i] : []));
    if (bases.length === 0) return 'not-applicable';
    bases.forEach((i, n) => {
      const text = (body[i] as { text: string }).text;
      const end = n === bases.length - 1 ? '.' : ';';
      if (text.endsWith(end)) return;
      if (end === '.' && text.endsWith(',') && GOVERNMENT_VOTE.test(text)) return;
      const last = /[;.,:]$/u.exec(text)?.[0];
      const found = last ? { vi: `"${last}"`, en: `"${last}"` } : { vi: 'không có dấu', en: 'no mark' };
      const value = text.replace(/[\s;.,:]*$/u, '') + end;
      ctx.report({
        path: `body.${i}.text`,
        message: {
          vi: `Căn cứ này phải kết thúc bằng "${end}" (đang là ${found.vi})`,
          en: `This basis must end with "${end}" (found ${found.en})`,
        },
        actual: text.slice(-12),
        expected: end,
        fix: {
          safety: 'safe',
          description: { vi: `Kết thúc bằng "${end}"`, en: `End with "${end}"` },
          changes: [{ path: `body.${i}.text`, value }],
        },
      });
    });
  },
});
