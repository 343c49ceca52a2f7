/**
 * toPdf as a signing tool, a PDF/A checker and a reader meet it: a clean file (qpdf --check), the
 * empty signature fields where Decree 30 puts the signature and the seal, PDF/A-2b's structure
 * (XMP from the model, the sRGB output intent, embedded fonts), the same bytes for the same input
 * whatever the clock, a typed error for a glyph the font lacks, text that extracts in reading
 * order, and pagination that never leaves the signer alone on a page.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, InvalidArgumentError, type VanbanDocument } from '../../../src/index.js';
import { drawableText } from '../../../src/writers/pdf/fonts.js';
import { PdfFontError, PdfMissingGlyphError, toPdf, toPdfAppendix } from '../../../src/writers/pdf/index.js';
import { lineStarting, pdfPages, pt } from '../../support/pdf.js';
import { KE_HOACH, quyetDinh, SAO_Y, SEED, TO_TRINH } from '../docx/samples.js';
import {
  ALL_KINDS,
  fontsOrSkip,
  formFields,
  haveTools,
  kindSample,
  LIBERATION1,
  liberationSerif,
  qpdfCheck,
  tempPdf,
} from './support.js';

const fonts = fontsOrSkip();
const tools = haveTools('qpdf', 'pdftotext', 'pdffonts', 'pdfinfo');
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const mm = (points: number) => (points * 25.4) / 72;

// A 1×1 PNG (red, opaque), as the model carries signature and seal images: base64.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

afterEach(() => {
  vi.useRealTimers();
});

describe.skipIf(!fonts || !tools)('toPdf', () => {
  const opts = () => ({ fonts: fonts! });

  it.each(ALL_KINDS)('%s: qpdf finds nothing wrong, in both size sets and as PDF/A-2b', async (kind) => {
    for (const sizeSet of ['12/13', '13/14'] as const) {
      const file = tempPdf(await toPdf(kindSample(kind), { ...opts(), sizeSet, pdfA: '2b' }));
      const check = qpdfCheck(file);
      expect(check.output).toContain('No syntax or stream encoding errors');
      expect(check.status).toBe(0);
    }
  });

  it('the samples with appendices, a copy block and a contact block are clean too', async () => {
    for (const d of [SEED, KE_HOACH, SAO_Y, TO_TRINH]) {
      const check = qpdfCheck(tempPdf(await toPdf(d, opts())));
      expect(check.status).toBe(0);
    }
  });

  describe('signature fields', () => {
    it('two empty /Sig fields on the closing page: the signer over the signature space, the seal over its left third', async () => {
      const d = quyetDinh();
      const file = tempPdf(await toPdf(d, opts()));
      const fields = formFields(file);
      expect(fields.map((f) => [f.name, f.type, f.page, f.value])).toEqual([
        ['vanban.signer', '/Sig', 1, null],
        ['vanban.organisation', '/Sig', 1, null],
      ]);
      const [signer, seal] = fields.map((f) => f.rect);
      const page = pdfPages(file)[0]!;
      const height = page.height;
      // PDF space to the page's top-down space: between the title's last line and the name, in the signer's column.
      const top = height - signer![3];
      const bottom = height - signer![1];
      expect(top).toBeGreaterThanOrEqual(lineStarting(page, 'PHÓ GIÁM ĐỐC')!.yMax - 1);
      expect(bottom).toBeLessThanOrEqual(lineStarting(page, 'Nguyễn Văn An')!.yMin + 1);
      expect(mm(signer![2] - signer![0])).toBeCloseTo(40, 1);
      expect(mm(bottom - top)).toBeGreaterThan(20);
      const signerCentre = (signer![0] + signer![2]) / 2;
      expect(
        Math.abs(
          signerCentre - (lineStarting(page, 'Nguyễn Văn An')!.xMin + lineStarting(page, 'Nguyễn Văn An')!.xMax) / 2,
        ),
      ).toBeLessThan(3);
      // The seal: 36 mm square, its right edge a third into the signer's field, centred on it vertically.
      expect(mm(seal![2] - seal![0])).toBeCloseTo(36, 1);
      expect(mm(seal![3] - seal![1])).toBeCloseTo(36, 1);
      expect(seal![2]).toBeCloseTo(signer![0] + (signer![2] - signer![0]) / 3, 1);
      expect((seal![1] + seal![3]) / 2).toBeCloseTo((signer![1] + signer![3]) / 2, 1);
      // Signing tools see them as unsigned signature fields.
      const sig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
      expect(sig).toContain('Signature Field Name: vanban.signer');
      expect(sig).toContain('Signature Field Name: vanban.organisation');
      expect(sig).toContain('The signature form field is not signed.');
    });

    it('on the second page when the closing block is there', async () => {
      const fields = formFields(tempPdf(await toPdf(SEED, opts())));
      expect(fields.map((f) => f.page)).toEqual([2, 2]);
    });

    it('renamed, or left out', async () => {
      const renamed = formFields(
        tempPdf(await toPdf(SEED, { ...opts(), signatureFields: { signer: 'ky.lanhdao', organisation: 'dauCoQuan' } })),
      );
      expect(renamed.map((f) => f.name)).toEqual(['ky.lanhdao', 'dauCoQuan']);
      const noSeal = formFields(tempPdf(await toPdf(SEED, { ...opts(), signatureFields: { organisation: false } })));
      expect(noSeal.map((f) => f.name)).toEqual(['vanban.signer']);
      const none = await toPdf(SEED, { ...opts(), signatureFields: false });
      expect(latin1(none)).not.toContain('/AcroForm');
      await expect(toPdf(SEED, { ...opts(), signatureFields: { signer: 'a b' } })).rejects.toThrow(
        InvalidArgumentError,
      );
    });

    it('a joint document numbers its further signers; a copy block’s signer gets none', async () => {
      const joint = kindSample('bien-ban');
      expect(formFields(tempPdf(await toPdf(joint, opts()))).map((f) => f.name)).toEqual([
        'vanban.signer',
        'vanban.organisation',
        'vanban.signer2',
        'vanban.organisation2',
      ]);
      expect(formFields(tempPdf(await toPdf(SAO_Y, opts()))).map((f) => f.name)).toEqual([
        'vanban.signer',
        'vanban.organisation',
      ]);
    });

    it('over the signature and seal images when the model gives them', async () => {
      const d = quyetDinh({
        signatures: [
          {
            authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }],
            title: 'PHÓ GIÁM ĐỐC',
            name: 'Nguyễn Văn An',
            image: { mediaType: 'image/png', data: PNG, widthMm: 45, heightMm: 18 },
            seal: { mediaType: 'image/png', data: PNG, widthMm: 32, heightMm: 32 },
          },
        ],
      });
      const file = tempPdf(await toPdf(d, opts()));
      const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2)
        .filter((row) => row.trim().split(/\s+/)[2] === 'image');
      expect(images).toHaveLength(2);
      const [signer, seal] = formFields(file).map((f) => f.rect);
      expect(mm(signer![2] - signer![0])).toBeCloseTo(45, 1);
      expect(mm(seal![2] - seal![0])).toBeCloseTo(32, 1);
      expect(qpdfCheck(file).status).toBe(0);
    });
  });

  describe('PDF/A-2b', () => {
    it('XMP from the model matching /Info, an sRGB output intent, every font embedded', async () => {
      const d = quyetDinh({ subject: 'Về việc A & B <thử>' });
      const file = tempPdf(await toPdf(d, { ...opts(), pdfA: '2b' }));
      const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
      expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      // Escaped for an attribute too (the XMP template puts some values in attributes): character references.
      expect(xmp).toContain('<rdf:li xml:lang="x-default">Về việc A &#38; B &#60;thử&#62;</rdf:li>');
      expect(xmp).toContain('<rdf:li>SỞ NỘI VỤ</rdf:li>');
      expect(xmp).toContain('<dc:identifier>Số: 05/QĐ-SNV</dc:identifier>');
      expect(xmp).toContain('<xmp:CreateDate>2024-02-05T00:00:00Z</xmp:CreateDate>');
      expect(xmp).toContain('<xmp:ModifyDate>2024-02-05T00:00:00Z</xmp:ModifyDate>');
      const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+Về việc A & B <thử>/);
      expect(info).toMatch(/Author:\s+SỞ NỘI VỤ/);
      expect(info).toMatch(/CreationDate:\s+2024-02-05T00:00:00Z/);
      expect(info).toMatch(/ModDate:\s+2024-02-05T00:00:00Z/);
      expect(info).toMatch(/PDF version:\s+1\.7/);
      const json = execFileSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const objects = Object.values(
        (
          JSON.parse(json) as {
            qpdf: [
              unknown,
              Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }>,
            ];
          }
        ).qpdf[1],
      );
      const intent = objects.find((o) => o.value?.['/Type'] === '/OutputIntent')?.value;
      expect(intent?.['/S']).toBe('/GTS_PDFA1');
      expect(String(intent?.['/OutputConditionIdentifier'])).toContain('sRGB');
      const profile = objects.find((o) => o.stream?.dict['/N'] === 3);
      expect(profile).toBeDefined();
      const catalog = objects.find((o) => o.value?.['/Type'] === '/Catalog')?.value;
      expect(catalog?.['/OutputIntents']).toBeDefined();
      expect(catalog?.['/Metadata']).toBeDefined();
      const form = objects.find((o) => o.value?.['/Fields'])?.value;
      expect(form?.['/NeedAppearances']).toBeUndefined();
      const widgets = objects.filter((o) => o.value?.['/Subtype'] === '/Widget').map((o) => o.value!);
      expect(widgets.every((w) => w['/F'] === 4 && (w['/AP'] as Record<string, unknown>)['/N'])).toBe(true);
      const fontsTable = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(fontsTable.length).toBeGreaterThanOrEqual(3);
      for (const row of fontsTable) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    });
  });

  describe('the same bytes for the same input', () => {
    it('twice in a row, and with the clock moved by years', async () => {
      const d = KE_HOACH;
      const first = await toPdf(d, { ...opts(), pdfA: '2b' });
      const second = await toPdf(d, { ...opts(), pdfA: '2b' });
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2031-07-01T12:34:56Z'));
      const later = await toPdf(d, { ...opts(), pdfA: '2b' });
      vi.useRealTimers();
      expect(second).toEqual(first);
      expect(later).toEqual(first);
    });

    it('an /ID that hashes the content: another document, another /ID', async () => {
      const id = (pdf: Uint8Array) => /\/ID \[<([0-9a-f]{32})>/.exec(latin1(pdf))![1];
      const a = id(await toPdf(SEED, opts()));
      const b = id(await toPdf(createDocument({ ...SEED, number: 1720 }), opts()));
      expect(a).not.toBe(b);
      expect(a).toBe(id(await toPdf(SEED, opts())));
    });
  });

  describe('glyphs', () => {
    it('a letter the font lacks is a typed error naming it and its field, not a blank box', async () => {
      const old = liberationSerif(LIBERATION1);
      if (!old) return;
      const error = await toPdf(SEED, { fonts: old }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfMissingGlyphError);
      expect((error as PdfMissingGlyphError).code).toBe('pdf/missing-glyph');
      expect((error as PdfMissingGlyphError).message).toContain('U+1EE6 "Ủ"');
      expect((error as PdfMissingGlyphError).field).toBe('issuer.name');
    });

    it('falls back to base letter and combining marks only when the font has them', () => {
      const precomposedMissing = (cp: number) => cp < 0x1e00;
      expect(drawableText('Ủy ban', precomposedMissing, 'bold', 'issuer.name')).toBe('U\u0309y ban');
      expect(drawableText('Ủy ban', () => true, 'bold', 'issuer.name')).toBe('Ủy ban');
      // Decomposed input is set as NFC first.
      expect(drawableText('U\u0309y', () => true, 'bold', 'x')).toBe('Ủy');
      expect(() => drawableText('Ủy', (cp) => cp < 0x300, 'bold', 'issuer.name')).toThrow(PdfMissingGlyphError);
    });

    it('bytes that are not a font are a typed error', async () => {
      const bad = { ...fonts!, italic: new Uint8Array([1, 2, 3, 4]) };
      await expect(toPdf(SEED, { fonts: bad })).rejects.toThrow(PdfFontError);
      await expect(toPdf(SEED, { fonts: { ...fonts!, bold: undefined as unknown as Uint8Array } })).rejects.toThrow(
        /fonts\.bold/,
      );
    });
  });

  describe('text as a reader extracts it', () => {
    it('in reading order, the header left column before the right, lines whole', async () => {
      const file = tempPdf(await toPdf(quyetDinh(), opts()));
      const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
      const order = [
        // The parent broken in balanced lines, not with a lone "QUẢNG NGÃI" under the rest.
        'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI',
        'SỞ NỘI VỤ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 05/QĐ-SNV',
        'Quảng Ngãi, ngày 05 tháng 02 năm 2024',
        'QUYẾT ĐỊNH',
        'Điều 1.',
        'Nơi nhận:',
        'KT. GIÁM ĐỐC',
        'Nguyễn Văn An',
      ];
      const at = order.map((t) => raw.indexOf(t));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('whole words in a document written after others with the same font bytes', async () => {
      // O drawn alone after an earlier document drew Ộ (a composite holding O): every letter still extracts.
      await toPdf(kindSample('quyet-dinh'), opts());
      const text = execFileSync('pdftotext', [tempPdf(await toPdf(kindSample('bao-cao'), opts())), '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('SỞ NỘI VỤ');
    });

    it('one text object a line, not a glyph at a time', async () => {
      const pdf = await toPdf(quyetDinh(), { ...opts(), signatureFields: false });
      const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', tempPdf(pdf), '-'], {
        maxBuffer: 1 << 26,
      });
      const content = latin1(new Uint8Array(qdf));
      const texts = (content.match(/\bBT\b/g) ?? []).length;
      const lines = pdfPages(tempPdf(pdf))[0]!.lines.length;
      expect(texts).toBeLessThanOrEqual(lines + 4);
    });
  });

  describe('pagination', () => {
    it('the closing block always has the last body paragraph above it on its page', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (n) => {
          const d = createDocument({
            ...SEED,
            body: Array.from({ length: n }, (_, i) => ({
              type: 'paragraph' as const,
              text: `Nội dung ${i + 1}: các cơ quan, đơn vị rà soát, cập nhật cơ sở dữ liệu chuyên ngành theo đúng quy định.`,
            })),
          });
          const pages = pdfPages(tempPdf(await toPdf(d, opts())));
          const page = pages.find((p) => lineStarting(p, 'Nơi nhận:'))!;
          const label = lineStarting(page, 'Nơi nhận:')!;
          expect(page.lines.some((l) => l.text.startsWith(`Nội dung ${n}:`) && l.yMax < label.yMin)).toBe(true);
        }),
        { numRuns: 12 },
      );
    });

    it('each appendix starts a page; a separate-file appendix has its signing line top right in 10 pt', async () => {
      const pages = pdfPages(tempPdf(await toPdf(KE_HOACH, opts())));
      const starts = pages.map((p, i) => (lineStarting(p, 'Phụ lục') ? i : -1)).filter((i) => i >= 0);
      expect(starts.length).toBe(2);
      const separate = createDocument({
        ...KE_HOACH,
        signatures: [{ ...KE_HOACH.signatures[0]!, signedAt: '2024-05-10T14:30:15+07:00' }],
      });
      const own = pdfPages(tempPdf(await toPdfAppendix(separate, 1, opts())));
      const line = lineStarting(own[0]!, 'Số: 45/KH-UBND; 10/05/2024; 14:30:15 +07:00')!;
      expect(line).toBeDefined();
      expect(line.xMax).toBeCloseTo(pt(190), 0);
      expect(line.yMax).toBeLessThan(pt(25));
    });
  });

  it('an electronic copy (Mẫu 3.2) prints its 10 pt signing line top right of page 1 and no copy block', async () => {
    const copy = createDocument({ ...SAO_Y, copy: { ...SAO_Y.copy!, signedAt: '2024-04-11T09:15:00+07:00' } });
    const pages = pdfPages(tempPdf(await toPdf(copy, opts())));
    const line = lineStarting(pages[0]!, 'SAO Y; SỞ TÀI CHÍNH; 11/04/2024; 09:15:00 +07:00')!;
    expect(line).toBeDefined();
    expect(Math.abs(line.xMax - pt(190))).toBeLessThan(1);
    expect(line.yMax).toBeLessThan(pt(25));
    expect(line.yMax - line.yMin).toBeLessThan(14);
    expect(pages.some((p) => lineStarting(p, 'Số: 07/SY-STC'))).toBe(false);
  });

  it('sizes a data table’s columns from their content, across the text width', async () => {
    const page = pdfPages(tempPdf(await toPdf(TABLE_DOCUMENT, opts())))[0]!;
    const word = (text: string) => page.lines.flatMap((l) => l.words).find((w) => w.text === text)!;
    const row = (text: string) => page.lines.filter((l) => l.words.some((w) => w.text === text));
    // STT narrow, the task column wide; the short headings on one line, the long task text wrapped.
    expect(word('Nhiệm').xMin - word('STT').xMax).toBeLessThan(pt(40));
    // The header row and the number column centred: "1" and "2" under the middle of "STT".
    const middle = (w: { xMin: number; xMax: number }) => (w.xMin + w.xMax) / 2;
    const alone = (text: string) => page.lines.find((l) => l.text === text)!.words[0]!;
    for (const n of ['1', '2']) expect(Math.abs(middle(alone(n)) - middle(word('STT')))).toBeLessThan(pt(1));
    expect(row('Thời')[0]!.words.some((w) => w.text === 'hạn')).toBe(true);
    expect(word('Năm').xMin).toBeCloseTo(word('Quý').xMin, 0);
    expect(word('Năm').xMin).toBeLessThan(pt(190));
    expect(qpdfCheck(tempPdf(await toPdf(TABLE_DOCUMENT, opts()))).status).toBe(0);
  });

  it('refuses options outside the Decree', async () => {
    await expect(toPdf(SEED, { ...opts(), marginsMm: { left: 10 } })).rejects.toThrow(/marginsMm\.left/);
    await expect(toPdf(SEED, { ...opts(), pdfA: '1b' as '2b' })).rejects.toThrow(/pdfA/);
  });
});

/** A document with a data table, for its content widths. */
const TABLE_DOCUMENT: VanbanDocument = quyetDinh({
  body: [
    {
      type: 'table',
      header: true,
      rows: [
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
        ['1', 'Rà soát, cập nhật cơ sở dữ liệu chuyên ngành của tỉnh', 'Sở Thông tin và Truyền thông', 'Quý II'],
        ['2', 'Kết nối, chia sẻ dữ liệu', 'Các sở, ngành', 'Năm 2024'],
      ],
    },
  ],
});
