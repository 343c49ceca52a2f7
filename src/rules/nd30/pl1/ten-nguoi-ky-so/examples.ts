import { sampleDocument } from '../../../../rule-kit/samples.js';
import {
  ORGANISATION_SIGNATURE,
  sampleSignature,
  sampleSignatures,
  SIGNER_SIGNATURE,
} from '../../../../rule-kit/signature-samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/ten-nguoi-ky-so`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Tên in dưới chữ ký là tên trong chứng thư số',
      document: sampleDocument(),
      signatures: sampleSignatures(SIGNER_SIGNATURE, ORGANISATION_SIGNATURE),
    },
    {
      name: 'Chứng thư viết hoa, không dấu',
      document: sampleDocument(),
      signatures: sampleSignatures(sampleSignature('TRAN HOANG TUAN', '2024-04-09T08:06:22+07:00')),
    },
    {
      name: 'Dấu thanh đặt kiểu khác ("Thuỷ" và "Thủy")',
      document: sampleDocument('cong-van', {
        signatures: [{ authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Thủy' }],
      }),
      signatures: sampleSignatures(sampleSignature('Lê Thị Thuỷ', '2024-04-09T08:06:22+07:00')),
    },
  ],
  invalid: [
    {
      name: 'Người ký số không phải người có tên in trên văn bản',
      document: sampleDocument(),
      signatures: sampleSignatures(
        sampleSignature('Phùng Tô Long', '2024-04-09T08:06:22+07:00'),
        ORGANISATION_SIGNATURE,
      ),
      paths: ['signatures.0.name'],
    },
    {
      name: 'Sai một dấu: Tuấn và Tuân',
      document: sampleDocument(),
      signatures: sampleSignatures(sampleSignature('Trần Hoàng Tuân', '2024-04-09T08:06:22+07:00')),
      paths: ['signatures.0.name'],
    },
  ],
};
