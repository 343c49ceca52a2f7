/**
 * The core runs in a browser: the library bundled for the browser platform and run in a context
 * that has the web's globals only (no `process`, `Buffer`, `require`, no Node built-ins), where it
 * writes the seed letter as DOCX, edXML and XML, reads the DOCX back and validates it.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const seed = JSON.parse(readFileSync(new URL('../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'));

describe('the core bundle, run with the web platform’s globals only', () => {
  it('writes, reads and validates a letter without touching Node', async () => {
    const bundle = await build({
      entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'vanban',
      write: false,
      logLevel: 'silent',
    });
    const webGlobals = {
      TextEncoder,
      TextDecoder,
      atob,
      btoa,
      URL,
      console,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      structuredClone,
      Uint8Array,
      ArrayBuffer,
      DataView,
      Promise,
      Date,
      Math,
      JSON,
      Intl,
    };
    const context: Record<string, unknown> = { ...webGlobals, seed };
    context.globalThis = context;
    context.self = context;
    const script = `${bundle.outputFiles[0]!.text}
      (async () => {
        const d = vanban.createDocument(seed);
        const docx = await vanban.toDocx(d);
        const read = await vanban.parseDocx(docx);
        const edxml = vanban.toEdxml({ ...d, issuer: { ...d.issuer, code: '000.00.00.H55' }, exchange: { to: [{ name: 'Sở Y tế', code: '000.00.13.H55' }] } }, { sentAt: '2024-04-09T09:15:00+07:00' });
        return {
          zip: docx[0] === 0x50 && docx[1] === 0x4b,
          same: JSON.stringify(read.document) === JSON.stringify(d),
          findings: vanban.validate(read).diagnostics.map((x) => x.id),
          edxml: vanban.parseEdxml(edxml).document.number,
          xml: vanban.parseXml(vanban.toXml(d)).document.notation,
          hasProcess: typeof process !== 'undefined',
        };
      })()`;
    const result = await (runInNewContext(script, context, { timeout: 20_000 }) as Promise<Record<string, unknown>>);
    expect(result).toEqual({ zip: true, same: true, findings: [], edxml: 1719, xml: 'UBND-KGVX', hasProcess: false });
  });
});
