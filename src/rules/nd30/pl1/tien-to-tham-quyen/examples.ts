import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/tien-to-tham-quyen`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'KT. CHỦ TỊCH',
      document: sampleDocument(),
      sources: sampleSources({ 'signatures.0.authority.0': 'KT. CHỦ TỊCH' }),
    },
  ],
  invalid: [
    {
      name: 'K/T',
      document: sampleDocument(),
      sources: sampleSources({ 'signatures.0.authority.0': 'K/T CHỦ TỊCH' }),
      paths: ['signatures.0.authority.0'],
      fixable: true,
    },
    {
      name: 'KT thiếu dấu chấm',
      document: sampleDocument(),
      sources: sampleSources({ 'signatures.0.authority.0': 'KT CHỦ TỊCH' }),
      paths: ['signatures.0.authority.0'],
      fixable: true,
    },
    {
      name: 'Kt. viết thường',
      document: sampleDocument(),
      sources: sampleSources({ 'signatures.0.authority.0': 'Kt. CHỦ TỊCH' }),
      paths: ['signatures.0.authority.0'],
      fixable: true,
    },
  ],
};
