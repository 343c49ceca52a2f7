import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCodeDocs } from '../../scripts/lib/code-docs.js';
import { renderRuleDocs } from '../../scripts/lib/rule-docs.js';

const root = new URL('../../', import.meta.url);

describe('docs/rules and docs/diagnostics', () => {
  it.each([...renderRuleDocs(), ...renderCodeDocs()].map(([path, text]) => [path, text]))(
    '%s is up to date (npx tsx scripts/generate-rule-docs.ts)',
    (path, text) => {
      expect(readFileSync(new URL(path, root), 'utf8')).toBe(text);
    },
  );
});
