import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl3/tham-quyen-ban-hanh`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Quyết định theo Mẫu 1.2', document: sampleDocument('quyet-dinh') },
    { name: 'Nghị quyết theo Mẫu 1.1', document: sampleDocument('nghi-quyet') },
  ],
  invalid: [
    {
      name: 'Thiếu dòng thẩm quyền',
      document: sampleDocument('quyet-dinh', {
        body: sampleDocument('quyet-dinh').body!.filter((b) => !(b.type === 'enactment' && b.role === 'authority')),
      }),
      paths: ['body'],
    },
    {
      name: 'Thiếu dòng "QUYẾT ĐỊNH:"',
      document: sampleDocument('quyet-dinh', {
        body: sampleDocument('quyet-dinh').body!.filter((b) => !(b.type === 'enactment' && b.role === 'enactment')),
      }),
      paths: ['body'],
    },
    {
      name: '"Quyết định" thiếu dấu hai chấm',
      document: sampleDocument('quyet-dinh', {
        body: sampleDocument('quyet-dinh').body!.map((b) =>
          b.type === 'enactment' && b.role === 'enactment' ? { ...b, text: 'Quyết định' } : b,
        ),
      }),
      paths: ['body.3.text'],
      fixable: true,
    },
  ],
};
