/**
 * What a văn thư receives: signed PDFs whose signature stamps are no part of the document (corpus
 * 057–059), and scans without a text layer (060–062), read with a plugged OCR function or reported
 * as unreadable.
 */
import { describe, expect, it } from 'vitest';
import { type OcrPage, parsePdf } from '../../../src/readers/pdf/index.js';
import { corpusFile } from './support.js';

describe('signature appearances', () => {
  it('057: the publishing centre’s stamp is reported, never read as text', async () => {
    const result = await parsePdf(corpusFile('057-congvan-ubnd-quangngai-507-signed.pdf'));
    const all = result.lines.map((l) => l.text).join('\n');
    expect(all).not.toMatch(/ttcbth@|TRUNG TÂM CÔNG|\+07:00/u);
    const stamp = result.diagnostics.find((d) => d.id === 'pdf/signature-appearance');
    expect(stamp?.severity).toBe('info');
    expect(stamp?.raw).toMatch(/ttcbth@quangngai\.gov\.vn/u);
    expect(stamp?.raw).toMatch(/24\.01\.2025 20:01:14/u);
    // The issuer is the UBND, not the centre that stamped the file.
    expect(result.document.issuer!.name).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI');
  });

  it('057: the number and the day the signing software filled in join the Số and date lines', async () => {
    const result = await parsePdf(corpusFile('057-congvan-ubnd-quangngai-507-signed.pdf'));
    expect(result.document).toMatchObject({ number: 507, date: '2025-01-24' });
    const filled = result.diagnostics.filter((d) => d.id === 'pdf/signature-field-text').map((d) => d.raw);
    expect(filled).toEqual(['507', '24']);
    // The blank the field filled leaves a gap before "/": no space typed, none read (so-ky-hieu is silent).
    expect(result.sources['numberLine']).toMatchObject({ page: 0, raw: 'Số: 507/UBND-KGVX' });
    expect(result.sources['placeDateLine']?.raw).toBe('Quảng Ngãi, ngày 24 tháng 01 năm 2025');
  });

  it('059: four pages, page numbers at the top from page 2, the header and closing in their columns', async () => {
    const result = await parsePdf(corpusFile('059-thongbao-ubnd-quangngai-565-signed.pdf'));
    expect(result.pages).toHaveLength(4);
    expect(result.layout.sections[0]!.pageNumbering).toMatchObject({
      position: 'header',
      alignment: 'center',
      onFirstPage: false,
    });
    expect(result.layout.parts['nationalTitle.name']).toMatchObject({
      region: 'header-right',
      bold: true,
      font: { hAnsi: 'Times New Roman' },
    });
    expect(result.layout.parts['distribution.heading']).toMatchObject({
      region: 'closing-left',
      bold: true,
      italic: true,
    });
    expect(result.sources['signatures.0.name']?.page).toBe(3);
    // Margins from where the text stands: the page numbers in the top margin do not count, nor does
    // the foot of the last page; the bottom one is the smallest gap under pages 1–3 (23 mm).
    expect(result.layout.sections[0]!.marginsMm).toMatchObject({ top: 25, bottom: 23 });
  });

  it('the seal and signature images drawn by the signatures are images of the layout, with their colours', async () => {
    const result = await parsePdf(corpusFile('057-congvan-ubnd-quangngai-507-signed.pdf'));
    const images = result.layout.images ?? [];
    const seal = images.find((i) => i.role === 'seal');
    expect(seal).toMatchObject({ path: 'signatures.0.seal', dominantColor: 'red' });
    expect(seal!.widthMm).toBeGreaterThan(30);
    expect(images.some((i) => i.role === 'signature')).toBe(true);
  });
});

describe('scans', () => {
  it.each([
    '060-scan-ubnd-quangngai-575-signed.pdf',
    '061-scan-chithi-ubnd-quangngai-07-signed.pdf',
    '062-scan-ubnd-quangngai-11ct-signed.pdf',
  ])('%s: no text layer, reported as unreadable, its stamp apart', async (name) => {
    const result = await parsePdf(corpusFile(name));
    expect(result.textLayer).toBe('none');
    expect(result.diagnostics[0]).toMatchObject({ id: 'pdf/no-text-layer', severity: 'error' });
    expect(result.lines).toEqual([]);
    expect(result.document.number).toBeUndefined();
    expect(result.diagnostics.some((d) => d.id === 'pdf/signature-appearance')).toBe(true);
  });

  it('an OCR function gets each scanned page with its pixels and its lines are read', async () => {
    const seen: { index: number; width: number; pixels: number }[] = [];
    // What an OCR engine would return for the top of the page: boxes in points from the top-left.
    const ocr = async (page: OcrPage) => {
      const image = await page.render();
      seen.push({ index: page.index, width: page.width, pixels: image.data.length / 4 });
      expect(image.data.length).toBe(image.width * image.height * 4);
      return [
        { text: 'ỦY BAN NHÂN DÂN', box: { x: 90, y: 60, width: 120, height: 13 } },
        { text: 'TỈNH QUẢNG NGÃI', box: { x: 90, y: 75, width: 120, height: 13 } },
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', box: { x: 270, y: 60, width: 270, height: 13 } },
        { text: 'Độc lập - Tự do - Hạnh phúc', box: { x: 325, y: 75, width: 160, height: 13 } },
        { text: 'Số: 575/UBND-KT', box: { x: 95, y: 105, width: 110, height: 13 } },
        { text: 'Quảng Ngãi, ngày 05 tháng 02 năm 2025', box: { x: 300, y: 105, width: 230, height: 13 } },
      ];
    };
    const result = await parsePdf(corpusFile('060-scan-ubnd-quangngai-575-signed.pdf'), { ocr });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.pixels).toBeGreaterThan(1_000_000);
    expect(result.textLayer).toBe('none');
    expect(result.pages[0]!.text).toBe('ocr');
    expect(result.diagnostics.some((d) => d.id === 'pdf/ocr')).toBe(true);
    expect(result.document).toMatchObject({
      number: 575,
      notation: 'UBND-KT',
      date: '2025-02-05',
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
    });
    expect(result.sources['numberLine']).toMatchObject({ page: 0, raw: 'Số: 575/UBND-KT' });
    // No font is claimed for text the OCR read.
    expect(result.layout.parts['numberLine']?.font).toBeUndefined();
  });

  it('an OCR function that fails is a warning, not a crash', async () => {
    const result = await parsePdf(corpusFile('062-scan-ubnd-quangngai-11ct-signed.pdf'), {
      ocr: async () => {
        throw new Error('engine down');
      },
    });
    expect(result.diagnostics.filter((d) => d.id === 'pdf/ocr-failed')).toHaveLength(3);
    expect(result.diagnostics[0]!.id).toBe('pdf/no-text-layer');
  });
});

describe('a text layer on some pages only', () => {
  it('pages that are images only make the text layer partial, with a warning naming them', async () => {
    const { craftPdf } = await import('./craft.js');
    const text = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    const bytes = craftPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> >> >> >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /XObject << /Im1 7 0 R >> >> >>',
      { dict: '<< >>', stream: text('BT /F1 14 Tf 72 700 Td (UY BAN NHAN DAN) Tj ET') },
      { dict: '<< >>', stream: text('q 595 0 0 842 0 0 cm /Im1 Do Q') },
      {
        dict: '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 >>',
        stream: new Uint8Array([0, 255, 255, 0]),
      },
    ]);
    const result = await parsePdf(bytes);
    expect(result.textLayer).toBe('partial');
    expect(result.pages.map((p) => p.text)).toEqual(['layer', 'none']);
    expect(result.diagnostics[0]).toMatchObject({ id: 'pdf/partial-text-layer', severity: 'warning' });
    expect(result.diagnostics[0]!.message.en).toMatch(/^Page 2 /u);
  });
});
