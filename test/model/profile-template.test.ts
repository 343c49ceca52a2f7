/**
 * Issue 16, agency profiles and batches: an agency's letterhead and signers set once (in code or a
 * JSON file) and applied to each document; many giấy mời from one template and the rows of a CSV
 * or XLSX file, a row that makes no valid document reported while the others are made.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  applyProfile,
  createDocument,
  defineProfile,
  documentsFromRows,
  planTemplate,
  profileFromJson,
  ProfileError,
  profileLayout,
  rowsFromCsv,
  rowsFromXlsx,
  RowsError,
  toDocx,
  toText,
} from '../../src/index.js';
import { xlsxOf } from '../support/xlsx.js';

const DATA = new URL('../../examples/data/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DATA), 'utf8');
const PROFILE_JSON = read('so-noi-vu.profile.json');
const TEMPLATE = JSON.parse(read('giay-moi.template.json')) as Record<string, unknown>;

describe('agency profiles', () => {
  const profile = profileFromJson(PROFILE_JSON);

  it('reads a JSON file and fills its defaults', () => {
    expect(profile.issuer).toEqual({ parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ', code: '000.00.12.H49' });
    expect(profile.distribution).toEqual([]);
    expect(Object.keys(profile.signers)).toEqual(['giam-doc', 'pho-giam-doc']);
  });

  it('is the same profile from code', () => {
    expect(defineProfile(JSON.parse(PROFILE_JSON))).toEqual(profile);
  });

  it('refuses an unknown key with the field it was meant for, and a signer it does not have', () => {
    expect(() => profileFromJson({ isuer: { name: 'X' } })).toThrow(
      /isuer: not a field of an agency profile; did you mean issuer\?/,
    );
    const bad = { ...JSON.parse(PROFILE_JSON), signer: 'giam-doc-so' };
    expect(() => profileFromJson(bad)).toThrow(ProfileError);
    expect(() => profileFromJson(bad)).toThrow(
      /"giam-doc-so" is not one of the profile's signers .*did you mean giam-doc\?/,
    );
    expect(() => profileFromJson('{ not json')).toThrow(/not JSON/);
  });

  it('fills what a document leaves out: issuer, place, ký hiệu by kind, Lưu and the signer', () => {
    const document = createDocument(applyProfile(profile, { kind: 'giay-moi', number: 12, date: '2024-05-15' }));
    expect(document.issuer.name).toBe('SỞ NỘI VỤ');
    expect(document.issuer.parent).toBe('UBND TỈNH QUẢNG NGÃI');
    expect(document.place).toBe('Quảng Ngãi');
    expect(document.notation).toBe('GM-SNV');
    expect(document.archive).toEqual(['VT', 'VP']);
    expect(document.signatures).toEqual([{ authority: [], title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' }]);
    const text = toText(document);
    expect(text).toMatch(/^UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\n/u);
    expect(text).toContain('Số: 12/GM-SNV');
    expect(text).toContain('- Lưu: VT, VP.');
  });

  it('lets the document win, takes another signer by name, and refuses an unknown one', () => {
    const own = applyProfile(
      profile,
      { kind: 'cong-van', place: 'Hà Nội', archive: ['VT'] },
      { signer: 'pho-giam-doc' },
    );
    expect(own.place).toBe('Hà Nội');
    expect(own.archive).toEqual(['VT']);
    expect(own.notation).toBe('SNV-VP');
    expect(own.signatures?.[0]).toMatchObject({ authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], name: 'Lê Thị Bình' });
    expect(() => applyProfile(profile, { kind: 'cong-van' }, { signer: 'chanh-van-phong' })).toThrow(ProfileError);
  });

  it("gives its size set to toDocx (profileLayout): the Quốc hiệu at 13 pt under '13/14'", async () => {
    expect(profileLayout(profile)).toEqual({ sizeSet: '13/14' });
    const document = createDocument(applyProfile(profile, { kind: 'giay-moi', number: 1, date: '2024-05-15' }));
    const xml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
    // The Quốc hiệu's run size in half-points: 26 (13 pt) with the profile, 24 (12 pt) by default.
    const quocHieuSize = (docXml: string) =>
      /<w:sz w:val="(\d+)"\/>(?:(?!<w:r>).)*?<w:t[^>]*>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/su.exec(docXml)?.[1];
    expect(quocHieuSize(xml(await toDocx(document, profileLayout(profile))))).toBe('26');
    expect(quocHieuSize(xml(await toDocx(document)))).toBe('24');
  });
});

describe('rows of a CSV or XLSX file', () => {
  it('reads a CSV: header row, quoted cells with commas, the delimiter told, a BOM dropped', () => {
    const table = rowsFromCsv(`\uFEFF${read('invitees.csv')}`);
    expect(table.columns).toEqual(['ho_ten', 'chuc_vu', 'don_vi', 'number']);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]!['don_vi']).toBe('Sở Kế hoạch và Đầu tư, tỉnh Quảng Ngãi');
    expect(rowsFromCsv('a;b\n1;2\n\n').rows).toEqual([{ a: '1', b: '2' }]);
  });

  it('reads the first sheet of an XLSX workbook with its numbers as numbers', async () => {
    const table = await rowsFromXlsx(readFileSync(new URL('invitees.xlsx', DATA)));
    expect(table.columns).toEqual(['ho_ten', 'chuc_vu', 'don_vi', 'number']);
    expect(table.rows[0]).toEqual({
      ho_ten: 'Ông Nguyễn Văn Hùng',
      chuc_vu: 'Giám đốc',
      don_vi: 'Sở Tài chính',
      number: 12,
    });
  });

  it('refuses a table without a header row, an unclosed quote and bytes that are no workbook', async () => {
    expect(() => rowsFromCsv('')).toThrow(RowsError);
    expect(() => rowsFromCsv('a,b\n"1,2\n')).toThrow(/quote/);
    await expect(rowsFromXlsx(new Uint8Array([1, 2, 3]))).rejects.toThrow(RowsError);
    expect(() => rowsFromCsv('a\n1\n2\n3\n', { maxRows: 2 })).toThrow(/maxRows/);
  });
});

describe('documents from a template and rows', () => {
  const template = applyProfile(profileFromJson(PROFILE_JSON), TEMPLATE as never);

  it('plans the columns against the template: placeholders filled, model paths set, the rest unused', () => {
    expect(planTemplate(template, ['ho_ten', 'chuc_vu', 'don_vi', 'number', 'ghi_chu'])).toEqual({
      placeholders: ['ho_ten', 'chuc_vu', 'don_vi'],
      pathColumns: ['number'],
      unfilled: [],
      unused: ['ghi_chu'],
    });
    expect(planTemplate(template, ['ho_ten']).unfilled).toEqual(['chuc_vu', 'don_vi']);
  });

  it('makes one giấy mời a CSV row, and reports the bad row while the others are made', () => {
    const results = [...documentsFromRows(template, rowsFromCsv(read('invitees.csv')).rows)];
    expect(results.map((r) => [r.row, r.success])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, true],
    ]);
    const first = results[0]!;
    if (!first.success) throw new Error('row 1 refused');
    expect(first.document.recipients).toEqual(['Ông Nguyễn Văn Hùng, Giám đốc']);
    expect(first.document.number).toBe(12);
    expect(toText(first.document)).toContain('kính mời Ông Nguyễn Văn Hùng, Giám đốc Sở Tài chính, dự Hội nghị');
    const bad = results[2]!;
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues.map((i) => i.path)).toEqual(['number']);
  });

  it('makes the same documents from the XLSX rows as from the CSV', async () => {
    const fromCsv = [...documentsFromRows(template, rowsFromCsv(read('invitees.csv')).rows)];
    const fromXlsx = [
      ...documentsFromRows(template, (await rowsFromXlsx(readFileSync(new URL('invitees.xlsx', DATA)))).rows),
    ];
    expect(fromXlsx.map((r) => (r.success ? r.document : r.issues.map((i) => i.path)))).toEqual(
      fromCsv.map((r) => (r.success ? r.document : r.issues.map((i) => i.path))),
    );
  });

  it('sets a list at its path split at ";" and a date of a spreadsheet as its calendar day', async () => {
    const rows = (
      await rowsFromXlsx(
        xlsxOf([
          ['ho_ten', 'chuc_vu', 'don_vi', 'distribution'],
          ['A', 'B', 'C', 'Như trên; Sở Tài chính'],
        ]),
      )
    ).rows;
    const [result] = [
      ...documentsFromRows(template, [...rows, { ho_ten: 'D', chuc_vu: 'E', don_vi: 'F', date: new Date(2024, 5, 3) }]),
    ];
    expect(result!.success && result!.document.distribution).toEqual(['Như trên', 'Sở Tài chính']);
    const second = [
      ...documentsFromRows(template, [{ ho_ten: 'D', chuc_vu: 'E', don_vi: 'F', date: new Date(2024, 5, 3) }]),
    ][0]!;
    expect(second.success && second.document.date).toBe('2024-06-03');
  });

  it('reports a placeholder a row leaves empty instead of printing "{{ho_ten}}"', () => {
    const [result] = [...documentsFromRows(template, [{ chuc_vu: 'B', don_vi: 'C' }])];
    expect(result!.success).toBe(false);
    if (result!.success) return;
    expect(result!.issues[0]!.message.en).toBe('{{ho_ten}} has no value in this row');
  });
});
