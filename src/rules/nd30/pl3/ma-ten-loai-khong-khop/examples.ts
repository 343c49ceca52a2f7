import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl3/ma-ten-loai-khong-khop`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Kế hoạch KH', document: sampleDocument('ke-hoach', { notation: 'KH-UBND' }) },
    { name: 'Thư công không có mã', document: sampleDocument('thu-cong', { notation: 'UBND-VP' }) },
    {
      name: 'Thư công của Cục Thuế (CT)',
      document: sampleDocument('thu-cong', {
        issuer: { parent: 'BỘ TÀI CHÍNH', name: 'CỤC THUẾ' },
        notation: 'CT-VP',
      }),
    },
  ],
  invalid: [
    {
      name: 'Kế hoạch mang mã QĐ',
      document: sampleDocument('ke-hoach', { notation: 'QĐ-UBND' }),
      paths: ['notation'],
      fixable: true,
    },
    {
      name: 'Quy định dùng QĐ thay QyĐ',
      document: sampleDocument('quy-dinh', { notation: 'QĐ-UBND' }),
      paths: ['notation'],
      fixable: true,
    },
    {
      name: 'Thư công mang mã TB',
      document: sampleDocument('thu-cong', { notation: 'TB-UBND' }),
      paths: ['notation'],
    },
  ],
};
