/**
 * The real Word files of the corpus: the Decree itself (055) parses with the fields of its
 * hand-checked expectations (test/corpus/expected) and its layout facts; its official templates
 * one after another (056) are not one document: no field is invented, each template reads apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type DocxReadResult, parseDocx, parseDocxDocuments } from '../../../src/readers/docx/index.js';
import { openDocx } from '../../../src/readers/docx/open.js';
import { corpusPath } from '../../support/corpus.js';

const corpus = (name: string) => new Uint8Array(readFileSync(corpusPath(name)));
const DECREE = corpus('055-nghidinh-chinhphu-nd30.docx');
const TEMPLATES = corpus('056-mau-nd30-phuluc3.docx');
const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };

/** The fields of test/corpus/expected/<name>.json (format in test/corpus/README.md). */
interface Expectation {
  readonly kind: string | null;
  readonly regime: string;
  readonly issuer: { readonly name: string; readonly parent: string | null } | null;
  readonly number: number | null;
  readonly notation: string | null;
  readonly place: string | null;
  readonly date: string | null;
  readonly subject: string | null;
  readonly recipients: readonly string[] | null;
  readonly signatures:
    readonly { readonly authority: readonly unknown[]; readonly title: string | null; readonly name: string }[] | null;
  readonly distribution: readonly string[] | null;
  readonly archive: readonly string[] | null;
}

const expectation = (name: string): Expectation =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../corpus/expected/${name}.json`, import.meta.url)), 'utf8'),
  ) as Expectation;

/**
 * The read fields equal the expectations. A null is a field the reader must not fill: a list stays
 * empty, a scalar absent, and the kind and issuer (which the model requires) have no source, so
 * whatever placeholder holds them was not read from the file.
 */
function expectFields({ document, sources }: DocxReadResult, e: Expectation): void {
  if (e.kind === null) expect(sources.kind, 'kind').toBeUndefined();
  else expect(document.kind, 'kind').toBe(e.kind);
  expect(document.regime, 'regime').toBe(e.regime);
  if (e.issuer === null) {
    expect(sources['issuer.name'], 'issuer').toBeUndefined();
    expect(document.issuer, 'issuer').toBeUndefined();
  } else {
    expect(document.issuer!.name, 'issuer.name').toBe(e.issuer.name);
    expect(document.issuer!.parent ?? null, 'issuer.parent').toBe(e.issuer.parent);
  }
  for (const field of ['number', 'notation', 'place', 'date', 'subject'] as const)
    expect(document[field] ?? null, field).toEqual(e[field]);
  for (const field of ['recipients', 'distribution', 'archive'] as const)
    expect(document[field], field).toEqual(e[field] ?? []);
  // A signer without a title of their own has none in the model.
  expect(document.signatures, 'signatures').toEqual(
    (e.signatures ?? []).map(({ title, ...s }) => (title === null ? s : { ...s, title })),
  );
}

describe('055: Nghị định 30/2020/NĐ-CP as a Word file', async () => {
  const { document, sources, layout, diagnostics } = await parseDocx(DECREE);

  it('reads the fields of the header, body and closing as the expectations list them', () => {
    expectFields({ document, sources, layout, diagnostics }, expectation('055-nghidinh-chinhphu-nd30'));
    expect(document.body.length).toBeGreaterThan(200);
    expect(diagnostics.filter((d) => d.id.startsWith('docx/'))).toEqual([]);
  });

  it('ties every source to its paragraph, the header table read column by column', () => {
    for (const [path, span] of Object.entries(sources)) expect(span.paragraph, path).toBeTypeOf('number');
    expect(sources['issuer.name']!.paragraph).toBe(0);
    expect(sources.numberLine!.paragraph).toBeLessThan(sources['nationalTitle.name']!.paragraph!);
    expect(Object.keys(layout.parts).sort()).toEqual(Object.keys(sources).sort());
  });

  it('gives the layout facts of the header parts (PL I, mục V)', () => {
    const { parts } = layout;
    expect(parts['nationalTitle.name']).toMatchObject({
      font: TNR,
      sizePt: 13,
      bold: true,
      italic: false,
      alignment: 'center',
      region: 'header-right',
    });
    expect(parts['nationalTitle.motto']).toMatchObject({ sizePt: 14, bold: true, region: 'header-right' });
    expect(parts['issuer.name']).toMatchObject({ sizePt: 13, bold: true, region: 'header-left' });
    expect(parts.numberLine).toMatchObject({ sizePt: 13, bold: false, region: 'header-left' });
    expect(parts.placeDateLine).toMatchObject({ sizePt: 14, italic: true, region: 'header-right' });
    expect(parts['distribution.heading']).toMatchObject({
      sizePt: 12,
      bold: true,
      italic: true,
      region: 'closing-left',
    });
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
    expect(layout.sections[0]).toMatchObject({
      orientation: 'portrait',
      marginsMm: { top: 25.01, bottom: 20, left: 35.01, right: 20 },
      pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false, format: 'decimal' },
    });
    expect(layout.sections[0]!.widthMm).toBeCloseTo(210, 0);
    expect(layout.sections[0]!.heightMm).toBeCloseTo(297, 0);
  });
});

describe('056: the templates of Phụ lục III one after another', () => {
  const opened = openDocx(TEMPLATES);
  const text = (p: (typeof opened.paragraphs)[number]) => p.lines.join(' ');

  it('is not one document: no field is read, as the expectations say, and the file is reported', async () => {
    const result = await parseDocx(TEMPLATES);
    expectFields(result, expectation('056-mau-nd30-phuluc3'));
    expect(result.sources).toEqual({});
    expect(result.layout.parts).toEqual({});
    const reported = result.diagnostics.filter((d) => d.id === 'docx/multiple-documents');
    expect(reported).toEqual([
      {
        source: 'docx',
        id: 'docx/multiple-documents',
        url: 'https://unpkg.com/vanban@0.1.0/docs/diagnostics/docx.md#multiple-documents',
        severity: 'warning',
        message: { vi: expect.stringContaining('14 mẫu văn bản'), en: expect.stringContaining('14 templates') },
        raw: 'Mẫu 1.1 - Nghị quyết (cá biệt)',
      },
    ]);
  });

  it('reads each template apart, as the kind its tên loại or type code names', async () => {
    const results = await parseDocxDocuments(TEMPLATES);
    const headings = opened.paragraphs.filter((p) => /^Mẫu \d+\.\d+ - /u.test(text(p).trim())).map((p) => p.index);
    expect(headings).toHaveLength(14);
    expect(results).toHaveLength(14);
    results.forEach((result, k) => {
      // Every part a template's result holds was read from that template's own paragraphs.
      for (const [path, span] of Object.entries(result.sources)) {
        expect(span.paragraph, path).toBeGreaterThanOrEqual(headings[k]!);
        expect(span.paragraph, path).toBeLessThan(headings[k + 1] ?? opened.paragraphs.length);
      }
      expect(result.diagnostics.map((d) => d.id)).not.toContain('docx/multiple-documents');
    });
    // Mẫu 1.1–1.10 (1.4 is "văn bản có tên loại", a placeholder tên loại); 2.1–3.2 are the appendix and copy forms.
    const kinds = results.map((r) => r.document.kind);
    expect([0, 1, 2, 4, 5, 6, 7, 8, 9].map((k) => kinds[k])).toEqual([
      'nghi-quyet',
      'quyet-dinh',
      'quyet-dinh',
      'cong-van',
      'cong-dien',
      'giay-moi',
      'giay-gioi-thieu',
      'bien-ban',
      'giay-nghi-phep',
    ]);
    // Mẫu 1.5: the công văn's V/v sits in the header's left column, under the Số line (ô 5b).
    expect(results[4]!.layout.parts.subjectLine).toMatchObject({ region: 'header-left', sizePt: 12, bold: false });
    expect(results[4]!.document.recipients).toHaveLength(2);
  });

  it('finds the header table of every template and reads its right column as header-right', () => {
    // Mẫu 1.6 spells the Quốc hiệu "CỘNG HOÀ" (nd30.md §2.1: both tone placements are accepted).
    const quocHieu = opened.paragraphs.filter((p) =>
      /^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u.test(text(p).trim()),
    );
    expect(quocHieu).toHaveLength(14);
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
    const headerUnderscores = opened.paragraphs.filter(
      (p) => p.region === 'header-right' && p.drawn.some((d) => d.kind === 'underscores'),
    );
    expect(headerUnderscores.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps Vietnamese text typed in Unicode under a legacy .VnTimeH font name as it is', () => {
    expect(opened.paragraphs.some((p) => /^Số: \.\./u.test(text(p)))).toBe(true);
    expect(opened.diagnostics.map((d) => d.id)).not.toContain('docx/legacy-font');
  });

  it('reads its page setup and numbering, and the fonts of the templates', async () => {
    const { layout } = await parseDocx(TEMPLATES);
    expect(layout.sections[0]).toMatchObject({
      marginsMm: { top: 25.01, bottom: 20, left: 35.01, right: 20 },
      pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false },
    });
    // The docDefaults of this LibreOffice-saved file are Liberation Serif; every run overrides them.
    expect(layout.defaultFont).toMatchObject({ hAnsi: 'Liberation Serif' });
    // Every part of every template is set in Times New Roman; the Calibri left in the file is outside
    // them: the STT cells of the abbreviation table (numbering labels only) and six headings.
    for (const result of await parseDocxDocuments(TEMPLATES)) {
      for (const [path, part] of Object.entries(result.layout.parts))
        expect(part.font?.hAnsi, path).toBe('Times New Roman');
    }
    const calibri = opened.paragraphs.filter(
      (p) => text(p).trim() !== '' && opened.styles.fonts(p.run.fonts)?.hAnsi === 'Calibri',
    );
    expect(calibri.filter((p) => /^\d+\.$/u.test(text(p).trim()))).toHaveLength(30);
    expect(calibri.filter((p) => /^Mẫu /u.test(text(p).trim()))).toHaveLength(7);
  });
});

/**
 * Word-made files of agencies (test/fixtures/docx/word, provenance in test/fixtures/docx/README.md):
 * each scored like the corpus against its hand-checked expectations beside it, in the format of
 * test/corpus/README.md, with the layout of its header and closing tables and the lines drawn under
 * the Tiêu ngữ and the issuer.
 */
describe('Word files of agencies', () => {
  const dir = fileURLToPath(new URL('../../fixtures/docx/word/', import.meta.url));
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));

  it('holds at least three, each saved by Microsoft Word', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const app = strFromU8(unzipSync(new Uint8Array(readFileSync(`${dir}${name}.docx`)))['docProps/app.xml']!);
      expect(app, name).toContain('<Application>Microsoft Office Word</Application>');
    }
  });

  it.each(names)('%s: reads the fields of its expectations, and its header and closing layout', async (name) => {
    const e = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Expectation & { file: string };
    expect(e.file).toBe(`${name}.docx`);
    const read = await parseDocx(new Uint8Array(readFileSync(`${dir}${name}.docx`)));
    expectFields(read, e);
    expect(read.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const { parts, sections } = read.layout;
    // Vietnamese letters render from the hAnsi slot (pitfalls.md); the cs slot is left to the style in two of them.
    expect(parts['issuer.name']).toMatchObject({
      font: { hAnsi: 'Times New Roman' },
      bold: true,
      region: 'header-left',
    });
    expect(parts['nationalTitle.name']).toMatchObject({ bold: true, region: 'header-right' });
    expect(parts['signatures.0.name']).toMatchObject({ bold: true, region: 'closing-right' });
    expect(parts['distribution.heading']).toMatchObject({ bold: true, italic: true, region: 'closing-left' });
    expect(parts['nationalTitle.motto']!.lineBelow).toMatchObject({ kind: 'shape', style: 'solid' });
    expect(parts['nationalTitle.motto']!.lineBelow!.ratioToText).toBeGreaterThan(0.9);
    expect(parts['issuer.name']!.lineBelow).toMatchObject({ kind: 'shape', style: 'solid' });
    expect(sections[0]!.orientation).toBe('portrait');
    expect(sections[0]!.widthMm).toBeCloseTo(210, 0);
    expect(sections[0]!.heightMm).toBeCloseTo(297, 0);
  });
});
