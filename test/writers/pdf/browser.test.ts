/**
 * The PDF writer runs in browsers: bundled for the browser platform (pdfkit's browser build,
 * fontkit, fflate), it pulls in no Node built-in; and the bundle writes a PDF when run with only
 * what a browser has (Uint8Array, TextDecoder, WebCrypto), here in Node.
 */
import type { toPdf as toPdfType } from '../../../src/writers/pdf/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { SEED } from '../docx/samples.js';
import { fontsOrSkip } from './support.js';

const fonts = fontsOrSkip();

describe('PDF writer bundle for the browser', () => {
  it('bundles src/writers/pdf/index.ts for the browser platform without Node built-ins', async () => {
    const result = await build({
      entryPoints: [new URL('../../../src/writers/pdf/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((i) => i.includes('pdfkit/js/pdfkit.browser.mjs'))).toBe(true);
    expect(
      inputs.filter((i) => /^node:|^(fs|path|os|zlib|stream|buffer|crypto|worker_threads|child_process)$/.test(i)),
    ).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it.skipIf(!fonts)('the browser bundle writes a PDF', async () => {
    const result = await build({
      entryPoints: [new URL('../../../src/writers/pdf/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    // A file of its own, not a data: URL: pdfkit resolves its ICC profile's path against import.meta.url.
    const file = join(mkdtempSync(join(tmpdir(), 'vanban-pdf-bundle-')), 'bundle.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    const { toPdf } = (await import(pathToFileURL(file).href)) as { toPdf: typeof toPdfType };
    const pdf = await toPdf(SEED, { fonts: fonts!, pdfA: '2b' });
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 8))).toBe('%PDF-1.7');
    expect(new TextDecoder('latin1').decode(pdf.subarray(-6)).trim()).toBe('%%EOF');
  });
});
