import { copyFormInfo } from '../../../../registry/copies.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import {
  appearanceText,
  copyFormOf,
  foldName,
  isElectronicCopy,
  rolesOf,
  signingInstant,
  vietnamTime,
} from '../../../../rule-kit/signatures.js';

// Mẫu 3.2's line: form; copying organisation; dd/mm/yyyy; hh:mm:ss (the zone optional: its print is UNCONFIRMED, nd30.md §4.4).
const COPY_LINE =
  /^(SAO Y|SAO LỤC|TRÍCH SAO)\s*;\s*([^;]+?)\s*;\s*\d{2}\/\d{2}\/\d{4}\s*;\s*\d{1,2}\s*:\s*\d{2}\s*:\s*\d{2}/u;
// "Top right of page 1": the box's centre in the right half and in the top fifth of the page.
const TOP_FIFTH = 0.8;
const A4 = { widthMm: 210, heightMm: 297 };

/**
 * An electronic copy is signed by the copying organisation at the top right of its first page,
 * with no image, the signature showing Mẫu 3.2's line (copy form, copying organisation, signing
 * time) (PL I, Part II.I; nd30.md §4.5, §5.2).
 */
export const kySoBanSao = defineRule({
  meta: {
    id: 'nd30/pl1/ky-so-ban-sao',
    title: {
      vi: 'Chữ ký số của cơ quan trên bản sao điện tử',
      en: 'The organisation’s digital signature on an electronic copy',
    },
    description: {
      vi: 'Bản sao điện tử có chữ ký số của cơ quan, tổ chức sao ở góc trên, bên phải trang đầu, không hiển thị hình ảnh, thông tin hiển thị theo Mẫu 3.2: hình thức sao; tên cơ quan, tổ chức sao; thời gian ký (ngày/tháng/năm; giờ:phút:giây). Áp dụng khi mô hình có khối bản sao với thời gian ký hoặc khi chữ ký số của cơ quan in dòng hình thức sao; vị trí và dòng thông tin đọc từ tệp PDF.',
      en: 'An electronic copy bears the copying organisation’s digital signature at the top right of its first page, with no image, showing Mẫu 3.2’s line: the copy form; the copying organisation; the signing time (day/month/year; hour:minute:second). Applied when the model has a copy block with its signing time or when an organisation’s signature prints a copy form; the place and the line are read from the PDF.',
    },
    legal: 'Phụ lục I, Phần II, mục I; Phụ lục III, Mẫu 3.2 (nd30.md §4.5, §5.2)',
    severity: 'error',
    needsLayout: false,
    needsSignatures: true,
    fixSafety: 'never',
  },
  check(ctx) {
    const { document } = ctx;
    const roled = rolesOf(ctx.signatures!, document);
    if (!isElectronicCopy(document, roled)) return 'not-applicable';
    const copier = document.copy?.issuer.name;
    const candidates = roled.filter((r) => r.role !== 'signer');
    const copy =
      candidates.find((r) => copyFormOf(r.signature) !== undefined) ??
      candidates.find((r) => copier && foldName(r.signature.signer!.subjectCommonName!) === foldName(copier));
    if (!copy) {
      ctx.report({
        path: 'copy.issuer.name',
        message: {
          vi: `Bản sao điện tử phải có chữ ký số của cơ quan sao${copier ? ` ${copier}` : ''} (không có)`,
          en: `An electronic copy must bear the copying organisation’s digital signature${copier ? ` (${copier})` : ''} (none found)`,
        },
        actual: 'none',
        expected: copier ?? 'the copying organisation',
      });
      return;
    }
    const widget = copy.signature.widget;
    const page = ctx.layout?.sections[0] ?? A4;
    const box = widget?.rectMm;
    const topRight =
      widget?.visible === true &&
      widget.pageIndex === 0 &&
      box !== undefined &&
      (box.x1 + box.x2) / 2 > page.widthMm / 2 &&
      (box.y1 + box.y2) / 2 > TOP_FIFTH * page.heightMm;
    if (!topRight)
      ctx.report({
        path: 'copy.signedAt',
        message: {
          vi: `Chữ ký số của cơ quan sao phải đặt ở góc trên, bên phải trang đầu (đang ở ${where(widget, page)})`,
          en: `The copying organisation’s digital signature must stand at the top right of the first page (found ${whereEn(widget, page)})`,
        },
        actual: whereEn(widget, page),
        expected: 'top right of page 1',
      });
    const text = appearanceText(copy.signature);
    if (text === undefined) return;
    const form = document.copy ? copyFormInfo(document.copy.form).label : (copyFormOf(copy.signature) ?? 'SAO Y');
    const instant = signingInstant(copy.signature);
    const expected = `${form}; ${copier ?? copy.signature.signer!.subjectCommonName}; ${instant ? vietnamTime(instant) : 'dd/mm/yyyy; hh:mm:ss'}`;
    const line = COPY_LINE.exec(text.normalize('NFC'));
    if (!line || (document.copy && line[1] !== form))
      ctx.report({
        path: 'copy.signedAt',
        message: {
          vi: `Chữ ký số của bản sao phải hiển thị theo Mẫu 3.2 "${expected}" (đang là "${text}")`,
          en: `The copy’s signature must show Mẫu 3.2’s line "${expected}" (found "${text}")`,
        },
        actual: text,
        expected,
      });
  },
});

type Widget = NonNullable<Parameters<typeof appearanceText>[0]['widget']>;

function where(widget: Widget | null, page: { widthMm: number; heightMm: number }): string {
  if (!widget?.visible) return 'không hiển thị';
  const side = (widget.rectMm.x1 + widget.rectMm.x2) / 2 > page.widthMm / 2 ? 'bên phải' : 'bên trái';
  const height = (widget.rectMm.y1 + widget.rectMm.y2) / 2 > TOP_FIFTH * page.heightMm ? 'phía trên' : 'phía dưới';
  return `trang ${(widget.pageIndex ?? 0) + 1}, ${height}, ${side}`;
}

function whereEn(widget: Widget | null, page: { widthMm: number; heightMm: number }): string {
  if (!widget?.visible) return 'not shown';
  const side = (widget.rectMm.x1 + widget.rectMm.x2) / 2 > page.widthMm / 2 ? 'right' : 'left';
  const height = (widget.rectMm.y1 + widget.rectMm.y2) / 2 > TOP_FIFTH * page.heightMm ? 'top' : 'lower';
  return `page ${(widget.pageIndex ?? 0) + 1}, ${height} ${side}`;
}
