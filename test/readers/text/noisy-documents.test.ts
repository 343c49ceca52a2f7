/**
 * Noise real documents carry that the text reader repairs and reports: TCVN3 text set in the
 * upper-case .VnTimeH face, tone marks detached from their letters, OCR zeros for O in capitals,
 * running headers repeated after a page break.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUpperVi } from '../../../src/grammar/case.js';
import { encodeTcvn3, normalizeInput, parseText } from '../../../src/readers/text/index.js';
import { corpusPath } from '../../support/corpus.js';

const seedText = readFileSync(corpusPath('000-cong-van-ubnd-quang-ngai-1719.txt'), 'utf8');

/**
 * A line as a .VnTimeH face stores it: the lower-case TCVN3 codes for every Vietnamese letter (the
 * face draws them as capitals) and ASCII capitals for the rest ("CỘNG HÒA" → "CéNG HßA").
 */
function vnTimeH(line: string): string {
  return [...encodeTcvn3(line.toLowerCase())].map((c) => (c >= 'a' && c <= 'z' ? c.toUpperCase() : c)).join('');
}

/** The seed letter as an old Word file gives it: capitals in .VnTimeH, the rest in .VnTime. */
const seedTcvn3 = seedText
  .split('\n')
  .map((line) => (isUpperVi(line) ? vnTimeH(line) : encodeTcvn3(line)))
  .join('\n');

describe('TCVN3 text set in the lower-case and the upper-case (.VnTimeH) faces', () => {
  it('encodes the capitals with lower-case codes, as the old files hold them', () => {
    expect(seedTcvn3).toContain('ñY BAN NH©N D©N');
    expect(seedTcvn3).toContain('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM');
    expect(seedTcvn3).toContain('Qu¶ng Ng·i, ngµy 09 th¸ng 4 n¨m 2024');
  });

  it('reads the whole letter into the same document as its Unicode text', () => {
    expect(parseText(seedTcvn3).document).toEqual(parseText(seedText).document);
  });

  it('also when the capitals use the code page’s own upper-case letters (Â, Đ …)', () => {
    expect(parseText(encodeTcvn3(seedText)).document).toEqual(parseText(seedText).document);
  });

  it('keeps the issuer, the Quốc hiệu and the signer’s title in capitals, and reports each line restored', () => {
    const { document, diagnostics, sources } = parseText(seedTcvn3);
    expect(document.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' });
    expect(document.signatures[0]).toMatchObject({
      authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }],
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Hoàng Tuấn',
    });
    expect(sources['nationalTitle.name']!.raw).toBe('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM');
    const restored = diagnostics.filter((d) => d.id === 'text/legacy-capitals');
    expect(restored.map((d) => d.place?.line)).toEqual([3, 4, 6, 46, 47]);
    expect(restored.map((d) => d.raw)).toContain('TØNH QU¶NG NG·I**');
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('leaves the lower-case face alone: a name line, a Số line, a sentence', () => {
    // "Lê Hà", "Số: 05/QĐ-UBND" and a sentence have no word of capitals around a lower-case code.
    for (const line of ['Lê Hà', 'Số: 05/QĐ-UBND', 'Hà Nội, ngày 05 tháng 02 năm 2024']) {
      const text = `${encodeTcvn3(line)}\n${encodeTcvn3('Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành thực hiện.')}`;
      expect(normalizeInput(text).text.split('\n')[0]).toBe(line);
    }
  });
});

describe('tone marks detached from their letters', () => {
  const letter = (name: string) =>
    `BỘ NỘI VỤ\nSố: 05/BNV-VP\nV/v nâng bậc lương\nHà Nội, ngày 05 tháng 02 năm 2024\n\nKính gửi: Sở Nội vụ\n\nĐề nghị thực hiện./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n${name}\n`;

  it('joins a mark standing after a space inside a word to the letter before, and reports it', () => {
    const { document, diagnostics, sources } = parseText(letter('Trâ \u0300n Hoa \u0300ng Tuâ \u0301n'));
    expect(document.signatures[0]!.name).toBe('Trần Hoàng Tuấn');
    expect(sources['signatures.0.name']!.raw).toBe('Trâ \u0300n Hoa \u0300ng Tuâ \u0301n');
    const joined = diagnostics.filter((d) => d.id === 'text/detached-mark');
    expect(joined.map((d) => d.raw)).toEqual(['â \u0300', 'a \u0300', 'â \u0301']);
    expect(joined[0]!.place).toMatchObject({ line: 13, column: 3 });
  });

  it('keeps marks a PDF dumped after a phrase, whose letters the text does not tell, and says so once', () => {
    // Held-out 008: "Giao duc và Đao tao. ̉ ̀ ́ ̣" (the marks of "Giáo dục và Đào tạo" after the phrase).
    const n = normalizeInput('Bộ Giao duc và Đao tao. \u0309 \u0300 \u0301 \u0323\n');
    expect(n.text).toBe('Bộ Giao duc và Đao tao. \u0309 \u0300 \u0301 \u0323\n');
    expect(n.diagnostics.map((d) => [d.id, d.severity])).toEqual([['text/detached-mark', 'warning']]);
    expect(n.diagnostics[0]!.message.en).toMatch(/^4 tone marks/);
  });

  it('stays idempotent: normalising the joined text again changes nothing', () => {
    const once = normalizeInput('Trâ \u0300n Hoa \u0300ng').text;
    expect(once).toBe('Trần Hoàng');
    expect(normalizeInput(once)).toMatchObject({ text: once, diagnostics: [] });
  });
});

describe('OCR zeros for O inside capitals', () => {
  const text =
    'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NG0I\nC0NG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/UBND-VP\nV/v triển khai khổ giấy A0\nQuảng Ngãi, ngày 05 tháng 02 năm 2024\n\nKính gửi: Sở Tài chính\n\nĐề nghị in bản đồ khổ A0./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Hoàng Tuấn\n';

  it('matches "C0NG HÒA" as the Quốc hiệu', () => {
    expect(parseText(text).sources['nationalTitle.name']!.raw).toBe('C0NG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('corrects the zero in a field taken from capitals and reports it at the field, keeping the raw text', () => {
    const { document, diagnostics, sources } = parseText(text);
    expect(document.issuer!.name).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGOI');
    expect(sources['issuer.name']!.raw).toContain('NG0I');
    expect(diagnostics.filter((d) => d.id === 'text/ocr-zero').map((d) => d.path)).toEqual(['issuer.name']);
  });

  it('keeps zeros that are digits: numbers, dates, the paper size A0', () => {
    const { document } = parseText(text);
    expect(document).toMatchObject({ number: 5, date: '2024-02-05', subject: 'triển khai khổ giấy A0' });
    expect(document.body).toEqual([{ type: 'paragraph', text: 'Đề nghị in bản đồ khổ A0./.' }]);
  });

  it('reads "GIÁM Đ0C" as the signer’s title', () => {
    const { document, diagnostics } = parseText(
      'SỞ TÀI CHÍNH\nSố: 05/STC-NS\nV/v dự toán\nHà Nội, ngày 05 tháng 02 năm 2024\n\nKính gửi: Sở Nội vụ\n\nĐề nghị thực hiện./.\n\nGIÁM Đ0C\n\nNguyễn Văn An\n',
    );
    // The O comes back; the tone mark the OCR also lost does not (the validator sees "ĐOC" as written).
    expect(document.signatures).toEqual([{ authority: [], title: 'GIÁM ĐOC', name: 'Nguyễn Văn An' }]);
    expect(diagnostics.filter((d) => d.id === 'text/ocr-zero').map((d) => [d.path, d.raw])).toEqual([
      ['signatures.0.title', 'GIÁM Đ0C'],
    ]);
  });
});

describe('running headers repeated after a page break', () => {
  // The seed letter with page 2 starting with the agency name and the Quốc hiệu again (PDF text).
  const paged = seedText.replace(
    'chịu trách nhiệm trước pháp luật',
    'chịu trách nhiệm trước\n\f                 2\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\npháp luật',
  );

  it('drops them from the body, which runs on across the page break', () => {
    expect(parseText(paged).document.body).toEqual(parseText(seedText).document.body);
  });

  it('reports each as text/running-header at its line, not as unassigned text', () => {
    const { diagnostics } = parseText(paged);
    const running = diagnostics.filter((d) => d.id === 'text/running-header');
    expect(running.map((d) => d.raw)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(running[0]!.place?.line).toBe(32); // the input's line: a form feed breaks the page, not the line
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('keeps the authority line of a Quyết định, which repeats the issuer’s name', () => {
    const text =
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/QĐ-UBND\nQuảng Ngãi, ngày 05 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Khen thưởng./.\n';
    const { document, diagnostics } = parseText(text);
    expect(document.body[0]).toEqual({ type: 'enactment', role: 'authority', text: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' });
    expect(diagnostics.filter((d) => d.id === 'text/running-header')).toEqual([]);
  });

  it('keeps a căn cứ that cites the country’s name', () => {
    const text =
      'QUỐC HỘI\nSố: 05/2024/QH15\nHà Nội, ngày 05 tháng 02 năm 2024\n\nLUẬT\nVề công tác văn thư\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật này./.\n';
    expect(parseText(text).document.body[0]).toEqual({
      type: 'basis',
      text: 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
    });
  });
});

describe('syllables OCR broke into pieces', () => {
  const letter = (entries: string) => seedText.replace(/Nơi nhận:\n[\s\S]*?- Lưu/u, `Nơi nhận:\n${entries}\n- Lưu`);

  it('joins onset, vowel and final pieces back into syllables, and reports each entry repaired', () => {
    const { document, diagnostics } = parseText(letter('- Nh ư tr ê n;\n- Bộ tr ưở n g (để báo cáo);'));
    expect(document.distribution).toEqual(['Như trên', 'Bộ trưởng (để báo cáo)']);
    expect(diagnostics.filter((d) => d.id === 'text/ocr-fragments')).toHaveLength(2);
  });

  it('leaves abbreviations in capitals, whole words and a lost letter alone', () => {
    const { document, diagnostics } = parseText(letter('- CT, các PCT UBND tỉnh;\n- Bộ Nội v;\n- Sở Y tế;'));
    expect(document.distribution).toEqual(['CT, các PCT UBND tỉnh', 'Bộ Nội v', 'Sở Y tế']);
    expect(diagnostics.filter((d) => d.id === 'text/ocr-fragments')).toEqual([]);
  });

  it('drops the page number the copy glued after the Lưu line', () => {
    expect(parseText(seedText.replace(/- Lưu: (.*)\./u, '- Lưu: $1. 8.')).document.archive).toEqual(
      parseText(seedText).document.archive,
    );
  });
});

describe('web copies and OCR that damage the Số line', () => {
  const read = (from: string, to: string) => {
    const text = seedText.replace(from, to);
    expect(text).not.toBe(seedText);
    return parseText(text);
  };

  it('keeps a soft hyphen that stood for the hyphen of a ký hiệu ("UBND\\u00ADKGVX")', () => {
    expect(read('/UBND-KGVX', '/UBND\u00ADKGVX').document.notation).toBe('UBND-KGVX');
    // Elsewhere a soft hyphen is invisible and goes.
    expect(read('Quảng Ngãi, ngày', 'Quảng Ng\u00ADãi, ngày').document.place).toBe('Quảng Ngãi');
  });

  it('reads the letters math-aware OCR wrote as formulas ("$\\mathsf{b}$"), and says so once', () => {
    const { document, diagnostics } = read('KGVX', 'KG$\\mathsf{V}$X');
    expect(document.notation).toBe('UBND-KGVX');
    expect(diagnostics.filter((d) => d.id === 'text/ocr-latex')).toHaveLength(1);
  });

  it('reads a Số line whose label and number OCR spaced out ("S ố: 17 19/…")', () => {
    const { document } = read('Số: ~~1719~~/', 'S ố: 17 19/');
    expect({ number: document.number, notation: document.notation }).toEqual({ number: 1719, notation: 'UBND-KGVX' });
  });

  it('joins a signer’s title OCR broke into pieces in capitals ("PHÓ CH Ủ T ỊCH")', () => {
    expect(read('PHÓ CHỦ TỊCH', 'PHÓ CH Ủ T ỊCH').document.signatures[0]?.title).toBe('PHÓ CHỦ TỊCH');
  });
});

describe('text extracted from a signed PDF (pdftotext without -layout)', () => {
  // The number was filled into its blank at issuance by a signature field: the extraction sets it apart
  // from its ký hiệu, as in corpus 058 and 059.
  const text = `TRUNG TÂM CÔNG
BÁO VÀ TIN HỌC
ttcbth@quangngai.gov.vn
06.11.2024 09:27:05
+07:00

ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 542

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

/TB-UBND

Quảng Ngãi, ngày 06 tháng 11 năm 2024

THÔNG BÁO
Về việc tham dự Hội nghị
`;

  it('reads the number and its ký hiệu together, never the ký hiệu as the issuer', () => {
    const read = parseText(text);
    expect({ issuer: read.document.issuer, number: read.document.number, notation: read.document.notation }).toEqual({
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
      number: 542,
      notation: 'TB-UBND',
    });
    expect(read.diagnostics.filter((d) => d.id === 'text/number-apart')).toHaveLength(1);
  });
});

describe('a tên loại the OCR split or a draft marked', () => {
  const letter = (title: string) =>
    `TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TU\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\n${title}\nHỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n\nHội nghị đã thảo luận và kết luận như sau./.\n`;

  it.each([
    ['K ÉT LUẬN', 'ket-luan'],
    ['T Ờ TRÌNH', 'to-trinh'],
    ['DỰ THẢO KẾT LUẬN', 'ket-luan'],
  ])('reads %j as its kind, with the trích yếu under it', (title, kind) => {
    const { document } = parseText(letter(title));
    expect(document.kind).toBe(kind);
    expect(document.subject).toBe('HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH');
  });
});

describe('an issuer wrapped after its first word, "THỦ" / "TƯỚNG CHÍNH PHỦ"', () => {
  it('is no thư ("THƯ" folds the same): the header is read whole', () => {
    const text = [
      'THỦ',
      'TƯỚNG CHÍNH PHỦ',
      '-------',
      '|',
      'CỘNG',
      'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '|',
      'Số:',
      '848/QĐ-TTg',
      '|',
      'Hà',
      'Nội, ngày 11 tháng 6 năm 2010',
      '|',
      'QUYẾT ĐỊNH',
      'SỬA ĐỔI QUY TRÌNH VẬN HÀNH LIÊN HỒ CHỨA',
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Sửa đổi quy trình./.',
    ].join('\n');
    expect(parseText(text).document).toMatchObject({
      kind: 'quyet-dinh',
      issuer: { name: 'THỦ TƯỚNG CHÍNH PHỦ' },
      number: 848,
      place: 'Hà Nội',
      date: '2010-06-11',
      subject: 'SỬA ĐỔI QUY TRÌNH VẬN HÀNH LIÊN HỒ CHỨA',
    });
  });
});
