import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/do-mat-do-khan`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'HOẢ TỐC',
      document: sampleDocument('cong-van', { urgency: 'hoa-toc' }),
      sources: sampleSources({ urgency: 'HOẢ TỐC' }),
    },
  ],
  invalid: [
    {
      name: 'Thượng khẩn viết thường',
      document: sampleDocument('cong-van', { urgency: 'thuong-khan' }),
      sources: sampleSources({ urgency: 'Thượng khẩn' }),
      paths: ['urgency'],
      fixable: true,
    },
    {
      name: 'Mật viết thường',
      document: sampleDocument('cong-van', { confidentiality: 'mat' }),
      sources: sampleSources({ confidentiality: 'Mật' }),
      paths: ['confidentiality'],
      fixable: true,
    },
  ],
};
