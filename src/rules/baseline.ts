import { RULES } from './index.js';
import type { LocalizedText } from '../diagnostics/diagnostic.js';

/** What changed between Thông tư 01/2011/TT-BNV and Decree 30, by rule id (nd30.md §7.1). */
export function tt01Changes(): { readonly ruleId: string; readonly change: LocalizedText }[] {
  return RULES.flatMap((r) => (r.meta.tt01 ? [{ ruleId: r.meta.id, change: r.meta.tt01 }] : []));
}
