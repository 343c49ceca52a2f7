/**
 * The real Word files of the corpus: the Decree itself (055) and its official templates one after
 * another (056) parse with their fields and layout facts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/readers/docx/index.js';
import { openDocx } from '../../../src/readers/docx/open.js';

const corpus = (name: string) => new Uint8Array(readFileSync(`/work/shared/corpus/${name}`));
const DECREE = corpus('055-nghidinh-chinhphu-nd30.docx');
const TEMPLATES = corpus('056-mau-nd30-phuluc3.docx');
const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };

describe('055: Nghị định 30/2020/NĐ-CP as a Word file', async () => {
  const { document, sources, layout, diagnostics } = await parseDocx(DECREE);

  it('reads the fields of the header, body and closing', () => {
    expect(document).toMatchObject({ kind: 'nghi-dinh', regime: 'quy-pham-phap-luat', issuer: { name: 'CHÍNH PHỦ' }, number: 30, notation: '2020/NĐ-CP', place: 'Hà Nội', date: '2020-03-05', subject: 'Về công tác văn thư' });
    expect(document.signatures).toEqual([{ authority: [{ prefix: 'TM', of: 'CHÍNH PHỦ' }], title: 'THỦ TƯỚNG', name: 'Nguyễn Xuân Phúc' }]);
    expect(document.distribution).toHaveLength(20);
    expect(document.distribution[0]).toBe('Ban Bí thư Trung ương Đảng');
    expect(document.archive).toEqual(['VT', 'HC']);
    expect(document.body.length).toBeGreaterThan(200);
    expect(diagnostics.filter((d) => d.code.startsWith('docx/'))).toEqual([]);
  });

  it('ties every source to its paragraph, the header table read column by column', () => {
    for (const [path, span] of Object.entries(sources)) expect(span.paragraph, path).toBeTypeOf('number');
    expect(sources['issuer.name']!.paragraph).toBe(0);
    expect(sources.numberLine!.paragraph).toBeLessThan(sources['nationalTitle.name']!.paragraph!);
    expect(Object.keys(layout.parts).sort()).toEqual(Object.keys(sources).sort());
  });

  it('gives the layout facts of the header parts (PL I, mục V)', () => {
    const { parts } = layout;
    expect(parts['nationalTitle.name']).toMatchObject({ font: TNR, sizePt: 13, bold: true, italic: false, alignment: 'center', region: 'header-right' });
    expect(parts['nationalTitle.motto']).toMatchObject({ sizePt: 14, bold: true, region: 'header-right' });
    expect(parts['issuer.name']).toMatchObject({ sizePt: 13, bold: true, region: 'header-left' });
    expect(parts.numberLine).toMatchObject({ sizePt: 13, bold: false, region: 'header-left' });
    expect(parts.placeDateLine).toMatchObject({ sizePt: 14, italic: true, region: 'header-right' });
    expect(parts['distribution.heading']).toMatchObject({ sizePt: 12, bold: true, italic: true, region: 'closing-left' });
    expect(parts['archive.line']).toMatchObject({ sizePt: 11, region: 'closing-left' });
    expect(parts['signatures.0.name']).toMatchObject({ sizePt: 14, bold: true, region: 'closing-right' });
    expect(parts['body.0']).toMatchObject({ italic: true, alignment: 'justify', indentCm: { firstLine: 1 } });
  });

  it('measures the underscore lines under the Tiêu ngữ, the issuer and the trích yếu', () => {
    const motto = layout.parts['nationalTitle.motto']!.lineBelow!;
    const issuer = layout.parts['issuer.name']!.lineBelow!;
    const subject = layout.parts.subjectLine!.lineBelow!;
    expect([motto.kind, issuer.kind, subject.kind]).toEqual(['underscores', 'underscores', 'underscores']);
    // 40 superscript underscores at 14 pt under "Độc lập - Tự do - Hạnh phúc": about as long as the text.
    expect(motto.ratioToText).toBeGreaterThan(0.9);
    expect(motto.ratioToText).toBeLessThan(1.2);
    // The issuer's and the trích yếu's lines are 1/3–1/2 of their text (nd30.md §3.4).
    expect(issuer.ratioToText).toBeGreaterThanOrEqual(0.33);
    expect(issuer.ratioToText).toBeLessThanOrEqual(0.5);
    expect(subject.ratioToText).toBeGreaterThanOrEqual(0.3);
  });

  it('reads the page setup and the page number in the header, hidden on page 1', () => {
    expect(layout.sections).toHaveLength(1);
    expect(layout.sections[0]).toMatchObject({ orientation: 'portrait', marginsMm: { top: 25.01, bottom: 20, left: 35.01, right: 20 }, pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false, format: 'decimal' } });
    expect(layout.sections[0]!.widthMm).toBeCloseTo(210, 0);
    expect(layout.sections[0]!.heightMm).toBeCloseTo(297, 0);
  });
});

describe('056: the templates of Phụ lục III one after another', () => {
  const opened = openDocx(TEMPLATES);
  const text = (p: (typeof opened.paragraphs)[number]) => p.lines.join(' ');

  it('finds the header table of every template and reads its right column as header-right', () => {
    const quocHieu = opened.paragraphs.filter((p) => /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u.test(text(p).trim()));
    expect(quocHieu).toHaveLength(13);
    for (const p of quocHieu) expect(p.region).toBe('header-right');
    const numberLines = opened.paragraphs.filter((p) => /^Số:/u.test(text(p)) && p.region === 'header-left');
    expect(numberLines.length).toBeGreaterThanOrEqual(10);
  });

  it('reads the closing tables: Nơi nhận in the left column', () => {
    const noiNhan = opened.paragraphs.filter((p) => /^Nơi nhận/u.test(text(p).trim()));
    expect(noiNhan.filter((p) => p.region === 'closing-left').length).toBeGreaterThanOrEqual(9);
  });

  it('finds the separator lines drawn as DrawingML shapes and the header lines typed as underscores', () => {
    const shapes = opened.paragraphs.flatMap((p) => p.drawn.filter((d) => d.kind === 'shape'));
    expect(shapes.length).toBeGreaterThanOrEqual(14);
    const headerUnderscores = opened.paragraphs.filter((p) => p.region === 'header-right' && p.drawn.some((d) => d.kind === 'underscores'));
    expect(headerUnderscores.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps Vietnamese text typed in Unicode under a legacy .VnTimeH font name as it is', () => {
    expect(opened.paragraphs.some((p) => /^Số: \.\./u.test(text(p)))).toBe(true);
    expect(opened.diagnostics.map((d) => d.code)).not.toContain('docx/legacy-font');
  });

  it('reads its page setup and numbering', async () => {
    const { layout, sources } = await parseDocx(TEMPLATES);
    expect(layout.sections[0]).toMatchObject({ marginsMm: { top: 25.01, bottom: 20, left: 35.01, right: 20 }, pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false } });
    // The docDefaults of this LibreOffice-saved file are Liberation Serif; every run overrides them.
    expect(layout.defaultFont).toMatchObject({ hAnsi: 'Liberation Serif' });
    // One cell of the abbreviation table is set in Calibri: a real finding the font rule will report.
    const notTimes = Object.entries(layout.parts).filter(([, part]) => part.font?.hAnsi !== 'Times New Roman');
    expect(notTimes.map(([path, part]) => [sources[path]!.paragraph, part.font?.hAnsi])).toEqual([[95, 'Calibri']]);
  });
});
