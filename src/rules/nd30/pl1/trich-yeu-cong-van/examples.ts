import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { LINE } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/trich-yeu-cong-van`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'V/v không dấu hai chấm',
      document: sampleDocument(),
      sources: sampleSources({ subjectLine: 'V/v triển khai Công điện số 33/CĐ-TTg' }),
    },
  ],
  invalid: [
    {
      name: 'V/v có dấu hai chấm',
      document: sampleDocument(),
      sources: sampleSources({ subjectLine: 'V/v: triển khai Công điện số 33/CĐ-TTg' }),
      paths: [LINE],
      fixable: true,
    },
    {
      name: 'Viết "Về việc"',
      document: sampleDocument(),
      sources: sampleSources({ subjectLine: 'Về việc triển khai Công điện số 33/CĐ-TTg' }),
      paths: [LINE],
      fixable: true,
    },
    {
      name: 'V/v kết thúc bằng dấu chấm',
      document: sampleDocument(),
      sources: sampleSources({ subjectLine: 'V/v triển khai Công điện số 33/CĐ-TTg.' }),
      paths: [LINE],
    },
    {
      name: 'Trích yếu viết hoa',
      document: sampleDocument('cong-van', { subject: 'TRIỂN KHAI CÔNG ĐIỆN' }),
      paths: ['subject'],
    },
  ],
};
