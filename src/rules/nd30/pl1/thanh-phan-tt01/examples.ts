import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/thanh-phan-tt01`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Không có thành phần cũ',
      document: sampleDocument('cong-van', { contact: { phone: '0255 3822 000' } }),
    },
  ],
  invalid: [
    {
      name: 'Có Telex',
      document: sampleDocument('cong-van', { contact: { phone: '0255 3822 000; Telex: 1234' } }),
      paths: ['contact.phone'],
    },
    {
      name: 'Có ô DỰ THẢO',
      document: sampleDocument(),
      sources: sampleSources({ draftMark: 'DỰ THẢO' }),
      paths: ['draftMark'],
    },
  ],
};
