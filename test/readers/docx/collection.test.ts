/**
 * Files holding several documents one after another (collection.ts): letters pasted into one file
 * and template collections are reported and read apart; a document with the documents it attaches
 * (a Quyết định and its Quy chế, a Hướng dẫn and its forms) is read as the one document it is.
 */
import { describe, expect, it } from 'vitest';
import { parseDocx, parseDocxDocuments } from '../../../src/readers/docx/index.js';
import { a4Section, buildDocx, para, twoColumnTable } from './build-docx.js';

const center = '<w:jc w:val="center"/>';
const bold = (text: string) => para([[text, '<w:b/>']], center);

/** A header table: issuer (and its Số when given) at the left, Quốc hiệu and date at the right. */
function header(issuer: string, numberLine: string | undefined, date: string | undefined): string {
  const left = bold(issuer) + (numberLine ? para([numberLine], center) : '');
  const right =
    bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') +
    bold('Độc lập - Tự do - Hạnh phúc') +
    (date ? para([[date, '<w:i/>']], center) : '');
  return twoColumnTable([[left, right]]);
}

const closing = (title: string, name: string) =>
  twoColumnTable([
    [para([['Nơi nhận:', '<w:b/><w:i/>']]) + para(['- Như trên;']) + para(['- Lưu: VT.']), bold(title) + bold(name)],
  ]);

/** A whole công văn: header with Số and date, V/v, Kính gửi, body, closing. */
function congVan(number: number, issuer: string, subject: string): string {
  return (
    twoColumnTable([
      [
        bold(issuer) + para([`Số: ${number}/STC-VP`], center) + para([`V/v ${subject}`], center),
        bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') +
          bold('Độc lập - Tự do - Hạnh phúc') +
          para([['Hà Nội, ngày 12 tháng 4 năm 2024', '<w:i/>']], center),
      ],
    ]) +
    para(['Kính gửi: Ủy ban nhân dân tỉnh']) +
    para([`Sở Tài chính báo cáo về ${subject}./.`]) +
    closing('GIÁM ĐỐC', 'Nguyễn Văn Bình')
  );
}

describe('several documents in one file', () => {
  it('two letters pasted one after another: reported, no field read, each read apart', async () => {
    const bytes = buildDocx({
      body:
        congVan(12, 'SỞ TÀI CHÍNH', 'báo cáo quý I') +
        para(['']) +
        congVan(13, 'SỞ TÀI CHÍNH', 'báo cáo quý II') +
        a4Section(),
    });
    const whole = await parseDocx(bytes);
    expect(whole.diagnostics.filter((d) => d.id === 'docx/multiple-documents')).toEqual([
      {
        source: 'docx',
        id: 'docx/multiple-documents',
        url: 'https://unpkg.com/vanban@0.1.0/docs/diagnostics/docx.md#multiple-documents',
        severity: 'warning',
        message: { vi: expect.stringContaining('2 văn bản'), en: expect.stringContaining('2 documents') },
        raw: 'SỞ TÀI CHÍNH',
      },
    ]);
    expect(whole.document).toMatchObject({ recipients: [], body: [], signatures: [], distribution: [], archive: [] });
    for (const field of ['number', 'notation', 'place', 'date', 'subject'] as const)
      expect(whole.document[field], field).toBeUndefined();
    expect(whole.sources).toEqual({});

    const each = await parseDocxDocuments(bytes);
    expect(
      each.map((r) => [r.document.kind, r.document.number, r.document.subject, r.document.signatures[0]?.name]),
    ).toEqual([
      ['cong-van', 12, 'báo cáo quý I', 'Nguyễn Văn Bình'],
      ['cong-van', 13, 'báo cáo quý II', 'Nguyễn Văn Bình'],
    ]);
    // Each result's sources point into its own letter; the layout facts are keyed the same way.
    expect(each[1]!.sources['issuer.name']!.paragraph).toBeGreaterThan(
      each[0]!.sources['signatures.0.name']!.paragraph!,
    );
    expect(each[1]!.layout.parts.subjectLine).toMatchObject({ region: 'header-left' });
  });

  it('templates headed "Mẫu …" after a title page: reported as templates, the regime read from what they are attached to', async () => {
    const template = (heading: string, code: string) =>
      para([heading]) +
      header('TÊN CƠ QUAN, TỔ CHỨC', `Số: …/${code}-…`, '…, ngày … tháng … năm …') +
      bold(code === 'QĐ' ? 'QUYẾT ĐỊNH' : 'TỜ TRÌNH') +
      para(['Nội dung …']) +
      closing('QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', 'Họ và tên');
    const body =
      bold('Phụ lục') +
      para(['(Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ)'], center) +
      template('Mẫu 1.2 - Quyết định', 'QĐ') +
      template('Mẫu 1.4 - Tờ trình', 'TTr') +
      a4Section();
    const whole = await parseDocx(buildDocx({ body }));
    expect(whole.document.regime).toBe('quy-pham-phap-luat');
    expect(whole.diagnostics.find((d) => d.id === 'docx/multiple-documents')).toMatchObject({
      raw: 'Mẫu 1.2 - Quyết định',
      message: { en: expect.stringContaining('2 templates') },
    });
    const each = await parseDocxDocuments(buildDocx({ body }));
    expect(each.map((r) => r.document.kind)).toEqual(['quyet-dinh', 'to-trinh']);
  });

  it('a Quyết định and the Quy chế it issues (a header without a số): one document', async () => {
    const decision = congVan(5, 'ỦY BAN NHÂN DÂN TỈNH', 'ban hành quy chế')
      .replace('V/v ban hành quy chế', '')
      .replace('/STC-VP', '/QĐ-UBND');
    const body =
      decision +
      header('ỦY BAN NHÂN DÂN TỈNH', undefined, undefined) +
      bold('QUY CHẾ') +
      para(['Điều 1. Phạm vi.']) +
      closing('TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn A') +
      a4Section();
    const result = await parseDocx(buildDocx({ body }));
    expect(result.diagnostics.map((d) => d.id)).not.toContain('docx/multiple-documents');
    expect(result.document).toMatchObject({ number: 5, notation: 'QĐ-UBND', issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH' } });
  });

  it('a document followed by the forms it attaches ("Mẫu số 01 - …"): one document', async () => {
    const form = (heading: string) =>
      para([heading]) +
      header('TÊN CƠ QUAN', 'Số: …/TTr-…', '…, ngày … tháng … năm …') +
      bold('TỜ TRÌNH') +
      para(['Nội dung …']) +
      closing('THỦ TRƯỞNG CƠ QUAN', 'Họ và tên');
    const body =
      congVan(20, 'SỞ NỘI VỤ', 'hướng dẫn hồ sơ') +
      form('Mẫu số 01 - Tờ trình đề nghị') +
      form('Mẫu số 02 - Tờ trình bổ sung') +
      a4Section();
    const result = await parseDocx(buildDocx({ body }));
    expect(result.diagnostics.map((d) => d.id)).not.toContain('docx/multiple-documents');
    expect(result.document).toMatchObject({ number: 20, issuer: { name: 'SỞ NỘI VỤ' }, subject: 'hướng dẫn hồ sơ' });
    expect(await parseDocxDocuments(buildDocx({ body }))).toHaveLength(1);
  });

  it('a file of one document: parseDocxDocuments gives parseDocx’s result', async () => {
    const bytes = buildDocx({ body: congVan(12, 'SỞ TÀI CHÍNH', 'báo cáo quý I') + a4Section() });
    expect(await parseDocxDocuments(bytes)).toEqual([await parseDocx(bytes)]);
  });
});
