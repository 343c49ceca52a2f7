import { z } from 'zod';
import { VanbanError } from '../errors.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import type { AnyRule } from '../rule-kit/types.js';

/**
 * Per-rule configuration (`off`, a severity, or a severity with options) and the presets, in the
 * manner of ESLint: options are checked against each rule's schema before anything runs.
 *
 * @module
 */

/** One rule's setting: off, a severity, or `[severity, options]`. */
export type RuleSetting = 'off' | Severity | readonly [Severity, unknown];

/** Rule settings by rule id. */
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/** The presets: `recommended` (the default) and `strict` (every rule on, warnings raised to errors). */
export type Preset = 'recommended' | 'strict';

/** A rule as it will run: its severity and parsed options. */
export interface ConfiguredRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
}

/** A configuration that names unknown rules, unknown severities or options a rule's schema refuses. */
export class InvalidRuleConfigError extends VanbanError {
  constructor(readonly problems: readonly string[]) {
    super(
      'validate/invalid-config',
      `Invalid rule configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

const SeveritySchema = z.enum(['error', 'warning', 'info']);
const SettingSchema = z.union([z.literal('off'), SeveritySchema, z.tuple([SeveritySchema, z.unknown()])]);

function presetSeverity(rule: AnyRule, preset: Preset): Severity | 'off' {
  if (preset === 'strict') return rule.meta.severity === 'warning' ? 'error' : rule.meta.severity;
  return rule.meta.recommended === false ? 'off' : rule.meta.severity;
}

function parseOptions(rule: AnyRule, raw: unknown, problems: string[]): unknown {
  if (!rule.meta.options) {
    if (raw !== undefined) problems.push(`${rule.meta.id}: the rule takes no options`);
    return undefined;
  }
  const parsed = rule.meta.options.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push(`${rule.meta.id}: options.${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  return undefined;
}

/**
 * Resolves the rules to run from the registry, a preset and per-rule settings.
 *
 * @throws {@link InvalidRuleConfigError} listing every problem: unknown rule ids, bad settings, options the rule's schema refuses.
 */
export function resolveRules(
  registry: readonly AnyRule[],
  preset: Preset = 'recommended',
  settings: RulesConfig = {},
): ConfiguredRule[] {
  const problems: string[] = [];
  const byId = new Map(registry.map((r) => [r.meta.id, r]));
  for (const [id, setting] of Object.entries(settings)) {
    if (!byId.has(id)) problems.push(`${id}: no such rule`);
    const parsed = SettingSchema.safeParse(setting);
    if (!parsed.success)
      problems.push(`${id}: the setting must be "off", "error", "warning", "info" or [severity, options]`);
  }
  const configured: ConfiguredRule[] = [];
  for (const rule of registry) {
    const setting = settings[rule.meta.id];
    const severity =
      setting === undefined
        ? presetSeverity(rule, preset)
        : Array.isArray(setting)
          ? setting[0]
          : (setting as Severity | 'off');
    if (severity === 'off') continue;
    const options = parseOptions(rule, Array.isArray(setting) ? setting[1] : undefined, problems);
    configured.push({ rule, severity, options });
  }
  if (problems.length > 0) throw new InvalidRuleConfigError(problems);
  return configured;
}
