import { sampleDocument } from '../../../../rule-kit/samples.js';
import { ORGANISATION_SIGNATURE, sampleSignatures, SIGNER_SIGNATURE } from '../../../../rule-kit/signature-samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/thoi-gian-ky-so`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Cơ quan ký số trong ngày ban hành',
      document: sampleDocument(),
      signatures: sampleSignatures(SIGNER_SIGNATURE, ORGANISATION_SIGNATURE),
    },
    {
      name: 'Người ký ký hôm trước, văn thư ban hành hôm sau',
      document: sampleDocument('cong-van', { date: '2024-04-10' }),
      signatures: sampleSignatures(SIGNER_SIGNATURE, {
        ...ORGANISATION_SIGNATURE,
        signingTime: { iso: '2024-04-10T08:00:00+07:00', utc: '2024-04-10T01:00:00.000Z' },
      }),
    },
    {
      name: '23:30 ngày 08 theo UTC là 06:30 ngày 09 giờ Việt Nam',
      document: sampleDocument(),
      signatures: sampleSignatures({
        ...ORGANISATION_SIGNATURE,
        signingTime: { iso: '2024-04-08T23:30:00Z', utc: '2024-04-08T23:30:00.000Z' },
      }),
    },
  ],
  invalid: [
    {
      name: 'Cơ quan ký số trước ngày ghi trên văn bản',
      document: sampleDocument('cong-van', { date: '2024-04-10' }),
      signatures: sampleSignatures(SIGNER_SIGNATURE, ORGANISATION_SIGNATURE),
      paths: ['date'],
    },
  ],
};
