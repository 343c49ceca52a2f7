import { readFileSync } from 'node:fs';
import { createDocument, type VanbanDocument } from '../../../src/index.js';
import type { EdxmlAttachment, ToEdxmlOptions } from '../../../src/writers/edxml/index.js';

/**
 * The two documents of the golden-file tests. Mã định danh values are placeholders in the shape of
 * QĐ 20/2020 codes (edxml.md §10.1), not checked against the official list.
 */

const seedInput = JSON.parse(
  readFileSync(new URL('../../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'),
);

/** The seed letter (Công văn 1719/UBND-KGVX) with the receivers the axis needs. */
export const seedLetter: VanbanDocument = createDocument({
  ...seedInput,
  issuer: { ...seedInput.issuer, code: '000.00.00.H55' },
  exchange: {
    to: [
      { name: 'Công an tỉnh Quảng Ngãi', code: '000.00.01.H55' },
      {
        name: 'Sở Thông tin và Truyền thông tỉnh Quảng Ngãi',
        parent: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
        code: '000.00.13.H55',
      },
    ],
  },
});

/** Options of the seed letter's package: fixed time, one signed PDF. */
export const seedOptions: ToEdxmlOptions = {
  sentAt: '2024-04-09T09:15:00Z',
  attachments: [
    {
      name: '1719_UBND-KGVX.signed.pdf',
      mediaType: 'application/pdf',
      data: new TextEncoder().encode('%PDF-1.7\n% vanban test placeholder\n%%EOF\n'),
    },
  ],
};

/** A quyết định built with the model: căn cứ, articles, KT. chain, độ khẩn, drafter, appendix, contact. */
export const decision: VanbanDocument = createDocument({
  kind: 'quyet-dinh',
  issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', code: '000.00.00.H55' },
  number: 5,
  notation: 'QĐ-UBND',
  place: 'Quảng Ngãi',
  date: '2024-01-05',
  subject: 'Về việc ban hành Kế hoạch chuyển đổi số năm 2024',
  body: [
    { type: 'enactment', role: 'authority', text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
    { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
    { type: 'basis', text: 'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.' },
    { type: 'enactment', role: 'enactment', text: 'QUYẾT ĐỊNH:' },
    { type: 'article', number: '1', title: 'Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.' },
    { type: 'article', number: '2', title: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
  ],
  signatures: [{ authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Trần Hoàng Tuấn' }],
  distribution: ['Như Điều 2', 'CT, các PCT UBND tỉnh'],
  archive: ['VT', 'KGVX'],
  archiveCopies: 2,
  drafter: { code: 'NTA', copies: 30 },
  urgency: 'thuong-khan',
  circulation: 'LƯU HÀNH NỘI BỘ',
  contact: { address: '52 Hùng Vương, thành phố Quảng Ngãi', phone: '0255 3822 123', email: 'vanthu@quangngai.gov.vn' },
  appendices: [{ title: 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024', body: [{ type: 'paragraph', text: 'Nội dung kế hoạch.' }] }],
  exchange: {
    to: [{ name: 'Sở Thông tin và Truyền thông tỉnh Quảng Ngãi', code: '000.00.13.H55' }],
    dueDate: '2024-01-31',
    responseFor: [{ organId: '000.00.13.H55', code: '12/TTr-STTTT', promulgationDate: '2023-12-20' }],
    pageCount: 3,
  },
});

/** A small PDF and a DOCX-like attachment for the decision. */
export const decisionAttachments: EdxmlAttachment[] = [
  {
    name: '05_QD-UBND.signed.pdf',
    mediaType: 'application/pdf',
    data: new TextEncoder().encode('%PDF-1.7\n% quyết định 05\n%%EOF\n'),
    description: 'Quyết định (đã ký số)',
  },
  {
    name: 'phu-luc.pdf',
    mediaType: 'application/pdf',
    data: new TextEncoder().encode('%PDF-1.7\n% phụ lục\n%%EOF\n'),
    contentId: 'phu-luc-1',
  },
];
