import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, LimitExceededError } from '../../../src/errors.js';
import { PRINTED_PATHS } from '../../../src/model/source.js';
import { parseText } from '../../../src/readers/text/index.js';
import { readLines } from '../../../src/recognize/index.js';
import { corpusPath } from '../../support/corpus.js';

const seedText = readFileSync(corpusPath('000-cong-van-ubnd-quang-ngai-1719.txt'), 'utf8');
const seedModel = JSON.parse(
  readFileSync(new URL('../../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'),
);

describe('parseText on the seed letter (000, công văn 1719/UBND-KGVX)', () => {
  const { document, diagnostics, sources } = parseText(seedText);

  it('gives exactly the fields of examples/data/cong-van-1719.json', () => {
    for (const key of [
      'kind',
      'issuer',
      'number',
      'notation',
      'place',
      'date',
      'subject',
      'recipients',
      'signatures',
      'distribution',
      'archive',
    ] as const) {
      expect(document[key], key).toEqual(seedModel[key]);
    }
  });

  it('reads the body: the opening paragraph and two khoản, the last ending "./."', () => {
    expect(document.body.map((b) => b.type)).toEqual(['paragraph', 'clause', 'clause']);
    expect(document.body).toEqual(seedModel.body);
  });

  it('repairs "33/CD-TTg" to "33/CĐ-TTg" and says so', () => {
    const repairs = diagnostics.filter((d) => d.id === 'text/ocr-type-code');
    expect(repairs.map((d) => d.path)).toEqual(['subject', 'body.0']);
    expect(repairs[0]!.message.en).toContain('"CD" read as "CĐ"');
    expect(sources.subject!.raw).toContain('33/CD-TTg');
  });

  it('keeps the raw text of each field as written, at its place in the input', () => {
    for (const [path, span] of Object.entries(sources)) {
      expect(seedText.slice(span.offset, span.end), path).toBe(span.raw);
      const before = seedText.slice(0, span.offset).split('\n');
      expect(span.line, path).toBe(before.length);
      expect(span.column, path).toBe(before.at(-1)!.length + 1);
    }
    expect(sources.number!.raw).toBe('1719');
    expect(sources[PRINTED_PATHS.numberLine]!.raw).toBe('Số: ~~1719~~/UBND-KGVX');
    expect(sources[PRINTED_PATHS.placeDateLine]!.raw).toBe('Quảng Ngãi, ngày 09 tháng 4 năm 2024');
    expect(sources['recipients.4']!.raw).toBe('- UBND các huyện, thị xã, thành phố.');
    expect(sources['distribution.0']!.raw).toBe('- Như trên;');
    expect(sources[PRINTED_PATHS.archiveLine]!.raw).toBe('- Lưu: VT, KGVX.');
    expect(sources['signatures.0.authority.0']!.raw).toBe('KT. CHỦ TỊCH');
    expect(sources['signatures.0.name']!.raw).toBe('Trần Hoàng Tuấn');
  });

  it('records every printed part of PRINTED_PATHS the letter has', () => {
    for (const path of [
      'nationalName',
      'motto',
      'numberLine',
      'placeDateLine',
      'subjectLine',
      'recipientsHeading',
      'distributionHeading',
      'archiveLine',
    ] as const) {
      expect(sources[PRINTED_PATHS[path]], path).toBeDefined();
    }
    expect(sources[PRINTED_PATHS.subjectLine]!.raw.startsWith('V/v triển khai')).toBe(true);
  });

  it('assigns every line of the letter', () => {
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });
});

describe('parseText arguments', () => {
  it('throws InvalidArgumentError on a non-string', () => {
    expect(() => parseText(Buffer.from(seedText) as unknown as string)).toThrow(InvalidArgumentError);
    expect(() => parseText(undefined as unknown as string)).toThrow(InvalidArgumentError);
  });

  it('throws LimitExceededError over maxLength, 5 MB by default', () => {
    expect(() => parseText(seedText, { maxLength: 100 })).toThrow(LimitExceededError);
    expect(() => parseText('a'.repeat(5 * 1024 * 1024 + 1))).toThrow(LimitExceededError);
  });

  it('never throws on content, and invents nothing: an empty text gives no kind, no issuer, and says what it lost', () => {
    const { document, diagnostics, unread } = parseText('');
    expect(document.kind).toBeUndefined();
    expect(document.issuer).toBeUndefined();
    expect(diagnostics.map((d) => d.id)).toEqual(
      expect.arrayContaining(['text/kind-unknown', 'text/header-missing', 'text/closing-missing']),
    );
    expect(unread).toEqual(expect.arrayContaining(['issuer', 'number', 'date', 'signatures', 'distribution']));
  });
});

describe('noise the reader tolerates', () => {
  it('reads a pdftotext -layout header with both columns on one line and the number spaced from its notation', () => {
    const text = [
      '    ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '    TỈNH QUẢNG NGÃI                               Độc lập - Tự do - Hạnh phúc',
      '',
      '   Số: 542    /TB-UBND                           Quảng Ngãi, ngày 06 tháng 11 năm 2024',
      '',
      '                                   THÔNG BÁO',
      '                 Kết luận của Chủ tịch UBND tỉnh',
    ].join('\n');
    const { document } = parseText(text);
    expect(document).toMatchObject({
      kind: 'thong-bao',
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
      number: 542,
      notation: 'TB-UBND',
      place: 'Quảng Ngãi',
      date: '2024-11-06',
      subject: 'Kết luận của Chủ tịch UBND tỉnh',
    });
  });

  it('tells the parent body from the issuer and reads a date wrapped over two lines', () => {
    const text =
      'UBND THÀNH PHỐ HÀ NỘI\n**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n-------\nSố: 5095/SGDĐT-CTTTHSSV\n*V/v tăng cường kiểm soát\nô nhiễm không khí*\n|\n*Hà Nội, ngày 03 tháng 12\nnăm 2025*\n';
    const { document, sources } = parseText(text);
    expect(document.issuer).toEqual({ name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', parent: 'UBND THÀNH PHỐ HÀ NỘI' });
    expect(document.subject).toBe('tăng cường kiểm soát ô nhiễm không khí');
    expect(document.date).toBe('2025-12-03');
    expect(sources.placeDateLine!.raw).toBe('Hà Nội, ngày 03 tháng 12\nnăm 2025');
  });

  it('reads a Party document for what it is', () => {
    const text =
      'BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n---\nSố 432-TB/VPTW\nHà Nội, ngày 26 tháng 11 năm 2025\n\nTHÔNG BÁO KẾT LUẬN\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ\n\nNội dung.\n\nNơi nhận:\n- Các tỉnh uỷ,\n- Lưu Văn phòng Trung ương Đảng.\n\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nLâm Thị Phương Thanh\n';
    const { document } = parseText(text);
    expect(document).toMatchObject({
      kind: 'thong-bao',
      regime: 'dang',
      number: 432,
      notation: 'TB/VPTW',
      subject: 'CỦA ĐỒNG CHÍ TỔNG BÍ THƯ',
      archive: ['Văn phòng Trung ương Đảng'],
    });
    expect(document.signatures).toEqual([
      {
        authority: [{ prefix: 'KT', of: 'CHÁNH VĂN PHÒNG' }],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        name: 'Lâm Thị Phương Thanh',
      },
    ]);
  });

  it('reads two signature blocks printed side by side (biên bản: THƯ KÝ left, CHỦ TỌA right)', () => {
    const text = [
      '   Số: 05/BB-STC                               Hà Nội, ngày 05 tháng 02 năm 2024',
      '                                 BIÊN BẢN',
      '                        Họp bàn giao hồ sơ lưu trữ',
      '',
      '   Cuộc họp kết thúc lúc 11 giờ cùng ngày./.',
      '',
      '           THƯ KÝ                                      CHỦ TỌA',
      '          (Đã ký)                                      (Đã ký)',
      '',
      '      Lê Thị Hồng Nhung                            Nguyễn Văn An',
    ].join('\n');
    const { document, sources } = parseText(text);
    expect(document.kind).toBe('bien-ban');
    expect(document.signatures).toEqual([
      { authority: [], title: 'THƯ KÝ', name: 'Lê Thị Hồng Nhung', mark: '(Đã ký)' },
      { authority: [], title: 'CHỦ TỌA', name: 'Nguyễn Văn An', mark: '(Đã ký)' },
    ]);
    expect(sources['signatures.1.name']!.raw).toBe('Nguyễn Văn An');
  });

  it('joins lines wrapped inside a paragraph, and words hyphenated at the line end', () => {
    const text =
      'BỘ Y TẾ\nSố: 05/BYT-DP\nV/v phòng chống dịch\nHà Nội, ngày 05 tháng 02 năm 2024\n\nKính gửi: Sở Y tế\n\nBộ Y tế đề nghị tăng cường phòng, chống dịch COVID-\n19 và bảo đảm an toàn thông-\ntin trên đ-\nịa bàn./.\n';
    expect(parseText(text).document.body).toEqual([
      {
        type: 'paragraph',
        text: 'Bộ Y tế đề nghị tăng cường phòng, chống dịch COVID-19 và bảo đảm an toàn thông tin trên địa bàn./.',
      },
    ]);
  });

  it('splits entries run together in one table cell, each with its own raw text', () => {
    const text =
      '| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n| Số: 2403/TTg-KGVX V/v điều chỉnh mức trợ cấp | Hà Nội, ngày 03 tháng 12 năm 2009 |\n\n| Kính gửi: | - Bộ Quốc phòng; - Bộ Tài chính |\n';
    const { document, sources } = parseText(text);
    expect(document).toMatchObject({
      issuer: { name: 'THỦ TƯỚNG CHÍNH PHỦ' },
      number: 2403,
      notation: 'TTg-KGVX',
      subject: 'điều chỉnh mức trợ cấp',
      recipients: ['Bộ Quốc phòng', 'Bộ Tài chính'],
    });
    expect(sources['recipients.0']!.raw).toBe('- Bộ Quốc phòng;');
    expect(sources['recipients.1']!.raw).toBe('- Bộ Tài chính');
  });

  it('reads a header flattened into one line (PDF text layer without line breaks)', () => {
    const text =
      'UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc Số : 125 /STC-NS Quảng Ngãi, ngày 05 tháng 3 năm 2024 V/v góp ý dự toán ngân sách năm 2024 Kính gửi: - Ủy ban nhân dân tỉnh; - Sở Kế hoạch và Đầu tư. Sở Tài chính có ý kiến như sau.\n';
    const { document, sources } = parseText(text);
    expect(document).toMatchObject({
      kind: 'cong-van',
      issuer: { parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' },
      number: 125,
      notation: 'STC-NS',
      place: 'Quảng Ngãi',
      date: '2024-03-05',
      subject: 'góp ý dự toán ngân sách năm 2024',
      recipients: ['Ủy ban nhân dân tỉnh', 'Sở Kế hoạch và Đầu tư'],
    });
    expect(sources.placeDateLine!.raw).toBe('Quảng Ngãi, ngày 05 tháng 3 năm 2024');
  });

  it('skips a page number between pages and joins the paragraph it split', () => {
    const text =
      'BỘ NỘI VỤ\nSố: 05/BNV-VP\nV/v nâng bậc lương\nHà Nội, ngày 05 tháng 02 năm 2024\n\nKính gửi: Sở Nội vụ\n\nBộ Nội vụ đề nghị Sở Nội vụ rà soát\n\f                 2\n\nhồ sơ nâng bậc lương năm 2024./.\n';
    const { document, diagnostics } = parseText(text);
    expect(document.body).toEqual([
      { type: 'paragraph', text: 'Bộ Nội vụ đề nghị Sở Nội vụ rà soát hồ sơ nâng bậc lương năm 2024./.' },
    ]);
    expect(diagnostics.find((d) => d.id === 'text/page-number')?.place?.line).toBe(9);
  });

  it('reports text it could not place instead of dropping it', () => {
    const { diagnostics } = parseText(
      'YOMEDIA 1234 lượt xem\n\nBỘ NỘI VỤ\nSố: 05/BNV-VP\nHà Nội, ngày 05 tháng 02 năm 2024\n',
    );
    const unassigned = diagnostics.filter((d) => d.id === 'text/unassigned');
    expect(unassigned.map((d) => d.raw)).toEqual(['YOMEDIA 1234 lượt xem']);
    expect(unassigned[0]!.message.vi).toBeTruthy();
    expect(unassigned[0]!.place).toMatchObject({ line: 1, column: 1 });
  });
});

describe('readLines (the entry the DOCX reader uses)', () => {
  it('reads paragraphs given as lines without the original input', () => {
    const paragraphs = [
      'BỘ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 05/BNV-VP',
      'V/v nâng bậc lương năm 2019',
      'Hà Nội, ngày 05 tháng 02 năm 2024',
      'Kính gửi: Sở Nội vụ',
    ];
    let offset = 0;
    const lines = paragraphs.map((text, k) => {
      const line = { text, offset, line: k + 1, hints: { paragraph: k } };
      offset += text.length + 1;
      return line;
    });
    const { document, sources } = readLines(lines);
    expect(document).toMatchObject({
      kind: 'cong-van',
      number: 5,
      notation: 'BNV-VP',
      subject: 'nâng bậc lương năm 2019',
      date: '2024-02-05',
      recipients: ['Sở Nội vụ'],
    });
    expect(sources['recipients.0']).toMatchObject({ raw: 'Sở Nội vụ', line: 6, column: 11 });
  });
});

describe('readLines with DOCX hints', () => {
  const line = (text: string, k: number, hints: Record<string, unknown>) => ({
    text,
    offset: k * 100,
    line: k + 1,
    hints,
  });
  it('takes the parent from the regular line and the issuer from the bold one', () => {
    const { document } = readLines([
      line('UBND TỈNH QUẢNG NGÃI', 0, { region: 'header-left', bold: false }),
      line('SỞ TÀI CHÍNH', 1, { region: 'header-left', bold: true }),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 2, { region: 'header-right', bold: true }),
      line('Số: 12/STC-NS', 3, { region: 'header-left' }),
    ]);
    expect(document.issuer).toEqual({ parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' });
  });

  it('sorts the closing table by its cells: Nơi nhận on the left, the signature on the right', () => {
    const { document } = readLines([
      line('Số: 12/STC-NS', 0, {}),
      line('Hà Nội, ngày 05 tháng 02 năm 2024', 1, {}),
      line('Nội dung.', 2, {}),
      line('Nơi nhận:', 3, { region: 'closing-left' }),
      line('- Như trên;', 4, { region: 'closing-left' }),
      line('- Lưu: VT, NS.', 5, { region: 'closing-left' }),
      line('GIÁM ĐỐC', 6, { region: 'closing-right' }),
      line('Nguyễn Văn An', 7, { region: 'closing-right' }),
    ]);
    expect(document.distribution).toEqual(['Như trên']);
    expect(document.archive).toEqual(['VT', 'NS']);
    expect(document.signatures).toEqual([{ authority: [], title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }]);
  });
});
