import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/ten-co-quan`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Tên đầy đủ, chủ quản viết tắt',
      document: sampleDocument('cong-van', { issuer: { parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' } }),
    },
  ],
  invalid: [
    {
      name: 'Tên cơ quan viết tắt',
      document: sampleDocument('cong-van', { issuer: { name: 'UBND TỈNH QUẢNG NGÃI' } }),
      paths: ['issuer.name'],
    },
    {
      name: 'Tên cơ quan viết thường',
      document: sampleDocument('cong-van', { issuer: { name: 'Sở Tài chính' } }),
      paths: ['issuer.name'],
    },
  ],
};
