/**
 * Findings that were false on real web copies (corpus-bulk pages of 2025), each class with a
 * document shaped as those pages are: markdown emphasis, lines wrapped at a fixed width, numbers
 * left alone on their line, citations quoted over many lines. Each test also keeps a true finding
 * of the same rule, so that it fails if the rule merely went silent.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/readers/text/index.js';
import { validate } from '../../src/validator.js';

const HEADER = `**ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH**
-------
Số: 2913/QĐ-UBND
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
*Hà Tĩnh, ngày 24 tháng 11 năm 2025*
|

**QUYẾT ĐỊNH**

**Về việc công bố danh mục thủ tục hành chính nội bộ**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*
`;

const CLOSING = `|
Nơi nhận:
- Như Điều 3;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, HCC.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Hồ Huy Thành**
|
`;

const decision = (middle: string, closing = CLOSING) => `${HEADER}${middle}${closing}`;

function findings(text: string, rule: string) {
  return validate(parseText(text))
    .diagnostics.filter((d) => d.id === rule && d.severity !== 'info')
    .map((d) => d.message.en);
}

describe('numbering of the body (nd30/pl1/danh-so-bo-cuc) on web copies', () => {
  const quoted = (wrong: string) =>
    decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính nội bộ.
**Điều 2.** Trách nhiệm thi hành:
1. Sở Tài chính áp dụng khoản 3 Điều 7 Nghị định số 126/2020/NĐ-CP quy định:
“3. Người nộp thuế không phải nộp hồ sơ khai thuế
trong các trường hợp sau đây:
d) Người nộp thuế chỉ có hoạt động thuộc
đối tượng không chịu thuế.
đ) Cá nhân có thu nhập được miễn thuế.”
${wrong} Các sở, ngành liên quan thực hiện./.
`);

  it('reads a quotation wrapped over lines as quoted text, not as the document’s khoản and điểm', () => {
    expect(findings(quoted('2.'), 'nd30/pl1/danh-so-bo-cuc')).toEqual([]);
    // The khoản after the quotation is still judged against the document's own sequence.
    expect(findings(quoted('3.'), 'nd30/pl1/danh-so-bo-cuc')).toEqual([
      'The next clause (khoản) must be 2., numbers following each other (found 3.)',
    ]);
  });

  it('reads a citation set in italics after "… quy định:", with no quote marks, as quoted text', () => {
    const italic = (wrong: string) =>
      decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính nội bộ.
**Điều 2.** Trách nhiệm thi hành:
1. Tại điểm đ khoản 1 Điều
116 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 quy định:
*Điều 116. Nhiệm vụ, quyền
hạn của người ra quyết định thanh tra thuế*
*1. Người ra quyết định thanh tra thuế có
các nhiệm vụ, quyền hạn sau đây:*
*…*
*đ) **Quyết định xử lý theo thẩm quyền
hoặc kiến nghị người có thẩm quyền xử lý kết quả thanh tra;*
${wrong} Các sở, ngành liên quan thực hiện./.
`);
    expect(findings(italic('2.'), 'nd30/pl1/danh-so-bo-cuc')).toEqual([]);
    expect(findings(italic('3.'), 'nd30/pl1/danh-so-bo-cuc')).toEqual([
      'The next clause (khoản) must be 2., numbers following each other (found 3.)',
    ]);
  });

  it('ends an unclosed quotation where the next one opens, and takes mixed quote marks as one pair', () => {
    const text = decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Áp dụng các quy định sau:
*"7. Kinh phí ủy nhiệm thu*
*a) Kinh phí ủy nhiệm thu từ nguồn ngân sách nhà nước.*
*"1. Nội dung chi ủy nhiệm thu*
*a) Thuế sử dụng đất nông nghiệp;*
*.......*
*2. Mức kinh phí ủy nhiệm thu.”*
**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký./.
`);
    expect(findings(text, 'nd30/pl1/danh-so-bo-cuc')).toEqual([]);
  });

  it('joins a number left alone on its line to the heading under it', () => {
    const text = decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Ban hành kế hoạch như sau:
**I.
MỤC ĐÍCH**
1. Khắc phục hậu quả lũ.
**II.
YÊU CẦU**
1. Bảo đảm an toàn.
**IV.
TỔ CHỨC THỰC HIỆN**
1. Các sở thực hiện./.
`);
    const read = parseText(text);
    expect(read.document.body.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.title)).toEqual([
      'MỤC ĐÍCH',
      'YÊU CẦU',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(findings(text, 'nd30/pl1/danh-so-bo-cuc')).toEqual([
      'The next Mục (section) must be Mục III, numbers following each other (found Mục IV)',
    ]);
  });

  it('reads a heading title wrapped mid-phrase whole, and a bracketed note after a title in capitals as no title', () => {
    const text = (title: string) =>
      decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Ban hành kế hoạch như sau:
**I. MỤC TIÊU (chi tiết tại Phụ lục đính kèm)**
1. Khắc phục hậu quả lũ.
**${title}**
1. Các sở thực hiện./.
`);
    expect(findings(text('II. TỔ CHỨC THỰC HIỆN'), 'nd30/pl1/tieu-de-bo-cuc')).toEqual([]);
    expect(findings(text('II. Tổ\nchức thực hiện'), 'nd30/pl1/tieu-de-bo-cuc')).toEqual([
      'The title of Mục (section) II must be in capitals (found "Tổ chức thực hiện")',
    ]);
  });

  it('restarts the letters of a new enumeration under a "1.2." heading, and keeps judging a skipped letter', () => {
    const text = (last: string) =>
      decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Nhiệm vụ trọng tâm:
1. Nông nghiệp
*1.1. Dữ liệu nông nghiệp*
a) Xây dựng cơ sở dữ liệu đất trồng;
b) Triển khai các nền tảng số;
c) Tập huấn cho nông dân;
*1.2. Tài nguyên và môi trường*
Trọng tâm:
a) Nghiên cứu nền tảng giám sát môi trường;
b) Phát triển dữ liệu tài nguyên;
${last} Đào tạo nhân lực./.
`);
    expect(findings(text('c)'), 'nd30/pl1/danh-so-bo-cuc')).toEqual([]);
    expect(findings(text('d)'), 'nd30/pl1/danh-so-bo-cuc')).toEqual([
      'Point 3 must be "c)", in Vietnamese letter order a, b, c… (found "d)")',
    ]);
  });
});

describe('the căn cứ block (nd30/pl1/can-cu) on web copies', () => {
  const basis = (last: string) =>
    decision(`*Căn
cứ Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ;*
*Theo
đề nghị của Giám đốc Sở Dân tộc và Tôn giáo tại Tờ trình số 33/TTr-SDTTG ngày 11/11/2025${last}*
**QUYẾT ĐỊNH:**
**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính nội bộ./.
`);

  it('reads "Căn" / "cứ" and "Theo" / "đề nghị" wrapped after the first word as căn cứ lines', () => {
    expect(findings(basis('.'), 'nd30/pl1/can-cu')).toEqual([]);
    expect(findings(basis(';'), 'nd30/pl1/can-cu')).toEqual(['This basis must end with "." (found ";")']);
  });

  it('takes the Government’s "Trên cơ sở … Thành viên Chính phủ," as the last line, with its comma', () => {
    const resolution = (last: string) =>
      decision(`*Xét đề nghị của Bộ trưởng Bộ Công an tại văn bản số 554/TTr-BCA ngày 12 tháng 9 năm 2025;*
*Trên cơ sở kết quả biểu
quyết của các Thành viên Chính phủ,*
**QUYẾT ĐỊNH:**
**Điều 1.** Thông qua đề nghị của Bộ Công an./.
`).replace('*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*\n', last);
    expect(findings(resolution(''), 'nd30/pl1/can-cu')).toEqual([]);
    // A proposal line that is not the last must still end with ";".
    expect(findings(resolution('*Theo đề nghị của Bộ Tài chính.*\n'), 'nd30/pl1/can-cu')).toEqual([
      'This basis must end with ";" (found ".")',
    ]);
  });
});

describe('the closing part on web copies', () => {
  it('says once that the Nơi nhận is missing, not again that its Lưu line is', () => {
    const text = decision(
      `*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025./.
`,
      `**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Hồ Huy Thành**
`,
    );
    expect(findings(text, 'nd30/dieu-8/thanh-phan-chinh')).toEqual(['The distribution (Nơi nhận) is missing']);
    expect(findings(text, 'nd30/pl1/luu')).toEqual([]);
  });

  it('takes "VT (VDuẩn)" as naming VT, and reports only the drafter code’s case', () => {
    const text = decision(
      `*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025./.
`,
      CLOSING.replace('- Lưu: VT, HCC.', '- Lưu: VT (VDuẩn).'),
    );
    expect(findings(text, 'nd30/pl1/luu')).toEqual(['The drafter\'s code must be written in capitals (found "VDuẩn")']);
  });

  it('reads an empty Nơi nhận cell of the closing table as lost by the copy, said once by the reader', () => {
    const text = decision(
      `*Theo đề nghị của Giám đốc Sở Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025./.
`,
      `|
** **
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Hồ Huy Thành**
|
`,
    );
    const read = parseText(text);
    expect(read.diagnostics.filter((d) => d.id === 'text/distribution-cell-empty')).toHaveLength(1);
    const report = validate(read);
    expect(report.verdict).toBe('incomplete');
    expect(report.diagnostics.filter((d) => d.id.startsWith('nd30/') && d.severity !== 'info')).toEqual([]);
  });

  it('reads the appendix after a closing whose Nơi nhận cell is empty as the appendix, not as a second signer', () => {
    const text = decision(
      `*Theo đề nghị của Giám đốc Sở Tư pháp.*
**QUYẾT ĐỊNH:**
**Điều 1.** Công bố kèm theo Quyết định này 02 thủ tục hành chính nội bộ./.
`,
      `|
|
**KT. CHỦ TỊCH **
PHÓ CHỦ TỊCH
Hoàng Xuân Tân
|

**PHỤ LỤC**

THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC PHỔ BIẾN, GIÁO DỤC
PHÁP LUẬT THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND TỈNH

*(Kèm theo Quyết định số 2913/QĐ-UBND ngày 24 tháng 11 năm 2025 của Chủ tịch Ủy
ban nhân dân tỉnh Hà Tĩnh)*

**I. Thủ tục công nhận báo cáo viên pháp luật cấp tỉnh**
1. Trình tự thực hiện.
3. Cách thức thực hiện.
`,
    );
    const read = parseText(text);
    expect(read.document.signatures.map((s) => s.name)).toEqual(['Hoàng Xuân Tân']);
    expect(read.document.appendices).toHaveLength(1);
    expect(read.diagnostics.filter((d) => d.id === 'text/signature-name-missing')).toEqual([]);
    // An appendix holds its own content (a procedure copied from the national database): its numbering
    // and headings are not the body's structure (nd30.md §2.6, §5.1).
    const report = validate(read);
    expect(
      report.diagnostics.filter((d) => d.id === 'nd30/pl1/danh-so-bo-cuc' || d.id === 'nd30/pl1/tieu-de-bo-cuc'),
    ).toEqual([]);
  });

  it('reads a single addressee wrapped onto a second line that ends with its "."', () => {
    const text = `**CỤC THUẾ**
Số: 5253/CT-CS
V/v chính sách tiền thuê đất
| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Hà Nội, ngày 17 tháng 11 năm 2025*
|
**Kính gửi:** Thuế
tỉnh Đắk Lắk.
Cục Thuế nhận được công văn số 823/DLA-CNTK ngày 17/09/2025 của Thuế tỉnh Đắk Lắk.
`;
    expect(parseText(text).document.recipients).toEqual(['Thuế tỉnh Đắk Lắk']);
    // Or cut after a word that only starts a name, the rest in capitals on the next line.
    const cut = text.replace('**Kính gửi:** Thuế\ntỉnh Đắk Lắk.', '**Kính gửi:** Các\nThuế tỉnh, thành phố.');
    expect(parseText(cut).document.recipients).toEqual(['Các Thuế tỉnh, thành phố']);
    // Or a place name broken before its last syllable.
    const broken = text.replace('**Kính gửi:** Thuế\ntỉnh Đắk Lắk.', '**Kính gửi:** Thuế tỉnh Hà\nTĩnh.');
    expect(parseText(broken).document.recipients).toEqual(['Thuế tỉnh Hà Tĩnh']);
  });

  it('keeps "TRƯỞNG BAN" as the title of a head who signs in that capacity, his office under it said apart', () => {
    const text = decision(
      `**QUYẾT ĐỊNH:**
**Điều 1.** Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo./.
`,
      CLOSING.replace(
        '**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Hồ Huy Thành**',
        '**TRƯỞNG BAN**\nPHÓ THỦ TƯỚNG\nMai Văn Chính',
      ),
    );
    const read = parseText(text);
    expect(read.document.signatures).toEqual([{ authority: [], title: 'TRƯỞNG BAN', name: 'Mai Văn Chính' }]);
    expect(read.diagnostics.filter((d) => d.id === 'text/second-title').map((d) => d.raw)).toEqual(['PHÓ THỦ TƯỚNG']);
    // A title wrapped over two lines is still one title.
    const wrapped = text.replace('**TRƯỞNG BAN**\nPHÓ THỦ TƯỚNG', '**PHÓ CHỦ TỊCH**\nTHƯỜNG TRỰC');
    expect(parseText(wrapped).document.signatures[0]?.title).toBe('PHÓ CHỦ TỊCH THƯỜNG TRỰC');
  });

  it('reads an authority line wrapped inside its bold ("**TM. ỦY BAN" / "NHÂN DÂN**") whole', () => {
    const text = decision(
      `**QUYẾT ĐỊNH:**
**Điều 1.** Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025./.
`,
      CLOSING.replace('**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH', '**TM. ỦY BAN\nNHÂN DÂN**\nCHỦ TỊCH'),
    );
    expect(parseText(text).document.signatures).toEqual([
      { authority: [{ prefix: 'TM', of: 'ỦY BAN NHÂN DÂN' }], title: 'CHỦ TỊCH', name: 'Hồ Huy Thành' },
    ]);
  });

  it('reads a signer’s name wrapped after the family name ("**Mai" / "Sơn**")', () => {
    const text = decision(
      `**QUYẾT ĐỊNH:**
**Điều 1.** Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025./.
`,
      CLOSING.replace('**Hồ Huy Thành**', '**Mai\nSơn**'),
    );
    expect(parseText(text).document.signatures[0]?.name).toBe('Mai Sơn');
    expect(findings(text, 'nd30/dieu-8/thanh-phan-chinh')).toEqual([]);
  });

  it('keeps the Nơi nhận of a form inside the attached "DANH MỤC" out of the document’s own', () => {
    const text = decision(
      `**QUYẾT ĐỊNH:**
**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính nội bộ./.
`,
      `${CLOSING}
**DANH MỤC**
THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC MÔI TRƯỜNG
*(Kèm theo Quyết định số 2913/QĐ-UBND ngày 24 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)*
Mẫu văn bản đăng ký môi trường.
|
Nơi nhận:
- Như trên;
- …;
- Lưu: ...
|
**NGƯỜI ĐỨNG ĐẦU CỦA (1)**
**Họ và tên**
|
`,
    );
    const { document } = parseText(text);
    expect(document.distribution).toEqual(['Như Điều 3', 'Chủ tịch, các PCT UBND tỉnh']);
    expect(document.archive).toEqual(['VT', 'HCC']);
    expect(findings(text, 'nd30/pl1/luu')).toEqual([]);
  });
});

describe('appendices (nd30/pl1/dan-chieu-phu-luc) on web copies', () => {
  const withAppendices = (article: string, reference: string) =>
    decision(
      `**QUYẾT ĐỊNH:**
**Điều 1.** ${article}
`,
      `${CLOSING}
**PHỤ LỤC I**
MẪU THẺ
*(Ban
hành kèm theo ${reference})*
Mặt trước của thẻ.
**PHỤ LỤC II**
MẪU DANH SÁCH
*(Ban hành kèm theo ${reference})*
Danh sách đề nghị cấp thẻ.
`,
    );

  it('joins "(Ban" / "hành kèm theo …)" into the appendix’s reference line', () => {
    const { document } = parseText(
      withAppendices('Công bố danh mục tại Phụ lục I và Phụ lục II./.', 'Quyết định số 2913/QĐ-UBND'),
    );
    expect(document.appendices.map((a) => a.reference)).toEqual([
      'Ban hành kèm theo Quyết định số 2913/QĐ-UBND',
      'Ban hành kèm theo Quyết định số 2913/QĐ-UBND',
    ]);
  });

  it('says once that appendices numbered "01", "02", "03" should take Roman numerals, fixing them all', () => {
    const text = withAppendices(
      'Công bố danh mục tại Phụ lục 01, Phụ lục 02 và Phụ lục 03./.',
      'Quyết định số 2913/QĐ-UBND',
    )
      .replace('**PHỤ LỤC I**', '**PHỤ LỤC 01**')
      .replace('**PHỤ LỤC II**', '**PHỤ LỤC 02**')
      .concat('**PHỤ LỤC 03**\nMẪU BÁO CÁO\n*(Ban hành kèm theo Quyết định số 2913/QĐ-UBND)*\nBáo cáo.\n');
    const report = validate(parseText(text));
    const numbering = report.diagnostics.filter((d) => d.id === 'nd30/pl1/phu-luc' && /Roman/u.test(d.message.en));
    expect(numbering.map((d) => [d.path, d.message.en])).toEqual([
      [
        'appendices.0.number',
        'Two or more appendices must be numbered in Roman numerals (found "01", "02", "03" in 3 appendices)',
      ],
    ]);
    expect(numbering[0]!.fix?.changes).toEqual([
      { path: 'appendices.0.number', value: 'I' },
      { path: 'appendices.1.number', value: 'II' },
      { path: 'appendices.2.number', value: 'III' },
    ]);
  });

  it('leaves the references to the text the Quyết định issues, and to appendices of another document', () => {
    const rule = 'nd30/pl1/dan-chieu-phu-luc';
    // Mẫu 1.3: the Quy định issued with the Quyết định refers to its appendices itself.
    expect(
      findings(
        withAppendices('Ban hành kèm theo Quyết định này Quy định về thẻ./.', 'Quyết định số 2913/QĐ-UBND'),
        rule,
      ),
    ).toEqual([]);
    // Appendices of the Kế hoạch issued with it.
    expect(findings(withAppendices('Phê duyệt kế hoạch./.', 'Kế hoạch số 617/KH-UBND'), rule)).toEqual([]);
    // The Quyết định's own appendices, never named in its body.
    expect(findings(withAppendices('Phê duyệt kế hoạch./.', 'Quyết định số 2913/QĐ-UBND'), rule)).toEqual([
      'The body’s reference to Phụ lục I is missing',
      'The body’s reference to Phụ lục II is missing',
    ]);
  });
});

describe('regimes', () => {
  it('does not judge a document issued before Thông tư 01/2011 took effect, and says why', () => {
    // A 2008 quyết định whose last basis line ends with ",", as the rules of its time had it.
    const text = decision(
      `*Xét đề nghị của Giám đốc Sở Nội vụ,*
**QUYẾT ĐỊNH:**
**Điều 1.** Công bố thủ tục hành chính./.
`,
    ).replace('ngày 24 tháng 11 năm 2025', 'ngày 24 tháng 11 năm 2008');
    const report = validate(parseText(text));
    expect(report.verdict).toBe('not-judged');
    expect(report.rulesInForce).toBe('unknown');
    expect(report.diagnostics.filter((d) => d.severity !== 'info' && d.id.startsWith('nd30/'))).toEqual([]);
    expect(report.reasons.map((r) => r.en).join(' ')).toMatch(/before Thông tư 01\/2011\/TT-BNV took effect/u);
    // From 2011 on, the rules the circular shares with Decree 30 apply.
    const later = validate(parseText(text.replace('năm 2008', 'năm 2013')));
    expect(later.rulesInForce).toBe('tt01-2011');
    expect(later.verdict).not.toBe('not-judged');
  });

  it('does not judge a văn bản hợp nhất (VBHN) by Decree 30', () => {
    const text = decision(
      `**QUYẾT ĐỊNH:**
**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý hoạt động của Cảng quốc tế./.
`,
    ).replace('Số: 2913/QĐ-UBND', 'Số: 89/VBHN-BQP');
    const report = validate(parseText(text));
    expect(report.verdict).toBe('not-judged');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the enacting line (nd30/pl3/tham-quyen-ban-hanh) printed without its colon', () => {
  const rule = 'nd30/pl3/tham-quyen-ban-hanh';
  const article = '**Điều 1. **Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025./.\n';

  it('is found and said to lack the colon, with a safe fix, not reported missing (bulk page 14d4…)', () => {
    const text = decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*\n**QUYẾT ĐỊNH**\n${article}`);
    expect(findings(text, rule)).toEqual(['The enacting line must read "QUYẾT ĐỊNH:" (found "QUYẾT ĐỊNH")']);
    const finding = validate(parseText(text)).diagnostics.find((d) => d.id === rule)!;
    expect(finding.fix?.safety).toBe('safe');
  });

  it('while a line that is not there is still missing', () => {
    expect(findings(decision(`*Theo đề nghị của Giám đốc Sở Tài chính.*\n${article}`), rule)).toEqual([
      'The line "QUYẾT ĐỊNH:" after the legal bases is missing',
    ]);
  });
});
