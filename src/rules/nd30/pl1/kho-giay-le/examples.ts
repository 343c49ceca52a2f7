import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/kho-giay-le`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'A4, lề theo mẫu', document: sampleDocument(), layout: sampleLayout() },
    {
      // A PDF page whose text does not reach across the column: the right margin is at most 24 mm, at least 0.
      name: 'Lề phải chỉ đo được cận trên (PDF ít chữ)',
      document: sampleDocument(),
      layout: sampleLayout(
        {},
        { marginsMm: { top: 20, bottom: 20, left: 30, right: 24 }, marginsAtLeastMm: { left: 0, right: 0 } },
      ),
    },
    {
      // A page broken early (its next lines kept together): the foot shows 27.5 mm, the margin is at least 19.5.
      name: 'Lề dưới đo được trong khoảng 19,5–27,5 mm (PDF)',
      document: sampleDocument(),
      layout: sampleLayout(
        {},
        { marginsMm: { top: 20, bottom: 27.5, left: 30, right: 15 }, marginsAtLeastMm: { bottom: 19.5 } },
      ),
    },
  ],
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
    {
      name: 'Lề phải 10 mm, đo cận trên: vẫn hẹp hơn quy định',
      document: sampleDocument(),
      layout: sampleLayout(
        {},
        { marginsMm: { top: 20, bottom: 20, left: 30, right: 10 }, marginsAtLeastMm: { left: 0, right: 0 } },
      ),
      paths: ['layout.sections.0.marginsMm.right'],
    },
    {
      name: 'Lề dưới ít nhất 30 mm (PDF)',
      document: sampleDocument(),
      layout: sampleLayout(
        {},
        { marginsMm: { top: 20, bottom: 35, left: 30, right: 15 }, marginsAtLeastMm: { bottom: 30 } },
      ),
      paths: ['layout.sections.0.marginsMm.bottom'],
    },
  ],
};
