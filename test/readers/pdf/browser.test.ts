/**
 * The PDF reader bundles for the browser (esbuild, platform browser) with no Node built-in: pdfjs's
 * display layer and its worker's message handler are both in the bundle, run in the page's thread
 * (no worker script to serve, nothing fetched). The size is printed: pdfjs-dist is most of it.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('PDF reader bundle for the browser', () => {
  it('bundles src/readers/pdf/index.ts for the browser platform without Node built-ins', async () => {
    const result = await build({
      entryPoints: [new URL('../../../src/readers/pdf/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((i) => i.endsWith('pdfjs-dist/legacy/build/pdf.mjs'))).toBe(true);
    expect(inputs.some((i) => i.endsWith('pdfjs-dist/legacy/build/pdf.worker.mjs'))).toBe(true);
    expect(inputs.filter((i) => /^node:|^(fs|path|os|worker_threads|child_process)$/.test(i))).toEqual([]);
    expect(result.errors).toEqual([]);
    const bytes = result.outputFiles![0]!.contents.length;
    const pdfjs = Object.entries(result.metafile!.outputs)[0]![1].inputs;
    const ofPdfjs = Object.entries(pdfjs)
      .filter(([path]) => path.includes('pdfjs-dist'))
      .reduce((n, [, v]) => n + v.bytesInOutput, 0);
    console.log(
      `PDF reader bundle (minified): ${(bytes / 1024).toFixed(0)} KB, of which pdfjs-dist ${(ofPdfjs / 1024).toFixed(0)} KB`,
    );
  });
});

describe('PDF reader bundle, run with the web platform’s globals only', () => {
  it('reads the seed letter’s PDF without process, Buffer or a worker thread', async () => {
    const { runInNewContext } = await import('node:vm');
    const { readFileSync } = await import('node:fs');
    const bundle = await build({
      entryPoints: [new URL('../../../src/readers/pdf/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'vanbanPdf',
      write: false,
      logLevel: 'silent',
    });
    const pdf = new Uint8Array(
      readFileSync(new URL('../../fixtures/pdf/libreoffice/seed-cong-van-1719.pdf', import.meta.url)),
    );
    const webGlobals = {
      TextEncoder,
      TextDecoder,
      atob,
      btoa,
      URL,
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      structuredClone,
      AbortController,
      AbortSignal,
      Uint8Array,
      Uint8ClampedArray,
      ArrayBuffer,
      DataView,
      Promise,
      Date,
      Math,
      JSON,
      Intl,
      WeakRef,
      FinalizationRegistry,
      Blob,
      performance,
      Response,
      Request,
      Headers,
      ReadableStream,
      DOMException,
      EventTarget,
      Event,
      MessageChannel,
      URLSearchParams,
      WritableStream,
      TransformStream,
      crypto,
      navigator: { userAgent: 'Mozilla/5.0 (test)', language: 'vi', platform: 'Linux' },
    };
    const context: Record<string, unknown> = { ...webGlobals, pdf };
    context.globalThis = context;
    context.self = context;
    const script = `${bundle.outputFiles[0]!.text}
      (async () => {
        const read = await vanbanPdf.parsePdf(pdf);
        return { number: read.document.number, textLayer: read.textLayer, motto: read.layout.parts['nationalTitle.motto'].region, hasProcess: typeof process !== 'undefined' };
      })()`;
    const result = await (runInNewContext(script, context, { timeout: 30_000 }) as Promise<Record<string, unknown>>);
    expect(result).toEqual({ number: 1719, textLayer: 'text', motto: 'header-right', hasProcess: false });
  }, 60_000);
});
