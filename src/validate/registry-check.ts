import type { VanbanDocument } from '../model/document.js';
import { registryKey, soTrung } from '../rules/nd30/dieu-15/so-trung/rule.js';
import { type Diagnostic, sourceOf } from '../diagnostics/diagnostic.js';
import { ruleDocsUrl } from '../diagnostics/url.js';

/** A register of documents seen, flagging a số + ký hiệu + issuer used twice in a year. */
export interface RegistryCheck {
  /** Records the document and returns a diagnostic when its number was already used this year by the same issuer. */
  check(document: VanbanDocument): Diagnostic[];
}

/**
 * Creates a register for the cross-document rule `nd30/dieu-15/so-trung` (Điều 15; PL VI Part I.III).
 *
 * @example
 * ```ts
 * const register = createRegistryCheck();
 * for (const doc of outgoing) for (const d of register.check(doc)) console.log(d.message.vi);
 * ```
 */
export function createRegistryCheck(): RegistryCheck {
  const seen = new Map<string, VanbanDocument>();
  return {
    check(document) {
      const key = registryKey(document);
      if (key === undefined) return [];
      const first = seen.get(key);
      if (!first) {
        seen.set(key, document);
        return [];
      }
      const label = `${document.number}/${document.notation}`;
      return [
        {
          source: sourceOf(soTrung.meta.id),
          id: soTrung.meta.id,
          severity: soTrung.meta.severity,
          message: {
            vi: `Số, ký hiệu "${label}" của ${document.issuer.name} đã dùng trong năm ${key.slice(0, 4)} (ngày ${first.date})`,
            en: `Number "${label}" of ${document.issuer.name} was already used in ${key.slice(0, 4)} (on ${first.date})`,
          },
          path: 'number',
          actual: label,
          url: ruleDocsUrl(soTrung.meta.id),
        },
      ];
    },
  };
}
