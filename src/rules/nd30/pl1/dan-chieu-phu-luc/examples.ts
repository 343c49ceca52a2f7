import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/dan-chieu-phu-luc`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Một phụ lục, "kèm theo"',
      document: sampleDocument('ke-hoach', {
        body: [{ type: 'paragraph', text: 'Danh sách đơn vị tại Phụ lục kèm theo Kế hoạch này./.' }],
        appendices: [{ title: 'DANH SÁCH', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' }],
      }),
    },
    {
      name: 'Phụ lục I và II được nêu',
      document: sampleDocument('ke-hoach', {
        body: [{ type: 'paragraph', text: 'Chi tiết tại Phụ lục I và II kèm theo./.' }],
        appendices: [
          { number: 'I', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' },
          { number: 'II', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'Không nhắc đến phụ lục',
      document: sampleDocument('ke-hoach', {
        appendices: [{ title: 'DANH SÁCH', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' }],
      }),
      paths: ['appendices.0'],
    },
    {
      name: 'Phụ lục II không được nêu',
      document: sampleDocument('ke-hoach', {
        body: [{ type: 'paragraph', text: 'Chi tiết tại Phụ lục I./.' }],
        appendices: [
          { number: 'I', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' },
          { number: 'II', reference: 'Kèm theo Kế hoạch số 05/KH-UBND' },
        ],
      }),
      paths: ['appendices.1'],
    },
  ],
};
