/**
 * The PDF as a person sees it next to the DOCX (issue: toPdf): for every kind of the registry in
 * both size sets, and for the documents the DOCX writer's own rendering test looks at, the page
 * count and the places of the parts a reader looks for first (issuer, Quốc hiệu, Tiêu ngữ, Số, the
 * date, V/v, the tên loại, Nơi nhận, the signer's title and name, the page number) agree within
 * 2 mm with LibreOffice's printing of toDocx output of the same document, read back with
 * `pdftotext -bbox`. Both use Liberation Serif 2, so the widths are the same.
 *
 * Where they cannot agree: LibreOffice breaks lines after a hyphen ("1737/UBND-" | "KGVX"), the
 * PDF only at spaces, so a paragraph may wrap differently (never the places checked here); and
 * toDocx's default spacing without a lineRule is read by LibreOffice as an exact 12 pt (see
 * statingLineRule), so the DOCX is given with the lineRule Word assumes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VanbanDocument } from '../../../src/index.js';
import { copyFormInfo } from '../../../src/registry/copies.js';
import { appendixHeadingLines, recipientsLabel, signatureHeadLines, titleLine } from '../../../src/writers/printed.js';
import { toDocx } from '../../../src/writers/docx/index.js';
import { toPdf } from '../../../src/writers/pdf/index.js';
import { type Box, type PdfLine, type PdfPage, pdfPages, pt } from '../../support/pdf.js';
import { GIAY_MOI, KE_HOACH, quyetDinh, SAO_Y, SEED, TO_TRINH } from '../docx/samples.js';
import {
  ALL_KINDS,
  fontsOrSkip,
  haveTools,
  kindSample,
  libreOfficePdfs,
  longBody,
  statingLineRule,
  tempPdf,
} from './support.js';

const fonts = fontsOrSkip();
const tools = haveTools('soffice', 'pdftotext');
const TOLERANCE = pt(2);

type SizeSet = '12/13' | '13/14';

const CASES: { name: string; document: VanbanDocument; sizeSet: SizeSet }[] = [
  ...ALL_KINDS.flatMap((kind) =>
    (['12/13', '13/14'] as const).map((sizeSet) => ({
      name: `${kind} ${sizeSet}`,
      document: kindSample(kind),
      sizeSet,
    })),
  ),
  ...Object.entries({
    'cong-van 1719': SEED,
    'quyet-dinh 05': quyetDinh(),
    'to-trinh with contact': TO_TRINH,
    'giay-moi': GIAY_MOI,
    'ke-hoach with two appendices': KE_HOACH,
    'sao-y': SAO_Y,
  }).map(([name, document]) => ({ name, document, sizeSet: '12/13' as const })),
  // A closing block that meets the foot of page 1: both writers keep it whole (a joint closing's
  // signers with the Nơi nhận under them; a paper copy block with its closing).
  ...[8, 9, 10, 11].flatMap((n) => [
    {
      name: `bien-ban, joint signers, ${n} paragraphs`,
      document: kindSample('bien-ban', {
        signatures: [
          { title: 'THƯ KÝ', name: 'Bùi Quang Vinh' },
          { title: 'CHỦ TỌA', name: 'Lê Văn Bình' },
        ],
        body: longBody(n),
      }),
      sizeSet: '13/14' as const,
    },
    { name: `sao-y, ${n} paragraphs`, document: { ...SAO_Y, body: longBody(n) }, sizeSet: '13/14' as const },
  ]),
];

/** The texts whose lines are compared: what starts each of them, on whichever page has it. */
function landmarks(d: VanbanDocument): string[] {
  const out =
    d.regime === 'dang'
      ? ['ĐẢNG CỘNG SẢN VIỆT NAM']
      : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  // The issuer's first words: a long name wraps in its column.
  out.push((d.issuer.parent ?? d.issuer.name).split(' ').slice(0, 3).join(' '), 'Số');
  if (d.place) out.push(`${d.place}, ngày`);
  if (d.kind === 'cong-van' && d.subject) out.push('V/v');
  const title = titleLine(d);
  if (title) out.push(title);
  if (d.recipients.length) out.push(recipientsLabel(d).text);
  if (d.distribution.length) out.push('Nơi nhận:');
  if (d.contact?.address) out.push('Địa chỉ:');
  d.appendices.forEach((a) => out.push(appendixHeadingLines(a).label));
  if (d.copy) out.push(copyFormInfo(d.copy.form).label, `Số: ${String(d.copy.number).padStart(2, '0')}`);
  for (const s of d.signatures) out.push(...signatureHeadLines(s), s.name);
  return out;
}

/**
 * Where `text` starts on `page`: the first run of words of a line that starts with it. Columns that
 * come close (the issuer and the Quốc hiệu at 13 pt) share a line in pdfPages, so not only line starts.
 */
function locate(page: PdfPage, text: string): Box | undefined {
  const want = text.normalize('NFC');
  for (const line of page.lines)
    for (let i = 0; i < line.words.length; i++) {
      const rest = line.words
        .slice(i)
        .map((w) => w.text)
        .join(' ')
        .normalize('NFC');
      if (rest.startsWith(want)) return { ...line.words[i]!, yMax: line.yMax };
    }
  return undefined;
}

const fileNameOf = (name: string) => name.replace(/[^a-z0-9]+/gi, '-');

describe.skipIf(!tools || !fonts)('toPdf next to LibreOffice printing toDocx', () => {
  const libre: Record<string, PdfPage[]> = {};
  const ours: Record<string, PdfPage[]> = {};

  beforeAll(async () => {
    const docx: Record<string, Uint8Array> = {};
    for (const c of CASES) {
      docx[fileNameOf(c.name)] = statingLineRule(await toDocx(c.document, { sizeSet: c.sizeSet }));
      ours[c.name] = pdfPages(tempPdf(await toPdf(c.document, { fonts: fonts!, sizeSet: c.sizeSet })));
    }
    const files = libreOfficePdfs(docx);
    for (const c of CASES) libre[c.name] = pdfPages(files[fileNameOf(c.name)]!);
  }, 900_000);

  it.each(CASES.map((c) => c.name))('%s: the same number of pages', (name) => {
    expect(ours[name]!.length).toBe(libre[name]!.length);
  });

  it.each(CASES.map((c) => c.name))('%s: the header, the title and the closing block within 2 mm', (name) => {
    const c = CASES.find((k) => k.name === name)!;
    const texts = landmarks(c.document);
    const far: string[] = [];
    for (const text of texts) {
      const pageIndex = libre[name]!.findIndex((p) => locate(p, text));
      expect(pageIndex, `"${text}" in LibreOffice's printing`).toBeGreaterThanOrEqual(0);
      const a = locate(libre[name]![pageIndex]!, text)!;
      const b = locate(ours[name]![pageIndex]!, text);
      expect(b, `"${text}" on page ${pageIndex + 1} of the PDF`).toBeDefined();
      const dx = Math.abs(a.xMin - b!.xMin);
      const dy = Math.abs(a.yMax - b!.yMax);
      if (dx > TOLERANCE || dy > TOLERANCE)
        far.push(`${text}: dx ${(dx / pt(1)).toFixed(1)} mm, dy ${(dy / pt(1)).toFixed(1)} mm`);
    }
    expect(far).toEqual([]);
  });

  it.each(CASES.map((c) => c.name))('%s: page numbers where LibreOffice prints them', (name) => {
    const numbers = (pages: PdfPage[]) => pages.map((p) => p.lines.find((l: PdfLine) => l.yMax < pt(25))?.text ?? '');
    expect(numbers(ours[name]!)).toEqual(numbers(libre[name]!));
  });
});
