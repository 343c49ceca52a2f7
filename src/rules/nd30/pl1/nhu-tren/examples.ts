import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/nhu-tren`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Bắt đầu bằng Như trên', document: sampleDocument() }],
  invalid: [
    {
      name: 'Thiếu Như trên',
      document: sampleDocument('cong-van', { distribution: ['Văn phòng UBND tỉnh'] }),
      paths: ['distribution'],
      fixable: true,
    },
  ],
};
