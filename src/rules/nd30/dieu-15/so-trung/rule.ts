import type { VanbanDocument } from '../../../../model/document.js';
import type { CrossDocumentRule } from '../../../../rule-kit/types.js';

/** The key under which a document's số + ký hiệu + issuer must be unique within the year, or undefined when one is missing. */
export function registryKey(document: VanbanDocument): string | undefined {
  const year = document.date?.slice(0, 4);
  if (document.number === undefined || !document.notation || !year) return undefined;
  return `${year}|${document.number}|${document.notation}|${document.issuer.name}`;
}

/**
 * The same số + ký hiệu + issuer used twice in a year (checklist #32). A cross-document rule: a
 * register made by `createRegistryCheck` runs it; `validate` sees one document and cannot.
 */
export const soTrung: CrossDocumentRule = {
  meta: {
    id: 'nd30/dieu-15/so-trung',
    title: { vi: 'Trùng số, ký hiệu trong năm', en: 'Number and notation used twice in a year' },
    description: {
      vi: 'Số và ký hiệu văn bản của cơ quan là duy nhất trong năm (từ 01/01 đến 31/12); hệ thống phải cảnh báo khi trùng.',
      en: 'An issuer’s number and notation are unique within the calendar year; the records system must warn on a duplicate.',
    },
    legal: 'Điều 15; Phụ lục VI, Phần I mục III (nd30.md §2.3, §4.6)',
    checklist: [32],
    severity: 'error',
    fixSafety: 'never',
  },
  createCheck() {
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
            path: 'number',
            message: {
              vi: `Số, ký hiệu của ${document.issuer.name} phải là duy nhất trong năm ${key.slice(0, 4)} (đang trùng "${label}" đã dùng ngày ${first.date})`,
              en: `A number and notation of ${document.issuer.name} must be unique within ${key.slice(0, 4)} (found "${label}", already used on ${first.date})`,
            },
            actual: label,
            expected: `a number not used before in ${key.slice(0, 4)}`,
          },
        ];
      },
    };
  },
};
