import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleDocs } from '../../src/validate/rule-docs.js';

const root = new URL('../../', import.meta.url);

describe('docs/rules', () => {
  it.each([...renderRuleDocs()].map(([path, text]) => [path, text]))(
    '%s is up to date (npx tsx scripts/generate-rule-docs.ts)',
    (path, text) => {
      expect(readFileSync(new URL(path, root), 'utf8')).toBe(text);
    },
  );
});
