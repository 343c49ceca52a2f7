import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { CrossDocumentExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/dieu-15/so-trung`: a register that already holds the sample letter (số 05). */
export const examples: CrossDocumentExamples = {
  valid: [{ name: 'Số khác nhau', seen: [sampleDocument()], document: sampleDocument('cong-van', { number: 6 }) }],
  invalid: [
    {
      name: 'Số 05 dùng lần hai',
      seen: [sampleDocument()],
      document: sampleDocument('cong-van', { number: 5 }),
      paths: ['number'],
    },
  ],
};
