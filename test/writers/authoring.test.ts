/**
 * Issue 16, what a văn thư saw in the writers: "Điều 1." bold from end to end (an article had no
 * text), names broken with one word alone, tables with equal columns and a left-aligned STT, the
 * shared parent printed above each co-issuer, and an edXML package that dropped a co-issuer and the
 * second signer without a word.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkEdxml, createDocument, parseDocx, parseText, toDocx, toEdxml, toText } from '../../src/index.js';
import { textWidthMm } from '../../src/_lib/text-width.js';
import { balance, centredBox } from '../../src/writers/layout-plan/lines.js';
import { closingRows } from '../../src/writers/layout-plan/closing.js';
import { tablePlan } from '../../src/writers/layout-plan/table.js';

const documentXml = async (input: Parameters<typeof toDocx>[0], options = {}) =>
  strFromU8(unzipSync(await toDocx(input, options))['word/document.xml']!);
const paragraphs = (xml: string) => xml.match(/<w:p\b(?:(?!<\/w:p>).)*<\/w:p>/gs) ?? [];

const BASE = {
  number: 5,
  place: 'Quảng Ngãi',
  date: '2024-02-05',
  signatures: [{ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }],
};

const DECISION = createDocument({
  ...BASE,
  kind: 'quyet-dinh',
  notation: 'QĐ-SNV',
  issuer: { parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ' },
  subject: 'Về việc thành lập Tổ công tác chuyển đổi số',
  body: [
    { type: 'enactment', role: 'authority', text: 'GIÁM ĐỐC SỞ NỘI VỤ' },
    {
      type: 'basis',
      text: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
    },
    { type: 'enactment', role: 'enactment', text: 'QUYẾT ĐỊNH:' },
    {
      type: 'article',
      number: '1',
      text: 'Thành lập Tổ công tác chuyển đổi số của Sở gồm các ông, bà có tên tại Phụ lục kèm theo.',
    },
    { type: 'article', number: '2', title: 'Hiệu lực thi hành', text: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
  ],
  distribution: ['Như Điều 2'],
  archive: ['VT', 'VP'],
});
const articles = (body: readonly { type: string }[] | undefined) => (body ?? []).filter((b) => b.type === 'article');

describe('articles with text (item 1)', () => {
  it('writes "Điều 1." bold and the text regular in one DOCX paragraph', async () => {
    const paragraph = paragraphs(await documentXml(DECISION)).find((p) => p.includes('Điều 1.'))!;
    const runs = [...paragraph.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
      bold: m[1]!.includes('<w:b/>'),
      text: [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    expect(runs).toEqual([
      { bold: true, text: 'Điều 1.' },
      { bold: false, text: ' Thành lập Tổ công tác chuyển đổi số của Sở gồm các ông, bà có tên tại Phụ lục kèm theo.' },
    ]);
  });

  it('reads the articles back the same from the DOCX (toDocx → parseDocx)', async () => {
    const read = await parseDocx(await toDocx(DECISION));
    expect(articles(read.document.body)).toEqual(articles(DECISION.body));
  });

  it('reads the articles back the same from the text (toText → parseText)', () => {
    const text = toText(DECISION);
    expect(text).toContain('Điều 1. Thành lập Tổ công tác chuyển đổi số');
    expect(articles(parseText(text).document.body)).toEqual(articles(DECISION.body));
  });
});

describe('balanced lines (item 2)', () => {
  const width = (t: string) => textWidthMm(t, 12, true);

  it('breaks a name too long for its column in even lines, no word alone on the last', () => {
    expect(balance('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 60, width)).toEqual(['SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG']);
  });

  it('sets such a name in a box narrowed on both sides, in the DOCX too; greedy keeps the full column', async () => {
    expect(centredBox('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 62, 12, true).indentMm).toBeGreaterThan(5);
    expect(centredBox('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 62, 12, true, 'greedy').indentMm).toBe(0);
    const input = {
      ...BASE,
      kind: 'cong-van' as const,
      subject: 'x',
      issuer: { parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG' },
    };
    const named = (xml: string) => paragraphs(xml).find((p) => p.includes('>SỞ THÔNG TIN VÀ TRUYỀN THÔNG<'))!;
    const indent = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(named(await documentXml(input)));
    expect(indent).not.toBeNull();
    expect(Number(indent![1])).toBeGreaterThan(0);
    expect(Math.abs(Number(indent![1]) - Number(indent![2]))).toBeLessThanOrEqual(1);
    expect(named(await documentXml(input, { lineBreaking: 'greedy' }))).not.toContain('<w:ind');
  });
});

describe('tables (item 3)', () => {
  const table = {
    type: 'table' as const,
    header: true,
    rows: [
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác'],
      ['1', 'Nguyễn Văn An', 'Giám đốc Sở Nội vụ, Tổ trưởng'],
      ['2', 'Trần Thị Bình Minh Nguyệt', 'Phó Chánh Văn phòng Sở, thành viên'],
    ],
  };

  it('plans widths from the content (STT narrow) and centres the number column', () => {
    const plan = tablePlan(table, 160, 13);
    expect(plan.widthsMm[0]!).toBeLessThan(plan.widthsMm[1]! / 3);
    expect(plan.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(160, 6);
    expect(plan.align).toEqual(['center', 'left', 'left']);
    expect(tablePlan({ ...table, widths: [1, 4, 5] }, 100, 13).widthsMm).toEqual([10, 40, 50]);
  });

  it('writes the header row bold, centred and repeated on each page, and the STT cells centred', async () => {
    const xml = await documentXml({
      ...BASE,
      kind: 'cong-van' as const,
      subject: 'x',
      issuer: { name: 'SỞ NỘI VỤ' },
      body: [table],
    });
    const tbl = xml.match(/<w:tbl>.*?<\/w:tbl>/gs)!.find((t) => t.includes('>STT<'))!;
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[0]! * 3).toBeLessThan(grid[1]!);
    const [head, first] = tbl.match(/<w:tr>.*?<\/w:tr>/gs)!;
    expect(head).toContain('<w:tblHeader/>');
    for (const cell of head!.match(/<w:tc>.*?<\/w:tc>/gs)!) {
      expect(cell).toContain('<w:jc w:val="center"/>');
      expect(cell).toContain('<w:b/>');
    }
    const stt = first!.match(/<w:tc>.*?<\/w:tc>/gs)![0]!;
    expect(stt).toContain('<w:jc w:val="center"/>');
    expect(first).not.toContain('<w:tblHeader/>');
  });
});

describe('joint documents (item 4)', () => {
  const joint = createDocument({
    ...BASE,
    kind: 'ke-hoach',
    notation: 'KH-SNV-STC',
    subject: 'Triển khai cải cách hành chính năm 2024',
    issuer: { parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ', code: '000.00.12.H49' },
    coIssuers: [{ parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' }],
    signatures: [
      { title: 'GIÁM ĐỐC SỞ TÀI CHÍNH', name: 'Trần Văn Bình' },
      { title: 'GIÁM ĐỐC SỞ NỘI VỤ', name: 'Nguyễn Văn An' },
    ],
    exchange: { to: [{ code: '000.00.00.G22', name: 'Văn phòng UBND tỉnh' }] },
  });

  it('prints the shared parent once, over both issuers, in the DOCX and the text', async () => {
    expect((await documentXml(joint)).match(/UBND TỈNH QUẢNG NGÃI/g)).toHaveLength(1);
    expect(toText(joint).split('\n').slice(0, 5)).toEqual([
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ NỘI VỤ',
      '-------',
      'SỞ TÀI CHÍNH',
      '-------',
    ]);
  });

  it('places signers in the order of the model, two a row, left then right', async () => {
    expect(closingRows(2, true)).toEqual([
      [
        { kind: 'signer', index: 0 },
        { kind: 'signer', index: 1 },
      ],
      [{ kind: 'list' }, { kind: 'empty' }],
    ]);
    expect(closingRows(3, true).at(-1)).toEqual([{ kind: 'list' }, { kind: 'signer', index: 2 }]);
    const xml = await documentXml(joint);
    expect(xml.indexOf('Trần Văn Bình')).toBeLessThan(xml.indexOf('Nguyễn Văn An'));
  });

  it('warns that an edXML package cannot carry the co-issuer and the second signer (item 10)', () => {
    const problems = checkEdxml(joint);
    expect(problems.map((p) => [p.id, p.severity, p.path])).toEqual(
      expect.arrayContaining([
        ['edxml/co-issuers-dropped', 'warning', 'MessageHeader/From'],
        ['edxml/signers-dropped', 'warning', 'MessageHeader/SignerInfo'],
      ]),
    );
    const warned: string[] = [];
    toEdxml(joint, { onWarning: (p) => warned.push(p.id) });
    expect(warned).toEqual(expect.arrayContaining(['edxml/co-issuers-dropped', 'edxml/signers-dropped']));
    expect(problems.find((p) => p.id === 'edxml/co-issuers-dropped')!.message.en).toContain('SỞ TÀI CHÍNH');
  });
});
