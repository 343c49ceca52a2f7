// What `npm publish` would ship, measured on the BUILT package (`npm run build` first).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface PackEntry {
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string }[];
}

describe('the published package', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  ) as PackEntry[];

  it('stays under 1 MB packed, without source maps, the command in one bundle', () => {
    expect(pack!.size).toBeLessThanOrEqual(1_000_000);
    const paths = pack!.files.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(paths).toContain('dist/cli.js');
    expect(paths.filter((p) => /^dist\/cli-worker/.test(p))).toEqual([]);
    // The finding urls point into the rule and code pages: they ship on purpose.
    expect(paths).toContain('docs/rules/README.md');
    expect(paths).toContain('docs/diagnostics/README.md');
  });
});
