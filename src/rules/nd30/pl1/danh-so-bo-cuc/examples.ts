import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/danh-so-bo-cuc`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Chương I, Mục 1, Điều 1, khoản 1, điểm a–đ',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'heading', level: 'chuong', number: 'I', title: 'QUY ĐỊNH CHUNG' },
          { type: 'heading', level: 'muc', number: '1', title: 'PHẠM VI' },
          { type: 'article', number: '1', title: 'Phạm vi điều chỉnh' },
          { type: 'clause', number: '1', text: 'Đối tượng áp dụng gồm:' },
          ...['a', 'b', 'c', 'd', 'đ'].map((label) => ({
            type: 'point' as const,
            label,
            text: 'Cơ quan nhà nước;',
          })),
          { type: 'clause', number: '2', text: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'Chương đánh số Ả Rập',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'heading', level: 'chuong', number: '1', title: 'QUY ĐỊNH CHUNG' },
          { type: 'article', number: '1', title: 'Phạm vi điều chỉnh./.' },
        ],
      }),
      paths: ['body.0.number'],
      fixable: true,
    },
    {
      name: 'Mục đánh số La Mã',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'heading', level: 'muc', number: 'I', title: 'PHẠM VI' },
          { type: 'article', number: '1', title: 'Phạm vi điều chỉnh./.' },
        ],
      }),
      paths: ['body.0.number'],
      fixable: true,
    },
    {
      name: 'Điểm e) sau d) (bỏ qua đ)',
      document: sampleDocument('cong-van', {
        body: [
          { type: 'clause', number: '1', text: 'Các đơn vị:' },
          ...['a', 'b', 'c', 'd', 'e'].map((label) => ({ type: 'point' as const, label, text: 'Thực hiện;' })),
          { type: 'paragraph', text: 'Đề nghị thực hiện./.' },
        ],
      }),
      paths: ['body.5.label'],
    },
    {
      name: 'Khoản 3 sau khoản 1',
      document: sampleDocument('cong-van', {
        body: [
          { type: 'clause', number: '1', text: 'Yêu cầu.' },
          { type: 'clause', number: '3', text: 'Tổ chức thực hiện./.' },
        ],
      }),
      paths: ['body.1.number'],
    },
  ],
};
