import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { LINE } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/so-ky-hieu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Số có số 0 đứng trước',
      document: sampleDocument(),
      sources: sampleSources({ numberLine: 'Số: 05/UBND-KGVX' }),
    },
  ],
  invalid: [
    {
      name: 'Số 5 không có số 0',
      document: sampleDocument(),
      sources: sampleSources({ numberLine: 'Số: 5/UBND-KGVX' }),
      paths: [LINE],
      fixable: true,
    },
    {
      name: 'SỐ viết hoa',
      document: sampleDocument(),
      sources: sampleSources({ numberLine: 'SỐ: 05/UBND-KGVX' }),
      paths: [LINE],
      fixable: true,
    },
    {
      name: 'Dấu cách quanh "/"',
      document: sampleDocument(),
      sources: sampleSources({ numberLine: 'Số: 05 / UBND-KGVX' }),
      paths: [LINE],
      fixable: true,
    },
  ],
};
