import type { Rule } from './types.js';

/**
 * Declares a rule with its types checked: the meta (id, legal locator, examples…) and the check.
 *
 * @example
 * ```ts
 * export const houseAbbreviations = defineRule({
 *   meta: { id: 'house/viet-tat', severity: 'warning', needsLayout: false, fixSafety: 'never', … },
 *   check(ctx) { if (ctx.document.subject?.includes('UBND')) ctx.report({ path: 'subject', message: { vi: '…', en: '…' } }); },
 * });
 * ```
 */
export function defineRule<Options = undefined>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
