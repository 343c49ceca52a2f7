import type { VanbanDocument } from '../model/document.js';
import { legalBasisBlockEnd } from '../model/legal-basis.js';
import type { TextLayout } from '../model/layout.js';
import { printedTitle } from '../registry/kinds.js';

/**
 * The master typography table of PL I mục V (nd30.md §3.2): size range, bold and italic for each
 * part, by the paths that sources and layout facts share.
 *
 * @module
 */

/** What the Decree prescribes for one part. */
export interface SlotSpec {
  /** Name of the part in Vietnamese, for messages. */
  readonly name: string;
  readonly size: readonly [number, number];
  readonly bold?: boolean;
  readonly italic?: boolean;
}

const FIXED: Readonly<Record<string, SlotSpec>> = {
  'nationalTitle.name': { name: 'Quốc hiệu', size: [12, 13], bold: true, italic: false },
  'nationalTitle.motto': { name: 'Tiêu ngữ', size: [13, 14], bold: true, italic: false },
  'issuer.parent': { name: 'tên cơ quan chủ quản', size: [12, 13], bold: false, italic: false },
  'issuer.name': { name: 'tên cơ quan ban hành', size: [12, 13], bold: true, italic: false },
  numberLine: { name: 'số, ký hiệu', size: [13, 13], italic: false },
  placeDateLine: { name: 'địa danh, ngày tháng', size: [13, 14], italic: true },
  titleLine: { name: 'tên loại', size: [13, 14], bold: true, italic: false },
  'recipients.heading': { name: 'Kính gửi', size: [13, 14], italic: false },
  'distribution.heading': { name: '"Nơi nhận:"', size: [12, 12], bold: true, italic: true },
  'archive.line': { name: 'dòng Lưu', size: [11, 11], italic: false },
  urgency: { name: 'dấu độ khẩn', size: [13, 14], bold: true },
  circulation: { name: 'chỉ dẫn phạm vi lưu hành', size: [13, 14], bold: true },
  'copy.label': { name: 'hình thức sao', size: [13, 14], bold: true },
};

/** The spec of the part at `path`, or undefined for parts the table does not cover. */
export function slotSpec(path: string, document: VanbanDocument): SlotSpec | undefined {
  const fixed = FIXED[path];
  if (fixed) return fixed;
  if (path === 'subjectLine' || path === 'subject') {
    // PL I, I.II.5: công văn V/v 12–13 not bold; typed trích yếu 13–14 bold. Thư công has no Mẫu
    // (UNCONFIRMED): its subject stands under "THƯ" like a trích yếu (printedTitle).
    return printedTitle(document.kind) === undefined
      ? { name: 'trích yếu (V/v)', size: [12, 13], bold: false, italic: false }
      : { name: 'trích yếu', size: [13, 14], bold: true, italic: false };
  }
  if (/^recipients\.\d+$/.test(path)) return { name: 'nơi nhận (Kính gửi)', size: [13, 14], italic: false };
  if (/^distribution\.\d+$/.test(path)) return { name: 'nơi nhận', size: [11, 11], italic: false };
  if (/^signatures\.\d+\.(authority\.\d+|title)$/.test(path))
    return { name: 'quyền hạn, chức vụ người ký', size: [13, 14], bold: true, italic: false };
  if (/^signatures\.\d+\.name$/.test(path))
    return { name: 'họ tên người ký', size: [13, 14], bold: true, italic: false };
  if (/^contact(\.|$)/.test(path)) return { name: 'địa chỉ, điện thoại', size: [11, 12], italic: false };
  const body = /^body\.(\d+)(?:\.text)?$/.exec(path);
  if (body) {
    const block = document.body[Number(body[1])];
    if (block?.type === 'basis' && Number(body[1]) < legalBasisBlockEnd(document.kind, document.body))
      return { name: 'căn cứ', size: [13, 14], italic: true };
    // "Điều 1." bold before the article's regular text (a quyết định cá biệt): not a bold heading line.
    if (block?.type === 'article' && block.text !== undefined && !block.title)
      return { name: 'nội dung', size: [13, 14], italic: false };
    if (block?.type === 'heading' || block?.type === 'enactment' || block?.type === 'article')
      return { name: 'đề mục', size: [13, 14], bold: true, italic: false };
    if (block?.type === 'table') return undefined;
    return { name: 'nội dung', size: [13, 14], italic: false };
  }
  return undefined;
}

/**
 * Slack on the 6 pt spacings (PL I, I.II.5.b and I.II.6.đ) for measured files: LibreOffice keeps
 * 6 pt entered in centimetres as 0.21 cm, which is 119 twips, 5.95 pt (PRACTICE).
 */
export const SPACING_SLACK_PT = 0.1;

/** Where a part sits on the page (`LayoutPart.region`). */
export type Region = NonNullable<TextLayout['region']>;

/** How each region is named in a message: what was found, in words. */
export const REGION_NAMES: Readonly<Record<Region, { readonly vi: string; readonly en: string }>> = {
  'header-left': { vi: 'cột trái phần đầu', en: 'the header’s left column' },
  'header-right': { vi: 'cột phải phần đầu', en: 'the header’s right column' },
  'closing-left': { vi: 'cột trái phần cuối', en: 'the closing’s left column' },
  'closing-right': { vi: 'cột phải phần cuối', en: 'the closing’s right column' },
  page: { vi: 'dòng riêng trên trang', en: 'a line of its own on the page' },
  'page-header': { vi: 'đầu trang (header)', en: 'the page header' },
  'page-footer': { vi: 'chân trang (footer)', en: 'the page footer' },
  'text-box': { vi: 'hộp văn bản', en: 'a text box' },
};
