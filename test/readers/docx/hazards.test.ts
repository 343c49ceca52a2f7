/**
 * Hazards of real Word files are reported as `docx/…` diagnostics and never stop the reading
 * (pitfalls.md, DOCX reading; issue 6).
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/readers/docx/index.js';
import { encodeTcvn3, encodeVni } from '../../../src/formats/legacy/encodings.js';
import { a4Section, buildDocx, para } from './build-docx.js';

const BODY =
  para(['CÔNG TY ABC']) + para(['Số: 12/TB-ABC']) + para(['THÔNG BÁO']) + para(['Nội dung thông báo.']) + a4Section();
const codes = async (bytes: Uint8Array) =>
  (await parseDocx(bytes)).diagnostics.map((d) => d.id).filter((c) => c.startsWith('docx/'));

describe('hazards', () => {
  it('reports nothing on a plain document', async () => {
    expect(await codes(buildDocx({ body: BODY }))).toEqual([]);
  });

  it('reports macros by part and by content type (.docm)', async () => {
    expect(await codes(buildDocx({ body: BODY, extra: { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) } }))).toEqual(
      ['docx/macros'],
    );
    expect(
      await codes(buildDocx({ body: BODY, contentType: 'application/vnd.ms-word.document.macroEnabled.main+xml' })),
    ).toEqual(['docx/macros']);
  });

  it('reports a digitally signed package', async () => {
    expect(
      await codes(buildDocx({ body: BODY, extra: { '_xmlsignatures/sig1.xml': strToU8('<Signature/>') } })),
    ).toEqual(['docx/digital-signature']);
  });

  it('reports external relationships without following them', async () => {
    const relationships =
      '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/>';
    const result = await parseDocx(buildDocx({ body: BODY, relationships }));
    const found = result.diagnostics.find((d) => d.id === 'docx/external-relationship');
    expect(found?.raw).toBe('http://evil.example/t.dotm');
  });

  it('reports enforced protection and track changes switched on', async () => {
    const settings = '<w:documentProtection w:edit="readOnly" w:enforcement="1"/><w:trackRevisions/>';
    expect(await codes(buildDocx({ body: BODY, settings }))).toEqual(['docx/protected', 'docx/track-revisions-on']);
    expect(
      await codes(buildDocx({ body: BODY, settings: '<w:documentProtection w:edit="readOnly" w:enforcement="0"/>' })),
    ).toEqual([]);
  });

  it('finds the settings in a UTF-16 settings part too (searched in the bytes only when UTF-8)', async () => {
    const xml = `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/></w:settings>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16[2 + 2 * i] = xml.charCodeAt(i);
    const bytes = buildDocx({ body: BODY, settings: '', extra: { 'word/settings.xml': utf16 } });
    expect(await codes(bytes)).toEqual(['docx/track-revisions-on']);
    // The names in attribute values or text do not count: only the elements.
    expect(await codes(buildDocx({ body: BODY, settings: '<w:rsid w:val="trackRevisions"/>' }))).toEqual([]);
  });

  it('reports OLE objects and altChunk parts', async () => {
    const ole = '<w:p><w:r><w:object><v:shape id="o1" style="width:40pt;height:30pt"/></w:object></w:r></w:p>';
    expect(await codes(buildDocx({ body: ole + '<w:altChunk r:id="rIdAlt"/>' + BODY }))).toEqual([
      'docx/ole-object',
      'docx/alt-chunk',
    ]);
  });

  it('converts text typed in .VnTime (TCVN3), .VnTimeH and VNI-Times to Unicode and reports the fonts', async () => {
    const vn = (font: string) => `<w:rFonts w:ascii="${font}" w:hAnsi="${font}"/>`;
    const body =
      // .VnTimeH draws the lower-case TCVN3 code points as capitals.
      para([[encodeTcvn3('ủy ban nhân dân tỉnh lạng sơn'), vn('.VnTimeH')]]) +
      para([[encodeTcvn3('Số: 15/QĐ-UBND'), vn('.VnTime')]]) +
      para([[encodeVni('QUYẾT ĐỊNH'), vn('VNI-Times')]]) +
      para([[encodeTcvn3('Về việc thành lập Ban chỉ đạo'), vn('.VnTime')]]) +
      a4Section();
    const result = await parseDocx(buildDocx({ body }));
    expect(result.diagnostics.filter((d) => d.id === 'docx/legacy-font').map((d) => d.raw)).toEqual([
      '.VnTimeH',
      '.VnTime',
      'VNI-Times',
    ]);
    expect(result.document.issuer!.name).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(result.document.number).toBe(15);
    expect(result.document.kind).toBe('quyet-dinh');
    expect(result.layout.parts['issuer.name']?.legacyFont).toBe('.VnTimeH');
  });
});
