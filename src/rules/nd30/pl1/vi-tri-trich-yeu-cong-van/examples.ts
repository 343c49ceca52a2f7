import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/vi-tri-trich-yeu-cong-van`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Dưới số, cách 6 pt', document: sampleDocument(), layout: sampleLayout() }],
  invalid: [
    {
      name: 'V/v giữa trang',
      document: sampleDocument(),
      layout: sampleLayout({
        subjectLine: { sizePt: 12, alignment: 'center', region: 'page', spacing: { beforePt: 6 } },
      }),
      paths: ['subjectLine'],
    },
    {
      name: 'Không cách 6 pt',
      document: sampleDocument(),
      layout: sampleLayout({
        subjectLine: { sizePt: 12, alignment: 'center', region: 'header-left', spacing: { beforePt: 0 } },
      }),
      paths: ['subjectLine'],
    },
  ],
};
