/**
 * Word files made by the `docx` library (v9), the producer the DOCX writer builds on: a công văn in
 * the Decree's layout with borderless tables, direct formatting, a bottom border narrowed by
 * indents, and the page number in a centred header hidden on page 1 (titlePage); a signed one with
 * its signature and seal images.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/readers/docx/index.js';
import { png } from './build-docx.js';

const FONT = 'Times New Roman';
const line = (
  text: string,
  options: {
    size: number;
    bold?: boolean;
    italics?: boolean;
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    border?: boolean;
    indent?: number;
  },
) =>
  new Paragraph({
    alignment: options.alignment ?? AlignmentType.CENTER,
    ...(options.border && {
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      indent: { left: options.indent, right: options.indent },
    }),
    children: [
      new TextRun({
        text,
        font: { ascii: FONT, hAnsi: FONT, cs: FONT },
        size: options.size * 2,
        bold: options.bold,
        italics: options.italics,
      }),
    ],
  });
const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children });
const table = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    borders: TableBorders.NONE,
    columnWidths: [3600, 5500],
    rows: [new TableRow({ children: [cell(3600, left), cell(5500, right)] })],
  });

async function congVan(firstPageFooter?: Paragraph[]): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: {
          default: new Footer({ children: [] }),
          ...(firstPageFooter && { first: new Footer({ children: firstPageFooter }) }),
        },
        children: [
          table(
            [
              line('SỞ GIÁO DỤC VÀ ĐÀO TẠO', { size: 13, bold: true, border: true, indent: 900 }),
              line('Số: 2093/SGDĐT-GDPT', { size: 13 }),
              line('V/v hướng dẫn tổ chức ngày hội đọc sách', { size: 12 }),
            ],
            [
              line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
              line('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, border: true, indent: 1100 }),
              line('Hà Nội, ngày 12 tháng 4 năm 2024', { size: 14, italics: true }),
            ],
          ),
          line('Kính gửi: Các trường trung học phổ thông', { size: 14 }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: 567 },
            children: [
              new TextRun({
                text: 'Sở Giáo dục và Đào tạo hướng dẫn các trường tổ chức ngày hội đọc sách năm 2024./.',
                size: 28,
                font: FONT,
              }),
            ],
          }),
          table(
            [
              line('Nơi nhận:', { size: 12, bold: true, italics: true, alignment: AlignmentType.LEFT }),
              line('- Như trên;', { size: 11, alignment: AlignmentType.LEFT }),
              line('- Lưu: VT, GDPT.', { size: 11, alignment: AlignmentType.LEFT }),
            ],
            [
              line('KT. GIÁM ĐỐC', { size: 14, bold: true }),
              line('PHÓ GIÁM ĐỐC', { size: 14, bold: true }),
              line('Nguyễn Văn Bình', { size: 14, bold: true }),
            ],
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('a công văn made with the docx library', async () => {
  const { document, layout, diagnostics } = await parseDocx(await congVan());

  it('reads its fields', () => {
    expect(document).toMatchObject({
      kind: 'cong-van',
      issuer: { name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
      number: 2093,
      notation: 'SGDĐT-GDPT',
      place: 'Hà Nội',
      date: '2024-04-12',
      subject: 'hướng dẫn tổ chức ngày hội đọc sách',
      recipients: ['Các trường trung học phổ thông'],
      distribution: ['Như trên'],
      archive: ['VT', 'GDPT'],
    });
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Bình' },
    ]);
    expect(diagnostics.filter((d) => d.id.startsWith('docx/'))).toEqual([]);
  });

  it('reads the layout the library wrote', () => {
    expect(layout.parts['nationalTitle.motto']).toMatchObject({
      font: { ascii: FONT, hAnsi: FONT, cs: FONT },
      sizePt: 14,
      bold: true,
      alignment: 'center',
      region: 'header-right',
      lineBelow: { kind: 'border', lengthMm: 58.2 },
    });
    expect(layout.parts['issuer.name']!.lineBelow).toMatchObject({ kind: 'border', lengthMm: 31.8 });
    expect(layout.parts.subjectLine).toMatchObject({ sizePt: 12, region: 'header-left' });
    expect(layout.parts['body.0']).toMatchObject({ sizePt: 14, alignment: 'justify', indentCm: { firstLine: 1 } });
    expect(layout.sections).toEqual([
      {
        widthMm: 210.01,
        heightMm: 297,
        orientation: 'portrait',
        marginsMm: { top: 20, bottom: 20, left: 30, right: 20 },
        pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false, format: 'decimal' },
        content: { type: 'main' },
      },
    ]);
  });
});

// nd30.md §4.2–4.3: the signer's signature image is blue, the organisation's seal red and round.
const BLUE_INK = [20, 40, 190, 255] as const;
const RED_INK = [210, 30, 40, 255] as const;
const CLEAR = [255, 255, 255, 0] as const;
/** A signature: a blue stroke across a transparent 60 × 20 picture. */
const SIGNATURE_PNG = png(60, 20, (x, y) =>
  Math.abs(y - 10 - Math.round(6 * Math.sin(x / 5))) <= 1 ? BLUE_INK : CLEAR,
);
/** A seal: a red ring in a transparent 40 × 40 square. */
const SEAL_PNG = png(40, 40, (x, y) => {
  const r2 = (x - 20) ** 2 + (y - 20) ** 2;
  return r2 > 300 && r2 < 380 ? RED_INK : CLEAR;
});
const PX_TO_MM = 25.4 / 96;

/**
 * A signed công văn laid out as the DOCX writer lays one out: the signature inline and centred
 * between the title and the name in the closing table's right column, the seal floating over its
 * left third.
 */
async function signedCongVan(): Promise<Uint8Array> {
  const signature = new ImageRun({
    type: 'png',
    data: SIGNATURE_PNG,
    transformation: { width: 151, height: 50 },
    altText: { name: 'Chữ ký', title: 'Chữ ký', description: 'Chữ ký' },
  });
  const seal = new ImageRun({
    type: 'png',
    data: SEAL_PNG,
    transformation: { width: 136, height: 136 },
    altText: { name: 'Con dấu', title: 'Con dấu', description: 'Con dấu' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: 360_000 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: -828_000 },
      allowOverlap: true,
      layoutInCell: true,
      behindDocument: false,
      wrap: { type: TextWrappingType.NONE },
    },
  });
  const document = new Document({
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } },
        },
        children: [
          table(
            [
              line('SỞ TÀI CHÍNH', { size: 13, bold: true }),
              line('Số: 12/STC-VP', { size: 13 }),
              line('V/v báo cáo quý I', { size: 12 }),
            ],
            [
              line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
              line('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
              line('Hà Nội, ngày 12 tháng 4 năm 2024', { size: 14, italics: true }),
            ],
          ),
          line('Kính gửi: Ủy ban nhân dân tỉnh', { size: 14 }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: 567 },
            children: [new TextRun({ text: 'Sở Tài chính báo cáo như sau./.', size: 28, font: FONT })],
          }),
          table(
            [
              line('Nơi nhận:', { size: 12, bold: true, italics: true, alignment: AlignmentType.LEFT }),
              line('- Như trên;', { size: 11, alignment: AlignmentType.LEFT }),
              line('- Lưu: VT, VP.', { size: 11, alignment: AlignmentType.LEFT }),
            ],
            [
              line('GIÁM ĐỐC', { size: 14, bold: true }),
              new Paragraph({ alignment: AlignmentType.CENTER, children: [signature, seal] }),
              line('Nguyễn Văn Bình', { size: 14, bold: true }),
            ],
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('a công văn with its contact block in the first page’s footer (ô 13, as agency templates set it)', async () => {
  const footer = [
    line('Địa chỉ: 23 Quang Trung, Hà Nội', { size: 11, alignment: AlignmentType.LEFT }),
    line('ĐT: 024 3825 1234', { size: 11, alignment: AlignmentType.LEFT }),
    line('Trang 1 / tệp congvan-2093.docx', { size: 9, alignment: AlignmentType.RIGHT }),
  ];
  const { document, sources, layout } = await parseDocx(await congVan(footer));

  it('reads the contact lines with the document, and leaves other footer text out', () => {
    expect(document.contact).toEqual({ address: '23 Quang Trung, Hà Nội', phone: '024 3825 1234' });
    expect(document.signatures[0]?.name).toBe('Nguyễn Văn Bình');
    expect(document.distribution).toEqual(['Như trên']);
    expect(Object.values(sources).some((s) => s.raw.includes('Trang 1'))).toBe(false);
    expect(layout.parts['contact.address']).toMatchObject({ sizePt: 11, region: 'page-footer' });
  });
});

describe('a signed công văn made with the docx library: signature and seal images', async () => {
  const { document, layout, diagnostics } = await parseDocx(await signedCongVan());

  it('reads the signer around the images', () => {
    expect(document.signatures).toEqual([{ authority: [], title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Bình' }]);
    expect(diagnostics.filter((d) => d.id.startsWith('docx/'))).toEqual([]);
  });

  it('reports the blue image in the closing’s right column as the signature and the red square one as the seal', () => {
    const [signature, seal, ...others] = layout.images ?? [];
    expect(others).toEqual([]);
    expect(signature).toMatchObject({
      path: 'signatures.0.image',
      role: 'signature',
      dominantColor: 'blue',
      transparent: true,
    });
    expect(signature!.widthMm).toBeCloseTo(151 * PX_TO_MM, 1);
    expect(signature!.heightMm).toBeCloseTo(50 * PX_TO_MM, 1);
    expect(seal).toMatchObject({ path: 'signatures.0.seal', role: 'seal', dominantColor: 'red', transparent: true });
    expect(seal!.widthMm).toBeCloseTo(136 * PX_TO_MM, 1);
    expect(seal!.heightMm).toBeCloseTo(136 * PX_TO_MM, 1);
  });
});
