import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl3/ma-ten-loai`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Quyết định QĐ', document: sampleDocument('quyet-dinh', { notation: 'QĐ-UBND' }) },
    { name: 'Quy định QyĐ', document: sampleDocument('quy-dinh', { notation: 'QyĐ-UBND' }) },
    // Its spaced dash is nd30/pl1/so-ky-hieu's finding: the code itself is right.
    { name: 'QĐ với gạch dài có cách', document: sampleDocument('quyet-dinh', { notation: 'QĐ – THQC' }) },
  ],
  invalid: [
    {
      name: 'QD thay cho QĐ',
      document: sampleDocument('quyet-dinh', { notation: 'QD-UBND' }),
      paths: ['notation'],
      fixable: true,
    },
    {
      name: 'TTR viết hoa cả',
      document: sampleDocument('to-trinh', { notation: 'TTR-UBND' }),
      paths: ['notation'],
      fixable: true,
    },
    {
      name: 'Thiếu tên loại',
      document: sampleDocument('ke-hoach', { notation: 'UBND' }),
      paths: ['notation'],
      fixable: true,
    },
  ],
};
