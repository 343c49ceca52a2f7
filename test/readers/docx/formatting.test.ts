/**
 * Effective formatting as Word resolves it: docDefaults → style chain → numbering → direct
 * properties, on/off values, fonts per slot with theme fonts (pitfalls.md, DOCX reading).
 */
import { describe, expect, it } from 'vitest';
import { openDocx } from '../../../src/readers/docx/open.js';
import { a4Section, buildDocx, para } from './build-docx.js';

const TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>';
const STYLES = `
  <w:docDefaults><w:rPrDefault><w:rPr>${TNR}<w:sz w:val="28"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Header1"><w:name w:val="Quoc hieu"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Header2"><w:name w:val="Tieu ngu"/><w:basedOn w:val="Header1"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="Loop A"/><w:basedOn w:val="LoopB"/><w:rPr><w:i/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="Loop B"/><w:basedOn w:val="LoopA"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Themed"><w:name w:val="Themed"/><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="ListDieu"><w:name w:val="Dieu"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>`;
const NUMBERING = `
  <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
  <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>`;
const THEME =
  '<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont>';

function open(body: string) {
  return openDocx(buildDocx({ body: body + a4Section(), styles: STYLES, numbering: NUMBERING, theme: THEME }));
}

describe('effective formatting', () => {
  it('inherits docDefaults and the default paragraph style', () => {
    const [p] = open(para(['Nội dung'])).paragraphs;
    expect(p!.run.halfPoints).toBe(28);
    expect(p!.paragraph.alignment).toBe('justify');
    expect(p!.paragraph.spacingAfter).toBe(120);
    expect(p!.run.fonts?.hAnsi).toBe('Times New Roman');
  });

  it('follows the basedOn chain, the nearest style winning', () => {
    const [quocHieu, tieuNgu] = open(
      para(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], '<w:pStyle w:val="Header1"/>') +
        para(['Độc lập - Tự do - Hạnh phúc'], '<w:pStyle w:val="Header2"/>'),
    ).paragraphs;
    expect([quocHieu!.run.halfPoints, quocHieu!.run.bold, quocHieu!.paragraph.alignment, quocHieu!.styleName]).toEqual([
      26,
      true,
      'center',
      'Quoc hieu',
    ]);
    expect([tieuNgu!.run.halfPoints, tieuNgu!.run.bold, tieuNgu!.paragraph.alignment]).toEqual([28, true, 'center']);
  });

  it('reads <w:b w:val="0"/>, "false" and "off" as not bold, and a bare <w:b/> as bold', () => {
    const ps = open(
      para([['a', '<w:b w:val="0"/>']], '<w:pStyle w:val="Header1"/>') +
        para([['b', '<w:b w:val="false"/>']], '<w:pStyle w:val="Header1"/>') +
        para([['c', '<w:b w:val="off"/>']], '<w:pStyle w:val="Header1"/>') +
        para([['d', '<w:b/>']]),
    ).paragraphs;
    expect(ps.map((p) => p.allBold)).toEqual([false, false, false, true]);
  });

  it('stops at a cycle in basedOn and still resolves the styles on it', () => {
    const [p] = open(para(['vòng lặp'], '<w:pStyle w:val="LoopA"/>')).paragraphs;
    expect(p!.run.italic).toBe(true);
    expect(p!.run.halfPoints).toBe(22);
  });

  it('applies a character style under the direct run properties', () => {
    const [p] = open(para([['đậm', '<w:rStyle w:val="Strong"/>']])).paragraphs;
    expect(p!.allBold).toBe(true);
    const [q] = open(para([['không đậm', '<w:rStyle w:val="Strong"/><w:b w:val="0"/>']])).paragraphs;
    expect(q!.allBold).toBe(false);
  });

  it('resolves theme fonts per slot and keeps ascii apart from hAnsi', () => {
    const opened = open(
      para(['Chữ'], '<w:pStyle w:val="Themed"/>') +
        para([['Việt', '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Arial"/>']]),
    );
    expect(opened.styles.fonts(opened.paragraphs[0]!.run.fonts)).toMatchObject({
      ascii: 'Times New Roman',
      hAnsi: 'Times New Roman',
      cs: 'Times New Roman',
    });
    expect(opened.styles.fonts(opened.paragraphs[1]!.run.fonts)).toMatchObject({
      ascii: 'Times New Roman',
      hAnsi: 'Arial',
    });
  });

  it('prints numbering labels and takes the level indent under the direct one', () => {
    const ps = open(
      para(['Phạm vi điều chỉnh'], '<w:pStyle w:val="ListDieu"/>') +
        para(['khoản'], '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr>') +
        para(['Đối tượng áp dụng'], '<w:pStyle w:val="ListDieu"/><w:ind w:firstLine="720"/>'),
    ).paragraphs;
    expect(ps.map((p) => p.lines[0])).toEqual([
      'Điều 1.\tPhạm vi điều chỉnh',
      'a)\tkhoản',
      'Điều 2.\tĐối tượng áp dụng',
    ]);
    expect(ps[0]!.paragraph.indentFirstLine).toBe(567);
    expect(ps[2]!.paragraph.indentFirstLine).toBe(720);
  });

  it('reads the accepted text of tracked changes, drops hidden text, splits lines at w:br', () => {
    const body = `<w:p><w:r><w:t>TM. </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>ỦY BAN</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>HỘI ĐỒNG</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:br/><w:t>CHỦ TỊCH</w:t></w:r></w:p>`;
    const opened = open(body);
    expect(opened.paragraphs[0]!.lines).toEqual(['TM. ỦY BAN', 'CHỦ TỊCH']);
    expect(opened.diagnostics.map((d) => d.id)).toContain('docx/tracked-changes');
  });
});
