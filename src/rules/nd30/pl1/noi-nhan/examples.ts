import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { HEADING } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/noi-nhan`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Đúng dấu',
      document: sampleDocument(),
      sources: sampleSources({
        [HEADING]: 'Nơi nhận:',
        'distribution.0': '- Như trên;',
        'distribution.1': '- Văn phòng UBND tỉnh;',
      }),
    },
  ],
  invalid: [
    {
      name: 'Thiếu dấu hai chấm',
      document: sampleDocument(),
      sources: sampleSources({
        [HEADING]: 'Nơi nhận',
        'distribution.0': '- Như trên;',
        'distribution.1': '- Văn phòng UBND tỉnh;',
      }),
      paths: [HEADING],
      fixable: true,
    },
    {
      name: 'Kết thúc bằng dấu phẩy',
      document: sampleDocument(),
      sources: sampleSources({
        [HEADING]: 'Nơi nhận:',
        'distribution.0': '- Như trên,',
        'distribution.1': '- Văn phòng UBND tỉnh;',
      }),
      paths: ['distribution.0'],
      fixable: true,
    },
  ],
};
