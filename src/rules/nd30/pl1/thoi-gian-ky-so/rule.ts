import { formatDate } from '../../../../grammar/place-date.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { rolesOf, signingInstant, vietnamDay } from '../../../../rule-kit/signatures.js';

/**
 * The organisation signs an electronic document when it issues it, and the system gives the
 * number and the date then (Điều 15.3): its signature cannot be older than the document's date.
 */
export const thoiGianKySo = defineRule({
  meta: {
    id: 'nd30/pl1/thoi-gian-ky-so',
    title: {
      vi: 'Thời gian ký số không trước ngày ban hành',
      en: 'Signing time not before the date of issue',
    },
    description: {
      vi: 'Văn thư ký số của cơ quan khi ban hành văn bản, lúc số và ngày được cấp: ngày ký (giờ Việt Nam) của chữ ký số cơ quan không được trước ngày ban hành ghi trên văn bản. Lấy thời điểm muộn hơn giữa thời gian ghi trong chữ ký (/M) và thời gian ký có chữ ký (CMS), vì phần mềm ký có khi ghi giờ địa phương như giờ UTC. Chữ ký của người có thẩm quyền không xét: người ký ký trước khi văn bản được cấp số và ngày, có thể vào ngày hôm trước.',
      en: 'The văn thư signs for the organisation when the document is issued, when its number and date are given: the day (Vietnam time) of the organisation’s signature cannot be before the date the document prints. The later of the time in the signature dictionary (/M) and the signed CMS time is taken, as signing software is seen writing local time as UTC. The signer’s own signature is not judged: the signer signs before the number and date are given, possibly the day before.',
    },
    legal: 'Điều 15.3; Phụ lục I, mục I.II.4 (nd30.md §2.4, §4.1)',
    severity: 'error',
    needsLayout: false,
    needsSignatures: true,
    fixSafety: 'never',
  },
  check(ctx) {
    const date = ctx.document.date;
    const organisations = rolesOf(ctx.signatures!, ctx.document).filter((r) => r.role === 'organisation');
    if (!date || organisations.length === 0) return 'not-applicable';
    for (const { signature } of organisations) {
      const instant = signingInstant(signature);
      if (!instant) continue;
      const day = vietnamDay(instant);
      const who = signature.fieldName ?? signature.signer?.subjectCommonName;
      if (day < date)
        ctx.report({
          path: 'date',
          message: {
            vi: `Chữ ký số của cơ quan (${who}) phải có thời gian ký từ ${formatDate(date)} trở đi (đang là ${formatDate(day)})`,
            en: `The organisation’s digital signature (${who}) must be made on or after ${date} (found ${day})`,
          },
          actual: day,
          expected: `${date} or later`,
        });
    }
  },
});
