/**
 * One focused case for each class the parsePdf(toPdf(d)) round trip fixed (round-trip.test.ts is
 * the property over generated documents): a drawn body table, joint issuers, the contact block at
 * page 1's foot, a stamp's box, a paper copy block after the closing.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/model/create.js';
import type { DocumentInput } from '../../../src/model/document.js';
import { parsePdf } from '../../../src/readers/pdf/index.js';
import { sampleDocument } from '../../../src/rule-kit/samples.js';
import { toPdf } from '../../../src/writers/pdf/index.js';
import { fontsOrSkip } from './support.js';

const fonts = fontsOrSkip();

async function roundTrip(input: DocumentInput) {
  const document = createDocument(input);
  const read = await parsePdf(await toPdf(document, { fonts: fonts! }), { signatures: false });
  return { document, read };
}

describe.skipIf(!fonts)('parsePdf(toPdf(d)): each class the round trip fixed', () => {
  it('reads a drawn body table back as a table, its header row and cells in place', async () => {
    const base = sampleDocument('bao-cao');
    const table = {
      type: 'table' as const,
      rows: [
        ['STT', 'Họ và tên', 'Chức vụ'],
        ['1', 'Nguyễn Văn An', 'Chuyên viên'],
      ],
      header: true,
    };
    const { document, read } = await roundTrip({ ...base, body: [...(base.body ?? []).slice(0, 1), table] });
    expect(read.document.body).toEqual(document.body);
  });

  it('reads joint issuers apart, each with the line under its name', async () => {
    const { document, read } = await roundTrip(
      sampleDocument('thong-bao', {
        issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
        coIssuers: [{ name: 'SỞ TÀI CHÍNH' }],
      }),
    );
    expect({ issuer: read.document.issuer, coIssuers: read.document.coIssuers }).toEqual({
      issuer: document.issuer,
      coIssuers: document.coIssuers,
    });
  });

  it('reads the contact block at page 1’s foot after the closing block', async () => {
    const contact = { address: '52 Hùng Vương, thành phố Quảng Ngãi', phone: '0255 3822 123' };
    const { document, read } = await roundTrip(sampleDocument('cong-van', { contact }));
    expect(read.document.contact).toEqual(document.contact);
    expect(read.document.archive).toEqual(document.archive);
  });

  it('gives an urgency stamp its drawn box as a layout fact', async () => {
    const { read } = await roundTrip(sampleDocument('cong-van', { urgency: 'hoa-toc' }));
    expect(read.document.urgency).toBe('hoa-toc');
    const box = read.layout?.parts?.['urgency']?.box;
    // HỎA TỐC: a 30 × 8 mm box (nd30.md §2.10); the reader measures the drawn one.
    expect(box?.widthMm).toBeGreaterThan(25);
    expect(box?.heightMm).toBeGreaterThan(6);
  });
});
