import { sampleLayout } from '../../../../rule-kit/samples.js';
import { TNR, two } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/kinh-gui-trinh-bay`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Thẳng hàng',
      document: two,
      layout: sampleLayout({
        'recipients.0': { font: TNR, sizePt: 14, indentCm: { left: 4.5 } },
        'recipients.1': { font: TNR, sizePt: 14, indentCm: { left: 4.5 } },
      }),
    },
  ],
  invalid: [
    {
      name: 'Lệch nhau',
      document: two,
      layout: sampleLayout({
        'recipients.0': { font: TNR, sizePt: 14, indentCm: { left: 4.5 } },
        'recipients.1': { font: TNR, sizePt: 14, indentCm: { left: 2 } },
      }),
      paths: ['recipients.1'],
    },
  ],
};
