/**
 * Structure a Word file can take: sections and their page numbering, header and closing tables,
 * lines drawn as borders, shapes and VML, text boxes, frames, images, and the style map.
 */
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/readers/docx/index.js';
import { pngColour } from '../../../src/readers/docx/images.js';
import { openDocx } from '../../../src/readers/docx/open.js';
import { a4Section, buildDocx, para, png, twoColumnTable } from './build-docx.js';

const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
const HEADER = [
  para(['BỘ TÀI CHÍNH'], '<w:jc w:val="center"/>') +
    para([['TỔNG CỤC THUẾ', '<w:b/>']], '<w:jc w:val="center"/>') +
    para(['Số: 15/QĐ-TCT'], '<w:jc w:val="center"/>'),
  para([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '<w:b/>']], '<w:jc w:val="center"/>') +
    para(
      [['Độc lập - Tự do - Hạnh phúc', '<w:b/><w:sz w:val="28"/>']],
      '<w:jc w:val="center"/><w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr><w:ind w:left="1100" w:right="1100"/>',
    ) +
    para([['Hà Nội, ngày 05 tháng 3 năm 2024', '<w:i/>']], '<w:jc w:val="center"/>'),
] as const;
const CLOSING = [
  para([['Nơi nhận:', '<w:b/><w:i/>']]) + para(['- Như Điều 3;']) + para(['- Lưu: VT.']),
  para([['CHỦ TỊCH', '<w:b/>']], '<w:jc w:val="center"/>') +
    para([['Nguyễn Văn A', '<w:b/>']], '<w:jc w:val="center"/>'),
] as const;
const DECISION =
  twoColumnTable([HEADER]) +
  para([['QUYẾT ĐỊNH', '<w:b/>']], '<w:jc w:val="center"/>') +
  para([['Về việc thành lập Ban chỉ đạo', '<w:b/>']], '<w:jc w:val="center"/>') +
  para(['Điều 1. Thành lập Ban chỉ đạo.']) +
  twoColumnTable([CLOSING]);

describe('sections and page numbering (PL I, I.I.7; nd30.md §3.6)', () => {
  it('reads two sections: the main text with a centred header number hidden on page 1, an appendix restarting at 1 in landscape', async () => {
    const body =
      DECISION +
      `<w:p><w:pPr>${a4Section('<w:headerReference w:type="default" r:id="hdrPage"/><w:headerReference w:type="first" r:id="hdrEmpty"/><w:titlePg/>')}</w:pPr></w:p>` +
      para(['Phụ lục']) +
      '<w:sectPr><w:footerReference w:type="default" r:id="ftrPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/><w:pgNumType w:start="1" w:fmt="decimal"/></w:sectPr>';
    const { layout } = await parseDocx(
      buildDocx({
        body,
        headers: { hdrPage: `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${PAGE_FIELD}</w:p>`, hdrEmpty: '<w:p/>' },
        footers: {
          ftrPage: `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`,
        },
      }),
    );
    expect(layout.sections).toHaveLength(2);
    expect(layout.sections[0]).toMatchObject({
      orientation: 'portrait',
      widthMm: 210.01,
      marginsMm: { top: 20, left: 30, right: 20 },
      pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false },
    });
    // The appendix keeps the inherited header (with PAGE) and adds a footer number: the header is found first.
    expect(layout.sections[1]).toMatchObject({
      orientation: 'landscape',
      widthMm: 297,
      pageNumbering: { position: 'header', onFirstPage: true, start: 1, format: 'decimal' },
    });
  });

  it('reads a TT01-style number at the bottom right, shown on page 1', async () => {
    const body = DECISION + a4Section('<w:footerReference w:type="default" r:id="ftr1"/>');
    const { layout } = await parseDocx(
      buildDocx({ body, footers: { ftr1: `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${PAGE_FIELD}</w:p>` } }),
    );
    expect(layout.sections[0]!.pageNumbering).toEqual({
      position: 'footer',
      alignment: 'right',
      onFirstPage: true,
      format: 'decimal',
    });
  });

  it('reports no page number when there is none', async () => {
    const { layout } = await parseDocx(buildDocx({ body: DECISION + a4Section() }));
    expect(layout.sections[0]!.pageNumbering.position).toBe('none');
  });

  it('assumes Word’s margins where w:pgMar leaves them out, for the page facts and the text width alike', async () => {
    // A bottom border across the whole text width shows the width the lines are measured against.
    const ruled = para(['Điều 1. Thành lập.'], '<w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr>');
    const A4_WIDTH = 11906;
    const cases = [
      // No w:pgMar: 1440 top and bottom, 1800 left and right (twips).
      {
        sectPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
        margins: { top: 25.4, bottom: 25.4, left: 31.75, right: 31.75 },
        textTwips: A4_WIDTH - 3600,
      },
      // Only the top and bottom given: the sides are Word's.
      {
        sectPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134"/></w:sectPr>',
        margins: { top: 20, bottom: 20, left: 31.75, right: 31.75 },
        textTwips: A4_WIDTH - 3600,
      },
      // Only the left given.
      {
        sectPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1701"/></w:sectPr>',
        margins: { top: 25.4, bottom: 25.4, left: 30, right: 31.75 },
        textTwips: A4_WIDTH - 1701 - 1800,
      },
    ];
    for (const { sectPr, margins, textTwips } of cases) {
      const bytes = buildDocx({ body: DECISION + ruled + sectPr });
      const { layout } = await parseDocx(bytes);
      expect(layout.sections[0]!.marginsMm, sectPr).toEqual(margins);
      const textMm = (textTwips * 25.4) / 1440;
      const paragraph = openDocx(bytes).paragraphs.find(
        (p) => p.lines[0] === 'Điều 1. Thành lập.' && p.drawn.length > 0,
      )!;
      expect(paragraph.containerMm, sectPr).toBeCloseTo(textMm, 2);
      expect(paragraph.drawn[0]!.lengthMm, sectPr).toBeCloseTo(textMm, 2);
      // The page less its margins is the text width.
      expect(layout.sections[0]!.widthMm - margins.left - margins.right, sectPr).toBeCloseTo(textMm, 1);
    }
  });

  it('measures against Word’s default page when the document has no section properties at all', () => {
    const ruled = para(['Điều 1. Thành lập.'], '<w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr>');
    const paragraph = openDocx(buildDocx({ body: ruled })).paragraphs[0]!;
    // A4 less 1800 twips on each side: 146.5 mm.
    expect(paragraph.containerMm).toBeCloseTo(((11906 - 3600) * 25.4) / 1440, 2);
    expect(paragraph.drawn[0]!.lengthMm).toBeCloseTo(((11906 - 3600) * 25.4) / 1440, 2);
  });
});

describe('header and closing tables', () => {
  it('reads the header table by columns with regions, and the closing table likewise', async () => {
    const { document, layout, sources } = await parseDocx(buildDocx({ body: DECISION + a4Section() }));
    expect(document).toMatchObject({
      kind: 'quyet-dinh',
      issuer: { name: 'TỔNG CỤC THUẾ', parent: 'BỘ TÀI CHÍNH' },
      number: 15,
      notation: 'QĐ-TCT',
      place: 'Hà Nội',
      date: '2024-03-05',
      subject: 'Về việc thành lập Ban chỉ đạo',
    });
    expect(document.signatures[0]).toMatchObject({ title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' });
    expect(layout.parts['nationalTitle.name']!.region).toBe('header-right');
    expect(layout.parts['issuer.name']!.region).toBe('header-left');
    expect(layout.parts['distribution.heading']).toMatchObject({ region: 'closing-left', bold: true, italic: true });
    expect(layout.parts['signatures.0.name']!.region).toBe('closing-right');
    expect(sources['issuer.name']!.paragraph).toBe(1);
  });

  it('measures a bottom border narrowed by indents in its cell: the Tiêu ngữ line', async () => {
    const { layout } = await parseDocx(buildDocx({ body: DECISION + a4Section() }));
    // Cell 5500 twips minus 2 × 1100 of indents = 3300 twips = 58.2 mm.
    expect(layout.parts['nationalTitle.motto']!.lineBelow).toMatchObject({
      kind: 'border',
      lengthMm: 58.2,
      style: 'solid',
    });
    expect(layout.parts['nationalTitle.motto']!.lineBelow!.ratioToText).toBeGreaterThan(0.85);
    expect(layout.parts['nationalTitle.motto']!.lineBelow!.ratioToText).toBeLessThan(1.15);
  });
});

describe('lines of a paragraph (w:br) and what is drawn under them (nd30.md §2.1, §2.2, §3.4)', () => {
  const center = '<w:jc w:val="center"/>';
  const sup = '<w:vertAlign w:val="superscript"/>';
  const right =
    para([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '<w:b/><w:sz w:val="26"/>']], center) +
    para([['Hà Nội, ngày 05 tháng 3 năm 2024', '<w:i/><w:sz w:val="28"/>']], center);
  const letter = (left: string, motto = para([['Độc lập - Tự do - Hạnh phúc', '<w:b/><w:sz w:val="28"/>']], center)) =>
    buildDocx({
      body:
        twoColumnTable([[left + para(['Số: 05/VTLTNN-NV'], center), right.replace('</w:p>', `</w:p>${motto}`)]]) +
        para(['Kính gửi: Sở Nội vụ']) +
        para(['Cục hướng dẫn lập hồ sơ./.']) +
        a4Section(),
    });

  it('takes each line’s own weight: a regular parent and a bold issuer split by a w:br, the line under the paragraph the issuer’s', async () => {
    // One paragraph, two lines; a bottom border of 20 mm (1134 twips) under it, narrowed by its indents in the 3600-twip cell.
    const issuer = `<w:p><w:pPr>${center}<w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr><w:ind w:left="1233" w:right="1233"/></w:pPr><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>BỘ NỘI VỤ</w:t></w:r><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:br/><w:t>CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC</w:t></w:r></w:p>`;
    const { document, layout } = await parseDocx(letter(issuer));
    expect(document.issuer).toEqual({ parent: 'BỘ NỘI VỤ', name: 'CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC' });
    expect(layout.parts['issuer.parent']).toMatchObject({ sizePt: 13, bold: false });
    expect(layout.parts['issuer.parent']!.lineBelow).toBeUndefined();
    // "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC" at 13 pt bold is about 65 mm: the 20 mm border is 0.31 of it.
    expect(layout.parts['issuer.name']).toMatchObject({
      sizePt: 13,
      bold: true,
      lineBelow: { kind: 'border', lengthMm: 20, ratioToText: 0.31 },
    });
  });

  it('ties underscores on a line of their own after a w:br to the text line above them, in the same paragraph', async () => {
    const motto = `<w:p><w:pPr>${center}</w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r><w:r><w:rPr><w:sz w:val="28"/>${sup}</w:rPr><w:br/><w:t>${'_'.repeat(40)}</w:t></w:r></w:p>`;
    const { layout } = await parseDocx(
      letter(para([['CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC', '<w:b/><w:sz w:val="26"/>']], center), motto),
    );
    // 40 superscript underscores at 14 pt (0.65 of 7 pt each) under the 60 mm of the Tiêu ngữ: the line is its, bold and all.
    expect(layout.parts['nationalTitle.motto']).toMatchObject({
      sizePt: 14,
      bold: true,
      lineBelow: { kind: 'underscores', lengthMm: 64.2, ratioToText: 1.07 },
    });
  });

  it('reads a bold name followed by a regular superscript note number as bold, measured at the mark’s printed size', async () => {
    // The templates of Phụ lục III: "TÊN CƠ QUAN, TỔ CHỨC" bold, "2" a regular superscript, then the line in a paragraph of its own.
    const issuer =
      para(
        [
          ['TÊN CQ, TC CHỦ QUẢN', '<w:sz w:val="26"/>'],
          ['1', `<w:sz w:val="26"/>${sup}`],
        ],
        center,
      ) +
      para(
        [
          ['TÊN CƠ QUAN, TỔ CHỨC', '<w:b/><w:sz w:val="26"/>'],
          ['2', `<w:sz w:val="26"/>${sup}`],
        ],
        center,
      ) +
      para([['_'.repeat(13), `<w:sz w:val="26"/>${sup}`]], center);
    const opened = openDocx(letter(issuer));
    expect(opened.paragraphs[1]!).toMatchObject({ allBold: true, lineFormats: [{ allBold: true, noneBold: false }] });
    const { document, layout } = await parseDocx(letter(issuer));
    expect(document.issuer).toEqual({ parent: 'TÊN CQ, TC CHỦ QUẢN1', name: 'TÊN CƠ QUAN, TỔ CHỨC2' });
    expect(layout.parts['issuer.parent']).toMatchObject({ bold: false });
    // 13 underscores (19.4 mm) against 55.7 mm of bold capitals and a 1.5 mm note number.
    expect(layout.parts['issuer.name']).toMatchObject({
      bold: true,
      lineBelow: { kind: 'underscores', lengthMm: 19.4, ratioToText: 0.34 },
    });
  });

  it('reads a tab to a stop with a dotted leader as the dots it prints, not as a column gap', async () => {
    const tabs =
      '<w:tabs><w:tab w:val="left" w:pos="567" w:leader="none"/><w:tab w:val="left" w:pos="8789" w:leader="dot"/></w:tabs>';
    const basis = `<w:p><w:pPr>${tabs}</w:pPr><w:r><w:rPr><w:i/></w:rPr><w:tab/><w:t xml:space="preserve">Căn cứ </w:t><w:tab/><w:t>;</w:t></w:r></w:p>`;
    const blank = `<w:p><w:pPr>${tabs}</w:pPr><w:r><w:tab/><w:tab/></w:r></w:p>`;
    const body =
      twoColumnTable([HEADER]) +
      para([['QUYẾT ĐỊNH', '<w:b/>']], center) +
      para([['Về việc thành lập Ban chỉ đạo', '<w:b/>']], center) +
      basis +
      blank +
      basis +
      para(['Điều 1. Thành lập Ban chỉ đạo.']) +
      twoColumnTable([CLOSING]) +
      a4Section();
    const opened = openDocx(buildDocx({ body }));
    const first = opened.paragraphs.find((p) => p.lines[0]!.includes('Căn cứ'))!;
    // The first tab goes to the plain stop at 1 cm, the second past "Căn cứ " to the dotted one.
    expect(first.lineFormats[0]!.leaderTabs).toEqual([8]);
    const { document } = await parseDocx(buildDocx({ body }));
    // A line of nothing but leaders stays a blank line between the two.
    expect(document.body.slice(0, 2)).toEqual([
      { type: 'basis', text: 'Căn cứ …;' },
      { type: 'basis', text: 'Căn cứ …;' },
    ]);
  });

  it('reads a closing table with empty spacer columns by its two halves (Mẫu 1.6), a row spanning them after both', async () => {
    const cell = (xml: string, w: number, span = 1) =>
      `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${xml || '<w:p/>'}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const closing = `<w:tbl><w:tblGrid><w:gridCol w:w="132"/><w:gridCol w:w="2976"/><w:gridCol w:w="240"/><w:gridCol w:w="6000"/></w:tblGrid>${row(cell('', 132), cell(CLOSING[0], 2976), cell('', 240), cell(CLOSING[1], 6000))}${row(cell(para(['Ghi chú: mẫu.']), 9348, 4))}</w:tbl>`;
    const body =
      twoColumnTable([HEADER]) +
      para([['QUYẾT ĐỊNH', '<w:b/>']], center) +
      para([['Về việc thành lập Ban chỉ đạo', '<w:b/>']], center) +
      para(['Điều 1. Thành lập Ban chỉ đạo.']) +
      closing +
      a4Section();
    const opened = openDocx(buildDocx({ body }));
    const regions = opened.paragraphs
      .filter((p) => p.lines[0]!.trim() !== '')
      .slice(-6)
      .map((p) => [p.lines[0], p.region]);
    expect(regions).toEqual([
      ['Nơi nhận:', 'closing-left'],
      ['- Như Điều 3;', 'closing-left'],
      ['- Lưu: VT.', 'closing-left'],
      ['CHỦ TỊCH', 'closing-right'],
      ['Nguyễn Văn A', 'closing-right'],
      ['Ghi chú: mẫu.', 'page'],
    ]);
    const { document, layout } = await parseDocx(buildDocx({ body }));
    expect(document.signatures[0]).toMatchObject({ title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' });
    expect(layout.parts['distribution.heading']!.region).toBe('closing-left');
  });
});

describe('shapes, text boxes, frames', () => {
  const line = (cx: number) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="${cx}" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line from="0,0" to="60pt,0"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

  it('ties a DrawingML line in an empty paragraph to the text above it, reading the Choice only', () => {
    const body = para([['TỈNH LẠNG SƠN', '<w:b/><w:sz w:val="26"/>']]) + `<w:p>${line(36000 * 12)}</w:p>` + a4Section();
    const opened = openDocx(buildDocx({ body }));
    // Anchored (not in the text flow): it lies under the text above it, the last paragraph's.
    expect(opened.paragraphs[1]!.drawn).toEqual([
      { kind: 'shape', lengthMm: 12, style: 'solid', line: 0, inFlow: false },
    ]);
  });

  it('reads a VML line by its end points', () => {
    const body =
      `<w:p><w:r><w:pict><v:line from="192.15pt,6.6pt" to="258.05pt,6.6pt"/></w:pict></w:r></w:p>` + a4Section();
    const [p] = openDocx(buildDocx({ body })).paragraphs;
    expect(p!.drawn[0]!.lengthMm).toBeCloseTo((65.9 * 25.4) / 72, 2);
  });

  it('reads text boxes after their anchor, in the text-box region, and marks frames', () => {
    const box = `<w:r><w:drawing><wp:anchor><wp:extent cx="1800000" cy="500000"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${para([['KHẨN', '<w:b/>']])}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
    const body =
      `<w:p>${box}<w:r><w:t>Kính gửi: Sở Tài chính</w:t></w:r></w:p>` +
      para(
        ['MẬT'],
        '<w:framePr w:w="1500" w:hAnchor="margin"/><w:pBdr><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/></w:pBdr>',
      ) +
      a4Section();
    const ps = openDocx(buildDocx({ body })).paragraphs;
    expect(ps.map((p) => [p.lines[0], p.region])).toEqual([
      ['Kính gửi: Sở Tài chính', 'page'],
      ['KHẨN', 'text-box'],
      ['MẬT', 'page'],
    ]);
    expect(ps[2]!.paragraph).toMatchObject({ framed: true, boxed: true });
  });
});

describe('images', () => {
  const solid = (width: number, height: number, rgba: readonly [number, number, number, number]) =>
    png(width, height, () => rgba);

  it('classes PNG colours by their ink', () => {
    expect(pngColour(solid(8, 8, [200, 20, 30, 255]))).toEqual({ dominant: 'red', transparent: false });
    expect(pngColour(solid(8, 8, [20, 40, 180, 255]))).toEqual({ dominant: 'blue', transparent: false });
    expect(pngColour(solid(8, 8, [0, 0, 0, 0]))).toEqual({ transparent: true });
    expect(pngColour(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('reports a red square image in the closing as the seal, with its printed size', async () => {
    const image = (id: string, mm: number) =>
      `<w:r><w:drawing><wp:inline><wp:extent cx="${mm * 36000}" cy="${mm * 36000}"/><a:graphic><a:graphicData><pic:pic xmlns:pic="p"><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const closing = twoColumnTable([
      [
        CLOSING[0],
        para([['CHỦ TỊCH', '<w:b/>']], '<w:jc w:val="center"/>') +
          `<w:p>${image('rIdSeal', 36)}</w:p>` +
          para([['Nguyễn Văn A', '<w:b/>']], '<w:jc w:val="center"/>'),
      ],
    ]);
    const body =
      twoColumnTable([HEADER]) +
      para([['QUYẾT ĐỊNH', '<w:b/>']]) +
      para(['Điều 1. Thành lập.']) +
      closing +
      a4Section();
    const relationships =
      '<Relationship Id="rIdSeal" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/seal.png"/>';
    const { layout } = await parseDocx(
      buildDocx({ body, relationships, extra: { 'word/media/seal.png': solid(16, 16, [210, 30, 40, 255]) } }),
    );
    expect(layout.images).toEqual([
      { path: 'signatures.0.seal', role: 'seal', widthMm: 36, heightMm: 36, dominantColor: 'red', transparent: false },
    ]);
  });
});

describe('style map', () => {
  it('places paragraphs of mapped template styles in their part’s region', async () => {
    const styles = ['Co quan', 'Quoc hieu', 'Noi nhan']
      .map((name, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="${name}"/></w:style>`)
      .join('');
    const body =
      para(['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'], '<w:pStyle w:val="S0"/>') +
      para(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], '<w:pStyle w:val="S1"/>') +
      para(['Số: 15/QĐ-UBND'], '<w:pStyle w:val="S0"/>') +
      para(['QUYẾT ĐỊNH']) +
      para(['Điều 1. Thành lập.']) +
      para(['Nơi nhận:'], '<w:pStyle w:val="S2"/>') +
      para(['- Lưu: VT.'], '<w:pStyle w:val="S2"/>') +
      a4Section();
    const bytes = buildDocx({ body, styles });
    const mapped = await parseDocx(bytes, {
      styleMap: { 'Co quan': 'issuer', 'Quoc hieu': 'nationalTitle', 'Noi nhan': 'distribution' },
    });
    expect(mapped.layout.parts['issuer.name']?.region).toBe('header-left');
    expect(mapped.layout.parts['archive.line']?.region).toBe('closing-left');
    const plain = await parseDocx(bytes);
    expect(plain.layout.parts['issuer.name']?.region).toBe('page');
  });
});

describe('data tables', () => {
  const DECREE_START =
    para(['BỘ TÀI CHÍNH']) +
    para(['QUYẾT ĐỊNH']) +
    para(['Điều 1. Mức phí như sau:']) +
    para(['Điều 2. Áp dụng.']) +
    para(['Điều 3. Thi hành.']);
  /** A bordered three-column data table; the first row marked as the header row (w:tblHeader) when `header`. */
  const dataTable = (rows: readonly (readonly string[])[], header: boolean) => {
    const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${para([text])}</w:tc>`;
    const tr = (cells: readonly string[], r: number) =>
      `<w:tr>${header && r === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(cell).join('')}</w:tr>`;
    return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${rows.map(tr).join('')}</w:tbl>`;
  };

  it('reads a two-column table after the body has begun one row a line, as a pipe row, outside the header regions', () => {
    const body =
      DECREE_START +
      twoColumnTable([
        [para(['Hạng mục']), para(['Mức phí'])],
        [para(['Cấp mới']), para(['50.000 đồng'])],
      ]) +
      a4Section();
    const ps = openDocx(buildDocx({ body })).paragraphs.slice(-2);
    expect(ps.map((p) => [p.lines, p.region])).toEqual([
      [['| Hạng mục | Mức phí |'], 'page'],
      [['| Cấp mới | 50.000 đồng |'], 'page'],
    ]);
  });

  it('gives the text reader a table block: a header row with a separator line, "|" in a cell escaped', async () => {
    const rows = [
      ['STT', 'Hạng mục', 'Mức phí'],
      ['1', 'Cấp mới', '50.000 đồng'],
      ['2', 'Cấp lại | đổi', '30.000 đồng'],
    ];
    const bytes = buildDocx({ body: DECREE_START + dataTable(rows, true) + a4Section() });
    expect(openDocx(bytes).paragraphs.at(-3)!.lines).toEqual(['| STT | Hạng mục | Mức phí |', '|---|---|---|']);
    expect(openDocx(bytes).paragraphs.at(-1)!.lines).toEqual(['| 2 | Cấp lại \\| đổi | 30.000 đồng |']);
    const { document, sources, layout } = await parseDocx(bytes);
    expect(document.body.at(-1)).toEqual({ type: 'table', header: true, rows });
    const at = `body.${document.body.length - 1}`;
    expect(sources[at]!.raw.split('\n')[0]).toBe('| STT | Hạng mục | Mức phí |');
    expect(layout.parts[at]?.region).toBe('page');
  });

  it('reads a table without a header row as rows only', async () => {
    const rows = [
      ['1', 'Cấp mới', '50.000 đồng'],
      ['2', 'Cấp lại', '30.000 đồng'],
    ];
    const { document } = await parseDocx(buildDocx({ body: DECREE_START + dataTable(rows, false) + a4Section() }));
    expect(document.body.at(-1)).toEqual({ type: 'table', rows });
  });
});

describe('paragraphs set apart by their first-line indent', () => {
  const decisionWith = (body: string) =>
    buildDocx({
      body:
        twoColumnTable([HEADER]) +
        para([['QUYẾT ĐỊNH', '<w:b/>']], '<w:jc w:val="center"/>') +
        para([['Về việc ban hành Quy chế làm việc', '<w:b/>']], '<w:jc w:val="center"/>') +
        body +
        twoColumnTable([CLOSING]) +
        a4Section(),
    });
  const INDENT = '<w:jc w:val="both"/><w:ind w:firstLine="567"/>';

  it('keeps a clause’s title with no end mark and the paragraph under it two blocks when each opens indented', async () => {
    const { document } = await parseDocx(
      decisionWith(
        para(['1. Phạm vi điều chỉnh'], INDENT) +
          para(['Quy chế này quy định nguyên tắc, chế độ trách nhiệm và quan hệ công tác.'], INDENT),
      ),
    );
    expect(document.body).toEqual([
      { type: 'clause', number: '1', text: 'Phạm vi điều chỉnh' },
      { type: 'paragraph', text: 'Quy chế này quy định nguyên tắc, chế độ trách nhiệm và quan hệ công tác.' },
    ]);
  });

  it('joins a sentence a converter split over paragraphs with no first-line indent', async () => {
    const { document } = await parseDocx(
      decisionWith(
        para(['1. Quy chế này quy định nguyên tắc, chế độ'], INDENT) + para(['trách nhiệm và quan hệ công tác.']),
      ),
    );
    expect(document.body).toEqual([
      { type: 'clause', number: '1', text: 'Quy chế này quy định nguyên tắc, chế độ trách nhiệm và quan hệ công tác.' },
    ]);
  });
});
