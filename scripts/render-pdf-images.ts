/**
 * Renders the seed letter (two pages) and a quyết định as toPdf draws them, for docs/images and
 * the README, beside the images of toDocx printed by LibreOffice (scripts/render-images.ts):
 * toPdf with Liberation Serif 2, then poppler's pdftoppm to PNG (page by page), no LibreOffice.
 * Needs pdftoppm and the fonts (Debian: poppler-utils, fonts-liberation2).
 *
 *   npx tsx scripts/render-pdf-images.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPdf } from '../src/writers/pdf/index.js';
import { quyetDinh, SEED } from '../test/writers/docx/samples.js';

const FONTS = '/usr/share/fonts/truetype/liberation2/LiberationSerif-';
const face = (name: string) => new Uint8Array(readFileSync(`${FONTS}${name}.ttf`));
const fonts = { regular: face('Regular'), bold: face('Bold'), italic: face('Italic'), boldItalic: face('BoldItalic') };

const out = new URL('../docs/images/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'vanban-pdf-images-'));
const documents = { 'cong-van-1719': SEED, 'quyet-dinh-05': quyetDinh() };
for (const [name, document] of Object.entries(documents)) {
  writeFileSync(join(work, `${name}.pdf`), await toPdf(document, { fonts }));
  execFileSync('pdftoppm', ['-png', '-r', '70', join(work, `${name}.pdf`), join(work, name)]);
  for (const file of readdirSync(work).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) {
    const page = Number(/-(\d+)\.png$/.exec(file)![1]);
    renameSync(join(work, file), join(out, `pdf-${name}-trang-${page}.png`));
    console.log(`docs/images/pdf-${name}-trang-${page}.png`);
  }
}
