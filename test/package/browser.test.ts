import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('core bundle for the browser', () => {
  it('bundles src/index.ts for the browser platform without Node built-ins', async () => {
    const result = await build({
      entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((i) => i.includes('src/index.ts'))).toBe(true);
    expect(inputs.filter((i) => /^node:|^(fs|path|os|worker_threads|child_process)$/.test(i))).toEqual([]);
    expect(result.errors).toEqual([]);
    // Rule examples and their sample documents are for the tester, the docs and the tests only.
    expect(inputs.filter((i) => /src\/rules\/.*examples\.ts$/.test(i))).toEqual([]);
    expect(inputs.filter((i) => i.startsWith('scripts/'))).toEqual([]);
  });
});
