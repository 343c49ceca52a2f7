/**
 * Issue 16, item 2: a line break the user puts in a name, a trích yếu or a title (PL I, I.II.2,
 * I.II.5, I.II.6, I.III.1) is where every printed format breaks the line ("SỞ THÔNG TIN / VÀ TRUYỀN
 * THÔNG", not where the column ends), before the balanced breaking; edXML carries one line (a
 * space), vanban XML the break itself.
 */
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDocument, type DocumentInput } from '../../src/index.js';
import { parseEdxml } from '../../src/readers/edxml/index.js';
import { parseXml } from '../../src/readers/xml/index.js';
import { toDocx } from '../../src/writers/docx/index.js';
import { appendixName, toEdxml } from '../../src/writers/edxml/index.js';
import { balance, centredBox } from '../../src/writers/layout-plan/lines.js';
import { toPdf } from '../../src/writers/pdf/index.js';
import { toText } from '../../src/writers/text/index.js';
import { toXml } from '../../src/writers/xml/index.js';
import { textWidthMm } from '../../src/_lib/text-width.js';
import { fontsOrSkip, haveTools, tempPdf } from './pdf/support.js';

const fonts = fontsOrSkip();
const tools = haveTools('pdftotext');

const input: DocumentInput = {
  kind: 'quyet-dinh',
  issuer: { name: 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG', parent: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI', code: '000.00.12.H53' },
  number: 12,
  notation: 'QĐ-STTTT',
  place: 'Quảng Ngãi',
  date: '2024-05-15',
  subject: 'Về việc thành lập Tổ công tác\nrà soát văn bản quy phạm pháp luật',
  body: [
    { type: 'heading', level: 'chuong', number: 'I', title: 'QUY ĐỊNH\nCHUNG' },
    { type: 'article', number: '1', title: 'Thành lập Tổ công tác.' },
  ],
  signatures: [{ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }],
  distribution: ['Như Điều 3'],
  archive: ['VT'],
  appendices: [{ number: 'I', title: 'DANH SÁCH\nTHÀNH VIÊN', body: [{ type: 'paragraph', text: 'Nội dung.' }] }],
  exchange: { to: [{ name: 'Sở Nội vụ', code: '000.00.13.H53' }] },
};
const document = createDocument(input);
const letter = createDocument({
  kind: 'cong-van',
  issuer: { name: 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG', parent: 'UBND TỈNH QUẢNG NGÃI' },
  coIssuers: [{ name: 'SỞ NỘI VỤ\nTỈNH QUẢNG NGÃI' }],
  number: 5,
  notation: 'STTTT-VP',
  place: 'Quảng Ngãi',
  date: '2024-05-15',
  subject: 'tăng cường công tác\nbảo đảm an toàn thông tin',
  recipients: ['Các sở, ban, ngành'],
  body: [{ type: 'paragraph', text: 'Nội dung./.' }],
  signatures: [{ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }],
  archive: ['VT'],
});

/** The lines of `text` from `first` on, `count` of them, each trimmed. */
function linesFrom(text: string, first: string, count: number): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const at = lines.indexOf(first);
  expect(at, first).toBeGreaterThanOrEqual(0);
  return lines.slice(at, at + count);
}

describe('the text writer', () => {
  it('prints the lines of a name, a trích yếu, a heading and an appendix title one under the other', () => {
    const text = toText(document);
    expect(linesFrom(text, 'ỦY BAN NHÂN DÂN', 4)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'SỞ THÔNG TIN',
      'VÀ TRUYỀN THÔNG',
    ]);
    expect(linesFrom(text, 'QUYẾT ĐỊNH', 3)).toEqual([
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công tác',
      'rà soát văn bản quy phạm pháp luật',
    ]);
    expect(linesFrom(text, 'Chương I', 3)).toEqual(['Chương I', 'QUY ĐỊNH', 'CHUNG']);
    expect(linesFrom(text, 'Phụ lục I', 3)).toEqual(['Phụ lục I', 'DANH SÁCH', 'THÀNH VIÊN']);
  });

  it("prints a công văn's V/v and a co-issuer's name on their lines", () => {
    const text = toText(letter);
    expect(linesFrom(text, 'V/v tăng cường công tác', 2)).toEqual([
      'V/v tăng cường công tác',
      'bảo đảm an toàn thông tin',
    ]);
    expect(linesFrom(text, 'SỞ NỘI VỤ', 2)).toEqual(['SỞ NỘI VỤ', 'TỈNH QUẢNG NGÃI']);
  });
});

describe('the DOCX writer', () => {
  const paragraphs = async (d: typeof document) => {
    const xml = strFromU8(unzipSync(await toDocx(d))['word/document.xml']!);
    // Each paragraph as its texts, a forced line break as "⏎".
    return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
      [...p[0].matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '⏎' : m[1])).join(''),
    );
  };

  it("breaks the issuer's and its parent's paragraphs with a <w:br/> where the model breaks", async () => {
    const texts = await paragraphs(document);
    expect(texts).toContain('ỦY BAN NHÂN DÂN⏎TỈNH QUẢNG NGÃI');
    expect(texts).toContain('SỞ THÔNG TIN⏎VÀ TRUYỀN THÔNG');
    expect(texts).toContain('Về việc thành lập Tổ công tác⏎rà soát văn bản quy phạm pháp luật');
    expect(texts).toContain('QUY ĐỊNH⏎CHUNG');
    expect(texts).toContain('DANH SÁCH⏎THÀNH VIÊN');
  });

  it("breaks a công văn's V/v and a co-issuer's name", async () => {
    const texts = await paragraphs(letter);
    expect(texts).toContain('V/v tăng cường công tác⏎bảo đảm an toàn thông tin');
    expect(texts).toContain('SỞ NỘI VỤ⏎TỈNH QUẢNG NGÃI');
  });
});

describe.skipIf(!fonts || !tools)('the PDF writer', () => {
  const layout = async (d: typeof document) =>
    execFileSync('pdftotext', ['-layout', tempPdf(await toPdf(d, { fonts: fonts! })), '-'], { encoding: 'utf8' });
  // pdftotext -layout sets the two header columns side by side: a line's left column is before the wide gap.
  const left = (text: string) => text.split('\n').map((l) => l.trim().split(/\s{3,}/u)[0]!);

  it('prints the names and the trích yếu on the lines asked for', async () => {
    const lines = left(await layout(document));
    expect(lines.slice(0, 4)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG']);
    const at = lines.indexOf('QUYẾT ĐỊNH');
    expect(lines.slice(at + 1, at + 3)).toEqual([
      'Về việc thành lập Tổ công tác',
      'rà soát văn bản quy phạm pháp luật',
    ]);
    expect(lines.filter((l) => l !== '').slice(lines.filter((l) => l !== '').indexOf('Chương I'))).toEqual(
      expect.arrayContaining(['QUY ĐỊNH', 'CHUNG', 'DANH SÁCH', 'THÀNH VIÊN']),
    );
  });

  it('keeps the break asked for where balancing would break elsewhere, even before one word alone', async () => {
    const subject =
      'Về việc ban hành Quy chế phối hợp trong công tác quản lý nhà nước về an toàn thông tin mạng trên địa\nbàn';
    const text = await layout(createDocument({ ...input, subject }));
    const lines = text.split('\n').map((l) => l.trim());
    const last = lines.indexOf('bàn');
    expect(last, text).toBeGreaterThan(0);
    expect(lines[last - 1]).toMatch(/trên địa$/u);
  });
});

describe('the balanced breaking', () => {
  it('breaks each given line on its own: the given break first, then balance within a line too long', () => {
    const width = (t: string) => textWidthMm(t, 14, true);
    const long = 'Về việc ban hành Quy chế phối hợp trong công tác quản lý nhà nước về an toàn thông tin mạng';
    const box = centredBox(`${long}\ntrên địa bàn`, 160, 14, true);
    expect(box.lines).toEqual([long, 'trên địa bàn']);
    // Balancing alone would put "trên địa bàn" with the words before it.
    expect(balance(`${long} trên địa bàn`, 160 * 0.96, width).at(-1)).not.toBe('trên địa bàn');
    expect(box.indentMm).toBeGreaterThan(0);
  });
});

describe('the XML writers', () => {
  it('edXML carries each name and the trích yếu as one line, a space where the break was', () => {
    const back = parseEdxml(toEdxml(document)).document;
    expect(back.issuer).toMatchObject({
      name: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
    });
    expect(back.subject).toBe('Về việc thành lập Tổ công tác rà soát văn bản quy phạm pháp luật');
    expect(back.appendices.map((a) => a.title)).toEqual(['DANH SÁCH THÀNH VIÊN']);
    expect(toEdxml(document)).not.toMatch(/THÔNG TIN\s*\n/u);
    expect(appendixName({ number: 'I', title: 'DANH SÁCH\nTHÀNH VIÊN' })).toBe('Phụ lục I: DANH SÁCH THÀNH VIÊN');
  });

  it('vanban XML keeps the breaks', () => {
    const back = parseXml(toXml(document)).document;
    expect(back.issuer).toMatchObject({
      name: 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG',
      parent: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI',
    });
    expect(back.subject).toBe(document.subject);
    expect(back.body[0]).toEqual(document.body[0]);
    expect(back.appendices[0]!.title).toBe('DANH SÁCH\nTHÀNH VIÊN');
  });
});
