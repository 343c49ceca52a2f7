import { MOTTO as MOTTO_TEXT, NATIONAL_NAME, TRAILING_MOTTO } from '../../../../grammar/national-title.js';
import { normalizeTonePlacement } from '../../../../grammar/tone.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed, replaceSpan } from '../../../../rule-kit/edits.js';

export const NAME = 'nationalTitle.name';
export const MOTTO = 'nationalTitle.motto';
// The decree writes both HÒA and HOÀ: compare in one tone placement.
const NATIONAL_NAME_CLASSIC = normalizeTonePlacement(NATIONAL_NAME);

/** Quốc hiệu and Tiêu ngữ as printed (checklist #15, text part). */
export const quocHieuTieuNgu = defineRule({
  meta: {
    id: 'nd30/pl1/quoc-hieu-tieu-ngu',
    title: { vi: 'Quốc hiệu và Tiêu ngữ', en: 'National name and motto' },
    description: {
      vi: 'Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in hoa (HÒA hay HOÀ đều được); Tiêu ngữ "Độc lập - Tự do - Hạnh phúc", giữa các cụm từ có gạch nối (-) và cách chữ.',
      en: 'The national name "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in capitals (HÒA or HOÀ); the motto "Độc lập - Tự do - Hạnh phúc" with a spaced hyphen between phrases.',
    },
    legal: 'Phụ lục I, mục I.II.1 (nd30.md §2.1)',
    checklist: [15],
    severity: 'error',
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
    tt01: {
      vi: 'ND30 gọi cả hai dòng là "Quốc hiệu và Tiêu ngữ"; chữ không đổi',
      en: 'Decree 30 calls both lines "Quốc hiệu và Tiêu ngữ"; the text is unchanged',
    },
  },
  check(ctx) {
    // Web copies print the motto (and its line of dashes) on the Quốc hiệu's line: keep the name only.
    const name = printed(ctx.sources, NAME)?.replace(TRAILING_MOTTO, '');
    const motto = printed(ctx.sources, MOTTO);
    if (name === undefined && motto === undefined) return 'not-applicable';
    if (name !== undefined && name !== NATIONAL_NAME && normalizeTonePlacement(name) !== NATIONAL_NAME_CLASSIC) {
      const edits = replaceSpan(ctx.sources, NAME, NATIONAL_NAME);
      ctx.report({
        path: NAME,
        message: {
          vi: `Quốc hiệu phải là "${NATIONAL_NAME}" (đang là "${name}")`,
          en: `The national name must be "${NATIONAL_NAME}" (found "${name}")`,
        },
        actual: name,
        expected: NATIONAL_NAME,
        ...(edits && {
          fix: {
            safety: 'safe',
            description: { vi: 'Viết lại Quốc hiệu', en: 'Rewrite the national name' },
            changes: [],
            edits,
          },
        }),
      });
    }
    if (motto !== undefined && motto !== MOTTO_TEXT && !lostSeparators(ctx.sources[MOTTO]?.raw)) {
      // Same words, other dashes or spacing: a deviation of form (warning, nd30.md §2.1); other words: an error.
      const sameWords = motto.replace(/\s*[-–—]\s*/g, '-') === MOTTO_TEXT.replace(/ - /g, '-');
      const edits = replaceSpan(ctx.sources, MOTTO, MOTTO_TEXT);
      ctx.report({
        path: MOTTO,
        message: sameWords
          ? {
              vi: `Các cụm từ của Tiêu ngữ phải nối bằng gạch nối "-" có cách chữ (đang là "${motto}")`,
              en: `The motto’s phrases must be joined by a spaced hyphen "-" (found "${motto}")`,
            }
          : {
              vi: `Tiêu ngữ phải là "${MOTTO_TEXT}" (đang là "${motto}")`,
              en: `The motto must be "${MOTTO_TEXT}" (found "${motto}")`,
            },
        actual: motto,
        expected: MOTTO_TEXT,
        ...(sameWords && { severity: 'warning' as const }),
        ...(edits && {
          fix: {
            safety: 'safe',
            description: { vi: 'Viết lại Tiêu ngữ', en: 'Rewrite the motto' },
            changes: [],
            edits,
          },
        }),
      });
    }
  },
});

/**
 * Whether the copy lost the motto's separators: its words right, a gap of two spaces or more where
 * each hyphen stood ("Độc lập  Tự do  Hạnh phúc", text taken from a PDF whose dashes were glyphs
 * without a character). What was printed there cannot be told, so it is not judged.
 */
function lostSeparators(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const text = raw
    .normalize('NFC')
    .replace(/\*\*|__|~~/g, '')
    .trim();
  const words = MOTTO_TEXT.split(' - ');
  return new RegExp(`^${words.join('(?:\\s{2,}|\\t)')}$`, 'iu').test(text);
}
