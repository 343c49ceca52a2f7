import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, documentFromJson } from '../../../src/model/create.js';
import { DocumentSchema } from '../../../src/model/document.js';
import { ND30_KIND_SLUGS } from '../../../src/registry/kinds.js';
import { parseText } from '../../../src/readers/text/index.js';
import { toText } from '../../../src/writers/text/index.js';
import { documentArbitrary } from '../../support/arbitraries.js';
import { breaksAsSpaces } from '../../support/line-breaks.js';
import seed from '../../../examples/data/cong-van-1719.json' with { type: 'json' };

describe('toText', () => {
  it('writes the seed letter in Decree 30 order', () => {
    const text = toText(documentFromJson(seed));
    const order = [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1719/UBND-KGVX',
      'V/v triển khai',
      'Quảng Ngãi, ngày 09 tháng 4 năm 2024',
      'Kính gửi:',
      '- Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh;',
      '- UBND các huyện, thị xã, thành phố.',
      'Thực hiện Công điện',
      '1. Yêu cầu',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Hoàng Tuấn',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, KGVX.',
    ];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part, at + 1);
      expect(next, part).toBeGreaterThan(at);
      at = next;
    }
  });

  it('writes a typed document with its tên loại, trích yếu, a single addressee inline and the drafter after the Lưu line', () => {
    const text = toText(
      createDocument({
        kind: 'to-trinh',
        issuer: { parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' },
        number: 5,
        notation: 'TTr-STC',
        place: 'Quảng Ngãi',
        date: '2024-02-05',
        subject: 'Về dự toán ngân sách năm 2024',
        recipients: ['Ủy ban nhân dân tỉnh'],
        urgency: 'hoa-toc',
        signatures: [{ authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' }],
        distribution: ['Như trên'],
        archive: ['VT', 'NS'],
        drafter: { code: 'PL', copies: 30 },
      }),
    );
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSỞ TÀI CHÍNH\n');
    expect(text).toContain(
      'Số: 05/TTr-STC\nQuảng Ngãi, ngày 05 tháng 02 năm 2024\nHỎA TỐC\n\nTỜ TRÌNH\nVề dự toán ngân sách năm 2024\n\nKính gửi: Ủy ban nhân dân tỉnh\n',
    );
    expect(text).toContain('- Như trên;\n- Lưu: VT, NS. PL.(30)\n');
  });
});

describe('parseText(toText(d)) round trip', () => {
  it('gives back generated documents of every kind, with hostile strings in their text fields', () => {
    fc.assert(
      fc.property(documentArbitrary({ printable: true, strings: 'text' }), (d) => {
        expect(parseText(toText(d)).document).toEqual(breaksAsSpaces(d));
      }),
      { numRuns: 400 },
    );
  });

  it('writes a part of one line on one line even for a document built by hand with line breaks and controls', () => {
    const built = DocumentSchema.parse({
      kind: 'cong-van',
      issuer: { name: 'BỘ NỘI VỤ' },
      number: 5,
      notation: 'BNV-VP',
      subject: 'tăng cường\u000bcông tác\ncải cách\u0001',
      recipients: ['Sở\u2028Tài chính'],
    });
    const text = toText(built);
    // The trích yếu breaks where it was asked to (see allowsLineBreak); a Kính gửi entry is one line.
    expect(text).toContain('V/v tăng cường\ncông tác\ncải cách\n');
    expect(text).toContain('Kính gửi: Sở Tài chính\n');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u2028]/);
  });

  it.each(ND30_KIND_SLUGS)('gives back a generated %s', (kind) => {
    fc.assert(
      fc.property(documentArbitrary({ printable: true, kinds: [kind] }), (d) => {
        expect(parseText(toText(d)).document).toEqual(d);
      }),
      { numRuns: 15 },
    );
  });

  it('records a source span for every field the document holds, pointing at its raw text', () => {
    // Decree 30 documents, and QPPL, Party and legacy ones (their ký hiệu in their own forms: "36-HD/VPTW").
    const documents = fc.oneof(
      documentArbitrary({ printable: true }),
      documentArbitrary({ printable: true, allKinds: true }),
    );
    fc.assert(
      fc.property(documents, (d) => {
        const text = toText(d);
        const { sources } = parseText(text);
        const want = ['kind', 'issuer.name', ...(d.issuer.parent ? ['issuer.parent'] : [])];
        d.coIssuers.forEach((c, i) => want.push(`coIssuers.${i}.name`, ...(c.parent ? [`coIssuers.${i}.parent`] : [])));
        for (const k of [
          'number',
          'notation',
          'place',
          'date',
          'subject',
          'urgency',
          'confidentiality',
          'circulation',
          'drafter',
          'archiveCopies',
        ] as const)
          if (d[k] !== undefined) want.push(k);
        if (d.archive.length) want.push('archive', 'archive.line');
        d.recipients.forEach((_, i) => want.push(`recipients.${i}`));
        d.body.forEach((_, i) => want.push(`body.${i}`));
        d.distribution.forEach((_, i) => want.push(`distribution.${i}`));
        const signature = (sig: (typeof d.signatures)[number], path: string) => {
          want.push(`${path}.name`, ...(sig.title ? [`${path}.title`] : []), ...(sig.mark ? [`${path}.mark`] : []));
          sig.authority.forEach((_, m) => want.push(`${path}.authority.${m}`));
        };
        d.signatures.forEach((sig, i) => signature(sig, `signatures.${i}`));
        if (d.contact) for (const k of Object.keys(d.contact)) want.push(`contact.${k}`);
        d.appendices.forEach((a, i) =>
          want.push(
            `appendices.${i}`,
            ...(a.title ? [`appendices.${i}.title`] : []),
            ...(a.reference ? [`appendices.${i}.reference`] : []),
            ...a.body.map((_, j) => `appendices.${i}.body.${j}`),
          ),
        );
        if (d.copy) {
          const c = d.copy;
          want.push('copy.label', 'copy.form', 'copy.issuer.name', ...(c.issuer.parent ? ['copy.issuer.parent'] : []));
          for (const k of ['number', 'notation', 'place', 'date'] as const)
            if (c[k] !== undefined) want.push(`copy.${k}`);
          if (c.signature) signature(c.signature, 'copy.signature');
          c.distribution.forEach((_, i) => want.push(`copy.distribution.${i}`));
          if (c.archive.length) want.push('copy.archive', 'copy.archive.line');
        }
        for (const path of want) {
          expect(sources[path], path).toBeDefined();
          expect(text.slice(sources[path]!.offset, sources[path]!.end)).toBe(sources[path]!.raw);
        }
        if (d.date) expect(sources.placeDateLine!.raw).toContain(`năm ${d.date.slice(0, 4)}`);
        if (d.number !== undefined) expect(Number(sources.number!.raw)).toBe(d.number);
        if (d.copy?.number !== undefined) expect(Number(sources['copy.number']!.raw)).toBe(d.copy.number);
        if (d.notation !== undefined) expect(sources.notation!.raw).toBe(d.notation);
      }),
      { numRuns: 200 },
    );
  });

  it('is a fixed point on the text: writing what was read gives the same text', () => {
    fc.assert(
      fc.property(documentArbitrary({ printable: true, strings: 'text' }), (d) => {
        // A chosen line break is read back as a space (a reader cannot tell it from a wrap).
        const text = toText(breaksAsSpaces(d));
        expect(toText(createDocument(parseText(toText(d)).document))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
