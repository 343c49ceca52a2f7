import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { LINE } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/luu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Ký hiệu người soạn thảo và số bản in hoa',
      document: sampleDocument('cong-van', { drafter: { code: 'PL', copies: 300 } }),
      sources: sampleSources({ [LINE]: '- Lưu: VT, KGVX. PL.(300)' }),
    },
    { name: 'Lưu: VT, KGVX.', document: sampleDocument(), sources: sampleSources({ [LINE]: '- Lưu: VT, KGVX.' }) },
    { name: 'Có số bản lưu', document: sampleDocument('cong-van', { archiveCopies: 2 }) },
  ],
  invalid: [
    {
      name: 'Ký hiệu người soạn thảo viết thường "(bnt)"',
      document: sampleDocument(),
      sources: sampleSources({ [LINE]: '- Lưu: VT, KGVX(bnt).' }),
      paths: [LINE],
    },
    {
      name: 'Ký hiệu người soạn thảo sau số bản, viết thường',
      document: sampleDocument(),
      sources: sampleSources({ [LINE]: '- Lưu: VT, KGVX (3) Th.' }),
      paths: [LINE],
    },
    {
      name: 'Thiếu dòng Lưu',
      document: sampleDocument('cong-van', { archive: [] }),
      paths: ['archive'],
      fixable: true,
    },
    {
      name: 'Thiếu VT',
      document: sampleDocument('cong-van', { archive: ['KGVX'] }),
      paths: ['archive'],
      fixable: true,
    },
    {
      name: '"Văn thư" viết đầy đủ',
      document: sampleDocument('cong-van', { archive: ['Văn thư', 'KGVX'] }),
      paths: ['archive'],
      fixable: true,
    },
    {
      name: '"Lưu VT" thiếu dấu hai chấm',
      document: sampleDocument(),
      sources: sampleSources({ [LINE]: '- Lưu VT, KGVX.' }),
      paths: [LINE],
      fixable: true,
    },
  ],
};
