import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl3/bien-ban-dia-danh`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Không có dòng địa danh', document: sampleDocument('bien-ban') }],
  invalid: [
    {
      name: 'Có dòng địa danh',
      document: sampleDocument('bien-ban'),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi, ngày 09 tháng 4 năm 2024' }),
      paths: ['placeDateLine'],
    },
  ],
};
