import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/ho-ten-chuc-vu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'PHÓ CHỦ TỊCH / Trần Hoàng Tuấn', document: sampleDocument() }],
  invalid: [
    {
      name: 'Họ tên in hoa',
      document: sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'TRẦN VĂN B' }] }),
      paths: ['signatures.0.name'],
    },
    {
      name: 'Chức vụ viết tắt',
      document: sampleDocument('cong-van', { signatures: [{ title: 'P. GIÁM ĐỐC', name: 'Trần Văn B' }] }),
      paths: ['signatures.0.title'],
    },
  ],
};
