/**
 * What the text reader decides that the validator relies on: the regime (a year in the ký hiệu alone
 * is no QPPL), stamps in any case, date lines in figures, inline addressees, a Quốc hiệu inside a
 * copy block, and headings numbered in the wrong system.
 */
import { describe, expect, it } from 'vitest';
import { PRINTED_PATHS } from '../../../src/model/source.js';
import { parseText } from '../../../src/readers/text/index.js';
import { validate } from '../../../src/validator.js';

/** A minimal document: issuer lines, Quốc hiệu, Số, date, then `rest`. */
function page(issuer: string, number: string, rest: string, date = 'Hà Nội, ngày 09 tháng 4 năm 2024'): string {
  return `${issuer}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n${number}\n${date}\n\n${rest}`;
}

describe('the regime of a read document', () => {
  it.each([
    [
      'a kế hoạch of an Ủy ban with a year',
      'hanh-chinh',
      page('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Số: 12/2024/KH-UBND', 'KẾ HOẠCH\nTriển khai công tác năm 2024\n'),
    ],
    [
      'a quyết định of a Sở with a year',
      'hanh-chinh',
      page('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSỞ TÀI CHÍNH', 'Số: 12/2024/QĐ-STC', 'QUYẾT ĐỊNH\nVề việc khen thưởng\n'),
    ],
    [
      'a công văn of an Ủy ban with a year',
      'hanh-chinh',
      page(
        'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
        'Số: 12/2024/UBND-VP\nV/v triển khai công tác',
        'Kính gửi: Sở Tài chính\n',
      ),
    ],
    [
      'a quyết định of an Ủy ban with a year',
      'quy-pham-phap-luat',
      page('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Số: 12/2024/QĐ-UBND', 'QUYẾT ĐỊNH\nBan hành Quy chế\n'),
    ],
    [
      'a quyết định of the Thủ tướng with a year',
      'quy-pham-phap-luat',
      page('THỦ TƯỚNG CHÍNH PHỦ', 'Số: 20/2020/QĐ-TTg', 'QUYẾT ĐỊNH\nVề mã định danh điện tử\n'),
    ],
    [
      'a nghị quyết of a Hội đồng nhân dân with a year',
      'quy-pham-phap-luat',
      page('HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN', 'Số: 05/2024/NQ-HĐND', 'NGHỊ QUYẾT\nQuy định mức chi\n'),
    ],
    [
      'a chỉ thị of the Thủ tướng before the 2015 law took effect',
      'quy-pham-phap-luat',
      page('THỦ TƯỚNG CHÍNH PHỦ', 'Số: 17/2010/CT-TTg', 'CHỈ THỊ\nVề tăng cường công tác\n'),
    ],
    [
      'a chỉ thị with a year after it',
      'hanh-chinh',
      page('THỦ TƯỚNG CHÍNH PHỦ', 'Số: 17/2020/CT-TTg', 'CHỈ THỊ\nVề tăng cường công tác\n'),
    ],
    [
      'a nghị định (a QPPL type) without a year',
      'quy-pham-phap-luat',
      page('CHÍNH PHỦ', 'Số: 30/NĐ-CP', 'NGHỊ ĐỊNH\nVề công tác văn thư\n'),
    ],
    [
      'a nghị quyết of a legislature',
      'quy-pham-phap-luat',
      page('ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Số: 1657/NQ-UBTVQH15', 'NGHỊ QUYẾT\nVề việc sắp xếp\n'),
    ],
  ])('%s → %s', (_name, regime, text) => {
    expect(parseText(text).document.regime).toBe(regime);
  });
});

describe('parts the validator checks as printed', () => {
  const letter = (header: string, body = 'Kính gửi: Sở Tài chính\n\nĐề nghị thực hiện./.\n') =>
    page('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', `Số: 05/UBND-VP\nV/v triển khai công tác`, `${header}${body}`);

  it.each([
    ['Thượng khẩn', 'thuong-khan'],
    ['Hỏa tốc', 'hoa-toc'],
    ['KHẨN', 'khan'],
  ])('reads the urgency stamp "%s" whatever its case', (stamp, urgency) => {
    const { document, sources } = parseText(letter(`${stamp}\n\n`));
    expect(document.urgency).toBe(urgency);
    expect(sources.urgency!.raw).toBe(stamp);
  });

  it('reads a date line in figures, keeping its span', () => {
    const { document, sources } = parseText(
      page(
        'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
        'Số: 05/UBND-VP\nV/v triển khai',
        'Kính gửi: Sở Tài chính\n',
        'Quảng Ngãi, 09/4/2024',
      ),
    );
    expect(sources[PRINTED_PATHS.placeDateLine]!.raw).toBe('Quảng Ngãi, 09/4/2024');
    expect([document.place, document.date]).toEqual(['Quảng Ngãi', '2024-04-09']);
  });

  it('splits several addressees on the Kính gửi line, each with its own span', () => {
    const { document, sources } = parseText(
      letter('', 'Kính gửi: Sở Tài chính; Sở Nội vụ; Công an tỉnh.\n\nĐề nghị thực hiện./.\n'),
    );
    expect(document.recipients).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Công an tỉnh']);
    expect(['recipients.0', 'recipients.1', 'recipients.2'].map((p) => sources[p]!.raw)).toEqual([
      'Sở Tài chính;',
      'Sở Nội vụ;',
      'Công an tỉnh.',
    ]);
    expect(sources['recipients.2']!.line).toBe(sources[PRINTED_PATHS.recipientsHeading]!.line);
  });

  it('keeps one addressee whose name holds no ";" whole', () => {
    expect(
      parseText(letter('', 'Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố\n\nĐề nghị thực hiện./.\n')).document
        .recipients,
    ).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố']);
  });

  it('reads "Chương 1" and "Mục I" as headings so that their numbering can be judged, and "Phần Công việc" as text', () => {
    const body =
      'Chương 1\nQUY ĐỊNH CHUNG\n\nMục I\nPHẠM VI\n\nĐiều 1. Phạm vi điều chỉnh\n\nPhần Công việc còn lại do Sở Nội vụ thực hiện./.\n';
    const { document } = parseText(
      page('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Số: 05/QĐ-UBND', `QUYẾT ĐỊNH\nBan hành Quy chế\n\n${body}`),
    );
    expect(document.body.map((b) => (b.type === 'heading' ? `${b.level} ${b.number} ${b.title}` : b.type))).toEqual([
      'chuong 1 QUY ĐỊNH CHUNG',
      'muc I PHẠM VI',
      'article',
    ]);
    // The paragraph under a titled Điều is that Điều's text.
    expect(document.body[2]).toMatchObject({
      title: 'Phạm vi điều chỉnh',
      text: expect.stringMatching(/^Phần Công việc/),
    });
  });

  // Eleven quyết định and thông tư of the bulk pages (2025, the year of "phân cấp") lost their trích yếu:
  // without its marks "PHÂN CẤP" reads "phan cap", whose "c" passed for a Roman numeral of "PHẦN C".
  it.each([
    ['PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC\nSỬ DỤNG MÁY MÓC, THIẾT BỊ CỦA TỈNH BẮC NINH'],
    ['CHƯƠNG CỦA NGÀNH GIÁO DỤC TỈNH BẮC NINH'],
    ['VỀ\nPHÂN CẤP QUẢN LÝ TỔ CHỨC CÁN BỘ'],
  ])('reads a trích yếu opening like a Phần or Chương heading as the trích yếu: %j', (subject) => {
    const { document } = parseText(
      page(
        'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH',
        'Số: 83/2025/QĐ-UBND',
        `QUYẾT ĐỊNH\n\n${subject}\n\n*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*\n\nĐiều 1. Phân cấp như sau.`,
      ),
    );
    expect(document.subject).toBe(subject.replace(/\n/gu, ' '));
  });

  // Bulk pages of 2025: a trích yếu in capitals cut where it cites a document's number or the State.
  it.each([
    [
      'SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\nSỐ 09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH',
    ],
    ['BÃI BỎ QUYẾT ĐỊNH\nSỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG'],
    [
      'VỀ HẠN NGẠCH THUẾ QUAN NHẬP KHẨU ĐỂ THỰC HIỆN HIỆP ĐỊNH THƯƠNG MẠI GIỮA\nCHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA\nDÂN CHỦ NHÂN DÂN LÀO',
    ],
    [Array.from({ length: 16 }, (_, k) => `DÒNG THỨ ${k + 1} CỦA MỘT TRÍCH YẾU RẤT DÀI VỀ VIỆC BÃI BỎ`).join('\n')],
  ])('reads the whole trích yếu in capitals: %j', (subject) => {
    const { document } = parseText(
      page(
        'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG',
        'Số: 81/2025/QĐ-UBND',
        `QUYẾT ĐỊNH\n${subject}\n*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*\n\nĐiều 1. Bãi bỏ.`,
      ),
    );
    expect(document.subject).toBe(subject.replace(/\n/gu, ' '));
  });

  it('ends a Party letter’s V/v at "ĐẢNG CỘNG SẢN VIỆT NAM" when the copy gives the header column by column', () => {
    const text =
      'TỈNH ỦY QUẢNG NGÃI\n*\nSố 1234-CV/TU\nV/v triển khai thực hiện Kết luận số 150-KL/TW của Bộ Chính trị\n' +
      'ĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 15 tháng 11 năm 2025\n\nKính gửi: Các ban đảng, Văn phòng Tỉnh ủy\n\n' +
      'Đề nghị các cơ quan, đơn vị triển khai thực hiện./.\n';
    const { document } = parseText(text);
    expect(document).toMatchObject({
      regime: 'dang',
      subject: 'triển khai thực hiện Kết luận số 150-KL/TW của Bộ Chính trị',
      place: 'Quảng Ngãi',
    });
  });

  it('finds the authority line of a quyết định under a stray line the copy set apart from the trích yếu', () => {
    const { document } = parseText(
      page(
        'TRƯỜNG TIỂU HỌC QUANG CHÂU',
        'Số: 12/QĐ-THQC',
        'QUYẾT ĐỊNH\n\nVề việc khen thưởng học sinh có thành tích trong học tập\n\n Năm học 2020 - 2021\n\n \n\nHIỆU TRƯỞNG TRƯỜNG TIỂU HỌC QUANG CHÂU\n\nCăn cứ Thông tư số 22/2016/TT-BGDĐT ngày 22/9/2016 của Bộ Giáo dục và Đào tạo;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Khen thưởng học sinh./.\n',
      ),
    );
    expect(document.body.slice(0, 2)).toEqual([
      { type: 'paragraph', text: 'Năm học 2020 - 2021' },
      { type: 'enactment', role: 'authority', text: 'HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC QUANG CHÂU' },
    ]);
  });

  it('reads a tên loại and its trích yếu set on one line ("HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG")', () => {
    const text =
      'BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n--------\nĐẢNG CỘNG SẢN VIỆT NAM\n------------\nSố: 11-HD/VPTW\n' +
      'Hà Nội, ngày 28 tháng 05 năm 2004\n\nHƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG\n\nVăn phòng Trung ương Đảng hướng dẫn như sau./.\n';
    const { document, sources } = parseText(text);
    expect(document).toMatchObject({ kind: 'huong-dan', subject: 'VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG' });
    expect(sources[PRINTED_PATHS.titleLine]!.raw).toBe('HƯỚNG DẪN');
    expect(sources.subject!.raw).toBe('VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG');
  });

  it('still stops a trích yếu at a "PHẦN I" heading under it', () => {
    const { document } = parseText(
      page('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH', 'Số: 120/KH-UBND', 'KẾ HOẠCH\nPhát triển kinh tế số\nPHẦN I\nMỤC TIÊU\n'),
    );
    expect(document.subject).toBe('Phát triển kinh tế số');
  });

  it('keeps a Quốc hiệu printed inside a copy block apart from the copying organisation', () => {
    const copy =
      '\n---------------\nSAO Y\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH\nSố: 05/SY-VP\nQuảng Ngãi, ngày 10 tháng 4 năm 2024\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An\n\nNơi nhận:\n- Sở Tài chính;\n- Lưu: VT.\n';
    const text = letter(
      '',
      `Kính gửi: Sở Tài chính\n\nĐề nghị thực hiện./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Hoàng Tuấn\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n${copy}`,
    );
    const { document, sources } = parseText(text);
    expect(document.copy?.issuer).toEqual({ name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' });
    expect(sources[PRINTED_PATHS.copyNationalTitle]!.raw).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('a công điện whose addressee list has a "." where ";" is due', () => {
  const telegram = `THỦ TƯỚNG CHÍNH PHỦ
Số: 33/CĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 07 tháng 4 năm 2024

CÔNG ĐIỆN
Về việc tăng cường bảo đảm an toàn thông tin mạng

THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ.
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương;
- Tập đoàn Điện lực Việt Nam.

Thời gian qua, tình hình an toàn thông tin mạng diễn biến phức tạp./.

Nơi nhận:
- Như trên;
- Lưu: VT, KSTT.
THỦ TƯỚNG
Phạm Minh Chính
`;

  it('keeps every addressee after it, and the validator reports the "."', () => {
    const read = parseText(telegram);
    expect(read.document.recipients).toEqual([
      'Bộ trưởng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      'Tập đoàn Điện lực Việt Nam',
    ]);
    expect(read.document.body).toHaveLength(1);
    const found = validate(read).diagnostics.filter((d) => d.id === 'nd30/pl1/kinh-gui');
    expect(found.map((d) => d.path)).toEqual(['recipients.0']);
  });
});
