import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runExample } from '../../src/validate/rule-tester.js';

// Each rule's own examples (the ones its docs page shows) are its tests.
describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it('has valid and invalid examples', () => {
    expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
    expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
  });
  it.each(rule.meta.examples.valid.map((e) => [e.name, e] as const))('valid: %s', (_name, example) => {
    expect(runExample(rule, example, true).problems).toEqual([]);
  });
  it.each(rule.meta.examples.invalid.map((e) => [e.name, e] as const))('invalid: %s', (_name, example) => {
    expect(runExample(rule, example, false).problems).toEqual([]);
  });
});
