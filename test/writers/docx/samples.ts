/**
 * Documents of the kinds issue 5 asks to look at on the page: a công văn (the seed letter), a
 * quyết định with căn cứ and Điều, a tờ trình, a giấy mời, a kế hoạch with two appendices and a
 * sao y. Built with the model, shaped after the Mẫu of Phụ lục III.
 */
import { readFileSync } from 'node:fs';
import { createDocument, type DocumentInput, type VanbanDocument } from '../../../src/index.js';

export const SEED: VanbanDocument = createDocument(
  JSON.parse(
    readFileSync(new URL('../../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'),
  ) as DocumentInput,
);

/** Mẫu 1.2: the authority line, căn cứ, "QUYẾT ĐỊNH:", Điều with khoản and điểm. */
export function quyetDinh(patch: Partial<DocumentInput> = {}): VanbanDocument {
  return createDocument({
    kind: 'quyet-dinh',
    issuer: { parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ' },
    number: 5,
    notation: 'QĐ-SNV',
    place: 'Quảng Ngãi',
    date: '2024-02-05',
    subject: 'Về việc thành lập Tổ công tác chuyển đổi số',
    body: [
      { type: 'enactment', role: 'authority', text: 'GIÁM ĐỐC SỞ NỘI VỤ' },
      { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
      {
        type: 'basis',
        text: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
      },
      { type: 'basis', text: 'Theo đề nghị của Chánh Văn phòng Sở.' },
      { type: 'enactment', role: 'enactment', text: 'QUYẾT ĐỊNH:' },
      { type: 'article', number: '1', title: 'Thành lập Tổ công tác chuyển đổi số của Sở Nội vụ.' },
      {
        type: 'clause',
        number: '1',
        text: 'Tổ công tác có nhiệm vụ tham mưu triển khai chuyển đổi số trong các lĩnh vực của Sở.',
      },
      { type: 'point', label: 'a', text: 'Xây dựng kế hoạch chuyển đổi số hằng năm;' },
      { type: 'point', label: 'b', text: 'Theo dõi, đôn đốc việc thực hiện kế hoạch.' },
      { type: 'clause', number: '2', text: 'Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.' },
      { type: 'article', number: '2', title: 'Quyết định này có hiệu lực kể từ ngày ký.' },
      {
        type: 'article',
        number: '3',
        title:
          'Chánh Văn phòng Sở, Trưởng các phòng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
      },
    ],
    signatures: [{ authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' }],
    distribution: ['Như Điều 3', 'Sở Tài chính'],
    archive: ['VT', 'VP'],
    ...patch,
  });
}

/** Mẫu 1.4, sent upward with Kính gửi, with the contact block of ô 13. */
export const TO_TRINH: VanbanDocument = createDocument({
  kind: 'to-trinh',
  issuer: { parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' },
  number: 12,
  notation: 'TTr-STC',
  place: 'Quảng Ngãi',
  date: '2024-03-18',
  subject: 'Về việc phê duyệt dự toán kinh phí chuyển đổi số năm 2024',
  recipients: ['Ủy ban nhân dân tỉnh Quảng Ngãi'],
  body: [
    {
      type: 'paragraph',
      text: 'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015, Sở Tài chính kính trình Ủy ban nhân dân tỉnh phê duyệt dự toán kinh phí chuyển đổi số năm 2024 như sau:',
    },
    { type: 'clause', number: '1', text: 'Tổng dự toán: 2.500.000.000 đồng.' },
    { type: 'clause', number: '2', text: 'Nguồn kinh phí: ngân sách tỉnh năm 2024.' },
    { type: 'paragraph', text: 'Sở Tài chính kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.' },
  ],
  signatures: [{ authority: [], title: 'GIÁM ĐỐC', name: 'Lê Thị Hồng Nhung' }],
  distribution: ['Như trên', 'Văn phòng UBND tỉnh'],
  archive: ['VT', 'NS'],
  contact: {
    address: '52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi',
    phone: '0255 3822 123',
    email: 'stc@quangngai.gov.vn',
    website: 'stc.quangngai.gov.vn',
  },
});

/** Mẫu 1.7. */
export const GIAY_MOI: VanbanDocument = createDocument({
  kind: 'giay-moi',
  issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
  number: 3,
  notation: 'GM-UBND',
  place: 'Quảng Ngãi',
  date: '2024-04-02',
  subject: 'Họp triển khai nhiệm vụ chuyển đổi số quý II năm 2024',
  body: [
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân tỉnh trân trọng kính mời Giám đốc các sở, ban, ngành tỉnh tới dự cuộc họp triển khai nhiệm vụ chuyển đổi số quý II năm 2024.',
    },
    { type: 'paragraph', text: 'Chủ trì: Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Hoàng Tuấn.' },
    { type: 'paragraph', text: 'Thời gian: 08 giờ 00 phút, ngày 05 tháng 4 năm 2024.' },
    { type: 'paragraph', text: 'Địa điểm: Phòng họp số 1, Ủy ban nhân dân tỉnh./.' },
  ],
  signatures: [
    {
      authority: [
        { prefix: 'TL', of: 'CHỦ TỊCH' },
        { prefix: 'KT', of: 'CHÁNH VĂN PHÒNG' },
      ],
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Phạm Minh Đức',
    },
  ],
  distribution: ['Các sở, ban, ngành tỉnh'],
  archive: ['VT', 'KGVX'],
});

const long = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'paragraph' as const,
    text: `Nội dung ${i + 1}: các cơ quan, đơn vị rà soát, cập nhật cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ dữ liệu với hệ thống thông tin của tỉnh theo đúng quy định.`,
  }));

/** Mẫu 1.4 with two appendices, the first longer than a page. */
export const KE_HOACH: VanbanDocument = createDocument({
  kind: 'ke-hoach',
  issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
  number: 45,
  notation: 'KH-UBND',
  place: 'Quảng Ngãi',
  date: '2024-05-10',
  subject: 'Triển khai chuyển đổi số tỉnh Quảng Ngãi năm 2024',
  body: [
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai chuyển đổi số năm 2024, với nhiệm vụ tại Phụ lục I và kinh phí tại Phụ lục II kèm theo./.',
    },
  ],
  signatures: [
    {
      authority: [
        { prefix: 'TM', of: 'ỦY BAN NHÂN DÂN' },
        { prefix: 'KT', of: 'CHỦ TỊCH' },
      ],
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Hoàng Tuấn',
    },
  ],
  distribution: ['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố'],
  archive: ['VT', 'KGVX'],
  appendices: [
    {
      number: 'I',
      title: 'NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024',
      reference: 'Kèm theo Kế hoạch số 45/KH-UBND ngày 10 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh',
      body: long(40),
    },
    {
      number: 'II',
      title: 'KINH PHÍ THỰC HIỆN',
      reference: 'Kèm theo Kế hoạch số 45/KH-UBND ngày 10 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh',
      body: long(3),
    },
  ],
});

/** The seed letter with a paper sao y block (Mẫu 3.1). */
export const SAO_Y: VanbanDocument = createDocument({
  ...SEED,
  copy: {
    form: 'sao-y',
    issuer: { parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' },
    number: 7,
    notation: 'SY-STC',
    place: 'Quảng Ngãi',
    date: '2024-04-11',
    signature: { authority: [{ prefix: 'TL', of: 'GIÁM ĐỐC' }], title: 'CHÁNH VĂN PHÒNG', name: 'Hồ Thị Kim Oanh' },
    distribution: ['Các phòng thuộc Sở'],
    archive: ['VT'],
  },
});
