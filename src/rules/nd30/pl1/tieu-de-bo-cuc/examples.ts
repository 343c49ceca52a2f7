import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/tieu-de-bo-cuc`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Chương và điều có tiêu đề',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'heading', level: 'chuong', number: 'I', title: 'QUY ĐỊNH CHUNG' },
          { type: 'article', number: '1', title: 'Phạm vi điều chỉnh' },
          { type: 'paragraph', text: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'Chương không có tiêu đề',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'heading', level: 'chuong', number: 'I' },
          { type: 'article', number: '1', title: 'Phạm vi điều chỉnh' },
          { type: 'paragraph', text: 'Có hiệu lực./.' },
        ],
      }),
      paths: ['body.0.title'],
    },
    {
      name: 'Điều không có tiêu đề',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'article', number: '1', title: '' },
          { type: 'paragraph', text: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
        ],
      }),
      paths: ['body.0.title'],
    },
    {
      name: 'Mục của báo cáo viết thường (thông báo 039: "I. Đánh giá chung")',
      document: sampleDocument('bao-cao', {
        body: [
          { type: 'heading', level: 'muc-la-ma', number: 'I', title: 'Đánh giá chung' },
          { type: 'paragraph', text: 'Các chương trình được triển khai đúng tiến độ./.' },
        ],
      }),
      paths: ['body.0.title'],
    },
  ],
};
