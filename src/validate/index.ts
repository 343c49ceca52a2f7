/**
 * The validation engine: it runs a rule set over a document, resolves presets and per-rule settings,
 * applies fixes, and runs rule examples. The Decree 30 rule set is bound in `validator.ts`.
 *
 * @module
 */
export {
  type ConfiguredRule,
  InvalidRuleConfigError,
  type Preset,
  type RuleSetting,
  type RulesConfig,
  resolveRules,
} from './config.js';
export { type ReaderOutput, runRules, type ValidateOptions } from './engine.js';
export type { RulesInForceOption } from './judgement.js';
export {
  checkPackage,
  type CheckEdxmlPackageOptions,
  type EdxmlPackageReport,
  headerMismatches,
  type JudgedAttachment,
} from './edxml-package.js';
export { type AppliedFixes, type ApplyFixesOptions, applyFixes, applyTextEdits } from './fixes.js';
export { type RegistryCheck, registryCheckOf } from './registry-check.js';
export type * from './report.js';
export { type ExampleRun, RuleTester, type RuleTestFailure, runExample } from './rule-tester.js';
