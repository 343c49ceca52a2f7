/**
 * Tables of the body read back as TableBlocks: pipe rows as the text writer prints them, markdown
 * tables with their separator row, and the DOCX reader's rows; the two-column layout tables of
 * markdown copies (header, Kính gửi, closing) stay the parts they are.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/readers/text/index.js';

/** A Kế hoạch of Sở Tài chính with `body`, signed and distributed. */
const plan = (body: string) =>
  `ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSỞ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 12/KH-STC\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nKiểm tra công tác tài chính năm 2024\n\n${body}\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Ủy ban nhân dân tỉnh;\n- Lưu: VT, NS.\n`;

describe('tables of the body', () => {
  it('reads a markdown table with its separator row: the first row is the header', () => {
    const { document, sources, diagnostics } = parseText(
      plan(
        'Lịch kiểm tra như sau:\n\n| STT | Đơn vị | Thời gian |\n|---|:---|---:|\n| 1 | Sở Nội vụ | Tháng 4 |\n| 2 | Sở Y tế | Tháng 5 |\n\nCác đơn vị chuẩn bị hồ sơ./.',
      ),
    );
    expect(document.body).toEqual([
      { type: 'paragraph', text: 'Lịch kiểm tra như sau:' },
      {
        type: 'table',
        header: true,
        rows: [
          ['STT', 'Đơn vị', 'Thời gian'],
          ['1', 'Sở Nội vụ', 'Tháng 4'],
          ['2', 'Sở Y tế', 'Tháng 5'],
        ],
      },
      { type: 'paragraph', text: 'Các đơn vị chuẩn bị hồ sơ./.' },
    ]);
    expect(sources['body.1']!.raw).toBe(
      '| STT | Đơn vị | Thời gian |\n|---|:---|---:|\n| 1 | Sở Nội vụ | Tháng 4 |\n| 2 | Sở Y tế | Tháng 5 |',
    );
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('reads pipe rows without a separator (the text writer’s form) as rows only, "\\|" as a pipe inside a cell, empty cells kept', () => {
    const { document } = parseText(
      plan('| 1 | Sở Nội vụ \\| Sở Y tế | Tháng 4 |\n| 2 |  | Tháng 5 |\n\nCác đơn vị chuẩn bị hồ sơ./.'),
    );
    expect(document.body[0]).toEqual({
      type: 'table',
      rows: [
        ['1', 'Sở Nội vụ | Sở Y tế', 'Tháng 4'],
        ['2', '', 'Tháng 5'],
      ],
    });
  });

  it('does not take a name in a table under a line of capitals for a signer', () => {
    const { document } = parseText(
      plan(
        'DANH SÁCH CÁN BỘ KIỂM TRA\n| 1 | Trần Hoàng Tuấn | Trưởng đoàn |\n| 2 | Lê Thị Hồng Nhung | Thành viên |\n\nĐoàn làm việc từ tháng 4./.',
      ),
    );
    expect(document.body.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
    ]);
  });

  it('reads a table in an appendix', () => {
    const text = `${plan('Đề nghị thực hiện./.')}\nPhụ lục\nDANH MỤC ĐƠN VỊ\n\n| STT | Đơn vị |\n|---|---|\n| 1 | Sở Nội vụ |\n`;
    expect(parseText(text).document.appendices[0]!.body).toEqual([
      {
        type: 'table',
        header: true,
        rows: [
          ['STT', 'Đơn vị'],
          ['1', 'Sở Nội vụ'],
        ],
      },
    ]);
  });

  it('leaves a lone "| 5 |" alone: one cell is no table', () => {
    expect(parseText(plan('| 5 |\n\nĐề nghị thực hiện./.')).document.body.map((b) => b.type)).not.toContain('table');
  });
});

describe('layout tables of markdown copies are not data tables', () => {
  it('reads the header, Kính gửi and closing rows of a web copy as their parts (held-out 001’s layout)', () => {
    const text = [
      '| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------------- |',
      '|---|---|',
      '| Số: 2403/TTg-KGVX V/v điều chỉnh mức trợ cấp | Hà Nội, ngày 03 tháng 12 năm 2009 |',
      '',
      '| Kính gửi: | - Bộ Quốc phòng; - Bộ Tài chính |',
      '|---|---|',
      '',
      'Thủ tướng Chính phủ đồng ý điều chỉnh mức trợ cấp./.',
      '',
      '| Nơi nhận: - Như trên; - Lưu: VT, KGVX (3). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng |',
      '|---|---|',
    ].join('\n');
    const { document } = parseText(text);
    expect(document).toMatchObject({
      number: 2403,
      notation: 'TTg-KGVX',
      recipients: ['Bộ Quốc phòng', 'Bộ Tài chính'],
      distribution: ['Như trên'],
      archive: ['VT', 'KGVX'],
    });
    expect(document.body).toEqual([
      { type: 'paragraph', text: 'Thủ tướng Chính phủ đồng ý điều chỉnh mức trợ cấp./.' },
    ]);
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'THỦ TƯỚNG' }], title: 'PHÓ THỦ TƯỚNG', name: 'Nguyễn Sinh Hùng' },
    ]);
  });

  it('reads a tên loại and trích yếu set in a table cell of their own ("| GIẤY MỜI" / "Dự Hội nghị … |")', () => {
    const text = [
      '| UBND TỈNH NGHỆ AN',
      'SỞ NỘI VỤ',
      '------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '--------------- |',
      '| Số: 45/GM-SNV | Nghệ An, ngày 02 tháng 12 năm 2025 |',
      '',
      '| GIẤY MỜI',
      'Dự Hội nghị tập huấn công tác văn thư, lưu trữ năm 2025 |',
      '',
      'Sở Nội vụ trân trọng kính mời đại biểu tham dự./.',
    ].join('\n');
    const { document } = parseText(text);
    expect(document).toMatchObject({
      kind: 'giay-moi',
      subject: 'Dự Hội nghị tập huấn công tác văn thư, lưu trữ năm 2025',
    });
  });
});
