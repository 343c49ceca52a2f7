import { sampleDocument } from '../../../../rule-kit/samples.js';
import {
  ORGANISATION_SIGNATURE,
  PUBLISHER_SIGNATURE,
  sampleSignatures,
  SIGNER_SIGNATURE,
} from '../../../../rule-kit/signature-samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/dieu-5/ky-so-ban-goc`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Người ký và cơ quan cùng ký số; trung tâm công báo ký thêm (như 057)',
      document: sampleDocument(),
      signatures: sampleSignatures(SIGNER_SIGNATURE, ORGANISATION_SIGNATURE, PUBLISHER_SIGNATURE),
    },
    {
      name: 'Tệp chưa ký (chờ ký số): không áp dụng',
      document: sampleDocument(),
      signatures: sampleSignatures(),
    },
  ],
  invalid: [
    {
      name: 'Chỉ người ký ký số, thiếu chữ ký số của cơ quan',
      document: sampleDocument(),
      signatures: sampleSignatures(SIGNER_SIGNATURE),
      paths: ['signatures.0.seal'],
    },
    {
      name: 'Chỉ trung tâm công báo ký: không thay chữ ký của người ký và của cơ quan',
      document: sampleDocument(),
      signatures: sampleSignatures(PUBLISHER_SIGNATURE),
      paths: ['signatures.0.image', 'signatures.0.seal'],
    },
    {
      name: 'Chữ ký số của người ký không xác thực được (tệp bị sửa)',
      document: sampleDocument(),
      signatures: sampleSignatures(
        { ...SIGNER_SIGNATURE, integrity: { digestMatches: false, signatureValid: true } },
        ORGANISATION_SIGNATURE,
      ),
      paths: ['signatures.0.image'],
    },
  ],
};
