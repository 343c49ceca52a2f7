/**
 * The small PDF object layer and helpers: values, dates, text strings, cross-reference streams and
 * object streams.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfSignatures } from '../../../../src/readers/pdf/signatures/index.js';
import { PdfDocument } from '../../../../src/readers/pdf/signatures/objects/document.js';
import { PdfParser } from '../../../../src/readers/pdf/signatures/objects/parser.js';
import { decodeTextString } from '../../../../src/readers/pdf/signatures/objects/text-string.js';
import { parsePdfDate } from '../../../../src/readers/pdf/signatures/pdf-date.js';

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe('PDF values', () => {
  it('reads dictionaries, references, names with escapes, literal and hex strings with their offsets', () => {
    const src = '<< /A 12 0 R /B#20C [1 -2.5 (x\\(y\\)\\101) <48 49 7>] /D true /E null >>';
    const v = new PdfParser(bytesOf(src)).parseValue();
    expect(v).toMatchObject({ kind: 'dict' });
    if (typeof v !== 'object' || v === null || Array.isArray(v) || v.kind !== 'dict') return;
    expect(v.entries.get('A')).toEqual({ kind: 'ref', num: 12, gen: 0 });
    const arr = v.entries.get('B C') as unknown[];
    expect(arr.slice(0, 2)).toEqual([1, -2.5]);
    expect(new TextDecoder().decode((arr[2] as { bytes: Uint8Array }).bytes)).toBe('x(y)A');
    expect(arr[3]).toMatchObject({ hex: true, start: src.indexOf('<48'), end: src.indexOf('7>') + 2 });
    expect([...(arr[3] as { bytes: Uint8Array }).bytes]).toEqual([0x48, 0x49, 0x70]);
    expect(v.entries.get('D')).toBe(true);
    expect(v.entries.get('E')).toBeNull();
  });

  it('reads PDF dates with and without a time zone', () => {
    expect(parsePdfDate("D:20250124150622+07'00'")).toMatchObject({
      iso: '2025-01-24T15:06:22+07:00',
      utc: '2025-01-24T08:06:22.000Z',
      offsetMissing: false,
    });
    expect(parsePdfDate('D:20240101')).toMatchObject({ utc: '2024-01-01T00:00:00.000Z', offsetMissing: true });
    expect(parsePdfDate('yesterday')).toMatchObject({ iso: null, utc: null });
    expect(parsePdfDate('D:20241345')).toMatchObject({ iso: null });
  });

  it('decodes UTF-16BE, UTF-8 and PDFDocEncoding text strings', () => {
    expect(decodeTextString(Uint8Array.from([0xfe, 0xff, 0x1e, 0xa0, 0x00, 0x61]))).toBe('Ạa');
    expect(decodeTextString(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc6, 0xaf]))).toBe('Ư');
    expect(decodeTextString(Uint8Array.from([0x80, 0xa9, 0x41]))).toBe('•©A');
  });
});

describe('cross-reference streams and object streams', () => {
  it('follows the /Prev chain of an incrementally updated file', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../../fixtures/pdf-signatures/two-signatures.pdf', import.meta.url)),
    );
    const doc = PdfDocument.open(bytes, { maxStreamBytes: 1 << 20, maxStreamBytesName: 'maxStreamBytes' });
    expect(doc.rebuilt).toBe(false);
    expect(doc.sections.map((s) => s.kind)).toEqual(['table', 'table', 'table']);
    expect(doc.problems).toEqual([]);
  });

  it('finds a signature field whose widget sits in an object stream (qpdf rewrite)', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../../fixtures/pdf-signatures/rewritten-object-streams.pdf', import.meta.url)),
    );
    const doc = PdfDocument.open(bytes, { maxStreamBytes: 1 << 20, maxStreamBytesName: 'maxStreamBytes' });
    expect(doc.sections.map((s) => s.kind)).toEqual(['stream']);
    expect([...doc.entries.values()].some((e) => e.type === 'compressed')).toBe(true);
    const report = await readPdfSignatures(bytes);
    const s = report.signatures[0]!;
    expect(s.fieldName).toBe('ChuKy');
    expect(s.widget).toMatchObject({ pageIndex: 1, rect: { x1: 350, y1: 100, x2: 550, y2: 160 } });
    // qpdf rewrote the file: the byte range no longer fits, and the reader says so instead of verifying.
    expect(s.byteRange.wellFormed).toBe(false);
    expect(s.integrity.digestMatches).toBeNull();
  });
});
