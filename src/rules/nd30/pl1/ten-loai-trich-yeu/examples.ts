import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/ten-loai-trich-yeu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'QUYẾT ĐỊNH và trích yếu',
      document: sampleDocument('quyet-dinh'),
      sources: sampleSources({ titleLine: 'QUYẾT ĐỊNH' }),
    },
  ],
  invalid: [
    {
      name: 'Tên loại viết thường',
      document: sampleDocument('quyet-dinh'),
      sources: sampleSources({ titleLine: 'Quyết định' }),
      paths: ['titleLine'],
      fixable: true,
    },
    { name: 'Thiếu trích yếu', document: sampleDocument('ke-hoach', { subject: undefined }), paths: ['subject'] },
    {
      name: 'Trích yếu bắt đầu chữ thường',
      document: sampleDocument('ke-hoach', { subject: 'triển khai công tác năm 2024' }),
      paths: ['subject'],
      fixable: true,
    },
  ],
};
