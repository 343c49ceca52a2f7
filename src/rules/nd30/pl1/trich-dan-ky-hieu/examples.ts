import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/trich-dan-ky-hieu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Công điện số 33/CĐ-TTg',
      document: sampleDocument('cong-van', {
        body: [
          { type: 'paragraph', text: 'Thực hiện Công điện số 33/CĐ-TTg ngày 07/4/2024 của Thủ tướng Chính phủ./.' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'CD thay cho CĐ',
      document: sampleDocument('cong-van', {
        body: [
          { type: 'paragraph', text: 'Thực hiện Công điện số 33/CD-TTg ngày 07/4/2024 của Thủ tướng Chính phủ./.' },
        ],
      }),
      paths: ['body.0.text'],
    },
    {
      name: 'Dấu cách trong ký hiệu được dẫn',
      document: sampleDocument('cong-van', {
        body: [{ type: 'paragraph', text: 'Thực hiện Thông tư số 38/2015/TT- BTC của Bộ Tài chính./.' }],
      }),
      paths: ['body.0.text'],
    },
    {
      name: 'Trong dòng V/v',
      document: sampleDocument(),
      sources: sampleSources({ subjectLine: 'V/v triển khai Quyết định số 12/QD-UBND' }),
      paths: ['subjectLine'],
    },
  ],
};
