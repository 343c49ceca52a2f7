import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/phu-luc`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Phụ lục I, II',
      document: sampleDocument('ke-hoach', {
        appendices: [
          { number: 'I', reference: 'Kèm theo Kế hoạch số 05/KH-UBND ngày 09 tháng 4 năm 2024 của UBND tỉnh' },
          { number: 'II', reference: 'Kèm theo Kế hoạch số 05/KH-UBND ngày 09 tháng 4 năm 2024 của UBND tỉnh' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'Đánh số Ả Rập',
      document: sampleDocument('ke-hoach', {
        appendices: [
          { number: '1', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' },
          { number: '2', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' },
        ],
      }),
      paths: ['appendices.0.number'],
      fixable: true,
    },
    {
      name: 'Thiếu dòng Kèm theo',
      document: sampleDocument('ke-hoach', { appendices: [{ title: 'DANH SÁCH' }] }),
      paths: ['appendices.0.reference'],
    },
  ],
};
