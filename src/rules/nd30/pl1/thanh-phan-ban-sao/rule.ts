import { PRINTED_PATHS } from '../../../../model/source.js';
import { copyFormInfo } from '../../../../registry/copies.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed } from '../../../../rule-kit/edits.js';

export const COPY = {
  form: 'sao-y' as const,
  issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' },
  number: 5,
  notation: 'SY-VP',
  place: 'Quảng Ngãi',
  date: '2024-04-10',
  signature: {
    authority: [
      { prefix: 'TL' as const, of: 'CHỦ TỊCH' },
      { prefix: 'KT' as const, of: 'CHÁNH VĂN PHÒNG' },
    ],
    title: 'PHÓ CHÁNH VĂN PHÒNG',
    name: 'Nguyễn Văn An',
  },
  distribution: ['Sở Tài chính'],
  archive: ['VT'],
};

const NATIONAL = /^CONG HOA XA HOI CHU NGHIA VIET NAM|^DOC LAP - TU DO - HANH PHUC/u;
const foldUpper = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/giu, 'D')
    .replace(/\s+/g, ' ')
    .toUpperCase();

/**
 * The parts of a paper bản sao block (PL I Part II.II; Mẫu 3.1): the copy form, the copying
 * organisation, its Số and ký hiệu, place and date, the signer, Nơi nhận ending "- Lưu: VT."; no
 * Quốc hiệu; copied on or after the date of the document copied (checklist #26).
 */
export const thanhPhanBanSao = defineRule({
  meta: {
    id: 'nd30/pl1/thanh-phan-ban-sao',
    title: { vi: 'Thành phần thể thức bản sao', en: 'Parts of a copy block' },
    description: {
      vi: 'Bản sao giấy gồm: hình thức sao; tên cơ quan sao; số, ký hiệu bản sao (SY, SL, TrS - chữ viết tắt tên cơ quan sao); địa danh và thời gian sao (không trước ngày của văn bản được sao); chức vụ, họ tên, chữ ký người có thẩm quyền; nơi nhận kết thúc bằng "- Lưu: VT."; không có Quốc hiệu, Tiêu ngữ (hình thức sao đứng ở vị trí đó).',
      en: 'A paper copy has: the copy form; the copying organisation; the copy number and notation (SY, SL, TrS - its abbreviation); place and date of copying (not before the copied document’s date); the competent signer; Nơi nhận ending "- Lưu: VT."; no Quốc hiệu or Tiêu ngữ (the copy form takes that place).',
    },
    legal: 'Phụ lục I, Phần II, mục II; Phụ lục III, Mẫu 3.1 (nd30.md §5.2)',
    checklist: [26],
    severity: 'error',
    needsLayout: false,
    // Only the archive entry VT is added; number, date and signer are the copying organisation's to give.
    fixSafety: 'guarded',
  },
  check(ctx) {
    const { copy, date } = ctx.document;
    if (!copy) return 'not-applicable';
    const label = copyFormInfo(copy.form).label;
    const national = ctx.sources[PRINTED_PATHS.copyNationalTitle]
      ? PRINTED_PATHS.copyNationalTitle
      : [copy.issuer.parent, copy.issuer.name].some((n) => n && NATIONAL.test(foldUpper(n)))
        ? 'copy.issuer'
        : undefined;
    if (national) {
      const found = printed(ctx.sources, PRINTED_PATHS.copyNationalTitle) ?? copy.issuer.name;
      ctx.report({
        path: national,
        message: {
          vi: `Bản sao không được có Quốc hiệu, Tiêu ngữ; hình thức sao "${label}" phải đứng ở vị trí đó (đang là "${found}")`,
          en: `A copy must not have a Quốc hiệu or Tiêu ngữ; the copy form "${label}" takes their place (found "${found}")`,
        },
        actual: found,
        expected: label,
      });
    }
    const copied = copy.date ?? copy.signedAt?.slice(0, 10);
    if (copied && date && copied < date) {
      ctx.report({
        path: copy.date ? 'copy.date' : 'copy.signedAt',
        message: {
          vi: `Ngày sao không được trước ngày ban hành văn bản được sao ${date} (đang là ${copied})`,
          en: `A copy must not be dated before the document it copies, ${date} (found ${copied})`,
        },
        actual: copied,
        expected: `≥ ${date}`,
      });
    }
    // An electronic copy shows the form, the organisation and the signing time instead (PL I Part II.I; Mẫu 3.2).
    if (copy.signedAt) return;
    const missing = (path: string, vi: string, en: string) =>
      ctx.report({ path, message: { vi: `Thiếu ${vi}`, en: `The copy’s ${en} is missing` }, expected: vi });
    if (copy.number === undefined) missing('copy.number', 'số bản sao', 'copy number');
    if (copy.notation === undefined) missing('copy.notation', 'ký hiệu bản sao', 'copy notation');
    else if (copy.notation.split('-').length < 2) {
      ctx.report({
        path: 'copy.notation',
        message: {
          vi: `Ký hiệu bản sao phải gồm hình thức sao và chữ viết tắt tên cơ quan sao (đang là "${copy.notation}")`,
          en: `A copy notation must be the copy code and the copying organisation’s abbreviation (found "${copy.notation}")`,
        },
        actual: copy.notation,
        expected: `${copy.notation}-<cơ quan sao>`,
      });
    }
    if (copy.place === undefined) missing('copy.place', 'địa danh của bản sao', 'place of copying');
    if (copy.date === undefined) missing('copy.date', 'ngày sao', 'date of copying');
    if (copy.signature === undefined)
      missing('copy.signature', 'chức vụ, họ tên, chữ ký người có thẩm quyền sao', 'competent signer');
    if (!copy.archive.some((a) => a === 'VT')) {
      const value = ['VT', ...copy.archive];
      const found = `Lưu: ${copy.archive.join(', ')}`;
      ctx.report({
        path: 'copy.archive',
        message:
          copy.archive.length === 0
            ? {
                vi: 'Thiếu dòng "- Lưu: VT." ở cuối Nơi nhận của bản sao',
                en: 'The "- Lưu: VT." line ending the copy’s Nơi nhận is missing',
              }
            : {
                vi: `Nơi nhận của bản sao phải kết thúc bằng "- Lưu: VT." (đang là "${found}")`,
                en: `The copy’s Nơi nhận must end with "- Lưu: VT." (found "${found}")`,
              },
        ...(copy.archive.length > 0 && { actual: copy.archive.join(', ') }),
        expected: value.join(', '),
        fix: {
          safety: 'guarded',
          description: { vi: 'Thêm "VT" vào dòng Lưu', en: 'Add "VT" to the Lưu line' },
          changes: [{ path: 'copy.archive', value }],
        },
      });
    }
  },
});
