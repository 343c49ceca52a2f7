/**
 * The DOCX writer (issue 5): Decree 30's page setup and typography as written in the package, the
 * optional parts, the images of a signed document, separate-file appendices and electronic copies,
 * options checked, and byte-identical output whatever the clock.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, parseDocx, validate } from '../../../src/index.js';
import { docxLayoutIntent, toDocx, toDocxAppendix } from '../../../src/writers/docx/index.js';
import { base64, blueSignaturePng, redSealPng } from '../../support/png.js';
import { quyetDinh, SEED } from './samples.js';

function parts(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The paragraph XML (`<w:p>…</w:p>`) whose text is exactly `text`. */
function paragraphWithText(xml: string, text: string): string {
  const found = xml
    .match(/<w:p\b(?:(?!<\/w:p>).)*<\/w:p>/gs)
    ?.find((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found;
}

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('toDocx: page setup and typography (PL I; nd30.md §3)', async () => {
  const xml = parts(await toDocx(SEED));
  const document = xml['word/document.xml']!;

  it('sets A4 portrait, the template margins, a 10 mm header, and titlePg with the page number only from page 2', () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(document).toMatch(
      new RegExp(
        `<w:pgMar w:top="${twips(25)}" w:right="${twips(20)}" w:bottom="${twips(20)}" w:left="${twips(35)}" w:header="${twips(10)}" w:footer="${twips(10)}"`,
      ),
    );
    expect(document).toContain('<w:titlePg/>');
    const first = /<w:headerReference w:type="first" r:id="(\w+)"\/>/.exec(document)![1]!;
    const main = /<w:headerReference w:type="default" r:id="(\w+)"\/>/.exec(document)![1]!;
    const target = (id: string) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(xml['word/_rels/document.xml.rels']!)![1]!;
    expect(xml[`word/${target(first)}`]).not.toMatch(/PAGE/);
    const header = xml[`word/${target(main)}`]!;
    expect(header).toMatch(/<w:jc w:val="center"\/>/);
    expect(header).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });

  it('sets Times New Roman on the ascii, hAnsi and cs slots of the document defaults', () => {
    expect(xml['word/styles.xml']).toMatch(
      /<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/s,
    );
  });

  it('lays the header out as a borderless two-column table with Số and the date on its second row', () => {
    const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(table).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(table.match(/<w:gridCol /g)).toHaveLength(2);
    const rows = table.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Số: 1719/UBND-KGVX');
    expect(rows[1]).toContain('Quảng Ngãi, ngày 09 tháng 4 năm 2024');
  });

  it('draws the line under the Tiêu ngữ as long as its text, and the issuer’s at 2/5 of its text', () => {
    const intent = docxLayoutIntent(SEED);
    expect(intent.parts['nationalTitle.motto']).toMatchObject({
      sizePt: 13,
      bold: true,
      alignment: 'center',
      region: 'header-right',
      lineBelow: { kind: 'border', ratioToText: 1, style: 'solid' },
    });
    expect(intent.parts['issuer.name']!.lineBelow!.ratioToText).toBeGreaterThanOrEqual(1 / 3);
    expect(intent.parts['issuer.name']!.lineBelow!.ratioToText).toBeLessThanOrEqual(1 / 2);
    // The rule is an empty 3 pt paragraph with a bottom border, narrowed by its indents.
    expect(document).toMatch(
      /<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"\/><\/w:pBdr><w:spacing w:after="0" w:before="0" w:line="60" w:lineRule="exact"\/><w:ind w:left="\d+" w:right="\d+"\/>/,
    );
  });

  it('sets every part at the size, weight and slant of the sample table', () => {
    const p = docxLayoutIntent(SEED).parts;
    expect(p['nationalTitle.name']).toMatchObject({ sizePt: 12, bold: true, italic: false });
    expect(p['issuer.name']).toMatchObject({ sizePt: 12, bold: true, region: 'header-left' });
    expect(p.numberLine).toMatchObject({ sizePt: 13, bold: false, region: 'header-left' });
    expect(p.placeDateLine).toMatchObject({ sizePt: 13, italic: true, region: 'header-right' });
    // Công văn: V/v 12 pt, regular, 6 pt under Số, no line.
    expect(p.subjectLine).toMatchObject({ sizePt: 12, bold: false, region: 'header-left', spacing: { beforePt: 6 } });
    expect(p.subjectLine!.lineBelow).toBeUndefined();
    expect(p['body.0']).toMatchObject({
      sizePt: 14,
      alignment: 'justify',
      indentCm: { firstLine: 1.27 },
      spacing: { afterPt: 6, line: 1.15 },
    });
    expect(p['distribution.heading']).toMatchObject({
      sizePt: 12,
      bold: true,
      italic: true,
      alignment: 'left',
      region: 'closing-left',
    });
    expect(p['distribution.0']).toMatchObject({ sizePt: 11, region: 'closing-left' });
    expect(p['archive.line']).toMatchObject({ sizePt: 11 });
    expect(p['signatures.0.authority.0']).toMatchObject({
      sizePt: 14,
      bold: true,
      alignment: 'center',
      region: 'closing-right',
    });
    expect(p['signatures.0.name']).toMatchObject({ sizePt: 14, bold: true, region: 'closing-right' });
    expect(paragraphWithText(document, 'Nơi nhận:')).toMatch(
      /<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:color w:val="000000"\/><w:sz w:val="24"\/>/,
    );
  });

  it('lines the Kính gửi dashes up under the colon', () => {
    const p = docxLayoutIntent(SEED).parts;
    const lefts = SEED.recipients.map((_, i) => p[`recipients.${i}`]!.indentCm!.left!);
    expect(new Set(lefts).size).toBe(1);
    const labelLeft = p['recipients.heading']!.indentCm!.left!;
    // "Kính gửi" at 14 pt is about 1.7 cm; the dash starts at the colon, its text a dash further.
    expect(lefts[0]! - labelLeft).toBeGreaterThan(1.7);
    expect(lefts[0]! - labelLeft).toBeLessThan(2.3);
  });

  it('keeps the steps of a size set: 13/14 sets the Quốc hiệu at 13, the Tiêu ngữ and the date at 14', () => {
    const p = docxLayoutIntent(SEED, { sizeSet: '13/14', bodySizePt: 13, firstLineIndentCm: 1 }).parts;
    expect([
      p['nationalTitle.name']!.sizePt,
      p['nationalTitle.motto']!.sizePt,
      p.placeDateLine!.sizePt,
      p['issuer.name']!.sizePt,
    ]).toEqual([13, 14, 14, 13]);
    expect(p['body.0']).toMatchObject({ sizePt: 13, indentCm: { firstLine: 1 } });
  });

  it('refuses options outside what the Decree allows, with a typed error', () => {
    expect(() => docxLayoutIntent(SEED, { marginsMm: { left: 40 } })).toThrow(InvalidArgumentError);
    expect(() => docxLayoutIntent(SEED, { bodySizePt: 12 as 13 })).toThrow(/bodySizePt/);
    expect(() => docxLayoutIntent(SEED, { lineSpacing: 2 })).toThrow(/lineSpacing/);
    expect(() => docxLayoutIntent(SEED, { paragraphSpacingPt: 3 })).toThrow(/paragraphSpacingPt/);
  });

  it('reads back as the same letter with no layout finding from the validator', async () => {
    const read = await parseDocx(await toDocx(SEED));
    expect(read.document).toEqual(SEED);
    const layoutFindings = validate(read).diagnostics.filter((d) => d.id !== 'nd30/pl1/trich-dan-ky-hieu');
    expect(layoutFindings).toEqual([]);
  });
});

describe('toDocx: a quyết định (Mẫu 1.2)', async () => {
  const d = quyetDinh();
  const document = parts(await toDocx(d))['word/document.xml']!;

  it('centres the tên loại and trích yếu in bold with the short line, the authority and QUYẾT ĐỊNH: lines', () => {
    const p = docxLayoutIntent(d).parts;
    expect(p.titleLine).toMatchObject({ sizePt: 14, bold: true, alignment: 'center', region: 'page' });
    expect(p.subjectLine).toMatchObject({ sizePt: 14, bold: true, alignment: 'center' });
    expect(p.subjectLine!.lineBelow!.ratioToText).toBeCloseTo(0.4, 2);
    expect(p['body.0']).toMatchObject({ bold: true, alignment: 'center' });
    expect(p['body.4']).toMatchObject({ bold: true, alignment: 'center' });
  });

  it('sets căn cứ in italic, justified, and Điều in bold at the first-line indent', () => {
    const p = docxLayoutIntent(d).parts;
    expect(p['body.1']).toMatchObject({ italic: true, alignment: 'justify', indentCm: { firstLine: 1.27 } });
    expect(p['body.5']).toMatchObject({ bold: true, italic: false, indentCm: { firstLine: 1.27 } });
    expect(paragraphWithText(document, 'Điều 1. Thành lập Tổ công tác chuyển đổi số của Sở Nội vụ.')).toMatch(
      /<w:keepNext\/>/,
    );
  });
});

describe('toDocx: optional parts', async () => {
  const d = quyetDinh({
    urgency: 'thuong-khan',
    confidentiality: 'mat',
    circulation: 'LƯU HÀNH NỘI BỘ',
    contact: { address: '52 Hùng Vương, Quảng Ngãi', phone: '0255 3822 123' },
    drafter: { code: 'PL', copies: 300 },
  });
  const document = parts(await toDocx(d))['word/document.xml']!;
  const textWidth = 210 - 35 - 20;

  it('boxes the độ khẩn stamp at its size, in red (THƯỢNG KHẨN 40 × 8 mm)', () => {
    const stamp = paragraphWithText(document, 'THƯỢNG KHẨN');
    expect(stamp).toMatch(/<w:pBdr><w:top w:val="single" w:color="FF0000"/);
    expect(stamp).toMatch(/<w:left w:val="single"/);
    expect(stamp).toMatch(new RegExp(`<w:ind w:left="0" w:right="${twips(textWidth - 40)}"/>`));
    expect(stamp).toMatch(/<w:color w:val="FF0000"\/>/);
    expect(docxLayoutIntent(d).parts.urgency).toMatchObject({ bold: true, box: { widthMm: 40, heightMm: 8 } });
  });

  it('puts the phạm vi lưu hành notice above the header and the drafter after Lưu', () => {
    expect(document.indexOf('LƯU HÀNH NỘI BỘ')).toBeLessThan(document.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(document).toContain('- Lưu: VT, VP. PL.(300)');
  });

  it('puts the contact block at the foot of page 1 only, under a full-width line (ô 13)', async () => {
    const xml = parts(
      await toDocx({
        ...d,
        appendices: [
          { number: 'I', title: 'DANH SÁCH', body: [{ type: 'paragraph', text: 'Danh sách./.' }] },
          { number: 'II', title: 'KẾ HOẠCH', body: [{ type: 'paragraph', text: 'Kế hoạch./.' }] },
        ],
      }),
    );
    const main = xml['word/document.xml']!;
    expect(main).not.toContain('Địa chỉ:');
    const target = (id: string) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(xml['word/_rels/document.xml.rels']!)![1]!;
    const firstFooters = [...main.matchAll(/<w:footerReference w:type="first" r:id="(\w+)"\/>/g)].map(
      (m) => xml[`word/${target(m[1]!)}`]!,
    );
    // One per section: page 1's holds the block, the appendices' are empty so they do not inherit it.
    expect(firstFooters).toHaveLength(3);
    const [page1, ...others] = firstFooters;
    expect(paragraphWithText(page1!, 'Địa chỉ: 52 Hùng Vương, Quảng Ngãi')).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(page1).toContain('ĐT: 0255 3822 123');
    for (const footer of others) expect(footer).not.toContain('Địa chỉ');
  });

  it('reads back with every optional part', async () => {
    expect((await parseDocx(await toDocx(d))).document).toEqual(d);
  });
});

describe('toDocx: a digitally signed document (nd30.md §4.2–4.3)', async () => {
  const d = quyetDinh({
    signatures: [
      {
        authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }],
        title: 'PHÓ GIÁM ĐỐC',
        name: 'Nguyễn Văn An',
        image: { mediaType: 'image/png', data: base64(blueSignaturePng()) },
        seal: { mediaType: 'image/png', data: base64(redSealPng()), widthMm: 36, heightMm: 36 },
      },
    ],
  });
  const bytes = await toDocx(d);
  const document = parts(bytes)['word/document.xml']!;

  it('places the blue signature between title and name and the red seal, real size, over its left third', () => {
    const signature = /<wp:inline[^>]*>.*?<wp:extent cx="(\d+)" cy="(\d+)"/s.exec(document)!;
    // 40 mm wide by default, its height from the picture's proportions (200 × 80 px).
    expect(Number(signature[1]) / 36000).toBeCloseTo(40, 0);
    expect(Number(signature[2]) / Number(signature[1])).toBeCloseTo(0.4, 1);
    const seal =
      /<wp:anchor[^>]*behindDoc="0"[^>]*>.*?<wp:positionH relativeFrom="column"><wp:posOffset>(-?\d+)<\/wp:posOffset>.*?<wp:extent cx="(\d+)"/s.exec(
        document,
      )!;
    const sealRight = (Number(seal[1]) + Number(seal[2])) / 36000;
    const column = 0.55 * (210 - 35 - 20);
    const signatureLeft = (column - 40) / 2;
    expect(sealRight).toBeCloseTo(signatureLeft + 40 / 3, 0);
    expect(Number(seal[2]) / 36000).toBeCloseTo(36, 1);
    expect(document.indexOf('PHÓ GIÁM ĐỐC')).toBeLessThan(document.indexOf('<wp:inline'));
    expect(document.indexOf('<wp:inline')).toBeLessThan(document.indexOf('Nguyễn Văn An'));
  });

  it('reads back as a blue signature image and a red seal', async () => {
    const { layout } = await parseDocx(bytes);
    expect(layout.images).toEqual([
      expect.objectContaining({
        path: 'signatures.0.image',
        role: 'signature',
        dominantColor: 'blue',
        transparent: true,
      }),
      expect.objectContaining({ path: 'signatures.0.seal', role: 'seal', dominantColor: 'red', transparent: true }),
    ]);
    // The package sizes pictures in whole pixels at 96 dpi: within 0.15 mm of the seal's real size.
    expect(layout.images![1]!.widthMm).toBeCloseTo(36, 0);
  });

  it('refuses image data that is not base64', async () => {
    const broken = {
      ...d,
      signatures: [{ ...d.signatures[0]!, image: { mediaType: 'image/png' as const, data: '' } }],
    };
    await expect(toDocx(broken)).rejects.toThrow(InvalidArgumentError);
  });
});

describe('toDocx: appendices, separate files and copies (nd30.md §4.4, §5)', () => {
  const appendices = [
    {
      number: 'I',
      title: 'DANH SÁCH THÀNH VIÊN',
      reference: 'Kèm theo Quyết định số 05/QĐ-SNV ngày 05 tháng 02 năm 2024 của Sở Nội vụ',
      body: [{ type: 'paragraph' as const, text: 'Danh sách gồm 05 thành viên./.' }],
    },
    {
      number: 'II',
      title: 'QUY CHẾ HOẠT ĐỘNG',
      separateFile: true,
      body: [{ type: 'paragraph' as const, text: 'Quy chế hoạt động của Tổ công tác./.' }],
    },
  ];

  it('gives each appendix its own section numbered from 1, and writes a separate-file appendix on its own', async () => {
    const d = quyetDinh({
      appendices,
      signatures: [
        {
          authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }],
          title: 'PHÓ GIÁM ĐỐC',
          name: 'Nguyễn Văn An',
          signedAt: '2024-02-05T14:30:15+07:00',
        },
      ],
    });
    const main = parts(await toDocx(d))['word/document.xml']!;
    expect(main.match(/<w:sectPr/g)).toHaveLength(2);
    expect(main.match(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/g)).toHaveLength(2);
    expect(main).toContain('Phụ lục I');
    expect(main).not.toContain('QUY CHẾ HOẠT ĐỘNG');
    const separate = parts(await toDocxAppendix(d, 1));
    expect(separate['word/document.xml']).toContain('QUY CHẾ HOẠT ĐỘNG');
    const headers = Object.entries(separate)
      .filter(([name]) => /word\/header\d\.xml/.test(name))
      .map(([, xml]) => xml);
    const signing = headers.find((h) => h.includes('Số: 05/QĐ-SNV; 05/02/2024; 14:30:15 +07:00'))!;
    expect(signing).toMatch(/<w:jc w:val="right"\/>.*<w:sz w:val="20"\/>/s);
    await expect(toDocxAppendix(d, 2)).rejects.toThrow(RangeError);
  });

  it('prints an electronic copy’s signing line at the top right of page 1 instead of a copy block', async () => {
    const d = quyetDinh({
      copy: {
        form: 'sao-y',
        issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' },
        signedAt: '2024-02-06T08:00:00+07:00',
      },
    });
    const xml = parts(await toDocx(d));
    expect(xml['word/document.xml']).not.toContain('SAO Y');
    expect(
      Object.values(xml).some((x) => x.includes('SAO Y; VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH; 06/02/2024; 08:00:00 +07:00')),
    ).toBe(true);
  });
});

describe('toDocx: identical input, identical bytes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes with the clock moved, images and sections included, and dates core.xml by the document', async () => {
    const d = quyetDinh({
      appendices: [
        { number: 'I', title: 'DANH SÁCH', body: [{ type: 'paragraph', text: 'Danh sách./.' }] },
        { number: 'II', title: 'KẾ HOẠCH', body: [{ type: 'paragraph', text: 'Kế hoạch./.' }] },
      ],
      signatures: [
        {
          authority: [],
          title: 'GIÁM ĐỐC',
          name: 'Nguyễn Văn An',
          image: { mediaType: 'image/png', data: base64(blueSignaturePng()) },
          seal: { mediaType: 'image/png', data: base64(redSealPng()) },
        },
      ],
    });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-02-05T08:00:00Z'));
    const first = await toDocx(d);
    vi.setSystemTime(new Date('2031-07-19T23:59:59Z'));
    // Another document in between moves the docx package's process-wide counters.
    await toDocx(SEED);
    const second = await toDocx(d);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(parts(first)['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-05T00:00:00Z</dcterms:created>',
    );
    // Every local file header carries the DOS epoch (1980-01-01 00:00).
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    const stamps = new Set<string>();
    for (let at = 0; at + 30 < first.length; at++)
      if (view.getUint32(at, true) === 0x04034b50)
        stamps.add(`${view.getUint16(at + 10, true)}/${view.getUint16(at + 12, true)}`);
    expect([...stamps]).toEqual(['0/33']);
  });
});
