/**
 * The whole text path, end to end: a valid document written with `toText`, one defect typed into
 * the text, read back with `parseText`, validated. Each rule must see the defect as a reader hands it
 * over (what the reader drops or normalises, a rule checking only the model never sees).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/model/create.js';
import type { DocumentInput } from '../../src/model/document.js';
import { parseText } from '../../src/readers/text/index.js';
import { applyTextEdits, sampleDocument, validate } from '../../src/index.js';
import { toText } from '../../src/writers/text/index.js';
import { documentArbitrary } from '../support/arbitraries.js';

const CONG_VAN = sampleDocument('cong-van', {
  recipients: ['Sở Tài chính', 'Sở Nội vụ'],
  urgency: 'thuong-khan',
  body: [
    { type: 'paragraph', text: 'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh.' },
    { type: 'clause', number: '1', text: 'Các sở, ngành:' },
    { type: 'point', label: 'a', text: 'Rà soát các nhiệm vụ được giao;' },
    { type: 'point', label: 'b', text: 'Báo cáo kết quả trước ngày 30 tháng 4 năm 2024./.' },
  ],
});

const COPY = {
  form: 'sao-y' as const,
  issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' },
  number: 5,
  notation: 'SY-VP',
  place: 'Quảng Ngãi',
  date: '2024-04-10',
  signature: {
    authority: [{ prefix: 'TL' as const, of: 'CHỦ TỊCH' }],
    title: 'CHÁNH VĂN PHÒNG',
    name: 'Nguyễn Văn An',
  },
  distribution: ['Sở Tài chính'],
  archive: ['VT'],
};

const QUYET_DINH = sampleDocument('quyet-dinh', {
  body: [
    { type: 'enactment', role: 'authority', text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
    { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
    { type: 'basis', text: 'Theo đề nghị của Giám đốc Sở Nội vụ.' },
    { type: 'enactment', role: 'enactment', text: 'QUYẾT ĐỊNH:' },
    { type: 'heading', level: 'chuong', number: 'I', title: 'QUY ĐỊNH CHUNG' },
    { type: 'article', number: '1', title: 'Phạm vi điều chỉnh' },
    { type: 'paragraph', text: 'Quyết định này quy định việc triển khai công tác năm 2024.' },
    { type: 'article', number: '2', title: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
  ],
  distribution: ['Như Điều 2'],
  copy: COPY,
});

const KE_HOACH = sampleDocument('ke-hoach', {
  body: [{ type: 'paragraph', text: 'Danh sách các đơn vị thực hiện tại Phụ lục kèm theo Kế hoạch này./.' }],
  appendices: [
    {
      title: 'DANH SÁCH ĐƠN VỊ',
      reference: 'Kèm theo Kế hoạch số 05/KH-UBND ngày 09 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh',
      body: [{ type: 'paragraph', text: 'Sở Tài chính, Sở Nội vụ.' }],
    },
  ],
});

const SO_QUYET_DINH = sampleDocument('quyet-dinh', {
  issuer: { parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' },
  notation: 'QĐ-STC',
});

const BIEN_BAN = sampleDocument('bien-ban', {
  signatures: [
    { authority: [], title: 'THƯ KÝ', name: 'Lê Thị Hồng Nhung' },
    { authority: [], title: 'CHỦ TỌA', name: 'Trần Hoàng Tuấn' },
  ],
});

/** Reads `text` back and validates it: the rule ids reported, and the report. */
function check(text: string) {
  const read = parseText(text);
  const report = validate(read);
  return { read, report, ids: new Set(report.diagnostics.map((d) => d.id)) };
}

/** One defect a case: the text `from` is replaced once by `to`. */
interface Case {
  readonly rule: string;
  readonly what: string;
  readonly base: DocumentInput;
  readonly from: string;
  readonly to: string;
}

const CASES: readonly Case[] = [
  {
    rule: 'nd30/pl1/nam-trong-ky-hieu',
    what: 'a year in a công văn ký hiệu',
    base: CONG_VAN,
    from: 'Số: 05/UBND-KGVX',
    to: 'Số: 05/2024/UBND-KGVX',
  },
  {
    rule: 'nd30/pl1/nam-trong-ky-hieu',
    what: 'a year in a kế hoạch ký hiệu of an Ủy ban',
    base: KE_HOACH,
    from: 'Số: 05/KH-UBND',
    to: 'Số: 05/2024/KH-UBND',
  },
  {
    rule: 'nd30/pl1/nam-trong-ky-hieu',
    what: 'a year in a quyết định ký hiệu of a Sở (no QPPL issuer)',
    base: SO_QUYET_DINH,
    from: 'Số: 05/QĐ-STC',
    to: 'Số: 05/2024/QĐ-STC',
  },
  {
    rule: 'nd30/pl1/hoc-ham-hoc-vi',
    what: '"TS." before the signer’s name',
    base: CONG_VAN,
    from: '\nTrần Hoàng Tuấn\n',
    to: '\nTS. Trần Hoàng Tuấn\n',
  },
  {
    rule: 'nd30/pl1/hoc-ham-hoc-vi',
    what: '"PGS.TS." before the signer’s name',
    base: QUYET_DINH,
    from: '\nTrần Hoàng Tuấn\n',
    to: '\nPGS.TS. Trần Hoàng Tuấn\n',
  },
  {
    rule: 'nd30/pl1/ngay-thang',
    what: 'a date in figures',
    base: CONG_VAN,
    from: 'Quảng Ngãi, ngày 09 tháng 4 năm 2024',
    to: 'Quảng Ngãi, 09/4/2024',
  },
  {
    rule: 'nd30/pl1/ngay-thang',
    what: 'day 9 not padded',
    base: CONG_VAN,
    from: 'ngày 09 tháng 4',
    to: 'ngày 9 tháng 4',
  },
  {
    rule: 'nd30/pl1/dia-danh',
    what: 'a place name in lower case',
    base: CONG_VAN,
    from: 'Quảng Ngãi, ngày',
    to: 'quảng ngãi, ngày',
  },
  {
    rule: 'nd30/pl1/do-mat-do-khan',
    what: 'the urgency stamp in sentence case',
    base: CONG_VAN,
    from: 'THƯỢNG KHẨN',
    to: 'Thượng khẩn',
  },
  {
    rule: 'nd30/pl1/kinh-gui',
    what: 'several addressees inline',
    base: CONG_VAN,
    from: 'Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ.',
    to: 'Kính gửi: Sở Tài chính; Sở Nội vụ.',
  },
  {
    rule: 'nd30/pl1/kinh-gui',
    what: 'Kính gửi without its colon',
    base: CONG_VAN,
    from: 'Kính gửi:\n',
    to: 'Kính gửi\n',
  },
  {
    rule: 'nd30/pl1/ky-hieu-cong-van',
    what: '"CV" in a công văn ký hiệu',
    base: CONG_VAN,
    from: '05/UBND-KGVX',
    to: '05/CV-UBND',
  },
  {
    rule: 'nd30/pl1/ky-hieu-cong-van',
    what: 'a Decree 30 type code in a công văn ký hiệu',
    base: CONG_VAN,
    from: '05/UBND-KGVX',
    to: '05/QĐ-UBND',
  },
  {
    rule: 'nd30/pl3/ma-ten-loai-khong-khop',
    what: 'the code of a quyết định on a kế hoạch',
    base: KE_HOACH,
    from: 'Số: 05/KH-UBND',
    to: 'Số: 05/QĐ-UBND',
  },
  {
    rule: 'nd30/pl3/ma-ten-loai',
    what: 'an unknown type code',
    base: KE_HOACH,
    from: 'Số: 05/KH-UBND',
    to: 'Số: 05/KHo-UBND',
  },
  { rule: 'nd30/pl1/so-ky-hieu', what: 'number 5 without its zero', base: CONG_VAN, from: 'Số: 05/', to: 'Số: 5/' },
  {
    rule: 'nd30/pl1/trich-yeu-cong-van',
    what: '"V/v:" with a colon',
    base: CONG_VAN,
    from: 'V/v triển khai',
    to: 'V/v: triển khai',
  },
  {
    rule: 'nd30/pl1/trich-dan-ky-hieu',
    what: '"CD" for "CĐ" in a citation',
    base: CONG_VAN,
    from: '33/CĐ-TTg',
    to: '33/CD-TTg',
  },
  {
    rule: 'nd30/pl1/quoc-hieu-tieu-ngu',
    what: 'en dashes in the Tiêu ngữ',
    base: CONG_VAN,
    from: 'Độc lập - Tự do - Hạnh phúc',
    to: 'Độc lập – Tự do – Hạnh phúc',
  },
  {
    rule: 'nd30/pl1/ten-co-quan',
    what: 'the issuer’s own name abbreviated',
    base: CONG_VAN,
    from: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n',
    to: 'UBND TỈNH QUẢNG NGÃI\n',
  },
  {
    rule: 'nd30/pl1/tien-to-tham-quyen',
    what: '"KT" without its period',
    base: CONG_VAN,
    from: 'KT. CHỦ TỊCH',
    to: 'KT CHỦ TỊCH',
  },
  { rule: 'nd30/pl1/nhu-tren', what: 'Nơi nhận without "- Như trên;"', base: CONG_VAN, from: '- Như trên;\n', to: '' },
  {
    rule: 'nd30/pl1/noi-nhan',
    what: 'a Nơi nhận entry ending with ","',
    base: CONG_VAN,
    from: '- Văn phòng UBND tỉnh;',
    to: '- Văn phòng UBND tỉnh,',
  },
  {
    rule: 'nd30/pl1/luu',
    what: '"Lưu" without its colon',
    base: CONG_VAN,
    from: '- Lưu: VT, KGVX.',
    to: '- Lưu VT, KGVX.',
  },
  {
    rule: 'nd30/pl3/dau-ket-thuc',
    what: 'the body without "./."',
    base: CONG_VAN,
    from: 'năm 2024./.',
    to: 'năm 2024.',
  },
  {
    rule: 'nd30/pl1/danh-so-bo-cuc',
    what: 'điểm c) after a)',
    base: CONG_VAN,
    from: '\nb) Báo cáo',
    to: '\nc) Báo cáo',
  },
  {
    rule: 'nd30/pl1/danh-so-bo-cuc',
    what: 'Chương in Arabic numerals',
    base: QUYET_DINH,
    from: 'Chương I\n',
    to: 'Chương 1\n',
  },
  {
    rule: 'nd30/pl1/tieu-de-bo-cuc',
    what: 'an article without a title',
    base: QUYET_DINH,
    from: 'Điều 1. Phạm vi điều chỉnh',
    to: 'Điều 1.',
  },
  {
    rule: 'nd30/pl3/tham-quyen-ban-hanh',
    what: 'no "QUYẾT ĐỊNH:" line',
    base: QUYET_DINH,
    from: '\nQUYẾT ĐỊNH:\n',
    to: '\n',
  },
  { rule: 'nd30/pl1/can-cu', what: 'a căn cứ ending with ","', base: QUYET_DINH, from: 'năm 2015;', to: 'năm 2015,' },
  {
    rule: 'nd30/pl1/ban-sao',
    what: 'the old label "SAO Y BẢN CHÍNH"',
    base: QUYET_DINH,
    from: '\nSAO Y\n',
    to: '\nSAO Y BẢN CHÍNH\n',
  },
  {
    rule: 'nd30/pl1/thanh-phan-ban-sao',
    what: 'a Quốc hiệu in the copy block',
    base: QUYET_DINH,
    from: '\nSAO Y\n',
    to: '\nSAO Y\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n',
  },
  {
    rule: 'nd30/pl1/thanh-phan-ban-sao',
    what: 'a copy dated before the document',
    base: QUYET_DINH,
    from: 'ngày 10 tháng 4 năm 2024',
    to: 'ngày 01 tháng 4 năm 2024',
  },
  {
    rule: 'nd30/pl1/dan-chieu-phu-luc',
    what: 'an appendix the body does not refer to',
    base: KE_HOACH,
    from: 'tại Phụ lục kèm theo Kế hoạch này',
    to: 'như sau',
  },
  {
    rule: 'nd30/pl3/bien-ban-dia-danh',
    what: 'a biên bản with a place and date line',
    base: BIEN_BAN,
    from: 'Số: 05/BB-UBND\n',
    to: 'Số: 05/BB-UBND\nQuảng Ngãi, ngày 09 tháng 4 năm 2024\n',
  },
  {
    rule: 'nd30/dieu-8/thanh-phan-chinh',
    what: 'no signature block',
    base: CONG_VAN,
    from: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Hoàng Tuấn\n',
    to: '',
  },
];

describe('toText → one defect → parseText → validate', () => {
  it.each(CASES.map((c) => [`${c.rule}: ${c.what}`, c] as const))('%s', (_name, c) => {
    const text = toText(createDocument(c.base));
    expect(text.split(c.from).length - 1, `"${c.from}" occurs once in the written text`).toBe(1);
    expect([...check(text).ids], 'the valid text').not.toContain(c.rule);
    const { ids, report } = check(text.replace(c.from, c.to));
    expect([...ids], report.diagnostics.map((d) => `${d.id} ${d.path}: ${d.message.en}`).join('\n')).toContain(c.rule);
  });

  it('reads several inline addressees as several, and Kính gửi says they go one a line', () => {
    const text = toText(createDocument(CONG_VAN)).replace(
      'Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ.',
      'Kính gửi: Sở Tài chính; Sở Nội vụ.',
    );
    const { read, report } = check(text);
    expect(read.document.recipients).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
    expect(read.sources['recipients.1']!.raw).toBe('Sở Nội vụ.');
    expect(report.diagnostics.filter((d) => d.id === 'nd30/pl1/kinh-gui').map((d) => [d.path, d.message.en])).toEqual([
      [
        'recipients',
        'With several addressees, "Kính gửi:" must stand alone and each addressee have its own line (found "Kính gửi: Sở Tài chính; Sở Nội vụ.")',
      ],
    ]);
  });

  it('keeps a date line in figures as the place and date line, and reads its date', () => {
    const { read, report } = check(
      toText(createDocument(CONG_VAN)).replace('Quảng Ngãi, ngày 09 tháng 4 năm 2024', 'Quảng Ngãi, 09/4/2024'),
    );
    expect(read.sources.placeDateLine!.raw).toBe('Quảng Ngãi, 09/4/2024');
    expect([read.document.place, read.document.date]).toEqual(['Quảng Ngãi', '2024-04-09']);
    const finding = report.diagnostics.find((d) => d.id === 'nd30/pl1/ngay-thang')!;
    expect(finding.fix?.edits?.[0]?.text).toBe('Quảng Ngãi, ngày 09 tháng 4 năm 2024');
  });

  it('reads an urgency stamp in sentence case as the stamp, and the casing is fixable', () => {
    const { read, report } = check(toText(createDocument(CONG_VAN)).replace('THƯỢNG KHẨN', 'Thượng khẩn'));
    expect(read.document.urgency).toBe('thuong-khan');
    const finding = report.diagnostics.find((d) => d.id === 'nd30/pl1/do-mat-do-khan')!;
    expect([finding.actual, finding.expected, finding.fix?.safety]).toEqual(['Thượng khẩn', 'THƯỢNG KHẨN', 'safe']);
  });

  it('reports the learned title the reader strips from the name, on the printed name line', () => {
    const { read, report } = check(
      toText(createDocument(CONG_VAN)).replace('\nTrần Hoàng Tuấn\n', '\nTS. Trần Hoàng Tuấn\n'),
    );
    expect(read.document.signatures[0]!.name).toBe('Trần Hoàng Tuấn');
    const finding = report.diagnostics.find((d) => d.id === 'nd30/pl1/hoc-ham-hoc-vi')!;
    expect([finding.path, finding.actual, finding.expected, finding.place?.line]).toEqual([
      'signatures.0.name',
      'TS. Trần Hoàng Tuấn',
      'Trần Hoàng Tuấn',
      read.sources['signatures.0.name']!.line,
    ]);
  });

  it('reports a space before the comma of the place name, and its fix takes it out', () => {
    const text = toText(createDocument(CONG_VAN)).replace('Quảng Ngãi, ngày', 'Quảng Ngãi , ngày');
    const { read, report } = check(text);
    expect(read.document.place).toBe('Quảng Ngãi');
    const findings = report.diagnostics.filter((d) => d.id === 'nd30/pl1/dia-danh');
    expect(findings.map((d) => [d.path, d.actual, d.expected, d.fix?.safety])).toEqual([
      ['placeDateLine', 'Quảng Ngãi ,', 'Quảng Ngãi,', 'safe'],
    ]);
    const fixed = applyTextEdits(text, findings).document;
    expect(fixed).toBe(toText(createDocument(CONG_VAN)));
  });

  it('takes a place named after a number as it is ("Quận 1", "Phường 12")', () => {
    for (const place of ['Quận 1', 'Phường 12', 'Thành phố Hồ Chí Minh']) {
      const { read, ids } = check(toText(createDocument({ ...CONG_VAN, place })));
      expect(read.document.place).toBe(place);
      expect([...ids]).not.toContain('nd30/pl1/dia-danh');
    }
  });

  it('asks a công điện for its addressees under "<issuer> điện:", as a dash list even for one', () => {
    const congDien = sampleDocument('cong-dien', {
      issuer: { name: 'THỦ TƯỚNG CHÍNH PHỦ' },
      notation: 'CĐ-TTg',
      recipients: ['Bộ Y tế'],
    });
    const text = toText(createDocument(congDien));
    expect(text).toContain('THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ Y tế.\n');
    expect([...check(text).ids]).not.toContain('nd30/pl1/kinh-gui');
    const { read, report } = check(text.replace('\n- Bộ Y tế.\n', '\nBộ Y tế.\n'));
    expect(read.document.recipients).toEqual(['Bộ Y tế']);
    expect(
      report.diagnostics.filter((d) => d.id === 'nd30/pl1/kinh-gui').map((d) => [d.path, d.actual, d.expected]),
    ).toEqual([['recipients.0', 'Bộ Y tế.', '- Bộ Y tế.']]);
    const none = validate(createDocument({ ...congDien, recipients: [] }));
    expect(none.diagnostics.filter((d) => d.id === 'nd30/pl1/kinh-gui').map((d) => d.message.en)).toEqual([
      'The công điện’s list of addressees under "… điện:" is missing',
    ]);
  });

  it('keeps a quyết định of an Ủy ban with a year in its ký hiệu a QPPL, not judged by Decree 30', () => {
    const qd = toText(createDocument(sampleDocument('quyet-dinh'))).replace('Số: 05/QĐ-UBND', 'Số: 05/2024/QĐ-UBND');
    const { read, report } = check(qd);
    expect(read.document.regime).toBe('quy-pham-phap-luat');
    expect(report.verdict).toBe('not-judged');
    expect(report.compliant).toBe(false);
    // The same year on a Sở's quyết định is the administrative slip of checklist #7.
    const so = check(toText(createDocument(SO_QUYET_DINH)).replace('Số: 05/QĐ-STC', 'Số: 05/2024/QĐ-STC'));
    expect(so.read.document.regime).toBe('hanh-chinh');
  });
});

describe('toText → parseText → validate of valid documents', () => {
  it('gives no error for generated documents of every kind', () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        const errors = validate(parseText(toText(document))).diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.id} ${d.path}: ${d.message.en}`)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
