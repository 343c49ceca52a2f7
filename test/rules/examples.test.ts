import { describe, expect, it } from 'vitest';
import { RULE_EXAMPLES } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/index.js';
import { runExample } from '../../src/validate/rule-tester.js';

// Each rule's own examples (the ones its docs page shows) are its tests.
describe.each(RULES.map((r) => [r.meta.id, r, RULE_EXAMPLES[r.meta.id]!] as const))('%s', (_id, rule, examples) => {
  it('has valid and invalid examples, in its examples.ts and not in its meta', () => {
    expect(examples.valid.length).toBeGreaterThan(0);
    expect(examples.invalid.length).toBeGreaterThan(0);
    expect(rule.meta.examples).toBeUndefined();
  });
  it.each(examples.valid.map((e) => [e.name, e] as const))('valid: %s', (_name, example) => {
    expect(runExample(rule, example, true).problems).toEqual([]);
  });
  it.each(examples.invalid.map((e) => [e.name, e] as const))('invalid: %s', (_name, example) => {
    expect(runExample(rule, example, false).problems).toEqual([]);
  });
});
