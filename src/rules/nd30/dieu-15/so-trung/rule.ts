import type { VanbanDocument } from '../../../../model/document.js';
import { defineRule } from '../../../../validate/define-rule.js';
import { sampleDocument } from '../../../../validate/samples.js';

/** The key under which a document's số + ký hiệu + issuer must be unique within the year, or undefined when one is missing. */
export function registryKey(document: VanbanDocument): string | undefined {
  const year = document.date?.slice(0, 4);
  if (document.number === undefined || !document.notation || !year) return undefined;
  return `${year}|${document.number}|${document.notation}|${document.issuer.name}`;
}

/**
 * The same số + ký hiệu + issuer used twice in a year (checklist #32). A cross-document rule: it is
 * run by `createRegistryCheck`, not by `validate`, which sees one document.
 */
export const soTrung = defineRule({
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
    needsLayout: false,
    fixSafety: 'never',
    examples: {
      valid: [{ name: 'Số khác nhau', document: sampleDocument('cong-van', { number: 6 }) }],
      invalid: [{ name: 'Số 05 dùng lần hai', document: sampleDocument('cong-van', { number: 5 }), paths: ['number'] }],
    },
  },
  check() {
    return 'not-applicable';
  },
});
