import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed } from '../../../../rule-kit/edits.js';
import { sampleDocument } from '../../../../rule-kit/samples.js';
import { checkDashList, kindsWhere, sourcedEntries } from '../../../../rule-kit/support.js';

export const HEADING = 'recipients.heading';
export const congDien = sampleDocument('cong-dien', { issuer: { name: 'THỦ TƯỚNG CHÍNH PHỦ' }, notation: 'CĐ-TTg' });

/**
 * Kính gửi (ô 9a): present on a công văn; one addressee inline, several as a dash list `;` … `.`
 * (checklist #10, #11). A công điện heads its addressees "<issuer> điện:" and always lists them
 * with dashes (Mẫu 1.6; the registry's `recipientsLabel: 'dien'`).
 */
export const kinhGui = defineRule({
  meta: {
    id: 'nd30/pl1/kinh-gui',
    title: { vi: 'Kính gửi', en: 'Kính gửi (addressees)' },
    description: {
      vi: 'Công văn có "Kính gửi:". Một nơi nhận ghi cùng dòng; nhiều nơi nhận thì mỗi nơi một dòng, bắt đầu bằng "-", kết thúc bằng ";", dòng cuối kết thúc bằng ".". Công điện ghi "<cơ quan> điện:" rồi danh sách nơi nhận có gạch đầu dòng, kể cả khi chỉ có một nơi nhận.',
      en: 'A công văn has "Kính gửi:". One addressee goes on the same line; several go one per line, each starting with "-" and ending with ";", the last with ".". A công điện has "<issuer> điện:" over a dash list, even for one addressee.',
    },
    legal: 'Phụ lục I, mục I.II.9.a; Mẫu 1.5, 1.6 (nd30.md §2.9, §6)',
    checklist: [10, 11],
    severity: 'error',
    kinds: kindsWhere((p) => p.kinhGui !== 'never'),
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    const { recipients } = ctx.document;
    const telegram = ctx.kind.parts.recipientsLabel === 'dien';
    if (recipients.length === 0) {
      if (ctx.kind.parts.kinhGui !== 'always') return 'not-applicable';
      ctx.report({
        path: 'recipients',
        message: telegram
          ? {
              vi: 'Thiếu danh sách nơi nhận sau "… điện:" của công điện',
              en: 'The công điện’s list of addressees under "… điện:" is missing',
            }
          : { vi: 'Thiếu "Kính gửi" của công văn', en: 'The công văn’s "Kính gửi" is missing' },
        expected: telegram ? '… điện: - <nơi nhận>;' : 'Kính gửi: <nơi nhận>',
      });
      return;
    }
    if (telegram) {
      // Mẫu 1.6: a dash list under "<issuer> điện:", whatever the number of addressees.
      checkDashList(ctx, 'recipients', recipients, (isLast) => (isLast ? '.' : ';'));
      return;
    }
    const heading = ctx.sources[HEADING];
    if (heading) {
      const label = /^Kính gửi\s*(:?)/u.exec(printed(ctx.sources, HEADING)!);
      // "Kính gửi:Sở …": the colon, then a space, as Mẫu 1.5 prints "Kính gửi: Bộ Nội vụ" (nd30.md §2.9).
      const first = ctx.sources['recipients.0'];
      if (
        first &&
        first.line === heading.line &&
        first.offset === heading.offset + heading.raw.length &&
        /:$/u.test(heading.raw)
      ) {
        ctx.report({
          path: HEADING,
          // Spacing, shown by the sample rather than stated (nd30.md §2.9): a warning.
          severity: 'warning',
          message: {
            vi: `Sau "Kính gửi:" phải có một dấu cách (đang viết liền "Kính gửi:${first.raw.slice(0, 12)}")`,
            en: `A space must follow "Kính gửi:" (found "Kính gửi:${first.raw.slice(0, 12)}" run on)`,
          },
          actual: `Kính gửi:${first.raw.slice(0, 12)}`,
          expected: 'Kính gửi: ',
          fix: {
            safety: 'safe',
            description: { vi: 'Thêm dấu cách', en: 'Add the space' },
            changes: [],
            edits: [{ offset: first.offset, end: first.offset, text: ' ' }],
          },
        });
      }
      if (label && label[1] !== ':') {
        const index = heading.raw.normalize('NFC').indexOf('Kính gửi');
        const at = heading.offset + index + 'Kính gửi'.length;
        ctx.report({
          path: HEADING,
          message: {
            vi: `Sau "Kính gửi" phải có dấu hai chấm (đang là "${label[0]}")`,
            en: `A colon must follow "Kính gửi" (found "${label[0]}")`,
          },
          actual: label[0],
          expected: 'Kính gửi:',
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
    const entries = sourcedEntries(ctx.sources, 'recipients', recipients.length);
    if (recipients.length === 1) {
      const raw = printed(ctx.sources, 'recipients.0');
      // One addressee inline must take no final punctuation: the sample prints "Kính gửi: Bộ Nội vụ"
      // (nd30.md §2.9; TEMPLATE, so a warning).
      const end = raw && !raw.startsWith('-') ? /([;.,])[\s*_]*$/u.exec(raw) : null;
      if (end)
        ctx.report({
          path: 'recipients.0',
          severity: 'warning',
          message: {
            vi: `Một nơi nhận ghi cùng dòng "Kính gửi:" không được có dấu câu ở cuối (đang là "${end[1]}")`,
            en: `A single addressee on the "Kính gửi:" line must take no final punctuation (found "${end[1]}")`,
          },
          actual: end[1],
          expected: recipients[0]!.replace(/[;.,]+$/u, ''),
        });
      if (raw?.startsWith('-'))
        ctx.report({
          path: 'recipients.0',
          message: {
            vi: `Một nơi nhận phải ghi cùng dòng với "Kính gửi:", không gạch đầu dòng (đang là "${raw}")`,
            en: `A single addressee must go on the "Kính gửi:" line, without a dash (found "${raw}")`,
          },
          actual: raw,
          expected: recipients[0]!,
        });
      return;
    }
    if (heading && entries.length > 0 && ctx.sources['recipients.0']!.line === heading.line) {
      // The printed line: the heading and the addressees the reader found on it.
      const onLine = entries.map((i) => ctx.sources[`recipients.${i}`]!).filter((e) => e.line === heading.line);
      const line = [heading.raw.trim(), ...onLine.map((e) => e.raw.trim())].join(' ');
      ctx.report({
        path: 'recipients',
        message: {
          vi: `Nhiều nơi nhận thì "Kính gửi:" phải đứng riêng một dòng, mỗi nơi nhận một dòng (đang là "${line}")`,
          en: `With several addressees, "Kính gửi:" must stand alone and each addressee have its own line (found "${line}")`,
        },
        actual: line,
        expected: 'Kính gửi:',
      });
    }
    checkDashList(ctx, 'recipients', recipients, (isLast) => (isLast ? '.' : ';'));
  },
});
