import type { TextEdit } from '../../../../diagnostics/diagnostic.js';
import { formatPlaceDate, parsePlaceDate } from '../../../../grammar/place-date.js';
import { defineRule } from '../../../../validate/define-rule.js';
import { printed } from '../../../../validate/edits.js';
import { sampleDocument, sampleSources } from '../../../../validate/samples.js';
import { fromDeviation, kindsWhere } from '../../../support.js';

const LINE = 'placeDateLine';

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
    examples: {
      valid: [
        {
          name: 'Địa danh viết hoa, có dấu phẩy',
          document: sampleDocument(),
          sources: sampleSources({ placeDateLine: 'Quảng Ngãi, ngày 09 tháng 4 năm 2024' }),
        },
        { name: 'Tên có danh từ chung', document: sampleDocument('cong-van', { place: 'Thành phố Hồ Chí Minh' }) },
        {
          name: 'Đơn vị đặt tên theo số',
          document: sampleDocument('cong-van', { place: 'Quận 1' }),
          sources: sampleSources({ placeDateLine: 'Quận 1, ngày 09 tháng 4 năm 2024' }),
        },
      ],
      invalid: [
        {
          name: 'Thiếu dấu phẩy sau địa danh',
          document: sampleDocument(),
          sources: sampleSources({ placeDateLine: 'Quảng Ngãi ngày 09 tháng 4 năm 2024' }),
          paths: [LINE],
          fixable: true,
        },
        {
          name: 'Địa danh không viết hoa',
          document: sampleDocument('cong-van', { place: 'quảng ngãi' }),
          paths: ['place'],
        },
        {
          name: 'Dấu cách trước dấu phẩy',
          document: sampleDocument('cong-van', { place: 'Hà Nội' }),
          sources: sampleSources({ placeDateLine: 'Hà Nội , ngày 09 tháng 4 năm 2024' }),
          paths: [LINE],
          fixable: true,
        },
      ],
    },
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
  },
});
