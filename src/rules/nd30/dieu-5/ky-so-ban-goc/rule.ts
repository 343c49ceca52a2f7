import { defineRule } from '../../../../rule-kit/define-rule.js';
import { isElectronicCopy, type RoledSignature, rolesOf } from '../../../../rule-kit/signatures.js';

/** A signature that does not verify gives the document nothing: the reader reports it (pdf/signature-…). */
const verifies = (r: RoledSignature): boolean =>
  r.signature.integrity.digestMatches !== false && r.signature.integrity.signatureValid !== false;

/**
 * An electronic original carries two digital signatures: the person with authority's (ô 7c) and
 * the organisation's (ô 8). Either alone does not make it equal to a paper original (Điều 5).
 */
export const kySoBanGoc = defineRule({
  meta: {
    id: 'nd30/dieu-5/ky-so-ban-goc',
    title: {
      vi: 'Văn bản điện tử có chữ ký số của người có thẩm quyền và của cơ quan',
      en: 'An electronic document bears the signer’s and the organisation’s digital signatures',
    },
    description: {
      vi: 'Văn bản điện tử có giá trị như bản gốc văn bản giấy khi được ký số bởi người có thẩm quyền (ô 7c, chứng thư số cá nhân) và ký số của cơ quan, tổ chức (ô 8, chứng thư số của cơ quan ban hành). Chữ ký số của tổ chức khác (trung tâm công báo đăng tải văn bản) không thay được chữ ký số của cơ quan ban hành; chữ ký số không xác thực được không được tính. Không áp dụng cho tệp không có chữ ký số nào (bản dự thảo, tệp chờ ký) và cho bản sao điện tử (chỉ cơ quan sao ký số).',
      en: 'An electronic document is worth a paper original when it bears the digital signature of the person with authority (ô 7c, a personal certificate) and the organisation’s (ô 8, the issuing organisation’s certificate). Another organisation’s signature (a publishing centre posting the document) does not stand for the issuer’s; a signature that does not verify does not count. Not applied to a file with no digital signature at all (a draft, a file waiting to be signed) nor to an electronic copy (signed by the copying organisation alone).',
    },
    legal: 'Điều 5; Phụ lục I, mục I.II.7.c, I.II.8 (nd30.md §4.1–4.3)',
    severity: 'error',
    needsLayout: false,
    needsSignatures: true,
    fixSafety: 'never',
  },
  check(ctx) {
    const facts = ctx.signatures!;
    if (facts.signatures.length === 0) return 'not-applicable';
    const roled = rolesOf(facts, ctx.document);
    if (isElectronicCopy(ctx.document, roled)) return 'not-applicable';
    const found = (role: RoledSignature['role']) => roled.filter((r) => r.role === role);
    const others = found('other').map((r) => r.signature.signer!.subjectCommonName!);
    const present = others.length > 0 ? ` (chỉ có: ${others.join('; ')})` : '';
    const presentEn = others.length > 0 ? ` (present: ${others.join('; ')})` : '';
    const signers = found('signer');
    if (!signers.some(verifies))
      ctx.report({
        path: 'signatures.0.image',
        message: {
          vi: `Văn bản điện tử phải có chữ ký số của người có thẩm quyền (${signers.length > 0 ? 'đang có chữ ký không xác thực được' : 'không có'})${present}`,
          en: `An electronic document must bear the digital signature of the person with authority (${signers.length > 0 ? 'found one that does not verify' : 'none found'})${presentEn}`,
        },
        actual: signers.length > 0 ? 'invalid' : 'none',
        expected: 'a personal certificate’s signature',
      });
    const organisations = found('organisation');
    if (!organisations.some(verifies))
      ctx.report({
        path: 'signatures.0.seal',
        message: {
          vi: `Văn bản điện tử phải có chữ ký số của cơ quan ban hành ${ctx.document.issuer.name} (${organisations.length > 0 ? 'đang có chữ ký không xác thực được' : 'không có'})${present}`,
          en: `An electronic document must bear the digital signature of its issuer ${ctx.document.issuer.name} (${organisations.length > 0 ? 'found one that does not verify' : 'none found'})${presentEn}`,
        },
        actual: organisations.length > 0 ? 'invalid' : 'none',
        expected: `a signature of ${ctx.document.issuer.name}`,
      });
  },
});
