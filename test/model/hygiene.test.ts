/**
 * The input hygiene (src/model/normalize.ts) and every way into the model that uses it:
 * createDocument and its companions, and the text, DOCX, PDF, vanban XML and edXML readers. Each
 * change is reported, never made silently (issue 17).
 */
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  createDocument,
  createDocumentWithDiagnostics,
  DocumentSchema,
  DocumentValidationError,
  safeCreateDocument,
} from '../../src/index.js';
import { parseDocx } from '../../src/readers/docx/index.js';
import { parseEdxml } from '../../src/readers/edxml/index.js';
import { parsePdf } from '../../src/readers/pdf/index.js';
import { parseText } from '../../src/readers/text/index.js';
import { parseXml } from '../../src/readers/xml/index.js';
import { toEdxml } from '../../src/writers/edxml/index.js';
import { toPdf } from '../../src/writers/pdf/index.js';
import { toXml } from '../../src/writers/xml/index.js';
import { buildDocx } from '../readers/docx/build-docx.js';
import { documentArbitrary, EXCHANGE_SENDER_ID } from '../support/arbitraries.js';
import { fontsOrSkip } from '../writers/pdf/support.js';

const ids = (diagnostics: readonly { id: string; path?: string }[]) =>
  diagnostics.map((d) => (d.path === undefined ? d.id : `${d.id} ${d.path}`));

describe('cleanText', () => {
  it('turns line breaks into a space in a field of one line, into "\\n" in one of several', () => {
    for (const br of ['\u000b', '\u2028', '\u2029', '\n', '\r\n', '\r', '\u0085', '\u000c']) {
      expect(cleanText(`a${br}b`).text).toBe('a b');
      expect(cleanText(`a${br}b`, { multiline: true }).text).toBe('a\nb');
      expect(cleanText(`a${br}b`).findings.map((f) => f.kind)).toEqual(['line-break']);
    }
    // A plain LF is what a field of several lines holds: nothing to report.
    expect(cleanText('a\nb', { multiline: true }).findings).toEqual([]);
  });

  it('removes the other controls, a tab becoming a space', () => {
    const controls = [
      ...Array.from({ length: 32 }, (_, c) => c).filter((c) => ![9, 10, 11, 12, 13].includes(c)),
      0x7f,
      ...Array.from({ length: 32 }, (_, c) => 0x80 + c).filter((c) => c !== 0x85),
    ].map((c) => String.fromCharCode(c));
    const { text, findings } = cleanText(`a${controls.join('')}b\tc`);
    expect(text).toBe('ab c');
    expect(findings).toEqual([
      { kind: 'control-character', count: controls.length + 1, codePoints: expect.any(Array), offset: 1 },
    ]);
  });

  it('removes the BOM, zero-width, soft hyphen and direction characters; keeps a ZWJ inside an emoji sequence', () => {
    const invisible = '\ufeff\u200b\u2060\u00ad\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\u061c';
    expect(cleanText(`\ufeffNguy${invisible}ễn`)).toMatchObject({ text: 'Nguyễn', findings: [{ kind: 'zero-width' }] });
    const family = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}';
    const coder = '\u{1F469}\u{1F3FD}\u200d\u{1F4BB}';
    expect(cleanText(`${family} ${coder} ❤\ufe0f\u200d\u{1F525}`)).toEqual({
      text: `${family} ${coder} ❤\ufe0f\u200d\u{1F525}`,
      findings: [],
    });
  });

  it('turns no-break and fixed-width spaces into a space', () => {
    expect(cleanText('Số:\u00a005\u202f/\u3000x\u2007y')).toMatchObject({
      text: 'Số: 05 / x y',
      findings: [{ kind: 'special-space', count: 4, codePoints: [0xa0, 0x202f, 0x3000, 0x2007] }],
    });
  });

  it('makes a lone surrogate U+FFFD and drops U+FFFE and U+FFFF; keeps surrogate pairs', () => {
    expect(cleanText('a\ud800b\udc00c\ufffed\uffff\u{20000}')).toMatchObject({
      text: 'a\ufffdb\ufffdcd\u{20000}',
      findings: [{ kind: 'invalid-character', count: 4 }],
    });
  });

  it('composes NFD Vietnamese, unreported', () => {
    expect(cleanText('Nguyê\u0303n Tha\u0300nh'.normalize('NFD'))).toEqual({ text: 'Nguyễn Thành', findings: [] });
  });

  it('is idempotent on any string, and leaves what it keeps alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (s, multiline) => {
        const once = cleanText(s, { multiline });
        expect(cleanText(once.text, { multiline })).toEqual({ text: once.text, findings: [] });
        expect(once.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00a0\u200b\u2028\ufeff\ufffe]/u);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('createDocument', () => {
  const letter = { kind: 'cong-van' as const, issuer: { name: 'BỘ NỘI VỤ' }, number: 5, notation: 'BNV-VP' };

  it('makes a U+000B (a Word line break pasted) in a trích yếu a line break, reported by path', () => {
    // Found by issue 17: the vertical tab passed createDocument and every writer after it. The
    // trích yếu is printed on several lines and the user may choose where (issue 16): a "\n".
    expect(createDocument({ ...letter, subject: 'tăng cường\u000bcông tác' }).subject).toBe('tăng cường\ncông tác');
    const { document, diagnostics } = createDocumentWithDiagnostics({
      ...letter,
      subject: 'tăng cường\u000bcông tác',
      recipients: ['Sở\u00a0Tài chính', '\ufeffSở Nội vụ', 'Sở Tài\nnguyên'],
      signatures: [{ title: 'BỘ\u2028TRƯỞNG', name: 'Nguyễn\nVăn An' }],
      exchange: { description: 'dòng một\u2029dòng hai' },
    });
    expect(document.exchange?.description).toBe('dòng một\ndòng hai');
    // A Kính gửi entry, a signer's title and name are one line: a break there is a space.
    expect(document.recipients).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Sở Tài nguyên']);
    expect(document.signatures[0]).toMatchObject({ title: 'BỘ TRƯỞNG', name: 'Nguyễn Văn An' });
    expect(diagnostics.map((d) => [d.id, d.path, d.severity, d.actual])).toEqual([
      ['model/line-break', 'subject', 'info', 'U+000B'],
      ['model/special-space', 'recipients.0', 'info', 'U+00A0'],
      ['model/zero-width', 'recipients.1', 'info', 'U+FEFF'],
      ['model/line-break', 'recipients.2', 'info', 'U+000A'],
      ['model/line-break', 'signatures.0.title', 'info', 'U+2028'],
      ['model/line-break', 'signatures.0.name', 'info', 'U+000A'],
      ['model/line-break', 'exchange.description', 'info', 'U+2029'],
    ]);
    expect(diagnostics[0]!.message.en).toBe('1 line breaks, made plain line feeds (U+000B)');
    expect(diagnostics[3]!.message.en).toBe('1 line breaks, replaced by spaces (U+000A)');
    expect(diagnostics[0]!.url).toMatch(/diagnostics\/model\.md#line-break$/);
  });

  it('keeps line breaks in the names, trích yếu and titles the Decree prints on several lines, one break between two lines', () => {
    const { document, diagnostics } = createDocumentWithDiagnostics({
      kind: 'quyet-dinh',
      issuer: { name: 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG', parent: ' ỦY BAN NHÂN DÂN \n\n TỈNH QUẢNG NGÃI\n' },
      coIssuers: [{ name: 'SỞ\r\nNỘI VỤ', parent: 'UBND\u2028TỈNH' }],
      subject: '\nVề việc thành lập \u000b\n Tổ công tác',
      body: [
        { type: 'heading', level: 'chuong', number: 'I', title: 'QUY ĐỊNH\nCHUNG' },
        { type: 'article', number: '1', title: 'Phạm vi\nđiều chỉnh' },
      ],
      appendices: [
        {
          number: 'I',
          title: 'DANH SÁCH\nTHÀNH VIÊN',
          body: [{ type: 'heading', level: 'muc', number: '1', title: 'TỔ\nTRƯỞNG' }],
        },
      ],
      copy: { form: 'sao-y', issuer: { name: 'VĂN PHÒNG\nỦY BAN NHÂN DÂN', parent: 'ỦY BAN\nNHÂN DÂN' } },
    });
    expect(document.issuer).toEqual({
      name: 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG',
      parent: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI',
    });
    expect(document.coIssuers[0]).toMatchObject({ name: 'SỞ\nNỘI VỤ', parent: 'UBND\nTỈNH' });
    expect(document.subject).toBe('Về việc thành lập\nTổ công tác');
    expect(document.body[0]).toMatchObject({ title: 'QUY ĐỊNH\nCHUNG' });
    // An article's title runs on after "Điều 1." in the paragraph: one line.
    expect(document.body[1]).toMatchObject({ title: 'Phạm vi điều chỉnh' });
    expect(document.appendices[0]).toMatchObject({ title: 'DANH SÁCH\nTHÀNH VIÊN', body: [{ title: 'TỔ\nTRƯỞNG' }] });
    expect(document.copy?.issuer).toMatchObject({ name: 'VĂN PHÒNG\nỦY BAN NHÂN DÂN', parent: 'ỦY BAN\nNHÂN DÂN' });
    // A plain "\n" is what such a field holds: only the others are reported, as made plain.
    expect(diagnostics.map((d) => `${d.id} ${d.path} ${d.actual}`)).toEqual([
      'model/line-break coIssuers.0.name U+000D',
      'model/line-break coIssuers.0.parent U+2028',
      'model/line-break subject U+000B',
      'model/line-break body.1.title U+000A',
    ]);
    expect(diagnostics[0]!.message.en).toBe('1 line breaks, made plain line feeds (U+000D)');
  });

  it('gives the hygiene diagnostics from safeCreateDocument, valid input or not', () => {
    const ok = safeCreateDocument({ ...letter, subject: 'a\u0001b' });
    expect(ok).toMatchObject({ success: true, document: { subject: 'ab' } });
    expect(ids(ok.diagnostics)).toEqual(['model/control-character subject']);
    const bad = safeCreateDocument({ ...letter, number: -1, subject: 'a\u0001b' });
    expect(bad.success).toBe(false);
    expect(ids(bad.diagnostics)).toEqual(['model/control-character subject']);
    expect(!bad.success && ids(bad.issues)).toEqual(['model/too-small number']);
    expect(() => createDocumentWithDiagnostics({ ...letter, number: -1 })).toThrow(DocumentValidationError);
  });

  it('reports a BOM that zod’s trim would otherwise remove without a word', () => {
    // Found by issue 17: a leading BOM vanished silently (String.prototype.trim removes U+FEFF).
    expect(DocumentSchema.parse({ ...letter, subject: '\ufeffV/v' }).subject).toBe('V/v');
    expect(ids(createDocumentWithDiagnostics({ ...letter, subject: '\ufeffV/v' }).diagnostics)).toEqual([
      'model/zero-width subject',
    ]);
  });

  it('makes documents with nothing left to clean, whatever the strings drawn', () => {
    fc.assert(
      fc.property(
        documentArbitrary({ printable: false, allKinds: true, everyField: true, strings: 'xml' }),
        (drawn) => {
          // Drawn strings may hold printed prefixes ("* VT", "- …") that the first creation takes off.
          const { document } = createDocumentWithDiagnostics(drawn);
          expect(createDocumentWithDiagnostics(document)).toEqual({ document, diagnostics: [] });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('every reader', () => {
  it('text: reports what it cleaned once per kind at its first place, not a file’s leading BOM', () => {
    const text =
      '\ufeffBỘ NỘI VỤ\nSố: 05/BNV-VP\u000bHà Nội, ngày 09 tháng 4 năm 2024\nV/v thử\u200b\u00a0nghiệm\u0007\n';
    const read = parseText(text);
    const hygiene = read.diagnostics.filter((d) => /^text\/(line-break|zero-width|special-space|control)/.test(d.id));
    expect(hygiene.map((d) => [d.id, d.place?.line, d.place?.column, d.raw])).toEqual([
      ['text/line-break', 2, 14, '\u000b'],
      ['text/zero-width', 3, 8, '\u200b'],
      ['text/special-space', 3, 9, '\u00a0'],
      ['text/control-character', 3, 16, '\u0007'],
    ]);
    expect(read.document.subject).toBe('thử nghiệm');
  });

  it('DOCX: reports no-break spaces, invisible and direction characters of the runs, with their paragraph', async () => {
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const bytes = buildDocx({
      body: [
        p('BỘ NỘI VỤ'),
        p('Số: 05/BNV-VP'),
        p('V/v thử\u00a0nghiệm'),
        p('Kính gửi: Sở\u200b Tài\u202e chính'),
        p('Nội dung\u2028thứ hai.'),
      ].join(''),
    });
    const read = await parseDocx(bytes);
    const hygiene = read.diagnostics.filter((d) => /^text\/(line-break|zero-width|special-space)/.test(d.id));
    expect(hygiene.map((d) => [d.id, d.place?.paragraph, d.actual ?? d.message.en])).toEqual([
      ['text/special-space', 2, '1 no-break or special spaces, replaced by ordinary spaces (U+00A0)'],
      [
        'text/zero-width',
        3,
        '2 invisible characters (BOM, zero-width, soft hyphen, direction marks), removed (U+200B, U+202E)',
      ],
      ['text/line-break', 4, '1 line breaks, made plain line feeds (U+2028)'],
    ]);
  });

  const fonts = fontsOrSkip();
  it.skipIf(!fonts)('PDF: reports what the text layer holds, naming the first page', async () => {
    const doc = new PDFDocument({ size: 'A4', compress: false, info: { CreationDate: new Date(0) } });
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.registerFont('serif', Buffer.from(fonts!.regular));
    doc.font('serif').fontSize(13);
    // A character the font has no glyph for: pdfkit maps its .notdef to U+0000, as a broken character map does.
    doc.text('BỘ NỘI VỤ', 100, 100);
    doc.text('Số: 05/BNV-VP', 100, 130);
    doc.text('V/v thử\u0003 nghiệm\u0003', 100, 160);
    doc.end();
    await done;
    const read = await parsePdf(new Uint8Array(Buffer.concat(chunks)));
    const hygiene = read.diagnostics.filter((d) => d.id === 'text/control-character');
    expect(hygiene.map((d) => d.message.en)).toEqual(['2 control characters, removed (U+0000), from page 1']);
    expect(read.lines.map((l) => l.text)).toContain('V/v thử nghiệm');
  });

  it.skipIf(!fonts)(
    'PDF writer: a control character of a hand-built document is neither a box nor a missing glyph',
    async () => {
      const built = DocumentSchema.parse({
        kind: 'cong-van',
        issuer: { name: 'BỘ NỘI VỤ' },
        number: 5,
        notation: 'BNV-VP',
        place: 'Hà Nội',
        date: '2024-04-09',
        subject: 'tăng cường\u000bcông tác\u0001\u200b',
        body: [{ type: 'paragraph', text: 'Nội\u0007 dung.' }],
      });
      const pdf = await toPdf(built, { fonts: fonts! });
      const read = await parsePdf(pdf);
      expect(read.document.subject).toBe('tăng cường công tác');
      expect(read.diagnostics.filter((d) => d.id.startsWith('text/control') || d.id.startsWith('text/zero'))).toEqual(
        [],
      );
    },
  );

  it('vanban XML: reports by field what the file holds', () => {
    const xml = toXml(createDocument({ kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' }, subject: 'thử' })).replace(
      '<subject>thử</subject>',
      '<subject>th&#x200B;ử&#x2028;x&#xA0;y</subject>',
    );
    const read = parseXml(xml);
    expect(read.document.subject).toBe('thử\nx y');
    expect(ids(read.diagnostics)).toEqual([
      'model/zero-width subject',
      'model/line-break subject',
      'model/special-space subject',
    ]);
  });

  it('edXML: reports by model path what the package holds, where the reader used to drop it silently', () => {
    const document = createDocument({
      kind: 'cong-van',
      issuer: { name: 'BỘ NỘI VỤ', code: EXCHANGE_SENDER_ID },
      number: 5,
      notation: 'BNV-VP',
      place: 'Hà Nội',
      date: '2024-04-09',
      subject: 'thử nghiệm',
      signatures: [{ title: 'BỘ TRƯỞNG', name: 'Nguyễn Văn An' }],
      exchange: { to: [{ name: 'Sở Tài chính', code: '000.00.12.H53' }] },
    });
    const xml = toEdxml(document, { from: EXCHANGE_SENDER_ID }).replace(
      '<edXML:FullName>Nguyễn Văn An</edXML:FullName>',
      '<edXML:FullName>Nguyễn&#x200B; Văn&#xA0;An</edXML:FullName>',
    );
    const read = parseEdxml(xml);
    expect(read.document.signatures[0]?.name).toBe('Nguyễn Văn An');
    expect(ids(read.diagnostics)).toEqual([
      'model/zero-width signatures.0.name',
      'model/special-space signatures.0.name',
    ]);
  });
});
