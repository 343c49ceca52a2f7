import type { TextEdit } from '../../../../diagnostics/diagnostic.js';
import { formatPlaceDate, parsePlaceDate } from '../../../../grammar/place-date.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed } from '../../../../rule-kit/edits.js';
import { fromDeviation, kindsWhere } from '../../../../rule-kit/support.js';

export const LINE = 'placeDateLine';

// An administrative unit's generic noun abbreviated before its name: "TP.", "Tp.", "TX.", "TT.", "Q.", "P.", "H.".
const ABBREVIATED_UNIT = /^(T\.?P|Tp|T\.?X|Tx|TT|Q|P|H)\.\s*(?=\p{Lu}|\d)/u;
const UNIT_WORDS: Readonly<Record<string, string>> = {
  TP: 'Thành phố',
  TX: 'Thị xã',
  TT: 'Thị trấn',
  Q: 'Quận',
  P: 'Phường',
  H: 'Huyện',
};

/** Địa danh: each syllable capitalised and followed by a comma, with no space before it (checklist #3). */
export const diaDanh = defineRule({
  meta: {
    id: 'nd30/pl1/dia-danh',
    title: { vi: 'Địa danh ban hành', en: 'Place name' },
    description: {
      vi: 'Chữ cái đầu của các âm tiết trong địa danh viết hoa (số trong tên đơn vị như "Quận 1" giữ nguyên); sau địa danh có dấu phẩy viết liền. Chỉ kiểm tra hình thức, không đối chiếu danh mục đơn vị hành chính (đã thay đổi năm 2025).',
      en: 'Each syllable of the place name starts with a capital (a number in a unit name such as "Quận 1" stays as it is), and a comma follows it with no space before. Only the shape is checked, not a list of units (changed in 2025).',
    },
    legal: 'Phụ lục I, mục I.II.4.a; Phụ lục II (nd30.md §2.4)',
    checklist: [3],
    severity: 'error',
    kinds: kindsWhere((p) => p.placeDate),
    needsLayout: false,
    fixSafety: 'safe',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    const { place, date } = ctx.document;
    const raw = printed(ctx.sources, LINE);
    if (raw === undefined && !place) return 'not-applicable';
    // Without sources, print the model's place and date and read them back: the grammar decides.
    const line = raw ?? formatPlaceDate(place, date, date ? undefined : 2000);
    const path = raw === undefined ? 'place' : LINE;
    for (const d of parsePlaceDate(line).deviations) {
      if (d.code === 'comma-missing' && raw !== undefined) {
        // Insert after the place name as written in the input (offsets count in the raw text).
        const span = ctx.sources[LINE]!;
        const index = place ? span.raw.normalize('NFC').indexOf(place) : -1;
        const edits: TextEdit[] =
          index < 0
            ? []
            : [{ offset: span.offset + index + place!.length, end: span.offset + index + place!.length, text: ',' }];
        ctx.report(
          fromDeviation(
            path,
            d,
            edits.length > 0
              ? {
                  fix: {
                    safety: 'safe',
                    description: { vi: 'Thêm dấu phẩy sau địa danh', en: 'Add the comma after the place' },
                    changes: [],
                    edits,
                  },
                }
              : {},
          ),
        );
      } else if (d.code === 'space-before-comma' && raw !== undefined) {
        // Remove the spaces between the place name and its comma, as written in the input.
        const span = ctx.sources[LINE]!;
        const text = span.raw.normalize('NFC');
        const end = place && text.includes(place) ? text.indexOf(place) + place.length : -1;
        const gap = end < 0 ? null : /^\s+(?=,)/u.exec(text.slice(end));
        const edits: TextEdit[] = gap
          ? [{ offset: span.offset + end, end: span.offset + end + gap[0].length, text: '' }]
          : [];
        ctx.report(
          fromDeviation(
            path,
            d,
            edits.length > 0
              ? {
                  fix: {
                    safety: 'safe',
                    description: { vi: 'Bỏ dấu cách trước dấu phẩy', en: 'Remove the space before the comma' },
                    changes: [],
                    edits,
                  },
                }
              : {},
          ),
        );
      } else if (d.code === 'place-case') ctx.report(fromDeviation(path, d));
    }
    // "TP. Hồ Chí Minh", "TX. Đức Phổ": the place is its official name written in full, the generic
    // noun too where the name is a person's or a number (PL I, I.II.4.a; PL II; nd30.md §2.4).
    const short = place && ABBREVIATED_UNIT.exec(place);
    if (short) {
      const full = `${UNIT_WORDS[short[1]!.toUpperCase().replace(/\./g, '')]} ${place!.slice(short[0].length)}`;
      ctx.report({
        path: raw === undefined ? 'place' : LINE,
        message: {
          vi: `Địa danh phải viết đầy đủ, không viết tắt (đang là "${place}")`,
          en: `The place name must be written in full, not abbreviated (found "${place}")`,
        },
        actual: place!,
        expected: full,
      });
    }
  },
});
