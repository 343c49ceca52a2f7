import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/hoc-ham-hoc-vi`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Họ tên không có học vị', document: sampleDocument() },
    {
      name: 'Đơn vị được phép',
      document: sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'PGS.TS. Trần Văn B' }] }),
      options: { allowed: true },
    },
  ],
  invalid: [
    {
      name: 'TS. trước họ tên',
      document: sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'TS. Trần Văn B' }] }),
      paths: ['signatures.0.name'],
    },
    // The text and DOCX readers strip the title from the model name: the printed line still shows it.
    {
      name: 'PGS.TS. trong dòng họ tên đã in',
      document: sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'Trần Văn B' }] }),
      sources: sampleSources({ 'signatures.0.name': 'PGS.TS. Trần Văn B' }),
      paths: ['signatures.0.name'],
    },
  ],
};
