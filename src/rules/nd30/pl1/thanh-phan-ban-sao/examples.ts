import { PRINTED_PATHS } from '../../../../model/source.js';
import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { COPY } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/thanh-phan-ban-sao`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Bản sao y đủ thành phần', document: sampleDocument('cong-van', { copy: COPY }) },
    {
      name: 'Bản sao điện tử (ký số, không có số và ngày in)',
      document: sampleDocument('cong-van', {
        copy: { form: 'sao-y', issuer: COPY.issuer, signedAt: '2024-04-10T14:30:15+07:00' },
      }),
    },
  ],
  invalid: [
    {
      name: 'Có Quốc hiệu trong bản sao',
      document: sampleDocument('cong-van', { copy: COPY }),
      sources: sampleSources({
        'copy.label': 'SAO Y',
        [PRINTED_PATHS.copyNationalTitle]: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      }),
      paths: [PRINTED_PATHS.copyNationalTitle],
    },
    {
      name: 'Thiếu số, ngày sao và người ký',
      document: sampleDocument('cong-van', { copy: { form: 'sao-y', issuer: COPY.issuer, archive: ['VT'] } }),
      paths: ['copy.number', 'copy.notation', 'copy.place', 'copy.date', 'copy.signature'],
    },
    {
      name: 'Ký hiệu thiếu tên cơ quan sao',
      document: sampleDocument('cong-van', { copy: { ...COPY, notation: 'SY' } }),
      paths: ['copy.notation'],
    },
    {
      name: 'Sao trước ngày ban hành',
      document: sampleDocument('cong-van', { copy: { ...COPY, date: '2024-04-01' } }),
      paths: ['copy.date'],
    },
    {
      name: 'Thiếu "Lưu: VT"',
      document: sampleDocument('cong-van', { copy: { ...COPY, archive: [] } }),
      paths: ['copy.archive'],
      fixable: true,
    },
  ],
};
