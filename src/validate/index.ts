/**
 * The validator: Decree 30 rules, named after the Decree, placed, explained and fixable.
 *
 * @module
 */
export { tt01Changes } from './baseline.js';
export {
  type ConfiguredRule,
  InvalidRuleConfigError,
  type Preset,
  type RuleSetting,
  type RulesConfig,
  resolveRules,
} from './config.js';
export { defineRule } from './define-rule.js';
export { replaceSpan } from './edits.js';
export { type ReaderOutput, type ValidateOptions, validate } from './engine.js';
export { type AppliedFixes, type ApplyFixesOptions, applyFixes, applyTextEdits } from './fixes.js';
export { createRegistryCheck, type RegistryCheck } from './registry-check.js';
export { type ExampleRun, RuleTester, type RuleTestFailure, runExample } from './rule-tester.js';
export { sampleDocument, sampleLayout, sampleSources } from './samples.js';
export type * from './types.js';
export { CROSS_DOCUMENT_RULES, RULES } from '../rules/index.js';
