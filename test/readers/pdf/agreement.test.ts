/**
 * Two producers, one reading. A document of each kind written by toDocx and printed by LibreOffice
 * (test/fixtures/pdf/libreoffice) must read from the PDF as parseDocx reads it from the DOCX: the
 * same model, and the same layout facts for the main parts (font, size, weight, alignment, region,
 * the lines under the Tiêu ngữ, the issuer and the trích yếu). Corpus texts laid out with pdfkit
 * (test/fixtures/pdf/pdfkit) must read as parseText reads the texts. And the layout rules must find
 * the same in both, but for the font: LibreOffice prints Times New Roman as Liberation Serif here,
 * which the PDF says and the DOCX cannot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TextLayout } from '../../../src/model/layout.js';
import { parseDocx } from '../../../src/readers/docx/index.js';
import { parsePdf } from '../../../src/readers/pdf/index.js';
import { parseText } from '../../../src/readers/text/index.js';
import { RULES } from '../../../src/rules/index.js';
import { validate } from '../../../src/validator.js';
import { corpusPath } from '../../support/corpus.js';
import { FIXTURES, fixture, scoredFields } from './support.js';

const PRINTED = readdirSync(join(FIXTURES, 'libreoffice'))
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.slice(0, -4));

// The parts whose look the Decree fixes, compared fact by fact.
const MAIN_PARTS = [
  'nationalTitle.name',
  'nationalTitle.motto',
  'issuer.name',
  'issuer.parent',
  'numberLine',
  'placeDateLine',
  'titleLine',
  'subjectLine',
  'recipients.heading',
  'distribution.heading',
  'archive.line',
  'signatures.0.authority.0',
  'signatures.0.title',
  'signatures.0.name',
];
const FACTS = ['sizePt', 'bold', 'italic', 'alignment', 'region'] as const;
// Without Times New Roman installed, LibreOffice prints its metric twin.
const PRINTED_AS: Record<string, string> = { 'Times New Roman': 'Liberation Serif' };

const LAYOUT_RULES = new Set(RULES.filter((r) => r.meta.needsLayout).map((r) => r.meta.id));

/** The layout rules' findings on a read document, as `rule severity path`. */
function layoutFindings(read: Parameters<typeof validate>[0]): string[] {
  return validate(read)
    .diagnostics.filter((d) => LAYOUT_RULES.has(d.id))
    .map((d) => `${d.id} ${d.severity} ${d.path}`)
    .sort();
}

/**
 * Findings the PDF may add, each with its reason: the font LibreOffice printed in, and the left and
 * right margins of a body with fewer than two full lines (these samples have a one-line body), which
 * a PDF shows only as far as the header's cells reach (src/readers/pdf/column.ts).
 */
const PDF_ONLY = [
  /^nd30\/pl1\/phong-chu /u,
  /^nd30\/pl1\/kho-giay-le error layout\.sections\.0\.marginsMm\.(left|right)$/u,
];

/** Where the PDF's facts differ from the DOCX's; a fact the PDF leaves out (alignment of one line) is not compared. */
function layoutDifferences(
  docx: Readonly<Record<string, TextLayout>>,
  pdf: Readonly<Record<string, TextLayout>>,
): string[] {
  const out: string[] = [];
  for (const path of MAIN_PARTS) {
    const d = docx[path];
    const p = pdf[path];
    if (!d) continue;
    if (!p) {
      out.push(`${path}: no layout read from the PDF`);
      continue;
    }
    const family = d.font?.hAnsi ?? d.font?.ascii;
    if (family && (PRINTED_AS[family] ?? family) !== p.font?.hAnsi)
      out.push(`${path}.font: ${family} ≠ ${p.font?.hAnsi}`);
    for (const fact of FACTS)
      if (d[fact] !== undefined && p[fact] !== undefined && d[fact] !== p[fact])
        out.push(`${path}.${fact}: ${d[fact]} ≠ ${p[fact]}`);
    if (!!d.lineBelow !== !!p.lineBelow) out.push(`${path}.lineBelow: ${!!d.lineBelow} ≠ ${!!p.lineBelow}`);
    else if (d.lineBelow && p.lineBelow) {
      if (Math.abs(d.lineBelow.lengthMm - p.lineBelow.lengthMm) > 0.5)
        out.push(`${path}.lineBelow.lengthMm: ${d.lineBelow.lengthMm} ≠ ${p.lineBelow.lengthMm}`);
      // The DOCX reader measures a wrapped issuer against its cell, the PDF reader against its longer line.
      if (Math.abs((d.lineBelow.ratioToText ?? 0) - (p.lineBelow.ratioToText ?? 0)) > 0.1)
        out.push(`${path}.lineBelow.ratioToText: ${d.lineBelow.ratioToText} ≠ ${p.lineBelow.ratioToText}`);
      if (d.lineBelow.style !== p.lineBelow.style)
        out.push(`${path}.lineBelow.style: ${d.lineBelow.style} ≠ ${p.lineBelow.style}`);
    }
  }
  return out;
}

describe('LibreOffice prints of toDocx output read as their DOCX', () => {
  it('covers the 29 kinds and the seed letter', () => expect(PRINTED.length).toBe(30));

  it.each(PRINTED)('%s: the same document and the same layout of the main parts', async (name) => {
    const docx = await parseDocx(fixture(`libreoffice/${name}.docx`));
    const pdf = await parsePdf(fixture(`libreoffice/${name}.pdf`));
    expect(pdf.textLayer).toBe('text');
    expect(pdf.document).toEqual(docx.document);
    expect(layoutDifferences(docx.layout.parts, pdf.layout.parts)).toEqual([]);
    // The same layout findings, but for what only the PDF can show.
    const fromPdf = layoutFindings(pdf);
    expect(fromPdf.filter((f) => !PDF_ONLY.some((only) => only.test(f)))).toEqual(layoutFindings(docx));
    expect(fromPdf.some((f) => f.startsWith('nd30/pl1/phong-chu '))).toBe(true);
    // The lines under the Tiêu ngữ and the issuer are found, measured as the Decree asks.
    expect(pdf.layout.parts['nationalTitle.motto']?.lineBelow?.ratioToText).toBeCloseTo(1, 1);
    const issuer = pdf.layout.parts['issuer.name']?.lineBelow?.ratioToText ?? 0;
    expect(issuer).toBeGreaterThanOrEqual(1 / 3);
    expect(issuer).toBeLessThanOrEqual(1 / 2);
  });

  it('the seed letter reads back with every field and its sources point at page 1', async () => {
    const pdf = await parsePdf(fixture('libreoffice/seed-cong-van-1719.pdf'));
    const seed = JSON.parse(
      readFileSync(new URL('../../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    for (const [field, value] of Object.entries(seed))
      expect((pdf.document as Record<string, unknown>)[field], field).toEqual(value);
    expect(pdf.sources['numberLine']).toMatchObject({ page: 0, raw: 'Số: 1719/UBND-KGVX' });
    const box = pdf.sources['numberLine']!.box!;
    // Số stands in the left column, under the issuer, in the top quarter of an A4 page.
    expect(box.x).toBeGreaterThan(30);
    expect(box.x + box.width).toBeLessThan(105);
    expect(box.y).toBeGreaterThan(20);
    expect(box.y).toBeLessThan(75);
    expect(pdf.layout.sections[0]).toMatchObject({ widthMm: 210, heightMm: 297, orientation: 'portrait' });
  });

  it('the seed letter: its layout rules find nothing but the font (Liberation Serif, not Times New Roman)', async () => {
    const pdf = await parsePdf(fixture('libreoffice/seed-cong-van-1719.pdf'));
    const findings = layoutFindings(pdf);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => !f.startsWith('nd30/pl1/phong-chu '))).toEqual([]);
    // Its body fills lines: the margins are measured, and are the DOCX's.
    const docx = await parseDocx(fixture('libreoffice/seed-cong-van-1719.docx'));
    const margins = pdf.layout.sections[0]!.marginsMm;
    const expected = docx.layout.sections[0]!.marginsMm;
    for (const side of ['top', 'left', 'right'] as const)
      expect(Math.abs(margins[side] - expected[side])).toBeLessThan(1);
  });
});

describe('pdfkit layouts of corpus texts read as the texts', () => {
  it.each(['000-cong-van-ubnd-quang-ngai-1719', '037-congvan-ubnd-quangngai', '038-thongbao-ubnd-quangngai'])(
    '%s',
    async (name) => {
      const pdf = await parsePdf(fixture(`pdfkit/${name}.pdf`));
      const text = parseText(readFileSync(corpusPath(`${name}.txt`), 'utf8'));
      expect(scoredFields(pdf.document)).toEqual(scoredFields(text.document));
      // pdfkit draws the lines as strokes; Liberation Serif is named as such.
      expect(pdf.layout.parts['nationalTitle.motto']).toMatchObject({
        bold: true,
        region: 'header-right',
        font: { hAnsi: 'Liberation Serif' },
      });
      expect(pdf.layout.parts['nationalTitle.motto']?.lineBelow?.ratioToText).toBeCloseTo(1, 1);
      expect(pdf.layout.parts['placeDateLine']).toMatchObject({
        italic: true,
        region: 'header-right',
        alignment: 'center',
      });
    },
  );

  it('page numbers from page 2, centred at the top, are layout facts and not text', async () => {
    const pdf = await parsePdf(fixture('pdfkit/038-thongbao-ubnd-quangngai.pdf'));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.layout.sections[0]!.pageNumbering).toMatchObject({
      position: 'header',
      alignment: 'center',
      onFirstPage: false,
    });
    expect(pdf.lines.some((l) => l.page > 0 && /^\d+$/u.test(l.text))).toBe(false);
  });
});
