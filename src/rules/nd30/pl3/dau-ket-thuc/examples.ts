import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl3/dau-ket-thuc`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Kết thúc bằng ./.', document: sampleDocument() }],
  invalid: [
    {
      name: 'Không có ./.',
      document: sampleDocument('cong-van', {
        body: [{ type: 'paragraph', text: 'Đề nghị các cơ quan thực hiện.' }],
      }),
      paths: ['body.0.text'],
    },
  ],
};
