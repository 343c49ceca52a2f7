/**
 * examples/pdf-ocr.mjs runs as a user runs it, against a build of the PDF reader (until the package
 * entry exports parsePdf, the build here stands in for dist/): it reads the bundled scan with its
 * stub OCR function.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../support/corpus.js';

describe('examples/pdf-ocr.mjs', () => {
  it('reads the scan of the seed letter through the stub OCR function', async () => {
    const root = join(REPO_DIR, '.tmp/pdf-example');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, 'examples/data'), { recursive: true });
    await build({
      entryPoints: [join(REPO_DIR, 'src/readers/pdf/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: join(root, 'dist/index.js'),
      logLevel: 'silent',
    });
    copyFileSync(join(REPO_DIR, 'examples/pdf-ocr.mjs'), join(root, 'examples/pdf-ocr.mjs'));
    copyFileSync(
      join(REPO_DIR, 'examples/data/scan-cong-van-1719.pdf'),
      join(root, 'examples/data/scan-cong-van-1719.pdf'),
    );
    const run = spawnSync(process.execPath, [join(root, 'examples/pdf-ocr.mjs')], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^STUB OCR: page 1 \(595 × 842 pt\), scan of 827 × 1170 px$/mu);
    expect(run.stdout).toContain('text layer none; page 1 read from ocr');
    expect(run.stdout).toContain('Số 1719/UBND-KGVX of ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI, 2024-04-09');
    expect(run.stdout).toContain(
      'V/v triển khai thực hiện Công điện số 33/CĐ-TTg ngày 07/4/2024 của Thủ tướng Chính phủ về tăng cường bảo đảm an toàn thông tin mạng',
    );
    expect(run.stdout).toMatch(/"Số: 1719\/UBND-KGVX" on page 1 at [\d.]+ × [\d.]+ mm/u);
    expect(run.stdout).toMatch(/warning pdf\/no-text-layer/u);
  }, 60_000);
});
