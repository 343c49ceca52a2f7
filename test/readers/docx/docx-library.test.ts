/**
 * Word files made by the `docx` library (v9), the producer the DOCX writer builds on: a công văn in
 * the Decree's layout with borderless tables, direct formatting, a bottom border narrowed by
 * indents, and the page number in a centred header hidden on page 1 (titlePage).
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/readers/docx/index.js';

const FONT = 'Times New Roman';
const line = (text: string, options: { size: number; bold?: boolean; italics?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; border?: boolean; indent?: number }) =>
  new Paragraph({
    alignment: options.alignment ?? AlignmentType.CENTER,
    ...(options.border && { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, indent: { left: options.indent, right: options.indent } }),
    children: [new TextRun({ text, font: { ascii: FONT, hAnsi: FONT, cs: FONT }, size: options.size * 2, bold: options.bold, italics: options.italics })],
  });
const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children });
const table = (left: Paragraph[], right: Paragraph[]) => new Table({ borders: TableBorders.NONE, columnWidths: [3600, 5500], rows: [new TableRow({ children: [cell(3600, left), cell(5500, right)] })] });

async function congVan(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })] })] }), first: new Header({ children: [new Paragraph({})] }) },
        footers: { default: new Footer({ children: [] }) },
        children: [
          table(
            [line('SỞ GIÁO DỤC VÀ ĐÀO TẠO', { size: 13, bold: true, border: true, indent: 900 }), line('Số: 2093/SGDĐT-GDPT', { size: 13 }), line('V/v hướng dẫn tổ chức ngày hội đọc sách', { size: 12 })],
            [line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }), line('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, border: true, indent: 1100 }), line('Hà Nội, ngày 12 tháng 4 năm 2024', { size: 14, italics: true })],
          ),
          line('Kính gửi: Các trường trung học phổ thông', { size: 14 }),
          new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, children: [new TextRun({ text: 'Sở Giáo dục và Đào tạo hướng dẫn các trường tổ chức ngày hội đọc sách năm 2024./.', size: 28, font: FONT })] }),
          table(
            [line('Nơi nhận:', { size: 12, bold: true, italics: true, alignment: AlignmentType.LEFT }), line('- Như trên;', { size: 11, alignment: AlignmentType.LEFT }), line('- Lưu: VT, GDPT.', { size: 11, alignment: AlignmentType.LEFT })],
            [line('KT. GIÁM ĐỐC', { size: 14, bold: true }), line('PHÓ GIÁM ĐỐC', { size: 14, bold: true }), line('Nguyễn Văn Bình', { size: 14, bold: true })],
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
    expect(document).toMatchObject({ kind: 'cong-van', issuer: { name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' }, number: 2093, notation: 'SGDĐT-GDPT', place: 'Hà Nội', date: '2024-04-12', subject: 'hướng dẫn tổ chức ngày hội đọc sách', recipients: ['Các trường trung học phổ thông'], distribution: ['Như trên'], archive: ['VT', 'GDPT'] });
    expect(document.signatures).toEqual([{ authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Bình' }]);
    expect(diagnostics.filter((d) => d.code.startsWith('docx/'))).toEqual([]);
  });

  it('reads the layout the library wrote', () => {
    expect(layout.parts['nationalTitle.motto']).toMatchObject({ font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sizePt: 14, bold: true, alignment: 'center', region: 'header-right', lineBelow: { kind: 'border', lengthMm: 58.2 } });
    expect(layout.parts['issuer.name']!.lineBelow).toMatchObject({ kind: 'border', lengthMm: 31.8 });
    expect(layout.parts.subjectLine).toMatchObject({ sizePt: 12, region: 'header-left' });
    expect(layout.parts['body.0']).toMatchObject({ sizePt: 14, alignment: 'justify', indentCm: { firstLine: 1 } });
    expect(layout.sections).toEqual([{ widthMm: 210.01, heightMm: 297, orientation: 'portrait', marginsMm: { top: 20, bottom: 20, left: 30, right: 20 }, pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false, format: 'decimal' }, content: { type: 'main' } }]);
  });
});
