import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/co-chu-nhat-quan`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: '12 / 13 / 13', document: sampleDocument(), layout: sampleLayout() }],
  invalid: [
    {
      name: 'Quốc hiệu 13, Tiêu ngữ 13',
      document: sampleDocument(),
      layout: sampleLayout({ 'nationalTitle.name': { sizePt: 13, bold: true } }),
      paths: ['nationalTitle.motto'],
    },
  ],
};
