import { type DocumentKind, kindByCode, ND30_KINDS } from '../../../../registry/kinds.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { isOwnAbbreviation } from '../../../../rule-kit/support.js';

// Every type with a tên loại: those with a code in Phụ lục III, and thư công, which has none (nd30.md §1).
const KINDS = ND30_KINDS.filter((k) => k.slug !== 'cong-van').map((k) => k.slug as DocumentKind);

/**
 * The ký hiệu carries the code of another type than the tên loại says: "Số: 05/QĐ-UBND" on a KẾ
 * HOẠCH, QĐ (Quyết định) on a Quy định whose code is QyĐ (checklist #6). One of the two is wrong.
 */
export const maTenLoaiKhongKhop = defineRule({
  meta: {
    id: 'nd30/pl3/ma-ten-loai-khong-khop',
    title: { vi: 'Chữ viết tắt tên loại không khớp tên loại văn bản', en: 'Type code of another type' },
    description: {
      vi: 'Chữ viết tắt tên loại trong ký hiệu là của một loại văn bản khác với tên loại của văn bản (QĐ trên một Kế hoạch; QĐ thay cho QyĐ của Quy định). Thư công không có chữ viết tắt tên loại trong Phụ lục III.',
      en: 'The type code in the notation belongs to another type than the document’s tên loại (QĐ on a Kế hoạch; QĐ for the QyĐ of a Quy định). Thư công has no code in Phụ lục III.',
    },
    legal: 'Phụ lục III, mục I; Phụ lục I, mục I.II.3.b (nd30.md §1, §2.3)',
    checklist: [6],
    severity: 'error',
    kinds: KINDS,
    needsLayout: false,
    // Guarded: the fix rewrites the code to the tên loại's, but the tên loại may be the wrong one.
    fixSafety: 'guarded',
  },
  check(ctx) {
    const { notation } = ctx.document;
    if (!notation) return 'not-applicable';
    const year = /^\d{4}\//.exec(notation)?.[0] ?? '';
    const groups = notation.slice(year.length).split('-');
    const other = kindByCode(groups[0]!);
    const own = ctx.kind.code;
    if (!other || other.slug === ctx.kind.slug) return;
    const message = own
      ? {
          vi: `Chữ viết tắt tên loại phải là của ${ctx.kind.name} ("${own}") (đang là "${groups[0]}" của ${other.name})`,
          en: `The type code must be that of ${ctx.kind.name} ("${own}") (found "${groups[0]}" of ${other.name})`,
        }
      : {
          vi: `Ký hiệu ${ctx.kind.name} không được có chữ viết tắt tên loại (đang là "${groups[0]}" của ${other.name})`,
          en: `The notation of a ${ctx.kind.name} must not have a type code (found "${groups[0]}" of ${other.name})`,
        };
    if (!own) {
      // Thư công is numbered like a công văn (no code; UNCONFIRMED, nd30.md §8.2): its issuer's own
      // abbreviation may equal a code ("CT" of Cục Thuế). There is no code to put in its place.
      if (isOwnAbbreviation(groups[0]!, ctx.document.issuer)) return;
      ctx.report({
        path: 'notation',
        severity: 'warning',
        message,
        actual: notation,
        expected: '<cơ quan>-<đơn vị soạn thảo>',
      });
      return;
    }
    const value = year + [own, ...groups.slice(groups.length > 1 ? 1 : 0)].join('-');
    ctx.report({
      path: 'notation',
      message,
      actual: notation,
      expected: value,
      fix: {
        safety: 'guarded',
        description: { vi: `Dùng "${own}" của ${ctx.kind.name}`, en: `Use "${own}" of ${ctx.kind.name}` },
        changes: [{ path: 'notation', value }],
      },
    });
  },
});
