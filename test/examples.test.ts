// The scripts of examples/ run as a user runs them (`node examples/x.mjs` after `npm run build`),
// with their output in a scratch folder, and they do what they say.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createDocument, type DocumentInput, parseDocx, parseEdxml, parseXml, toDocx } from '../src/index.js';

const EXAMPLES = join(__dirname, '../examples');
const DOCX = join(EXAMPLES, 'data/cong-van-vpcp.docx');

/** Runs `examples/<name>` with node from a scratch folder (the examples write nothing else). */
function example(name: string, ...args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'vanban-example-'));
  const result = spawnSync(process.execPath, [join(EXAMPLES, name), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { cwd, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('examples/', () => {
  it('generate-cong-van.mjs: the seed JSON as DOCX, edXML and XML, checked clean first', async () => {
    const { cwd, code, stdout, stderr } = example('generate-cong-van.mjs', 'letters');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Decree 30 check: 0 error\(s\), 0 warning\(s\)$/m);
    const out = join(cwd, 'letters');
    for (const name of ['cong-van-1719.docx', 'cong-van-1719.edxml', 'cong-van-1719.xml'])
      expect(stdout).toContain(`wrote ${join('letters', name)}`);
    // Each file reads back to the letter.
    const docx = await parseDocx(readFileSync(join(out, 'cong-van-1719.docx')));
    expect(docx.document).toMatchObject({
      number: 1719,
      notation: 'UBND-KGVX',
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
    });
    const edxml = parseEdxml(readFileSync(join(out, 'cong-van-1719.edxml')));
    expect(edxml.header.from?.code).toBe('000.00.00.H49');
    expect(edxml.document.exchange?.to.map((party) => party.code)).toEqual(['000.00.00.G22']);
    expect(parseXml(readFileSync(join(out, 'cong-van-1719.xml'), 'utf8')).document.subject).toMatch(
      /^triển khai thực hiện Công điện số 33/,
    );
  });

  it('check-incoming-docx.mjs: the report of the bundled DOCX, paragraph by paragraph (its "V/v:" a warning, exit 0)', () => {
    const { code, stdout } = example('check-incoming-docx.mjs');
    expect(code).toBe(0);
    expect(stdout).toMatch(/cong-van-vpcp\.docx: cong-van Số 11298\/VPCP-KTTH of VĂN PHÒNG CHÍNH PHỦ, 2025-11-17/);
    expect(stdout).toMatch(/^ {2}paragraph \d+ +warning +.*\(nd30\/pl1\/trich-yeu-cong-van\)$/m);
    expect(stdout).toMatch(/^0 error\(s\), 1 warning\(s\), \d+ rule\(s\) passed$/m);
  });

  it('check-incoming-docx.mjs exits 1 on a letter with errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-example-'));
    const file = join(dir, 'loi.docx');
    // The seed letter as the DOCX writer lays it out, its date typed "ngày 9 tháng 04".
    const entries = unzipSync(
      await toDocx(
        createDocument(JSON.parse(readFileSync(join(EXAMPLES, 'data/cong-van-1719.json'), 'utf8')) as DocumentInput),
      ),
    );
    entries['word/document.xml'] = strToU8(
      strFromU8(entries['word/document.xml']!).replace('ngày 09 tháng 4', 'ngày 9 tháng 04'),
    );
    writeFileSync(file, zipSync(entries));
    const { code, stdout } = example('check-incoming-docx.mjs', file);
    expect(stdout).toMatch(/error +.*\(nd30\/pl1\/ngay-thang\)$/m);
    expect(code).toBe(1);
  });

  it('check-incoming-docx.mjs takes the file to check; a clean letter exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-example-'));
    expect(example('generate-cong-van.mjs', dir).code).toBe(0);
    const { code, stdout } = example('check-incoming-docx.mjs', join(dir, 'cong-van-1719.docx'));
    expect(stdout).toMatch(/Số 1719\/UBND-KGVX of ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI, 2024-04-09/);
    expect(stdout).toMatch(/^0 error\(s\)/m);
    expect(code).toBe(0);
  });

  it('docx-to-edxml.mjs: an edXML package with the original DOCX attached byte for byte', async () => {
    const { cwd, code, stdout } = example('docx-to-edxml.mjs', DOCX, 'out.edxml');
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote out\.edxml: Số 11298\/VPCP-KTTH, from 000\.00\.00\.H49/);
    expect(stdout).toContain('identical: true');
    const received = parseEdxml(readFileSync(join(cwd, 'out.edxml')));
    expect(received.attachments).toHaveLength(1);
    expect(received.attachments[0]!.name).toBe('cong-van-vpcp.docx');
    expect(Buffer.compare(received.attachments[0]!.data, readFileSync(DOCX))).toBe(0);
    // The attachment is the DOCX a receiver can read again.
    expect((await parseDocx(received.attachments[0]!.data)).document.number).toBe(11298);
  });

  it('agency-rule.mjs: the house rule passes its own examples, then runs with the Decree 30 rules', () => {
    const { code, stdout, stderr } = example('agency-rule.mjs');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'UBND-KGVX: passes the house rule',
      'UBND-XYZ: error Đơn vị "XYZ" không có trong danh mục đơn vị',
      'lowered: warning',
    ]);
  });

  it('batch-check-folder.mjs: a folder with subfolders summed up, the command’s exit code passed on', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vanban-example-mail-'));
    mkdirSync(join(folder, 'van-thu'));
    copyFileSync(join(EXAMPLES, 'data/cong-van-1719.txt'), join(folder, 'cong-van-1719.txt'));
    copyFileSync(DOCX, join(folder, 'van-thu', 'cong-van-vpcp.docx'));
    // One letter of the morning's mail with a date the Decree does not allow ("ngày 9").
    writeFileSync(
      join(folder, 'van-thu', 'cong-van-loi.txt'),
      readFileSync(join(EXAMPLES, 'data/cong-van-1719.txt'), 'utf8').replace('ngày 09 tháng 4', 'ngày 9 tháng 4'),
    );
    const { code, stdout } = example('batch-check-folder.mjs', folder);
    expect(code).toBe(1);
    expect(stdout).toContain('3 file(s) checked, 1 with errors, 0 unusable');
    expect(stdout).toContain(`${join(folder, 'van-thu', 'cong-van-loi.txt')} (text): 1 error(s)`);
    expect(stdout).not.toContain('cong-van-vpcp.docx (docx)');
    expect(stdout).toMatch(/Rules broken most often:\n +\d+ {2}nd30\/pl1\//);
  });

  it('every example script is run by a test here (demo.mjs is `npm run demo`)', () => {
    const scripts = readdirSync(EXAMPLES).filter((name) => name.endsWith('.mjs') && name !== 'demo.mjs');
    expect(scripts.sort()).toEqual([
      'agency-rule.mjs',
      'batch-check-folder.mjs',
      'check-incoming-docx.mjs',
      'docx-to-edxml.mjs',
      'generate-cong-van.mjs',
      // Run by test/readers/pdf/example.test.ts against a build of the PDF reader.
      'pdf-ocr.mjs',
    ]);
  });
});
