/**
 * Layouts that copying broke, as web portals and OCR of scans give them: the two header columns
 * merged line by line with a single space, the Số line and the place and date on one line, a
 * place and date broken after the comma, blank and whitespace-only lines under "Kính gửi:",
 * markdown list dashes before the document's own, the seal's text read between the signer's title
 * and name, an authority prefix alone on its line, and the Nơi nhận column serialised before the
 * signature.
 */
import { describe, expect, it } from 'vitest';
import { PRINTED_PATHS } from '../../../src/model/source.js';
import { parseText } from '../../../src/readers/text/index.js';
import { validate } from '../../../src/validator.js';

/** A công văn of a Sở under its UBND, from the Số line on; `closing` follows its body. */
const congVan = (header: string, closing = 'GIÁM ĐỐC\n\nNguyễn Văn An\n') =>
  `${header}\nV/v báo cáo tình hình thu ngân sách quý I\n\nKính gửi: Ủy ban nhân dân tỉnh\n\nSở Tài chính báo cáo như sau./.\n\n${closing}`;

const HEADER = 'UBND TỈNH BẾN TRE\nSỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';

describe('header columns merged line by line with a single space', () => {
  it('splits the Quốc hiệu off the issuer: "ỦY BAN NHÂN DÂN CỘNG HÒA …" / "TỈNH BẾN TRE Độc lập - …"', () => {
    const text = congVan(
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẾN TRE Độc lập - Tự do - Hạnh phúc\n\nSố: 215/UBND-KT\nBến Tre, ngày 12 tháng 3 năm 2012',
    );
    const { document, sources, diagnostics } = parseText(text);
    expect(document.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH BẾN TRE' });
    expect(sources[PRINTED_PATHS.nationalName]!.raw).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sources[PRINTED_PATHS.motto]!.raw).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('keeps the parent body apart from the Quốc hiệu: "UBND TỈNH BẾN TRE CỘNG HÒA …" / "SỞ TÀI CHÍNH Độc lập - …"', () => {
    const text = congVan(
      'UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc\n\nSố: 215/STC-NS\nBến Tre, ngày 12 tháng 3 năm 2012',
    );
    expect(parseText(text).document.issuer).toEqual({ name: 'SỞ TÀI CHÍNH', parent: 'UBND TỈNH BẾN TRE' });
  });

  it('also with "HOÀ" and a Tiêu ngữ in title case ("Độc Lập - Tự Do - Hạnh Phúc")', () => {
    const text = congVan(
      'ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẾN TRE Độc Lập - Tự Do - Hạnh Phúc\n\nSố: 215/UBND-KT\nBến Tre, ngày 12 tháng 3 năm 2012',
    );
    const { document, sources } = parseText(text);
    expect(document.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH BẾN TRE' });
    expect(sources[PRINTED_PATHS.motto]!.raw).toBe('Độc Lập - Tự Do - Hạnh Phúc');
  });

  it('leaves a sentence that names the Republic whole', () => {
    const sentence = 'UBND tỉnh đề nghị tuyên truyền Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đến toàn dân.';
    const { document } = parseText(
      congVan(`${HEADER}\nSố: 215/STC-NS\nBến Tre, ngày 12 tháng 3 năm 2012`).replace(
        'Sở Tài chính báo cáo như sau./.',
        sentence,
      ),
    );
    expect(document.body).toContainEqual({ type: 'paragraph', text: sentence });
  });
});

describe('the Số line and the place and date on one line', () => {
  it('reads "Số: 215/STC-NS Bến Tre, ngày 12 tháng 3 năm 2012" as ô 3 and ô 4', () => {
    const { document, sources } = parseText(congVan(`${HEADER}\nSố: 215/STC-NS Bến Tre, ngày 12 tháng 3 năm 2012`));
    expect(document).toMatchObject({ number: 215, notation: 'STC-NS', place: 'Bến Tre', date: '2012-03-12' });
    expect(sources.notation!.raw).toBe('STC-NS');
    expect(sources[PRINTED_PATHS.placeDateLine]!.raw).toBe('Bến Tre, ngày 12 tháng 3 năm 2012');
    expect(sources[PRINTED_PATHS.placeDateLine]!.line).toBe(sources[PRINTED_PATHS.numberLine]!.line);
  });

  it('with a place of several words, in lower case inside ("Thành phố Hồ Chí Minh")', () => {
    const { document } = parseText(
      congVan(`${HEADER}\nSố: 07/STC-NS Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2024`),
    );
    expect(document).toMatchObject({
      number: 7,
      notation: 'STC-NS',
      place: 'Thành phố Hồ Chí Minh',
      date: '2024-02-05',
    });
  });

  it('with a spaced ký hiệu ("Số 468 /CV-TBXH") and with the Party form ("Số 36-HD/VPTW")', () => {
    expect(parseText(congVan(`${HEADER}\nSố 468 /CV-TBXH Tân An, ngày 18 tháng 8 năm 2010`)).document).toMatchObject({
      number: 468,
      notation: 'CV-TBXH',
      place: 'Tân An',
      date: '2010-08-18',
    });
    const party =
      'ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 36-HD/VPTW Hà Nội, ngày 05 tháng 02 năm 2024\n\nHƯỚNG DẪN\nvề công tác văn thư\n\nHướng dẫn như sau./.\n';
    expect(parseText(party).document).toMatchObject({
      regime: 'dang',
      number: 36,
      notation: 'HD/VPTW',
      place: 'Hà Nội',
      date: '2024-02-05',
    });
  });

  it('with the date in figures, kept for the validator to report its form', () => {
    const { document, sources } = parseText(congVan(`${HEADER}\nSố: 215/STC-NS Bến Tre, ngày 12/3/2012`));
    expect(document).toMatchObject({ notation: 'STC-NS', place: 'Bến Tre', date: '2012-03-12' });
    expect(sources[PRINTED_PATHS.placeDateLine]!.raw).toBe('Bến Tre, ngày 12/3/2012');
  });
});

describe('the place and date broken after the comma', () => {
  it('joins "Bến Tre," to "ngày 12 tháng 3 năm 2012" on the next line', () => {
    const { document, sources, diagnostics } = parseText(
      congVan(`${HEADER}\nSố: 215/STC-NS\nBến Tre,\nngày 12 tháng 3 năm 2012`),
    );
    expect(document).toMatchObject({ place: 'Bến Tre', date: '2012-03-12' });
    expect(sources.place!.raw).toBe('Bến Tre,\nngày 12 tháng 3 năm 2012');
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });
});

describe('"Kính gửi:" alone, its list after blank and whitespace-only lines', () => {
  const letter = (gap: string) =>
    `${HEADER}\nSố: 215/STC-NS\nV/v báo cáo thu ngân sách\nBến Tre, ngày 12 tháng 3 năm 2012\n\nKính gửi:${gap}- Sở Kế hoạch và Đầu tư;\n\n- Kho bạc Nhà nước tỉnh.\n\nSở Tài chính đề nghị các đơn vị báo cáo./.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n`;

  it.each([
    ['a blank line', '\n\n'],
    ['a whitespace-only line between blank lines (web copy)', '\n\n      \n\n'],
    ['a line of no-break spaces', '\n\n\u00a0\u00a0\n\n'],
  ])('reads the addressees after %s', (_what, gap) => {
    const { document } = parseText(letter(gap));
    expect(document.recipients).toEqual(['Sở Kế hoạch và Đầu tư', 'Kho bạc Nhà nước tỉnh']);
    expect(document.body).toEqual([{ type: 'paragraph', text: 'Sở Tài chính đề nghị các đơn vị báo cáo./.' }]);
  });

  it('does not take a body paragraph far below a lone "Kính gửi:" for an addressee', () => {
    const text = `${HEADER}\nSố: 215/STC-NS\nV/v báo cáo thu ngân sách\nBến Tre, ngày 12 tháng 3 năm 2012\n\nKính gửi:\n\n\n\n\nSở Tài chính đề nghị các đơn vị báo cáo./.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n`;
    const { document } = parseText(text);
    expect(document.recipients).toEqual([]);
    expect(document.body).toEqual([{ type: 'paragraph', text: 'Sở Tài chính đề nghị các đơn vị báo cáo./.' }]);
  });
});

describe('Nơi nhận from OCR to markdown: a list dash before the document’s own', () => {
  const header = `${HEADER}\nSố: 215/STC-NS\nBến Tre, ngày 12 tháng 3 năm 2012`;

  it('drops both dashes of "- - Sở …" and reads "- - Lưu: …" as the Lưu line', () => {
    const { document, sources } = parseText(
      congVan(
        header,
        'Nơi nhận:\n\n- - UBND tỉnh (b/c);\n- - Sở Kế hoạch và Đầu tư;\n- -Kho bạc Nhà nước tỉnh;\n- - Lưu: VT, NS.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n',
      ),
    );
    expect(document.distribution).toEqual(['UBND tỉnh (b/c)', 'Sở Kế hoạch và Đầu tư', 'Kho bạc Nhà nước tỉnh']);
    expect(document.archive).toEqual(['VT', 'NS']);
    // The source keeps the dashes as printed, for the validator.
    expect(sources['distribution.0']!.raw).toBe('- - UBND tỉnh (b/c);');
    expect(sources[PRINTED_PATHS.archiveLine]!.raw).toBe('- - Lưu: VT, NS.');
    expect(document.signatures).toEqual([{ authority: [], title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }]);
  });

  it('reads a Lưu line without its colon inside such a list ("- - Lưu VT, NS.")', () => {
    const { document } = parseText(
      congVan(header, 'Nơi nhận:\n- - Như trên;\n- - Lưu VT, NS.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n'),
    );
    expect(document.distribution).toEqual(['Như trên']);
    expect(document.archive).toEqual(['VT', 'NS']);
  });
});

describe('the Nơi nhận column read before the signature', () => {
  const header = `${HEADER}\nSố: 215/STC-NS\nBến Tre, ngày 12 tháng 3 năm 2012`;

  it('ends the list at a Lưu line with no entry ("- Lưu."): the name under the title is the signer’s', () => {
    const { document, sources } = parseText(
      congVan(header, 'Nơi nhận:\n- Sở Kế hoạch và Đầu tư;\n- Lãnh đạo Sở;\n- Lưu.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n'),
    );
    expect(document.distribution).toEqual(['Sở Kế hoạch và Đầu tư', 'Lãnh đạo Sở']);
    expect(document.archive).toEqual([]);
    expect(sources[PRINTED_PATHS.archiveLine]!.raw).toBe('- Lưu.');
    expect(document.signatures).toEqual([{ authority: [], title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }]);
  });

  it('gives the signer’s name to the signature when the list has no Lưu line', () => {
    const { document, diagnostics } = parseText(
      congVan(
        header,
        'Nơi nhận:\n- Như trên;\n- Sở Kế hoạch và Đầu tư.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích\n',
      ),
    );
    expect(document.distribution).toEqual(['Như trên', 'Sở Kế hoạch và Đầu tư']);
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bích' },
    ]);
    expect(diagnostics.filter((d) => d.id === 'text/signature-name-missing')).toEqual([]);
  });

  it('still joins an entry wrapped onto a line of its own before any signature line', () => {
    const { document } = parseText(
      congVan(
        header,
        'Nơi nhận:\n- Như trên;\n- Ủy ban nhân dân các huyện,\nthành phố;\n- Lưu: VT, NS.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n',
      ),
    );
    expect(document.distribution).toEqual(['Như trên', 'Ủy ban nhân dân các huyện, thành phố']);
  });
});

describe('the seal’s text read off a scan between the signer’s title and name', () => {
  const header = `${HEADER}\nSố: 215/STC-NS\nBến Tre, ngày 12 tháng 3 năm 2012`;

  it('is no part of the title: the seal repeats the issuer’s name, and is reported', () => {
    const { document, diagnostics } = parseText(
      congVan(header, 'Nơi nhận:\n- Như trên;\n- Lưu: VT, NS.\n\nGIÁM ĐỐC\n\nSỞ TÀI\nCHÍNH\n\nNguyễn Văn An\n'),
    );
    expect(document.signatures).toEqual([{ authority: [], title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }]);
    const seal = diagnostics.filter((d) => d.id === 'text/seal-text');
    expect(seal.map((d) => [d.severity, d.raw])).toEqual([['info', 'SỞ TÀI\nCHÍNH']]);
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('also under a three-line authority chain, the seal reading the parent body', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\nBến Tre, ngày 12 tháng 3 năm 2012\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác./.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nLê Văn Hòa\n';
    const { document } = parseText(text);
    expect(document.signatures).toEqual([
      {
        authority: [
          { prefix: 'TM', of: 'ỦY BAN NHÂN DÂN' },
          { prefix: 'KT', of: 'CHỦ TỊCH' },
        ],
        title: 'PHÓ CHỦ TỊCH',
        name: 'Lê Văn Hòa',
      },
    ]);
  });

  it('leaves a title wrapped onto the next line alone, though its words are in the issuer’s name', () => {
    const text =
      'ỦY BAN NHÂN DÂN TỈNH BẾN TRE\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 40/VP-TH\nV/v lịch công tác\nBến Tre, ngày 12 tháng 3 năm 2012\n\nKính gửi: Các sở, ngành tỉnh\n\nVăn phòng thông báo lịch công tác./.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN\nPHÒNG\n\nNguyễn Văn An\n';
    const { document, diagnostics } = parseText(text);
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'CHÁNH VĂN PHÒNG' }], title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn An' },
    ]);
    expect(diagnostics.filter((d) => d.id === 'text/seal-text')).toEqual([]);
  });

  it('leaves a web copy that double-spaces every line of the block alone', () => {
    const { document } = parseText(congVan(header, 'KT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\n\n\nTrần Thị Bích\n'));
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bích' },
    ]);
  });
});

describe('an authority prefix alone on its line', () => {
  const decision = (signature: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\nBến Tre, ngày 12 tháng 3 năm 2012\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác./.\n\n${signature}`;

  it('joins "TM." to the collective’s name on the next line', () => {
    const { document, sources, diagnostics } = parseText(
      decision('TM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n'),
    );
    expect(document.signatures).toEqual([
      {
        authority: [
          { prefix: 'TM', of: 'ỦY BAN NHÂN DÂN TỈNH' },
          { prefix: 'KT', of: 'CHỦ TỊCH' },
        ],
        title: 'PHÓ CHỦ TỊCH',
        name: 'Lê Văn Hòa',
      },
    ]);
    expect(sources['signatures.0.authority.0']!.raw).toBe('TM.\nỦY BAN NHÂN DÂN TỈNH');
    expect(diagnostics.filter((d) => d.id === 'text/signature-name-missing')).toEqual([]);
  });

  it('joins "KT." to the head’s title, the deputy’s title under it', () => {
    const { document } = parseText(decision('KT.\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n'));
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Hòa' },
    ]);
  });
});

describe('a trích yếu in capitals wrapped to the issuer’s place', () => {
  it('reads "… KỸ THUẬT" / "TỈNH BẮC NINH" whole, though the issuer wraps to that line too', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BẮC NINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 12/2025/QĐ-UBND',
      'Bắc Ninh, ngày 10 tháng 10 năm 2025',
      '',
      'QUYẾT ĐỊNH',
      'BAN HÀNH QUY ĐỊNH HOẠT ĐỘNG CỦA LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT',
      'TỈNH BẮC NINH',
      '',
      'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
      '',
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
      '',
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Ban hành kèm theo Quyết định này Quy định hoạt động của Liên hiệp các hội khoa học và kỹ thuật tỉnh.',
    ].join('\n');
    const { document } = parseText(text);
    expect(document.subject).toBe(
      'BAN HÀNH QUY ĐỊNH HOẠT ĐỘNG CỦA LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BẮC NINH',
    );
    expect(document.body?.[0]).toEqual({ type: 'enactment', role: 'authority', text: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH' });
  });
});

describe('an inline addressee wrapped after a comma', () => {
  it('reads "… các tỉnh: Hưng Yên," / "Ninh Bình, Bắc Ninh, …" as one addressee, the body after it', () => {
    const text = congVan(`${HEADER}\n\nSố: 215/STC-NS\nBến Tre, ngày 12 tháng 3 năm 2024`).replace(
      'Kính gửi: Ủy ban nhân dân tỉnh',
      'Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên,\nNinh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang',
    );
    const { document } = parseText(text);
    expect(document.recipients).toEqual([
      'Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang',
    ]);
    expect(document.body?.[0]).toEqual({ type: 'paragraph', text: 'Sở Tài chính báo cáo như sau./.' });
  });
});

describe('a document site’s chrome in capitals above the header', () => {
  it('is no agency line: "VIEWS: 10 PAGES: 1" over "UBND TX. ĐỒNG XOÀI" / "PHÒNG GIÁO DỤC-ĐÀO TẠO"', () => {
    const text = [
      'TB NGHI LE GIO TO HUNG VUONG by 9X14dh',
      '',
      'VIEWS: 10 PAGES: 1',
      '',
      'UBND TX. ĐỒNG XOÀI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHÒNG GIÁO DỤC-ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc',
      '  Số : 151/TB-PGDĐT        Đồng Xoài, ngày 20 tháng 3 năm 2012.',
      '',
      '                 THÔNG BÁO',
      '   Về việc treo cờ Tổ quốc và nghỉ Lễ giỗ Quốc tổ Hùng Vương năm 2012',
      '',
      'Phòng Giáo dục và Đào tạo thông báo như sau./.',
    ].join('\n');
    expect(parseText(text).document.issuer).toEqual({ name: 'PHÒNG GIÁO DỤC-ĐÀO TẠO', parent: 'UBND TX. ĐỒNG XOÀI' });
  });
});

describe('a blank Số line glued to the issuer’s last line (text of a PDF on a document site)', () => {
  it('is cut off it: "LÊ QUÝ ĐÔN Số: …/KH-LQĐ" gives the ký hiệu, and the issuer keeps its words', () => {
    const text = [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ',
      'TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN Số: …/KH-LQĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'Đông Hà, ngày 15 tháng 9 năm 2020',
      'KẾ HOẠCH',
      'Hoạt động giáo dục ngoài giờ lên lớp năm học 2020 - 2021',
      '',
      'Nhà trường xây dựng kế hoạch như sau./.',
    ].join('\n');
    const { document } = parseText(text);
    expect(document).toMatchObject({ notation: 'KH-LQĐ', kind: 'ke-hoach' });
    expect(document.issuer?.name).toBe('TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN');
  });
});

describe('a web copy’s header with its rules of long dashes and a "Về:" for the V/v', () => {
  const text = [
    'BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI ——-',
    '|',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ————–',
    '|',
    'Số: 2294/LĐTBXH-BVCSTE',
    'Về: thực hiện Quyết định số 19/2004/QĐ-TTg.',
    '|',
    'Hà Nội, ngày 01 tháng 07 năm 2015',
    '|',
    'Kính gửi: Sở Lao động – Thương binh và Xã hội các tỉnh, thành phố',
    'Bộ đề nghị các Sở thực hiện./.',
  ].join('\n');

  it('cuts the rule ("——-") off the issuer and reads "Về:" as the V/v’s label', () => {
    const read = parseText(text);
    expect(read.document).toMatchObject({
      issuer: { name: 'BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI' },
      subject: 'thực hiện Quyết định số 19/2004/QĐ-TTg',
    });
    // The label is still judged as printed: the V/v form is asked for.
    expect(
      validate(read).diagnostics.some(
        (d) => d.id === 'nd30/pl1/trich-yeu-cong-van' && d.message.en.includes('(found "Về: '),
      ),
    ).toBe(true);
  });
});

describe('a tên loại glued after the place and date line (text of a PDF on a document site)', () => {
  it('is cut off it and read as the title, with the trích yếu under it', () => {
    const text = [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ',
      'TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN',
      'Số: 15/KH-LQĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'Đông Hà, ngày 15 tháng 9 năm 2020 KẾ HOẠCH',
      '',
      'HOẠT ĐỘNG GIÁO DỤC NGOÀI GIỜ LÊN LỚP NĂM HỌC 2020 – 2021',
      '',
      'Căn cứ Điều lệ trường trung học, nhà trường xây dựng kế hoạch như sau./.',
    ].join('\n');
    expect(parseText(text).document).toMatchObject({
      kind: 'ke-hoach',
      place: 'Đông Hà',
      date: '2020-09-15',
      subject: 'HOẠT ĐỘNG GIÁO DỤC NGOÀI GIỜ LÊN LỚP NĂM HỌC 2020 – 2021',
    });
  });
});
