import { defineRule } from '../../../../rule-kit/define-rule.js';
import { rolesOf, sameName } from '../../../../rule-kit/signatures.js';

/** The name printed under the signature (ô 7b) is the name of the person whose certificate signed (ô 7c). */
export const tenNguoiKySo = defineRule({
  meta: {
    id: 'nd30/pl1/ten-nguoi-ky-so',
    title: {
      vi: 'Họ tên người ký khớp chứng thư số',
      en: 'The signer’s printed name matches the certificate',
    },
    description: {
      vi: 'Họ và tên người ký in ở ô 7b là tên trong chứng thư số cá nhân đã ký văn bản (tên chung CN của chứng thư), không kể chữ hoa, chữ thường và cách đặt dấu thanh; chứng thư viết không dấu được so với chữ không dấu.',
      en: 'The name printed in ô 7b is the name in the personal certificate that signed the document (its common name, CN), regardless of case and tone-mark placement; an unaccented certificate name is compared with the letters alone.',
    },
    legal: 'Phụ lục I, mục I.II.7.b, I.II.7.c (nd30.md §2.7, §4.2)',
    severity: 'error',
    needsLayout: false,
    needsSignatures: true,
    fixSafety: 'never',
  },
  check(ctx) {
    const printed = ctx.document.signatures.map((s) => s.name);
    const signers = rolesOf(ctx.signatures!, ctx.document).filter((r) => r.role === 'signer');
    if (printed.length === 0 || signers.length === 0) return 'not-applicable';
    for (const { signature } of signers) {
      const name = signature.signer!.subjectCommonName!;
      if (printed.some((p) => sameName(name, p))) continue;
      // One printed signer: the mismatch is there; several: the first whose certificate is missing.
      const index =
        printed.length === 1
          ? 0
          : Math.max(
              0,
              printed.findIndex((p) => !signers.some((s) => sameName(s.signature.signer!.subjectCommonName!, p))),
            );
      ctx.report({
        path: `signatures.${index}.name`,
        message: {
          vi: `Họ tên người ký phải là tên trong chứng thư số "${name}" (đang in "${printed[index]}")`,
          en: `The signer’s name must be the certificate’s "${name}" (found "${printed[index]}")`,
        },
        actual: printed[index]!,
        expected: name,
      });
    }
  },
});
