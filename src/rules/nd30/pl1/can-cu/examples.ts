import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/can-cu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Dấu ";" rồi "."', document: sampleDocument('quyet-dinh') }],
  invalid: [
    {
      name: 'Căn cứ cuối kết thúc bằng ";"',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương;' },
          { type: 'basis', text: 'Theo đề nghị của Giám đốc Sở Nội vụ;' },
          { type: 'paragraph', text: 'Quyết định có hiệu lực./.' },
        ],
      }),
      paths: ['body.1.text'],
      fixable: true,
    },
    {
      name: 'Căn cứ giữa kết thúc bằng ","',
      document: sampleDocument('quyet-dinh', {
        body: [
          { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương,' },
          { type: 'basis', text: 'Theo đề nghị của Giám đốc Sở Nội vụ.' },
          { type: 'paragraph', text: 'Quyết định có hiệu lực./.' },
        ],
      }),
      paths: ['body.0.text'],
      fixable: true,
    },
  ],
};
