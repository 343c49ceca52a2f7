/**
 * Regenerates the PDF reader's fixtures in test/fixtures/pdf (README.md there lists them):
 *
 * - libreoffice/: a sample document of each of the 29 kinds of Decree 30 and the seed letter
 *   (công văn 1719/UBND-KGVX), written by toDocx and printed to PDF by LibreOffice
 *   (`soffice --headless --convert-to pdf`); the DOCX written is kept beside its PDF. (The corpus
 *   Word files 055 and 056 print to more than 100 KB: test/readers/pdf/support.ts prints them into
 *   .tmp when a test needs them.)
 * - pdfkit/: corpus text documents (000, 037, 038) read by parseText and laid out with pdfkit in
 *   Liberation Serif (scripts/pdf-fixtures/pdfkit-layout.ts).
 *
 * - hostile/: the seed's PDF encrypted by qpdf, with a user password ("secret", AES-256) and with an
 *   owner password only (AES-128: opens without a password).
 *
 * - examples/data/scan-cong-van-1719.pdf: page 1 of the seed's PDF rendered by pdftoppm (100 dpi, grey, quality 60
 *   JPEG) and put on an A4 page by pdfkit: a scan without a text layer, for examples/pdf-ocr.mjs.
 *
 * `--long <file.pdf> [--repeat n]` writes instead the seed letter with its body repeated n times (460:
 * about 200 pages; the benchmark's long file, not committed).
 *
 * Usage: npx tsx scripts/make-pdf-fixtures.ts [--long out.pdf | --pdfkit-only | --scan-only]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument, type DocumentInput } from '../src/model/index.js';
import { parseText } from '../src/readers/text/index.js';
import { ND30_KIND_SLUGS } from '../src/registry/kinds.js';
import { sampleDocument } from '../src/rule-kit/samples.js';
import { toDocx } from '../src/writers/docx/index.js';
import { layoutWithPdfkit } from './pdf-fixtures/pdfkit-layout.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'test/fixtures/pdf');
const CORPUS =
  process.env.VANBAN_CORPUS ??
  [join(ROOT, '../shared/corpus'), '/work/shared/corpus'].find((d) => {
    try {
      readFileSync(join(d, 'INDEX.md'));
      return true;
    } catch {
      return false;
    }
  }) ??
  '/work/shared/corpus';

const SEED = createDocument(
  JSON.parse(readFileSync(join(ROOT, 'examples/data/cong-van-1719.json'), 'utf8')) as DocumentInput,
);

/** The corpus text documents laid out with pdfkit. */
const PDFKIT_SOURCES = [
  '000-cong-van-ubnd-quang-ngai-1719.txt',
  '037-congvan-ubnd-quangngai.txt',
  '038-thongbao-ubnd-quangngai.txt',
];

async function libreOffice(): Promise<void> {
  const dir = join(OUT, 'libreoffice');
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'vanban-pdf-fixtures-'));
  const files: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const file = join(work, `${name}.docx`);
    writeFileSync(file, bytes);
    files.push(file);
  };
  write('seed-cong-van-1719', await toDocx(SEED));
  for (const slug of ND30_KIND_SLUGS) write(slug, await toDocx(createDocument(sampleDocument(slug))));
  // One LibreOffice start for every file, with its own profile so that a running instance does not interfere.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...files,
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
  for (const file of files) {
    const name = file.slice(work.length + 1, -'.docx'.length);
    copyFileSync(join(work, `${name}.pdf`), join(dir, `${name}.pdf`));
    // The DOCX is kept for the agreement test (parseDocx against parsePdf).
    copyFileSync(file, join(dir, `${name}.docx`));
  }
  rmSync(work, { recursive: true, force: true });
}

function hostile(): void {
  const dir = join(OUT, 'hostile');
  mkdirSync(dir, { recursive: true });
  const seed = join(OUT, 'libreoffice/seed-cong-van-1719.pdf');
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', seed, join(dir, 'encrypted-aes256.pdf')]);
  execFileSync('qpdf', [
    '--encrypt',
    '',
    'owner',
    '128',
    '--use-aes=y',
    '--',
    seed,
    join(dir, 'owner-password-only.pdf'),
  ]);
}

async function scan(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'vanban-scan-'));
  execFileSync('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    '100',
    '-gray',
    '-jpeg',
    '-jpegopt',
    'quality=60',
    '-singlefile',
    join(OUT, 'libreoffice/seed-cong-van-1719.pdf'),
    join(work, 'page'),
  ]);
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Producer: 'pdfkit (vanban example scan)' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.image(join(work, 'page.jpg'), 0, 0, { width: doc.page.width, height: doc.page.height });
  doc.end();
  await done;
  writeFileSync(join(ROOT, 'examples/data/scan-cong-van-1719.pdf'), Buffer.concat(chunks));
  rmSync(work, { recursive: true, force: true });
}

async function pdfkit(): Promise<void> {
  const dir = join(OUT, 'pdfkit');
  mkdirSync(dir, { recursive: true });
  for (const source of PDFKIT_SOURCES) {
    const read = parseText(readFileSync(join(CORPUS, source), 'utf8'));
    writeFileSync(join(dir, source.replace(/\.txt$/u, '.pdf')), await layoutWithPdfkit(createDocument(read.document)));
  }
}

const long = process.argv.indexOf('--long');
if (long >= 0) {
  const out = process.argv[long + 1];
  if (!out) throw new Error('--long needs an output file');
  const repeat = process.argv.indexOf('--repeat');
  writeFileSync(
    out,
    await layoutWithPdfkit(SEED, { repeatBody: repeat >= 0 ? Number(process.argv[repeat + 1]) : 460 }),
  );
} else if (process.argv.includes('--scan-only')) await scan();
else if (process.argv.includes('--pdfkit-only')) await pdfkit();
else {
  await libreOffice();
  hostile();
  await scan();
  await pdfkit();
}
