import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { COPY } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/ban-sao`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'SAO Y, SY-VP',
      document: sampleDocument('cong-van', { copy: COPY }),
      sources: sampleSources({ 'copy.label': 'SAO Y' }),
    },
  ],
  invalid: [
    {
      name: 'SAO Y BẢN CHÍNH',
      document: sampleDocument('cong-van', { copy: COPY }),
      sources: sampleSources({ 'copy.label': 'SAO Y BẢN CHÍNH' }),
      paths: ['copy.label'],
      fixable: true,
    },
    {
      name: 'Trích sao ký hiệu TS',
      document: sampleDocument('cong-van', { copy: { ...COPY, form: 'trich-sao', notation: 'TS-VP' } }),
      paths: ['copy.notation'],
      fixable: true,
    },
  ],
};
