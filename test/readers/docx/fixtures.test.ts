/**
 * Documents made by LibreOffice from corpus texts in agency layouts that differ from the official
 * templates (test/fixtures/docx/*.fodt → build.sh → *.docx): named paragraph styles instead of
 * direct formatting, lines as underscores, a three-row header table, a three-column closing table.
 * Their fields must equal the hand-checked expectations of the same corpus texts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocx, type StyleMap } from '../../../src/readers/docx/index.js';
import { validate } from '../../../src/validator.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/docx/', import.meta.url));
const EXPECTED = fileURLToPath(new URL('../../corpus/expected/', import.meta.url));
const CASES = [
  ['cong-van-cuc-thue.docx', '002-congvan-cuc-thue.json'],
  ['cong-van-vpcp.docx', '004-congvan-vpcp.json'],
] as const;

describe.each(CASES)('%s (LibreOffice, agency styles)', async (fixture, expectedFile) => {
  const expected = JSON.parse(readFileSync(EXPECTED + expectedFile, 'utf8')) as Record<string, unknown> & {
    issuer: { name: string; parent: string | null };
  };
  const { document, layout, diagnostics } = await parseDocx(new Uint8Array(readFileSync(FIXTURES + fixture)));

  it('reads every field the text expectations list', () => {
    expect(document.kind).toBe(expected.kind);
    expect(document.issuer!.name).toBe(expected.issuer.name);
    expect(document.issuer!.parent ?? null).toBe(expected.issuer.parent);
    for (const field of [
      'number',
      'notation',
      'place',
      'date',
      'subject',
      'recipients',
      'signatures',
      'distribution',
      'archive',
    ] as const)
      expect(document[field], field).toEqual(expected[field]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('resolves the formatting from the named styles', () => {
    expect(layout.parts['nationalTitle.name']).toMatchObject({
      font: { hAnsi: 'Times New Roman' },
      sizePt: 13,
      bold: true,
      alignment: 'center',
      region: 'header-right',
    });
    expect(layout.parts['nationalTitle.motto']).toMatchObject({ sizePt: 14, bold: true, region: 'header-right' });
    expect(layout.parts['issuer.name']).toMatchObject({ sizePt: 13, bold: true, region: 'header-left' });
    expect(layout.parts.placeDateLine).toMatchObject({ sizePt: 14, italic: true });
    expect(layout.parts['distribution.heading']).toMatchObject({
      sizePt: 12,
      bold: true,
      italic: true,
      region: 'closing-left',
    });
    expect(layout.parts['signatures.0.name']).toMatchObject({ bold: true, region: 'closing-right' });
    expect(layout.parts['body.0']).toMatchObject({ alignment: 'justify', indentCm: { firstLine: 1 } });
  });

  it('measures the underscore line under the Tiêu ngữ and reads the page setup', () => {
    const motto = layout.parts['nationalTitle.motto']!.lineBelow!;
    expect(motto.kind).toBe('underscores');
    // 30 underscores at 13 pt under the 14 pt bold Tiêu ngữ.
    expect(motto.lengthMm).toBeCloseTo(30 * 0.5 * 13 * (25.4 / 72), 0);
    expect(layout.sections[0]).toMatchObject({
      orientation: 'portrait',
      marginsMm: { left: 30, right: 20, bottom: 20 },
      pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false },
    });
  });
});

describe('cong-van-cuc-thue.docx read with a style map of its template', async () => {
  const bytes = new Uint8Array(readFileSync(FIXTURES + 'cong-van-cuc-thue.docx'));
  const expected = JSON.parse(readFileSync(EXPECTED + '002-congvan-cuc-thue.json', 'utf8')) as { subject: string };
  const VI_TRI_TRICH_YEU = 'nd30/pl1/vi-tri-trich-yeu-cong-van';

  it('"Trich yeu" mapped to the trích yếu: the V/v is read and stays in the left column (ô 5b)', async () => {
    const result = await parseDocx(bytes, { styleMap: { 'Trich yeu': 'subject' } });
    expect(result.document).toMatchObject({ kind: 'cong-van', subject: expected.subject });
    // The style holds the V/v of the fixture: 12 pt, centred in the header's left column, 6 pt under the Số.
    expect(result.layout.parts.subjectLine).toMatchObject({
      sizePt: 12,
      alignment: 'center',
      region: 'header-left',
      spacing: { beforePt: 6 },
    });
    expect(validate(result).diagnostics.filter((d) => d.id === VI_TRI_TRICH_YEU)).toEqual([]);
  });

  it('every style of the template mapped: the same document and layout facts as without the map', async () => {
    const styleMap: StyleMap = {
      'Co quan chu quan': 'issuer',
      'Co quan': 'issuer',
      'So ky hieu': 'number',
      'Trich yeu': 'subject',
      'Quoc hieu': 'nationalTitle',
      'Tieu ngu': 'nationalTitle',
      'Dia danh': 'placeDate',
      'Kinh gui': 'recipients',
      'Noi dung': 'body',
      'Noi nhan': 'distribution',
      'Noi nhan ds': 'distribution',
      'Chuc vu': 'signature',
    };
    const plain = await parseDocx(bytes);
    const mapped = await parseDocx(bytes, { styleMap });
    expect(mapped.document).toEqual(plain.document);
    expect(mapped.layout).toEqual(plain.layout);
    expect(validate(mapped).diagnostics.map((d) => d.id)).not.toContain(VI_TRI_TRICH_YEU);
  });
});
