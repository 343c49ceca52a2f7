import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/kho-giay-le`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'A4, lề theo mẫu', document: sampleDocument(), layout: sampleLayout() }],
  invalid: [
    {
      name: 'Khổ A5',
      document: sampleDocument('giay-gioi-thieu'),
      layout: sampleLayout({}, { widthMm: 148, heightMm: 210 }),
      paths: ['layout.sections.0'],
    },
    {
      name: 'Lề trái 25 mm',
      document: sampleDocument(),
      layout: sampleLayout({}, { marginsMm: { top: 20, bottom: 20, left: 25, right: 15 } }),
      paths: ['layout.sections.0.marginsMm.left'],
    },
  ],
};
