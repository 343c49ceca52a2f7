// `vanban render` for a văn thư (issue 16), on the BUILT CLI (`npm run build` first): --profile,
// --rows (CSV or XLSX) into a folder or a zip with every --to, a bad row said while the others are
// written, and --attach for edXML.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../src/index.js';

const CLI = join(__dirname, '../../dist/cli.js');
const DATA = join(__dirname, '../../examples/data');
const TEMPLATE = join(DATA, 'giay-moi.template.json');
const PROFILE = join(DATA, 'so-noi-vu.profile.json');
const CSV = join(DATA, 'invitees.csv');

function vanban(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const scratch = () => mkdtempSync(join(tmpdir(), 'vanban-rows-'));

describe('vanban render --rows', () => {
  it('writes one DOCX a row into a folder, named by --name, and says the bad row with its cell (exit 1)', async () => {
    const out = join(scratch(), 'giay-moi');
    const run = vanban(
      'render',
      TEMPLATE,
      '--rows',
      CSV,
      '--profile',
      PROFILE,
      '--to',
      'docx',
      '-o',
      out,
      '--name',
      '{{row}}-{{ho_ten}}',
    );
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      '1-Ông Nguyễn Văn Hùng.docx',
      '2-Bà Trần Thị Lan.docx',
      '4-Bà Võ Thị Hoa.docx',
    ]);
    expect(run.stderr).toContain('row 3 makes no document');
    expect(run.stderr).toContain('number:');
    expect(run.stderr).toContain('(column number: "mười bốn")');
    expect(run.stderr).toContain('3 of 4 documents written');
    const read = await parseDocx(readFileSync(join(out, '2-Bà Trần Thị Lan.docx')));
    expect(read.document.issuer?.name).toBe('SỞ NỘI VỤ');
    expect(read.document.recipients).toEqual(['Bà Trần Thị Lan, Phó Giám đốc']);
    expect(read.document.number).toBe(13);
  });

  it.each(['text', 'xml', 'edxml', 'pdf', 'json'])('writes the rows of the XLSX as %s into a zip', (to) => {
    const zip = join(scratch(), 'out.zip');
    const fonts = to === 'pdf' ? ['--font-dir', '/usr/share/fonts/truetype/liberation2'] : [];
    // edXML needs a receiver's mã định danh.
    if (to === 'edxml') fonts.push('--receiver', '000.00.00.G22=Văn phòng UBND tỉnh', '--attach');
    const run = vanban(
      'render',
      '--template',
      TEMPLATE,
      '--rows',
      join(DATA, 'invitees.xlsx'),
      '--profile',
      PROFILE,
      '--to',
      to,
      '-o',
      zip,
      ...fonts,
    );
    expect(run.stderr).toContain('3 of 4 documents written');
    expect(run.code).toBe(1);
    const files = unzipSync(readFileSync(zip));
    const extension = to === 'text' ? 'txt' : to;
    expect(Object.keys(files).sort()).toEqual([`1.${extension}`, `2.${extension}`, `4.${extension}`]);
    if (to === 'text') expect(strFromU8(files['1.txt']!)).toContain('Kính gửi: Ông Nguyễn Văn Hùng, Giám đốc');
    if (to === 'edxml') expect(strFromU8(files['1.edxml']!)).toContain('<AttachmentName>1.docx</AttachmentName>');
    if (to === 'pdf') expect(strFromU8(files['1.pdf']!.subarray(0, 5))).toBe('%PDF-');
  });

  it('refuses a table that leaves a placeholder of the template without a column (exit 2, nothing written)', () => {
    const dir = scratch();
    const csv = join(dir, 'short.csv');
    spawnSync('sh', ['-c', `printf 'ho_ten\\nÔng A\\n' > '${csv}'`]);
    const run = vanban('render', TEMPLATE, '--rows', csv, '--to', 'text', '-o', join(dir, 'out'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no column for {{chuc_vu}}, {{don_vi}}');
  });
});

describe('vanban render --profile and --attach', () => {
  it('fills a document without an issuer from the profile, at its size set', () => {
    const dir = scratch();
    const input = join(dir, 'giay-moi.json');
    const document = {
      kind: 'giay-moi',
      number: 3,
      date: '2024-05-15',
      subject: 'Họp giao ban',
      recipients: ['Các phòng'],
    };
    spawnSync('sh', ['-c', `cat > '${input}'`], { input: JSON.stringify(document) });
    expect(vanban('render', input, '--to', 'text').code).toBe(2);
    const run = vanban('render', input, '--profile', PROFILE, '--to', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\n/u);
    expect(run.stdout).toContain('Số: 03/GM-SNV');
    const docx = join(dir, 'out.docx');
    expect(vanban('render', input, '--profile', PROFILE, '--to', 'docx', '-o', docx).code).toBe(0);
    // The profile's 13/14 set: the Quốc hiệu at 13 pt (26 half-points).
    expect(strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!)).toMatch(
      /<w:sz w:val="26"\/>(?:(?!<w:r>).)*?<w:t[^>]*>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/su,
    );
  });

  it('refuses a profile with a misspelt key, naming the field meant', () => {
    const dir = scratch();
    const profile = join(dir, 'bad.json');
    spawnSync('sh', ['-c', `cat > '${profile}'`], { input: '{ "isuer": { "name": "SỞ NỘI VỤ" } }' });
    const run = vanban('render', join(DATA, 'cong-van-1719.json'), '--profile', profile, '--to', 'text');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean issuer?');
  });

  it('attaches the DOCX an edXML package was made from', () => {
    const docx = join(DATA, 'cong-van-vpcp.docx');
    const run = vanban(
      'render',
      docx,
      '--to',
      'edxml',
      '--attach',
      '--from',
      '000.00.00.G22',
      '--receiver',
      '000.00.12.H49=Sở Nội vụ',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<edXML:AttachmentName>cong-van-vpcp.docx</edXML:AttachmentName>');
    const base64 = /<Attachment>.*?ContentTransferEncoded[^>]*>([^<]*)</s.exec(run.stdout)?.[1]?.replace(/\s+/g, '');
    expect(Buffer.from(base64 ?? '', 'base64').equals(readFileSync(docx))).toBe(true);
    expect(vanban('render', docx, '--to', 'text', '--attach').code).toBe(2);
  });
});
