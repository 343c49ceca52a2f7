import { formatAuthority, parseAuthorityLine } from '../../../../grammar/authority.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';
import { fromDeviation, withFound } from '../../../../rule-kit/support.js';

/** Authority prefixes as printed: "KT.", "TM.", "TL.", "TUQ.", "Q." (checklist #18). */
export const tienToThamQuyen = defineRule({
  meta: {
    id: 'nd30/pl1/tien-to-tham-quyen',
    title: { vi: 'Chữ viết tắt quyền hạn ký', en: 'Signing authority prefixes' },
    description: {
      vi: 'Các chữ "TM.", "KT.", "TL.", "TUQ.", "Q." viết in hoa, có dấu chấm, không dùng dấu "/" (K/T, T/M); quyền hạn, chức vụ in hoa.',
      en: '"TM.", "KT.", "TL.", "TUQ.", "Q." are upper case with a period, never with a slash (K/T, T/M); the authority and title are in capitals.',
    },
    legal: 'Phụ lục I, mục I.II.7.a (nd30.md §2.7)',
    checklist: [18],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    let seen = false;
    ctx.document.signatures.forEach((signature, s) => {
      signature.authority.forEach((authority, a) => {
        const path = `signatures.${s}.authority.${a}`;
        const raw = printed(ctx.sources, path);
        if (raw === undefined) return;
        seen = true;
        const parsed = parseAuthorityLine(raw);
        if (!parsed) return;
        const edits = replaceSpan(ctx.sources, path, formatAuthority(authority));
        const fix = edits && {
          safety: 'safe' as const,
          description: { vi: 'Viết lại theo mẫu', en: 'Rewrite in the Decree form' },
          changes: [],
          edits,
        };
        // One finding per line: the deviations share a fix, so report the first and list the rest in it.
        const [first, ...rest] = parsed.deviations;
        if (first)
          ctx.report({
            ...fromDeviation(path, first, fix ? { fix } : {}),
            ...(rest.length > 0 && {
              message: {
                vi: [first, ...rest].map((d) => withFound(d.message, d.actual).vi).join('; '),
                en: [first, ...rest].map((d) => withFound(d.message, d.actual).en).join('; '),
              },
            }),
          });
      });
    });
    if (!seen) return 'not-applicable'; // The model holds the prefix as a value; writers add the period.
  },
});
