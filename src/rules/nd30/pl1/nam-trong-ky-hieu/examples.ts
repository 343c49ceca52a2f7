import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/nam-trong-ky-hieu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Không có năm', document: sampleDocument('quyet-dinh', { notation: 'QĐ-UBND' }) }],
  invalid: [
    {
      name: 'Có năm 2024',
      document: sampleDocument('quyet-dinh', { notation: '2024/QĐ-UBND' }),
      paths: ['notation'],
    },
  ],
};
