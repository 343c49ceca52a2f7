import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/dieu-8/thanh-phan-chinh`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Đủ thành phần', document: sampleDocument() },
    { name: 'Biên bản không có ngày ở đầu', document: sampleDocument('bien-ban') },
  ],
  invalid: [
    { name: 'Chưa có số', document: sampleDocument('cong-van', { number: undefined }), paths: ['number'] },
    {
      name: 'Thiếu chữ ký và ngày',
      document: sampleDocument('cong-van', { date: undefined, signatures: [] }),
      paths: ['date', 'signatures'],
    },
  ],
};
