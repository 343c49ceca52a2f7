/**
 * Hostile and broken files: encrypted (typed error, or read with the password), random bytes,
 * truncations and fuzzed copies of a real file (a typed error or a result, never a crash or a
 * hang), decompression bombs (refused before pdfjs inflates them), JavaScript and embedded files
 * (never run, never read), and the limits, each named in its error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LimitExceededError, VanbanError } from '../../../src/errors.js';
import { parsePdf, PdfError } from '../../../src/readers/pdf/index.js';
import { craftPdf, onePage, zeroBomb } from './craft.js';
import { fixture } from './support.js';

const SEED = fixture('libreoffice/seed-cong-van-1719.pdf');
const text = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

async function outcome(bytes: Uint8Array, options = {}): Promise<'read' | string> {
  try {
    await parsePdf(bytes, options);
    return 'read';
  } catch (error) {
    if (error instanceof VanbanError) return error.code;
    throw error;
  }
}

describe('encrypted PDFs', () => {
  it('a user password: PdfError pdf/encrypted without it, a wrong one too', async () => {
    const bytes = fixture('hostile/encrypted-aes256.pdf');
    await expect(parsePdf(bytes)).rejects.toThrow(PdfError);
    await expect(parsePdf(bytes)).rejects.toMatchObject({ code: 'pdf/encrypted' });
    await expect(parsePdf(bytes, { password: 'wrong' })).rejects.toMatchObject({
      code: 'pdf/encrypted',
      message: /wrong/u,
    });
  });

  it('reads with the right password, and an owner password alone does not stop reading', async () => {
    const withPassword = await parsePdf(fixture('hostile/encrypted-aes256.pdf'), { password: 'secret' });
    expect(withPassword.document.number).toBe(1719);
    const ownerOnly = await parsePdf(fixture('hostile/owner-password-only.pdf'));
    expect(ownerOnly.document.notation).toBe('UBND-KGVX');
  });
});

describe('malformed input', () => {
  it('random bytes, an empty file, a PDF header alone: PdfError pdf/invalid', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    for (const bytes of [random, new Uint8Array(0), text('%PDF-1.7\n'), text('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF')])
      expect(await outcome(bytes)).toBe('pdf/invalid');
  });

  it('not a Uint8Array: InvalidArgumentError', async () => {
    await expect(parsePdf('%PDF' as unknown as Uint8Array)).rejects.toMatchObject({ code: 'input/invalid-argument' });
  });

  it('truncations of a real file: a typed error or a result, the caller’s bytes untouched', async () => {
    const copy = SEED.slice();
    for (const cut of [0.95, 0.75, 0.5, 0.25, 0.1]) {
      const result = await outcome(copy.subarray(0, Math.floor(copy.length * cut)));
      expect(['read', 'pdf/invalid']).toContain(result);
    }
    expect(copy).toEqual(SEED);
  });

  it('fuzzed copies of a real file: a typed error or a result, within the time budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(SEED.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 }),
        async (flips) => {
          const bytes = SEED.slice();
          for (const [at, value] of flips) bytes[at] = value;
          const result = await outcome(bytes, { timeoutMs: 10_000 });
          expect(['read', 'pdf/invalid', 'input/limit-exceeded']).toContain(result);
        },
      ),
      { numRuns: 40, seed: 20261207 },
    );
  }, 120_000);
});

describe('decompression bombs', () => {
  it('a 64 MB page stream in 64 KB is refused past maxDecodedBytes, before pdfjs inflates it', async () => {
    const bomb = onePage({ dict: '<< /Filter /FlateDecode >>', stream: zeroBomb(64 << 20) });
    expect(bomb.length).toBeLessThan(100_000);
    const before = process.memoryUsage().rss;
    const error = await parsePdf(bomb, { maxDecodedBytes: 8 << 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect(error).toMatchObject({ limit: 'maxDecodedBytes' });
    expect((error as Error).message).toMatch(/maxDecodedBytes/u);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 << 20);
  });

  it('a Flate stream inside a Flate stream is inflated stage by stage and refused', async () => {
    const bomb = onePage({ dict: '<< /Filter [/FlateDecode /FlateDecode] >>', stream: zeroBomb(256 << 20, 2) });
    expect(bomb.length).toBeLessThan(10_000);
    await expect(parsePdf(bomb, { maxDecodedBytes: 16 << 20 })).rejects.toMatchObject({ limit: 'maxDecodedBytes' });
  });

  it('the same stream under the limit is read (an empty page)', async () => {
    const small = onePage({ dict: '<< /Filter /FlateDecode >>', stream: zeroBomb(1 << 20) });
    const result = await parsePdf(small, { maxDecodedBytes: 8 << 20 });
    expect(result.lines).toEqual([]);
  });
});

describe('active content never runs', () => {
  it('a JavaScript open action, a launch action and an embedded file are not run nor read', async () => {
    const content = text('BT /F1 14 Tf 72 700 Td (UY BAN NHAN DAN) Tj ET');
    const bytes = onePage(
      { dict: '<< >>', stream: content },
      '/OpenAction 5 0 R /Names << /JavaScript << /Names [(x) 5 0 R] >> /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >> /AA << /WC 7 0 R >>',
      [
        '<< /S /JavaScript /JS (globalThis.__vanbanPwned = true; app.alert\\(1\\);) >>',
        '<< /Type /Filespec /F (a.exe) /EF << /F 8 0 R >> >>',
        '<< /S /Launch /F (calc.exe) >>',
        { dict: '<< /Type /EmbeddedFile >>', stream: text('MZ not a program') },
      ],
    );
    const result = await parsePdf(bytes);
    expect((globalThis as Record<string, unknown>).__vanbanPwned).toBeUndefined();
    expect(result.lines.map((l) => l.text)).toEqual(['UY BAN NHAN DAN']);
  });
});

describe('limits, named in their errors', () => {
  it('maxBytes, maxPages, maxOperatorsPerPage', async () => {
    await expect(parsePdf(SEED, { maxBytes: 1000 })).rejects.toMatchObject({
      code: 'input/limit-exceeded',
      limit: 'maxBytes',
    });
    await expect(parsePdf(SEED, { maxPages: 1 })).rejects.toMatchObject({
      limit: 'maxPages',
      message: /maxPages = 1/u,
    });
    await expect(parsePdf(SEED, { maxOperatorsPerPage: 10 })).rejects.toMatchObject({ limit: 'maxOperatorsPerPage' });
  });

  it('timeoutMs and an abort signal stop the read', async () => {
    await expect(parsePdf(SEED, { timeoutMs: 1 })).rejects.toMatchObject({ limit: 'timeoutMs' });
    const controller = new AbortController();
    const read = parsePdf(SEED, { signal: controller.signal });
    controller.abort();
    await expect(read).rejects.toMatchObject({ code: 'pdf/aborted' });
  });

  it('a read after a stopped one still works (nothing left behind)', async () => {
    await parsePdf(SEED, { timeoutMs: 1 }).catch(() => undefined);
    expect((await parsePdf(SEED)).document.number).toBe(1719);
  });
});

describe('text nobody sees', () => {
  const page = (content: string) => onePage({ dict: '<< >>', stream: text(content) });

  it('white or invisible text over a page is left out and reported, so the reader sees what a person sees', async () => {
    const result = await parsePdf(
      page(
        'BT /F1 14 Tf 72 700 Td (UY BAN NHAN DAN) Tj ET ' +
          'BT 1 1 1 rg /F1 14 Tf 72 680 Td (So: 999/QD-XYZ) Tj ET ' +
          'BT 3 Tr /F1 14 Tf 72 660 Td (Ky boi: ai do) Tj ET',
      ),
    );
    expect(result.lines.map((l) => l.text)).toEqual(['UY BAN NHAN DAN']);
    const hidden = result.diagnostics.find((d) => d.id === 'pdf/hidden-text');
    expect(hidden).toMatchObject({ severity: 'warning' });
    expect(hidden!.raw).toContain('So: 999/QD-XYZ');
    expect(hidden!.raw).toContain('Ky boi: ai do');
  });

  it('invisible text over a page-sized image is a scanner’s OCR layer: read, and said so', async () => {
    const bytes = craftPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> >> >> >>',
      {
        dict: '<< >>',
        stream: text('q 595 0 0 842 0 0 cm /Im1 Do Q BT 3 Tr /F1 14 Tf 72 700 Td (UY BAN NHAN DAN) Tj ET'),
      },
      {
        dict: '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 >>',
        stream: new Uint8Array([0, 255, 255, 0]),
      },
    ]);
    const result = await parsePdf(bytes);
    expect(result.lines.map((l) => l.text)).toEqual(['UY BAN NHAN DAN']);
    expect(result.diagnostics.some((d) => d.id === 'pdf/ocr-text-layer')).toBe(true);
  });
});
