// The code of the task guides runs: every ```js block of docs/guides/*.md is run with node against the
// BUILT package (`import … from 'vanban'` pointed at dist/index.js), in order, in one scratch folder a
// guide holding the files of examples/data (a block may read what the one before it wrote), and each
// `// → text` comment must be in what the block printed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const GUIDES = join(__dirname, '../docs/guides');
const DATA = join(__dirname, '../examples/data');
const PACKAGE = pathToFileURL(join(__dirname, '../dist/index.js')).href;

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly code: string;
}

function blocks(): Block[] {
  return readdirSync(GUIDES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((guide) => {
      const text = readFileSync(join(GUIDES, guide), 'utf8');
      return [...text.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => ({
        guide,
        line: text.slice(0, match.index).split('\n').length,
        code: match[1]!,
      }));
    });
}

describe('docs/guides', () => {
  const all = blocks();

  it('has js blocks in every task guide', () => {
    const guides = new Set(all.map((block) => block.guide));
    for (const guide of ['agency-rules.md', 'batch.md', 'checking.md', 'edxml.md', 'generating.md', 'pdf.md'])
      expect(guides, guide).toContain(guide);
  });

  const folders = new Map<string, string>();
  function folderOf(guide: string): string {
    if (!folders.has(guide)) {
      const cwd = mkdtempSync(join(tmpdir(), 'vanban-guide-'));
      for (const name of readdirSync(DATA)) copyFileSync(join(DATA, name), join(cwd, name));
      folders.set(guide, cwd);
    }
    return folders.get(guide)!;
  }

  it.each(all.map((block) => [`${block.guide}:${block.line}`, block] as const))(
    '%s runs and prints what it says',
    (_, block) => {
      const cwd = folderOf(block.guide);
      const file = join(cwd, 'block.mjs');
      writeFileSync(file, block.code.replaceAll("from 'vanban'", `from '${PACKAGE}'`));
      const result = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      for (const [, expected] of block.code.matchAll(/\/\/ → (.+)$/gm))
        expect(result.stdout).toContain(expected!.trim());
    },
  );
});
