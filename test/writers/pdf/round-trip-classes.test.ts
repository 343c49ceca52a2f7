/**
 * One focused case for each class the parsePdf(toPdf(d)) round trip fixed (round-trip.test.ts is
 * the property over generated documents): a drawn body table, joint issuers, the contact block at
 * page 1's foot, a stamp's box, a circulation box over a công văn, an issuer's name wrapped over
 * two lines with the line under it, a one-line name set close to the Quốc hiệu, a "Căn cứ …" opening
 * a công văn, and the closing and copy blocks kept whole across page breaks (with the bottom margin
 * read on the pages they leave part-empty).
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/model/create.js';
import type { DocumentInput } from '../../../src/model/document.js';
import { parsePdf } from '../../../src/readers/pdf/index.js';
import { sampleDocument } from '../../../src/rule-kit/samples.js';
import { toPdf } from '../../../src/writers/pdf/index.js';
import { SAO_Y } from '../docx/samples.js';
import { fontsOrSkip, layoutFindings, longBody, tempPdf } from './support.js';
import { execFileSync } from 'node:child_process';

const fonts = fontsOrSkip();

/** The lines pdftotext reads off `pdf`, trimmed. */
function pdftotextLines(pdf: Uint8Array): string[] {
  return execFileSync('pdftotext', ['-layout', tempPdf(pdf), '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim());
}

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

  it('reads a circulation box over a công văn as the circulation, not the end of the V/v', async () => {
    const { document, read } = await roundTrip(sampleDocument('cong-van', { circulation: 'LƯU HÀNH NỘI BỘ' }));
    expect({ subject: read.document.subject, circulation: read.document.circulation }).toEqual({
      subject: document.subject,
      circulation: 'LƯU HÀNH NỘI BỘ',
    });
  });

  it('ends a trích yếu in normal case at the authority line naming the body itself ("CỤC THUẾ")', async () => {
    const base = sampleDocument('nghi-quyet', { issuer: { name: 'CỤC THUẾ', parent: 'BỘ TÀI CHÍNH' } });
    const body = (base.body ?? []).map((b) =>
      b.type === 'enactment' && b.role === 'authority' ? { ...b, text: 'CỤC THUẾ' } : b,
    );
    const { document, read } = await roundTrip({ ...base, subject: 'Tăng cường chuyển đổi số', body });
    expect([read.document.subject, read.document.body[0]]).toEqual([document.subject, document.body[0]]);
  });

  it('measures the line under an issuer’s name wrapped over two lines against both lines', async () => {
    const { read } = await roundTrip(
      sampleDocument('cong-van', {
        issuer: { name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI' },
      }),
    );
    expect(read.document.issuer?.name).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    // The writer draws it at 1/3–1/2 of the name set on one line (nd30.md §2.2).
    const ratio = read.layout?.parts?.['issuer.name']?.lineBelow?.ratioToText;
    expect(ratio).toBeGreaterThanOrEqual(0.33);
    expect(ratio).toBeLessThanOrEqual(0.5);
    expect(layoutFindings(read)).toEqual([]);
  });

  it('reads a one-line issuer’s name set close to the Quốc hiệu in the left column, its line measured against it', async () => {
    const { read } = await roundTrip(sampleDocument('cong-van', { issuer: { name: 'VĂN PHÒNG CHÍNH PHỦ' } }));
    const name = read.layout?.parts?.['issuer.name'];
    expect(name?.region).toBe('header-left');
    expect(name?.lineBelow?.ratioToText).toBeGreaterThanOrEqual(0.33);
    expect(layoutFindings(read)).toEqual([]);
  });

  it('reads a parent name set a few spaces from the Quốc hiệu apart from it, upright and regular', async () => {
    const issuer = { parent: 'UBND THÀNH PHỐ ĐÀ NẴNG', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' };
    const { read } = await roundTrip(sampleDocument('cong-van', { issuer }));
    expect(read.document.issuer).toEqual(issuer);
    expect(read.layout?.parts?.['issuer.parent']).toMatchObject({ bold: false, region: 'header-left' });
    expect(layoutFindings(read)).toEqual([]);
  });

  it('sets a "Căn cứ …" opening a công văn upright, as the typography table judges it', async () => {
    const base = sampleDocument('cong-van');
    const basis = {
      type: 'basis' as const,
      text: 'Căn cứ Công văn số 12/UBND-KT ngày 5 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh.',
    };
    const { read } = await roundTrip({ ...base, body: [basis, ...(base.body ?? [])] });
    expect(read.document.body[0]).toEqual(basis);
    expect(read.layout?.parts?.['body.0']?.italic).toBe(false);
    expect(layoutFindings(read)).toEqual([]);
  });

  it('reads a long ký hiệu set close to a long place and date apart from it, in the left column', async () => {
    const { document, read } = await roundTrip(
      sampleDocument('cong-van', {
        issuer: { parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
        number: 5155,
        notation: 'SGDĐT-GDTXNNĐH',
        place: 'Thành phố Hồ Chí Minh',
        date: '2025-11-28',
      }),
    );
    expect([read.document.notation, read.document.place]).toEqual([document.notation, document.place]);
    expect(read.layout?.parts?.['numberLine']).toMatchObject({ italic: false, region: 'header-left' });
    expect(layoutFindings(read)).toEqual([]);
  });

  it('reads a thông báo printed without a trích yếu with its first paragraph in the body', async () => {
    const { document, read } = await roundTrip({ ...sampleDocument('thong-bao'), subject: undefined });
    expect(read.document.subject).toBeUndefined();
    expect(read.document.body).toEqual(document.body);
  });

  it('reads an authority line wrapped in the signer’s column over the deputy’s title', async () => {
    const signature = {
      authority: [{ prefix: 'KT' as const, of: 'TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ' }],
      title: 'PHÓ TRƯỞNG BAN',
      name: 'Mạnh Thị Tuyết Mai',
    };
    const { document, read } = await roundTrip(sampleDocument('cong-van', { signatures: [signature] }));
    expect(read.document.signatures).toEqual(document.signatures);
  });

  it('ends a paragraph at a page’s foot where it ends, though the next page’s opens in capitals', async () => {
    // A clause with no end mark ("7. Đề nghị …") and a paragraph under it: the gap that parts them is lost at the page break.
    const pairs = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        { type: 'clause' as const, number: String(i + 1), text: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' },
        {
          type: 'paragraph' as const,
          text: 'Phối hợp với các ngành, các cấp tăng cường các hoạt động tuyên truyền, vận động cán bộ, đoàn viên, hội viên và Nhân dân thực hiện tốt chính sách dân số.',
        },
      ]).flat();
    let crossed = 0;
    for (let n = 9; n <= 15; n++) {
      const { document, read } = await roundTrip(sampleDocument('cong-van', { body: pairs(n) }));
      expect({ n, body: read.document.body }).toEqual({ n, body: document.body });
      const pages = read.document.body.map((_, i) => read.sources[`body.${i}`]?.page);
      if (pages.some((p, i) => i > 0 && p !== pages[i - 1] && read.document.body[i]?.type === 'paragraph')) crossed++;
    }
    // Some of these bodies put the page break between a clause and its paragraph.
    expect(crossed).toBeGreaterThan(0);
  }, 60_000);

  it('reads an authority line wrapped in the signer’s column with no title under it', async () => {
    const signature = {
      authority: [{ prefix: 'KT' as const, of: 'TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ' }],
      name: 'Nguyễn Thị Thanh Hằng',
    };
    const { document, read } = await roundTrip(sampleDocument('cong-van', { signatures: [signature] }));
    expect(read.document.signatures).toEqual(document.signatures);
  });

  it('reads a run of one-line paragraphs with no end mark one block each, by their first-line indents', async () => {
    const body = [
      { type: 'paragraph' as const, text: 'Danh sách các địa điểm tổ chức hội chợ năm 2026 như sau:' },
      ...['Phường Yên Dũng', 'Sân Trung tâm văn hóa, khu đô thị mới', 'Phường Cảnh Thụy', 'Xã Tân An'].map((text) => ({
        type: 'paragraph' as const,
        text,
      })),
      { type: 'paragraph' as const, text: 'Đề nghị các cơ quan, đơn vị triển khai thực hiện./.' },
    ];
    const { document, read } = await roundTrip(sampleDocument('thong-bao', { body }));
    expect(read.document.body).toEqual(document.body);
  });

  it('goes on with a sentence wrapped before a dash or a "Điều 32", and after a bold "Điều 3." head', async () => {
    // Shifting the words before moves the wrap: some of these put "Điều 32", a dash or a line end after ";" at a line's start or end.
    const starts = new Set<string>();
    for (let k = 1; k <= 12; k++) {
      const lead = 'các cơ quan, đơn vị '.repeat(k);
      const base = sampleDocument('quyet-dinh');
      const article = {
        type: 'article' as const,
        number: '3',
        title: '',
        text: `Chánh Văn phòng; Giám đốc ${lead}chịu trách nhiệm thi hành theo quy định tại Điều 32 Nghị định này; mô hình tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu./.`,
      };
      const body = [...(base.body ?? []).filter((b) => b.type !== 'article'), article];
      const { document, read } = await roundTrip({ ...base, body });
      expect({ k, body: read.document.body }).toEqual({ k, body: document.body });
      for (const line of pdftotextLines(await toPdf(document, { fonts: fonts! })))
        if (/^(?:Điều 32|[-–] )/u.test(line)) starts.add(line.slice(0, 8));
    }
    expect(starts.size).toBeGreaterThan(0);
  }, 60_000);

  it('reads a Lưu line wrapped in its column with its bracketed note', async () => {
    const archive = ['VT', 'KTNS', 'KTN', 'KGVX (Ch-CĐS15)'];
    const { document, read } = await roundTrip(sampleDocument('cong-van', { archive }));
    expect(read.document.archive).toEqual(document.archive);
  });

  it('keeps joint signers and the Nơi nhận under them on one page, read in the closing block', async () => {
    const signatures = [
      { title: 'THƯ KÝ', name: 'Bùi Quang Vinh' },
      { title: 'CHỦ TỌA', name: 'Đặng Ngọc Ánh' },
    ];
    for (let n = 8; n <= 22; n += 2) {
      const { document, read } = await roundTrip(sampleDocument('bien-ban', { signatures, body: longBody(n) }));
      expect({ n, signatures: read.document.signatures, distribution: read.document.distribution }).toEqual({
        n,
        signatures: document.signatures,
        distribution: document.distribution,
      });
      expect(read.layout?.parts?.['distribution.heading']?.region).toBe('closing-left');
      expect({ n, findings: layoutFindings(read) }).toEqual({ n, findings: [] });
    }
  }, 60_000);

  it('keeps a paper copy block whole on the page of its closing block, the margins read right', async () => {
    const copy = SAO_Y.copy!;
    for (let n = 8; n <= 22; n += 2) {
      const { document, read } = await roundTrip(sampleDocument('cong-van', { copy, body: longBody(n) }));
      expect({ n, copy: read.document.copy }).toEqual({ n, copy: document.copy });
      expect(read.sources['copy.form']?.page).toBe(read.sources['copy.signature.name']?.page);
      expect({ n, findings: layoutFindings(read) }).toEqual({ n, findings: [] });
    }
  }, 60_000);
});
