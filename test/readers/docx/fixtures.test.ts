/**
 * Documents made by LibreOffice from corpus texts in agency layouts that differ from the official
 * templates (test/fixtures/docx/*.fodt → build.sh → *.docx): named paragraph styles instead of
 * direct formatting, lines as underscores, a three-row header table, a three-column closing table.
 * Their fields must equal the hand-checked expectations of the same corpus texts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/readers/docx/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/docx/', import.meta.url));
const EXPECTED = fileURLToPath(new URL('../../corpus/expected/', import.meta.url));
const CASES = [
  ['cong-van-cuc-thue.docx', '002-congvan-cuc-thue.json'],
  ['cong-van-vpcp.docx', '004-congvan-vpcp.json'],
] as const;

describe.each(CASES)('%s (LibreOffice, agency styles)', async (fixture, expectedFile) => {
  const expected = JSON.parse(readFileSync(EXPECTED + expectedFile, 'utf8')) as Record<string, unknown> & { issuer: { name: string; parent: string | null } };
  const { document, layout, diagnostics } = await parseDocx(new Uint8Array(readFileSync(FIXTURES + fixture)));

  it('reads every field the text expectations list', () => {
    expect(document.kind).toBe(expected.kind);
    expect(document.issuer.name).toBe(expected.issuer.name);
    expect(document.issuer.parent ?? null).toBe(expected.issuer.parent);
    for (const field of ['number', 'notation', 'place', 'date', 'subject', 'recipients', 'signatures', 'distribution', 'archive'] as const) expect(document[field], field).toEqual(expected[field]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('resolves the formatting from the named styles', () => {
    expect(layout.parts['nationalTitle.name']).toMatchObject({ font: { hAnsi: 'Times New Roman' }, sizePt: 13, bold: true, alignment: 'center', region: 'header-right' });
    expect(layout.parts['nationalTitle.motto']).toMatchObject({ sizePt: 14, bold: true, region: 'header-right' });
    expect(layout.parts['issuer.name']).toMatchObject({ sizePt: 13, bold: true, region: 'header-left' });
    expect(layout.parts.placeDateLine).toMatchObject({ sizePt: 14, italic: true });
    expect(layout.parts['distribution.heading']).toMatchObject({ sizePt: 12, bold: true, italic: true, region: 'closing-left' });
    expect(layout.parts['signatures.0.name']).toMatchObject({ bold: true, region: 'closing-right' });
    expect(layout.parts['body.0']).toMatchObject({ alignment: 'justify', indentCm: { firstLine: 1 } });
  });

  it('measures the underscore line under the Tiêu ngữ and reads the page setup', () => {
    const motto = layout.parts['nationalTitle.motto']!.lineBelow!;
    expect(motto.kind).toBe('underscores');
    // 30 underscores at 13 pt under the 14 pt bold Tiêu ngữ.
    expect(motto.lengthMm).toBeCloseTo(30 * 0.5 * 13 * (25.4 / 72), 0);
    expect(layout.sections[0]).toMatchObject({ orientation: 'portrait', marginsMm: { left: 30, right: 20, bottom: 20 }, pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false } });
  });
});
