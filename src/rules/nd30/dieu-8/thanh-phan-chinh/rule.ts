import { capitalizeFirstVi } from '../../../../grammar/case.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

/** The main components of Điều 8.2 (with the exceptions the templates show). */
export const thanhPhanChinh = defineRule({
  meta: {
    id: 'nd30/dieu-8/thanh-phan-chinh',
    title: { vi: 'Thành phần thể thức chính', en: 'Main components' },
    description: {
      vi: 'Văn bản hành chính có đủ: số, ký hiệu; địa danh và thời gian (trừ biên bản); trích yếu (trừ giấy giới thiệu, giấy nghỉ phép); nội dung; chữ ký; nơi nhận.',
      en: 'An administrative document has: number and notation; place and date (except biên bản); subject (except giấy giới thiệu, giấy nghỉ phép); body; signature; distribution.',
    },
    legal: 'Điều 8 khoản 2; Phụ lục III (nd30.md §2)',
    severity: 'error',
    needsLayout: false,
    fixSafety: 'never',
    // Unchanged from Thông tư 01/2011 (nd30.md §7.1 lists what Decree 30 changed): it judges older documents too.
    underCircular01: 'same',
  },
  check(ctx) {
    const d = ctx.document;
    const missing = (path: string, vi: string, en: string) =>
      ctx.report({ path, message: { vi: `Thiếu ${vi}`, en: `${capitalizeFirstVi(en)} is missing` }, expected: vi });
    if (d.number === undefined) missing('number', 'số văn bản', 'the number');
    if (!d.notation) missing('notation', 'ký hiệu văn bản', 'the notation');
    if (ctx.kind.parts.placeDate) {
      if (!d.place) missing('place', 'địa danh', 'the place name');
      if (!d.date) missing('date', 'ngày tháng năm ban hành', 'the date');
    }
    // The trích yếu is judged by its own rules (ten-loai-trich-yeu; V/v for công văn).
    if (ctx.kind.slug === 'cong-van' && !d.subject) missing('subject', 'trích yếu (V/v)', 'the subject (V/v)');
    if (d.body.length === 0) missing('body', 'nội dung', 'the body');
    if (d.signatures.length === 0)
      missing('signatures', 'chức vụ, họ tên, chữ ký người có thẩm quyền', 'the signature block');
    if (d.distribution.length === 0 && d.archive.length === 0)
      missing('distribution', 'nơi nhận', 'the distribution (Nơi nhận)');
  },
});
