/**
 * What a person sees (issue 5, done-when): generated documents converted to PDF by LibreOffice and
 * read back with poppler (`pdftotext -bbox`): A4 pages, page numbers hidden on page 1 and centred
 * in the top margin after it (each appendix numbered from 1), and where the key texts sit: the
 * Quốc hiệu top right, the issuer top left, Số and the date on one row, the V/v under Số, Nơi nhận
 * at the left level with the signer's first line, the name under the title.
 *
 * LibreOffice, poppler and fonts-liberation (metric-compatible with Times New Roman) are installed
 * by .ci/run; without them the test is skipped here and fails in CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VanbanDocument } from '../../../src/index.js';
import { toDocx } from '../../../src/writers/docx/index.js';
import { lineStarting, type PdfLine, type PdfPage, pdfPages, pt } from '../../support/pdf.js';
import { GIAY_MOI, KE_HOACH, quyetDinh, SAO_Y, SEED, TO_TRINH } from './samples.js';

const tools = ['soffice', 'pdftotext'].every((tool) => spawnSync('which', [tool]).status === 0);
if (!tools && process.env.CI) throw new Error('soffice and pdftotext are needed in CI (.ci/run installs them)');

const DOCUMENTS: Record<string, VanbanDocument> = {
  'cong-van': SEED,
  'quyet-dinh': quyetDinh(),
  'to-trinh': TO_TRINH,
  'giay-moi': GIAY_MOI,
  'ke-hoach-hai-phu-luc': KE_HOACH,
  'sao-y': SAO_Y,
};

// The default page: A4, margins 25 / 20 / 35 / 20 mm.
const LEFT = pt(35);
const RIGHT = pt(210 - 20);
const TOP = pt(25);
const TEXT_CENTRE = (LEFT + RIGHT) / 2;
const centre = (l: PdfLine) => (l.xMin + l.xMax) / 2;

/** The page-number line of a page: alone in the top margin. */
const pageNumberOf = (page: PdfPage) => page.lines.find((l) => l.yMax < TOP);

function must(page: PdfPage, text: string): PdfLine {
  const line = lineStarting(page, text);
  if (!line) throw new Error(`"${text}" not on the page; lines: ${page.lines.map((l) => l.text).join(' | ')}`);
  return line;
}

describe.skipIf(!tools)('generated documents as LibreOffice prints them', () => {
  const pages: Record<string, PdfPage[]> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-pdf-'));
    const files: string[] = [];
    for (const [name, document] of Object.entries(DOCUMENTS)) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await toDocx(document));
      files.push(file);
    }
    // One LibreOffice start for all six files; its own profile so that a running instance does not interfere.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    for (const name of Object.keys(DOCUMENTS)) pages[name] = pdfPages(join(dir, `${name}.pdf`));
  }, 150_000);

  it.each(Object.keys(DOCUMENTS))('%s: A4 portrait pages, no page number on page 1', (name) => {
    for (const page of pages[name]!) {
      expect(page.width).toBeCloseTo(595.3, 0);
      expect(page.height).toBeCloseTo(841.9, 0);
    }
    expect(pageNumberOf(pages[name]![0]!)).toBeUndefined();
  });

  it.each(['cong-van', 'quyet-dinh', 'to-trinh', 'giay-moi', 'ke-hoach-hai-phu-luc'])(
    '%s: Quốc hiệu top right, issuer top left, Số and the date on one row',
    (name) => {
      const page = pages[name]![0]!;
      const d = DOCUMENTS[name]!;
      const national = must(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      const motto = must(page, 'Độc lập - Tự do - Hạnh phúc');
      const issuer = must(page, (d.issuer.parent ?? d.issuer.name).split(' ').slice(0, 3).join(' '));
      // The first line of the page, in the right part of the text area; the issuer on the same line at the left.
      expect(national.yMin).toBeLessThanOrEqual(Math.min(...page.lines.map((l) => l.yMin)) + 1);
      expect(national.xMin).toBeGreaterThan(LEFT + 0.35 * (RIGHT - LEFT));
      expect(national.xMax).toBeLessThanOrEqual(RIGHT + 1);
      expect(Math.abs(centre(motto) - centre(national))).toBeLessThan(3);
      expect(motto.yMin).toBeGreaterThan(national.yMin);
      expect(Math.abs(issuer.yMax - national.yMax)).toBeLessThan(2);
      expect(issuer.xMax).toBeLessThan(national.xMin);
      expect(issuer.xMin).toBeGreaterThanOrEqual(LEFT - 1);
      const number = must(page, 'Số:');
      const date = must(page, `${d.place}, ngày`);
      expect(Math.abs(number.yMax - date.yMax)).toBeLessThan(2);
      expect(number.xMax).toBeLessThan(date.xMin);
      expect(Math.abs(centre(date) - centre(national))).toBeLessThan(6);
    },
  );

  it('công văn: the V/v under Số, centred in the left column, and no tên loại', () => {
    const page = pages['cong-van']![0]!;
    const number = must(page, 'Số: 1719/UBND-KGVX');
    const subject = must(page, 'V/v triển khai');
    expect(subject.yMin).toBeGreaterThan(number.yMax - 1);
    expect(subject.yMin - number.yMax).toBeLessThan(pt(6));
    expect(Math.abs(centre(subject) - centre(number))).toBeLessThan(8);
    expect(lineStarting(page, 'CÔNG VĂN')).toBeUndefined();
  });

  it('quyết định: tên loại and trích yếu centred on the page under the header', () => {
    const page = pages['quyet-dinh']![0]!;
    const title = must(page, 'QUYẾT ĐỊNH');
    const subject = must(page, 'Về việc thành lập');
    expect(Math.abs(centre(title) - TEXT_CENTRE)).toBeLessThan(3);
    expect(Math.abs(centre(subject) - TEXT_CENTRE)).toBeLessThan(3);
    expect(title.yMin).toBeGreaterThan(must(page, 'Số:').yMax);
    expect(must(page, 'Điều 1.').yMin).toBeGreaterThan(must(page, 'QUYẾT ĐỊNH:').yMax);
  });

  it.each(['cong-van', 'quyet-dinh', 'to-trinh', 'giay-moi'])(
    '%s: Nơi nhận at the left, level with the signer’s first line; the name under the title',
    (name) => {
      const d = DOCUMENTS[name]!;
      const signer = d.signatures[0]!;
      const page = pages[name]!.find((p) => lineStarting(p, 'Nơi nhận:'))!;
      const label = must(page, 'Nơi nhận:');
      const firstLine = must(
        page,
        signer.authority[0] ? `${signer.authority[0].prefix}. ${signer.authority[0].of}` : signer.title!,
      );
      const title = must(page, signer.title!);
      const nameLine = must(page, signer.name);
      expect(label.xMin).toBeCloseTo(LEFT, -1);
      expect(Math.abs(label.yMin - firstLine.yMin)).toBeLessThan(4);
      expect(firstLine.xMin).toBeGreaterThan(LEFT + 0.45 * (RIGHT - LEFT));
      expect(nameLine.yMin).toBeGreaterThan(title.yMax + pt(10));
      expect(Math.abs(centre(nameLine) - centre(title))).toBeLessThan(3);
    },
  );

  it('tờ trình: the contact block at the foot of page 1, under the text, flush left', () => {
    const [page] = pages['to-trinh']!;
    const address = must(page!, 'Địa chỉ: 52 Hùng Vương');
    const website = must(page!, 'Website: stc.quangngai.gov.vn');
    // In the bottom 40 mm of the page, below every other line of the page.
    expect(address.yMin).toBeGreaterThan(page!.height - pt(40));
    expect(address.yMin).toBeGreaterThan(must(page!, 'Lê Thị Hồng Nhung').yMax);
    expect(website.yMin).toBeGreaterThan(address.yMax - 1);
    expect(address.xMin).toBeCloseTo(LEFT, -1);
  });

  it('a letter of two pages numbers its second page, centred in the top margin', () => {
    const [, second] = pages['cong-van']!;
    expect(second).toBeDefined();
    const number = pageNumberOf(second!)!;
    expect(number.text).toBe('2');
    expect(Math.abs(centre(number) - TEXT_CENTRE)).toBeLessThan(3);
  });

  it('each appendix starts a page and is numbered on its own from 1 (its first page unnumbered)', () => {
    const all = pages['ke-hoach-hai-phu-luc']!;
    const start = (label: string) => all.findIndex((p) => lineStarting(p, label) !== undefined);
    const first = start('Phụ lục I');
    const second = start('Phụ lục II');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first + 1);
    expect(pageNumberOf(all[first]!)).toBeUndefined();
    expect(all.slice(first + 1, second).map((p) => pageNumberOf(p)?.text)).toEqual(
      Array.from({ length: second - first - 1 }, (_, i) => String(i + 2)),
    );
    expect(pageNumberOf(all[second]!)).toBeUndefined();
    const heading = must(all[first]!, 'Phụ lục I');
    expect(Math.abs(centre(heading) - TEXT_CENTRE)).toBeLessThan(3);
  });

  it('sao y: the copy block after the copied letter, its form at the right level with the copying organisation, Số level with the date', () => {
    const all = pages['sao-y']!;
    const page = all.find((p) => lineStarting(p, 'SAO Y'))!;
    expect(page).toBeDefined();
    const label = must(page, 'SAO Y');
    const organisation = must(page, 'UBND TỈNH QUẢNG NGÃI');
    expect(Math.abs(label.yMax - organisation.yMax)).toBeLessThan(3);
    expect(label.xMin).toBeGreaterThan(organisation.xMax);
    const number = must(page, 'Số: 07/SY-STC');
    const date = must(page, 'Quảng Ngãi, ngày 11 tháng 4 năm 2024');
    expect(Math.abs(number.yMax - date.yMax)).toBeLessThan(2);
    // After the letter's own signer.
    expect(number.yMin).toBeGreaterThan(must(page, 'Trần Hoàng Tuấn').yMax);
    expect(lineStarting(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeUndefined();
  });
});
