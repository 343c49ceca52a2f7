import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { LINE } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/ngay-thang`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Tháng 4 không ghi số 0',
      document: sampleDocument(),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi, ngày 09 tháng 4 năm 2024' }),
    },
    {
      name: 'Tháng 02 có số 0',
      document: sampleDocument('cong-van', { date: '2024-02-05' }),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi, ngày 05 tháng 02 năm 2024' }),
    },
  ],
  invalid: [
    {
      name: 'Ngày 9 không có số 0',
      document: sampleDocument(),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi, ngày 9 tháng 4 năm 2024' }),
      paths: [LINE],
      fixable: true,
    },
    {
      name: 'Tháng 04 có số 0',
      document: sampleDocument(),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi, ngày 09 tháng 04 năm 2024' }),
      paths: [LINE],
      fixable: true,
    },
    {
      name: 'Ngày viết bằng số',
      document: sampleDocument(),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi, 09/4/2024' }),
      paths: [LINE],
      fixable: true,
    },
  ],
};
