import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/vi-tri-noi-nhan`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Cột trái, canh trái', document: sampleDocument(), layout: sampleLayout() }],
  invalid: [
    {
      name: 'Canh giữa trang',
      document: sampleDocument(),
      layout: sampleLayout({
        'distribution.heading': { sizePt: 12, bold: true, italic: true, alignment: 'center', region: 'page' },
      }),
      paths: ['distribution.heading', 'distribution.heading'],
    },
  ],
};
