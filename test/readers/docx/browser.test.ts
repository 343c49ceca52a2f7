/** The DOCX reader is part of the browser-safe core: its entry bundles for the browser without Node built-ins. */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('parseDocx in a browser bundle', () => {
  it('bundles src/readers/docx for the browser platform without Node built-ins', async () => {
    const result = await build({
      entryPoints: [new URL('../../../src/readers/docx/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('fflate'))).toBe(true);
    expect(inputs.filter((i) => /^node:|^(fs|path|os|buffer|worker_threads|child_process)$/u.test(i))).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});
