/**
 * The rule metas tell the truth: each id is its folder, each fix a rule emits is within the fix
 * class it declares, and together the rules cover every row of the nd30.md §7 checklist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/readers/text/index.js';
import { RULE_EXAMPLES } from '../../src/rules/examples.js';
import { CROSS_DOCUMENT_RULES, RULES } from '../../src/rules/index.js';
import { runExample } from '../../src/validate/rule-tester.js';
import { validate } from '../../src/validator.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { AnyRule, FixClass } from '../../src/rule-kit/types.js';
import { CORPUS_DIR, specPath } from '../support/corpus.js';

const RULES_DIR = fileURLToPath(new URL('../../src/rules/', import.meta.url));
const CORPUS = CORPUS_DIR;
const SPEC = specPath('nd30.md');
const ALL = [...RULES, ...CROSS_DOCUMENT_RULES];

/** Every `rule.ts` under src/rules, by its folder relative to src/rules. */
function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? ruleFiles(join(dir, e.name)) : e.name === 'rule.ts' ? [join(dir, e.name)] : [],
  );
}

// A rule's class bounds how far its fixes may be trusted: a `guarded` rule may emit safe and guarded
// fixes, never a mere suggestion; a `never` rule emits none (authority, signer, substance).
const LEVEL: Record<FixClass, number> = { safe: 0, guarded: 1, suggestion: 2, never: -1 };

/** Every diagnostic a rule gives on its own examples. */
function exampleDiagnostics(rule: AnyRule): Diagnostic[] {
  const examples = RULE_EXAMPLES[rule.meta.id]!;
  return [
    ...examples.valid.map((e) => runExample(rule, e, true)),
    ...examples.invalid.map((e) => runExample(rule, e, false)),
  ].flatMap((r) => [...r.diagnostics]);
}

/** Every diagnostic the registry gives on the corpus texts (real documents, misreadings included). */
function corpusDiagnostics(): Diagnostic[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => [...validate(parseText(readFileSync(join(CORPUS, f), 'utf8'))).diagnostics]);
}

describe('rule ids', () => {
  const files = ruleFiles(RULES_DIR);

  it.each(files.map((f) => [relative(RULES_DIR, f)] as const))(
    '%s exports one rule whose id is its folder',
    async (file) => {
      const module = (await import(pathToFileURL(join(RULES_DIR, file)).href)) as Record<string, unknown>;
      const rules = Object.values(module).filter(
        (v): v is AnyRule => typeof v === 'object' && v !== null && 'meta' in v && ('check' in v || 'createCheck' in v),
      );
      expect(rules.map((r) => r.meta.id)).toEqual([file.replace(/\/rule\.ts$/, '')]);
    },
  );

  it('registers every rule folder, and nothing else', () => {
    const folders = files.map((f) => relative(RULES_DIR, f).replace(/\/rule\.ts$/, '')).sort();
    expect(ALL.map((r) => r.meta.id).sort()).toEqual(folders);
    expect(new Set(ALL.map((r) => r.meta.id)).size).toBe(ALL.length);
  });
});

describe('fix classes', () => {
  const corpus = corpusDiagnostics();

  it.each(ALL.map((r) => [r.meta.id, r] as const))('%s emits only fixes within its declared class', (_id, rule) => {
    const declared = rule.meta.fixSafety;
    // A cross-document rule has no single-document examples; its findings come from registers.
    const own = 'check' in rule ? exampleDiagnostics(rule) : [];
    const fixes = [...own, ...corpus.filter((d) => d.id === rule.meta.id)].flatMap((d) =>
      d.fix ? [d.fix.safety] : [],
    );
    if (declared === 'never') expect(fixes, 'a "never" rule offers no fix').toEqual([]);
    else
      expect(
        fixes.filter((s) => LEVEL[s] > LEVEL[declared]),
        `fixes less safe than "${declared}"`,
      ).toEqual([]);
  });

  it.each(RULES.filter((r) => r.meta.fixSafety !== 'never').map((r) => [r.meta.id, r] as const))(
    '%s, declaring fixes, shows one on its invalid examples',
    (_id, rule) => {
      const fixed = RULE_EXAMPLES[rule.meta.id]!.invalid.flatMap((e) => [
        ...runExample(rule, e, false).diagnostics,
      ]).filter((d) => d.fix);
      expect(
        fixed.length,
        `declares "${rule.meta.fixSafety}" but no invalid example gets a fix: declare "never"`,
      ).toBeGreaterThan(0);
    },
  );

  it('layout rules offer no model fix (a layout fact lives in the DOCX)', () => {
    expect(RULES.filter((r) => r.meta.needsLayout && r.meta.fixSafety !== 'never').map((r) => r.meta.id)).toEqual([]);
  });
});

describe('nd30.md §7 checklist', () => {
  // The rows of the checklist table, from the spec when it is at hand (33 rows when written).
  const rows = existsSync(SPEC)
    ? [
        ...readFileSync(SPEC, 'utf8')
          .split('## 7.')[1]!
          .split('\n### ')[0]!
          .matchAll(/^\| (\d+) \|/gmu),
      ].map((m) => Number(m[1]))
    : Array.from({ length: 33 }, (_, i) => i + 1);

  it('has rows 1–33', () => {
    expect(rows).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it.each(rows.map((n) => [n] as const))('row %i is covered by a rule', (row) => {
    expect(ALL.filter((r) => r.meta.checklist?.includes(row)).map((r) => r.meta.id).length).toBeGreaterThan(0);
  });

  it('names only rows of the checklist', () => {
    expect(ALL.flatMap((r) => r.meta.checklist ?? []).filter((n) => !rows.includes(n))).toEqual([]);
  });
});
