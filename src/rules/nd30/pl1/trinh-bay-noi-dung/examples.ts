import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/trinh-bay-noi-dung`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Theo mẫu', document: sampleDocument(), layout: sampleLayout() },
    {
      name: '6 pt nhập bằng cm trong LibreOffice (0,21 cm = 5,95 pt)',
      document: sampleDocument(),
      layout: sampleLayout({
        'body.0': {
          sizePt: 14,
          alignment: 'justify',
          indentCm: { firstLine: 1.27 },
          spacing: { afterPt: 5.95, line: 1.15 },
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'Căn trái, thụt 2 cm',
      document: sampleDocument(),
      layout: sampleLayout({
        'body.0': { sizePt: 14, alignment: 'left', indentCm: { firstLine: 2 }, spacing: { afterPt: 6, line: 1 } },
      }),
      paths: ['body.0', 'body.0'],
    },
    {
      name: 'Giãn dòng gấp đôi',
      document: sampleDocument(),
      layout: sampleLayout({
        'body.0': {
          sizePt: 14,
          alignment: 'justify',
          indentCm: { firstLine: 1 },
          spacing: { afterPt: 6, line: 2, lineRule: 'auto' },
        },
      }),
      paths: ['body.0'],
    },
  ],
};
