/**
 * Hostile and damaged input: truncated files, a byte range outside the file, garbage or a huge
 * `/Contents`, broken cross-reference data, deep nesting, random bytes. The reader reports
 * diagnostics or throws its typed errors; it never hangs or throws anything else.
 */

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, LimitExceededError, VanbanError } from '../../../../src/errors.js';
import { PdfError } from '../../../../src/readers/pdf/errors.js';
import { readPdfSignatures } from '../../../../src/readers/pdf/signatures/index.js';
import { corpusPath } from '../../../support/corpus.js';
import { TestPdf } from './support/pdf-builder.js';
import { makeIdentity } from './support/pki.js';

let valid: Uint8Array;
const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** `bytes` with `from` replaced by `to` (same length) at its first occurrence. */
function patch(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const at = latin1(bytes).indexOf(from);
  if (at < 0) throw new Error(`${from} not found`);
  const out = bytes.slice();
  out.set(bytesOf(to), at);
  return out;
}

/** Reads `bytes`, returning the report or the typed error thrown; any other exception fails the test. */
async function readSafely(bytes: Uint8Array) {
  try {
    return await readPdfSignatures(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(VanbanError);
    return error as VanbanError;
  }
}

beforeAll(async () => {
  const signer = await makeIdentity({
    subject: [
      ['C', 'VN'],
      ['CN', 'Người ký'],
    ],
    kind: 'ECDSA-P256',
  });
  const pdf = TestPdf.create();
  await pdf.sign({ fieldName: 'Signature1', signer, signingTime: new Date('2025-03-01T02:00:00Z') });
  valid = pdf.data;
}, 30_000);

describe('typed errors', () => {
  it('refuses what is not a PDF, or not a Uint8Array', async () => {
    await expect(readPdfSignatures(bytesOf('hello world'))).rejects.toBeInstanceOf(PdfError);
    await expect(readPdfSignatures(new Uint8Array(0))).rejects.toBeInstanceOf(PdfError);
    await expect(readPdfSignatures('%PDF-1.7' as unknown as Uint8Array)).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('names the limit it exceeds', async () => {
    await expect(readPdfSignatures(valid, { maxFileBytes: 1000 })).rejects.toMatchObject({
      limit: 'maxFileBytes',
      message: expect.stringContaining('maxFileBytes'),
    });
    await expect(readPdfSignatures(valid, { maxCmsBytes: 100 })).rejects.toMatchObject({ limit: 'maxCmsBytes' });
    const corpus = new Uint8Array(readFileSync(corpusPath('057-congvan-ubnd-quangngai-507-signed.pdf')));
    await expect(readPdfSignatures(corpus, { maxSignatures: 4 })).rejects.toMatchObject({ limit: 'maxSignatures' });
    await expect(readPdfSignatures(corpus, { maxStreamBytes: 100 })).rejects.toBeInstanceOf(LimitExceededError);
  });

  it('a huge /Contents is over maxCmsBytes by default', async () => {
    const huge = '0'.repeat(2 * 1024 * 1024 + 2); // 1 MiB + 1 byte decoded
    const pdf = bytesOf(
      `%PDF-1.7\n1 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] /Contents <${huge}> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    );
    await expect(readPdfSignatures(pdf)).rejects.toMatchObject({ limit: 'maxCmsBytes' });
    const report = await readPdfSignatures(pdf, { maxCmsBytes: 2 * 1024 * 1024 });
    expect(report.diagnostics.map((d) => d.id)).toContain('pdf/signature-cms-unreadable');
  });
});

describe('damaged signatures become diagnostics', () => {
  it('a byte range pointing outside the file', async () => {
    const values = /\/ByteRange \[([^\]]*)\]/.exec(latin1(valid))![1]!;
    const outside = `0 ${values.split(' ')[1]} 999999999 999999999`.padEnd(values.length, ' ');
    const report = await readPdfSignatures(patch(valid, values, outside));
    const s = report.signatures[0]!;
    expect(s.byteRange.problems).toContain('outside-file');
    expect(s.byteRange.coverage).toBe('unknown');
    expect(s.integrity.digestMatches).toBeNull();
    expect(s.integrity.digestReason).toMatch(/outside|past/);
    expect(report.diagnostics.map((d) => d.id)).toContain('pdf/signature-byte-range-malformed');
  });

  it('a byte range whose gap is not the /Contents string, and one not from the start', async () => {
    const values = /\/ByteRange \[([^\]]*)\]/.exec(latin1(valid))![1]!;
    const [, b, c, d] = values.trim().split(/\s+/).map(Number) as [number, number, number, number];
    const shifted = `0 ${b - 1} ${c} ${d}`.padEnd(values.length, ' ');
    const s = (await readPdfSignatures(patch(valid, values, shifted))).signatures[0]!;
    expect(s.byteRange.problems).toContain('gap-not-contents');
    const late = `5 ${b - 5} ${c} ${d}`.padEnd(values.length, ' ');
    const t = (await readPdfSignatures(patch(valid, values, late))).signatures[0]!;
    expect(t.byteRange.problems).toContain('not-from-start');
    expect(t.integrity.digestMatches).toBe(false);
  });

  it('garbage in /Contents', async () => {
    const start = latin1(valid).indexOf('/Contents <') + '/Contents <'.length;
    const garbage = valid.slice();
    garbage.set(bytesOf('zz'.repeat(40)), start);
    const report = await readPdfSignatures(garbage);
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]?.integrity.signatureValid).toBeNull();
    expect(report.diagnostics.map((d) => d.id)).toEqual(
      expect.arrayContaining(['pdf/signature-contents-invalid', 'pdf/signature-cms-unreadable']),
    );
    const random = valid.slice();
    random.set(bytesOf('3082ffff0102030405060708090a0b0c'), start);
    expect((await readPdfSignatures(random)).diagnostics.map((d) => d.id)).toContain('pdf/signature-cms-unreadable');
  });

  it('truncated files never throw untyped errors and keep what can be read', async () => {
    const corpus = new Uint8Array(readFileSync(corpusPath('058-thongbao-ubnd-quangngai-542-signed.pdf')));
    for (const source of [valid, corpus]) {
      for (const fraction of [0.1, 0.5, 0.9, 0.99]) {
        const cut = source.subarray(0, Math.floor(source.length * fraction));
        const result = await readSafely(cut);
        expect(result).not.toBeInstanceOf(Error);
      }
    }
    // Cut just before the last signature's end: it reaches past the file; the earlier ones still verify.
    const cut = await readPdfSignatures(corpus.subarray(0, corpus.length - 100));
    const last = cut.signatures.at(-1)!;
    expect(last.byteRange.problems).toContain('outside-file');
    expect(cut.signatures.slice(0, -1).every((s) => s.integrity.digestMatches === true)).toBe(true);
  });

  it('a broken startxref: objects found by scanning, signatures still read (object streams included)', async () => {
    const corpus = new Uint8Array(readFileSync(corpusPath('057-congvan-ubnd-quangngai-507-signed.pdf')));
    const broken = corpus.slice();
    const text = latin1(broken);
    for (let at = text.indexOf('startxref'); at >= 0; at = text.indexOf('startxref', at + 1))
      broken.set(bytesOf('startxxxx'), at);
    const report = await readPdfSignatures(broken);
    expect(report.diagnostics.map((d) => d.id)).toContain('pdf/structure');
    expect(report.signatures.map((s) => s.fieldName)).toEqual([
      'Signature1',
      'Signature2',
      'Signature3',
      'Signature4',
      'Signature5',
    ]);
    expect(report.signatures.every((s) => s.integrity.signatureValid === true)).toBe(true);
    expect(report.signatures.map((s) => s.widget?.pageIndex)).toEqual([0, 0, 0, 0, 0]);
  });

  it('a signature dictionary no field points to is still reported', async () => {
    const orphan = patch(valid, '/FT /Sig', '/FT /Tx ');
    const report = await readPdfSignatures(orphan);
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]?.fieldName).toBeNull();
    expect(report.diagnostics.map((d) => d.id)).toContain('pdf/signature-without-field');
  });

  it('deep nesting, a /Prev loop and a self-referencing object stream end quickly', async () => {
    const deep = bytesOf(`%PDF-1.7\n1 0 obj\n${'[<<'.repeat(50_000)}\nendobj\n%%EOF\n`);
    expect((await readPdfSignatures(deep)).signatures).toEqual([]);
    const loop = bytesOf(
      '%PDF-1.7\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Prev 9 >>\nstartxref\n9\n%%EOF\n',
    );
    expect((await readPdfSignatures(loop)).signatures).toEqual([]);
    const selfStream = bytesOf(
      '%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length 1 0 R >>\nstream\n2 0 <<>>\nendstream\nendobj\n' +
        'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000000 00000 n \ntrailer\n<< /Size 3 /Root 2 0 R >>\nstartxref\n95\n%%EOF\n',
    );
    expect((await readPdfSignatures(selfStream)).signatures).toEqual([]);
  });
});

describe('random input (fast-check)', () => {
  it('random bytes after a PDF header: a report or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (body, header) => {
        const bytes = header ? new Uint8Array([...bytesOf('%PDF-1.7\n'), ...body]) : body;
        const result = await readSafely(bytes);
        if (header) expect(result).not.toBeInstanceOf(Error);
      }),
      { numRuns: 200 },
    );
  });

  it('PDF-like tokens in random order: a report', async () => {
    const token = fc.constantFrom(
      '<<',
      '>>',
      '[',
      ']',
      '/ByteRange',
      '/Contents',
      '/Type',
      '/Sig',
      '/FT',
      '/V',
      '/Kids',
      '/Fields',
      '/AcroForm',
      '/Root',
      '1 0 R',
      '2 0 R',
      '1 0 obj',
      '2 0 obj',
      'endobj',
      'stream\n',
      'endstream',
      'xref',
      'trailer',
      'startxref',
      '0',
      '12',
      '-3',
      '(a(b)c\\)',
      '<3082>',
      '<zz>',
      '%%EOF\n',
      '\n',
      ' ',
      '/Prev 0',
      '/XRefStm 5',
      '/ObjStm',
      '/N 9',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 300 }), async (tokens) => {
        const result = await readSafely(bytesOf(`%PDF-1.7\n${tokens.join(' ')}`));
        expect(result).not.toBeInstanceOf(Error);
      }),
      { numRuns: 300 },
    );
  });

  it('random byte changes to a signed PDF: a report (with the signature found or a diagnostic)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (changes) => {
          const bytes = valid.slice();
          for (const [at, value] of changes) bytes[at] = value;
          await readSafely(bytes);
        },
      ),
      { numRuns: 150 },
    );
  });
});
