import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/co-chu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Cỡ chữ theo mẫu', document: sampleDocument(), layout: sampleLayout() }],
  invalid: [
    {
      name: 'Nơi nhận cỡ 14',
      document: sampleDocument(),
      layout: sampleLayout({ 'distribution.0': { sizePt: 14 } }),
      paths: ['distribution.0'],
    },
    {
      name: 'Nội dung cỡ 12',
      document: sampleDocument(),
      layout: sampleLayout({
        'body.0': {
          sizePt: 12,
          alignment: 'justify',
          indentCm: { firstLine: 1 },
          spacing: { afterPt: 6, line: 1 },
        },
      }),
      paths: ['body.0'],
    },
  ],
};
