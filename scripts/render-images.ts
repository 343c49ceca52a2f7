/**
 * Renders the seed letter and a quyết định as a person sees them, for docs/images and the README:
 * toDocx, then LibreOffice to PDF, then poppler's pdftoppm to PNG (page by page).
 * Needs soffice and pdftoppm (Debian: libreoffice-writer-nogui, poppler-utils, fonts-liberation).
 *
 *   npm run images
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDocx } from '../src/index.js';
import { quyetDinh, SEED } from '../test/writers/docx/samples.js';

const out = new URL('../docs/images/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'vanban-images-'));
const documents = { 'cong-van-1719': SEED, 'quyet-dinh-05': quyetDinh() };
for (const [name, document] of Object.entries(documents))
  writeFileSync(join(work, `${name}.docx`), await toDocx(document));
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=file://${join(work, 'profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    ...Object.keys(documents).map((n) => join(work, `${n}.docx`)),
  ],
  { stdio: 'ignore' },
);
for (const name of Object.keys(documents)) {
  execFileSync('pdftoppm', ['-png', '-r', '70', join(work, `${name}.pdf`), join(work, name)]);
  for (const file of readdirSync(work).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) {
    const page = Number(/-(\d+)\.png$/.exec(file)![1]);
    renameSync(join(work, file), join(out, `${name}-trang-${page}.png`));
    console.log(`docs/images/${name}-trang-${page}.png`);
  }
}
