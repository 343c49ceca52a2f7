// The progress bar of `vanban validate`: the line it renders (a pure function), when it is drawn at
// all, and the BUILT command drawing it on a terminal and never on a pipe or in CI.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressBar, renderProgress } from '../../src/cli/progress.js';

const CLI = join(__dirname, '../../dist/cli.js');
const SEED = join(__dirname, '../../examples/data/cong-van-1719.txt');

describe('renderProgress', () => {
  it('shows the bar, count/total and the percentage when the total is known', () => {
    expect(renderProgress(500, 2000)).toBe(`${'█'.repeat(7)}${'░'.repeat(23)}  500/2000 files  25%`);
    expect(renderProgress(0, 3)).toBe(`${'░'.repeat(30)}  0/3 files  0%`);
    expect(renderProgress(3, 3)).toBe(`${'█'.repeat(30)}  3/3 files  100%`);
  });

  it('floors the percentage, so 100% means every file is done', () => {
    expect(renderProgress(1999, 2000)).toMatch(/ 1999\/2000 files {2}99%$/);
  });

  it('shows the count alone while the total is unknown', () => {
    expect(renderProgress(42)).toBe('42 files');
    expect(renderProgress(42, 0)).toBe('42 files');
  });

  it('fits a narrow terminal: the bar shrinks, then goes, the numbers stay', () => {
    const line = renderProgress(500, 2000, 40);
    expect(line.length).toBeLessThan(40);
    expect(line).toMatch(/^█+░+ {2}500\/2000 files {2}25%$/);
    expect(renderProgress(500, 2000, 20)).toBe('500/2000 files  25%');
  });
});

describe('progressBar', () => {
  function stream(isTTY: boolean) {
    const written: string[] = [];
    return { written, isTTY, columns: 80, write: (chunk: string) => written.push(chunk) };
  }

  it('draws on a terminal and clears its line at the end', () => {
    const out = stream(true);
    const bar = progressBar(out, {}, () => 4);
    bar.tick();
    bar.end();
    expect(out.written).toEqual([`\r${renderProgress(1, 4)}\x1b[K`, '\r\x1b[K']);
  });

  it('draws nothing when the stream is not a terminal, nor in CI, and does not count the files then', () => {
    for (const [out, env] of [
      [stream(false), {}],
      [stream(true), { CI: 'true' }],
    ] as const) {
      let counted = false;
      const bar = progressBar(out, env, () => {
        counted = true;
        return 4;
      });
      bar.tick();
      bar.clear();
      bar.end();
      expect(out.written).toEqual([]);
      expect(counted).toBe(false);
    }
  });
});

describe('vanban validate (built CLI)', () => {
  function folder(count: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-progress-'));
    for (let i = 0; i < count; i++) copyFileSync(SEED, join(dir, `letter-${i}.txt`));
    return dir;
  }
  const withoutCi = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI'));

  it('draws nothing when stderr is a pipe', () => {
    const result = spawnSync(process.execPath, [CLI, 'validate', '--format', 'json', folder(20)], {
      encoding: 'utf8',
      env: withoutCi(),
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  // util-linux `script` runs the command on a pseudo-terminal: stdout and stderr are a TTY there.
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.skipIf(!hasScript)('on a terminal: count/total and percent; with CI set: nothing', () => {
    const dir = folder(20);
    const command = `${process.execPath} ${CLI} validate --format json --jobs 1 ${dir} > /dev/null`;
    const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: withoutCi() });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stdout).toMatch(/\r█*░* {2}\d+\/20 files {2}\d+%\x1b\[K/);
    // The line is cleared at the end.
    expect(onTerminal.stdout.endsWith('\r\x1b[K')).toBe(true);
    const inCi = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      env: { ...withoutCi(), CI: '1' },
    });
    expect(inCi.status).toBe(0);
    expect(inCi.stdout).toBe('');
  });
});
