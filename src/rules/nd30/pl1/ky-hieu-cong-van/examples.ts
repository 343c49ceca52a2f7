import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/ky-hieu-cong-van`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Ký hiệu cơ quan - đơn vị', document: sampleDocument('cong-van', { notation: 'UBND-KGVX' }) },
    {
      name: 'CT là chữ viết tắt của Cục Thuế',
      document: sampleDocument('cong-van', {
        issuer: { parent: 'BỘ TÀI CHÍNH', name: 'CỤC THUẾ' },
        notation: 'CT-CS',
      }),
    },
    {
      name: 'Chữ viết tắt riêng của cơ quan',
      document: sampleDocument('cong-van', { issuer: { name: 'TRUNG TÂM THÔNG TIN' }, notation: 'TB-VP' }),
      options: { issuerAbbreviations: ['TB'] },
    },
  ],
  invalid: [
    {
      name: 'Có "CV"',
      document: sampleDocument('cong-van', { notation: 'CV-UBND' }),
      paths: ['notation'],
      fixable: true,
    },
    {
      name: 'Có chữ viết tắt tên loại QĐ',
      document: sampleDocument('cong-van', { notation: 'QĐ-UBND' }),
      paths: ['notation'],
    },
  ],
};
