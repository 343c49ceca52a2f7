import { MOTTO as MOTTO_TEXT, NATIONAL_NAME } from '../../../../grammar/national-title.js';
import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { NAME, MOTTO } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/quoc-hieu-tieu-ngu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Đúng mẫu',
      document: sampleDocument(),
      sources: sampleSources({ [NAME]: NATIONAL_NAME, [MOTTO]: MOTTO_TEXT }),
    },
    {
      name: 'HOÀ kiểu cũ',
      document: sampleDocument(),
      sources: sampleSources({ [NAME]: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', [MOTTO]: MOTTO_TEXT }),
    },
    {
      // Text taken from a PDF whose dashes were glyphs without a character: two spaces where each stood.
      name: 'Bản sao mất gạch nối (không đánh giá được)',
      document: sampleDocument(),
      sources: sampleSources({ [NAME]: NATIONAL_NAME, [MOTTO]: 'Độc lập  Tự do  Hạnh phúc ' }),
    },
  ],
  invalid: [
    {
      name: 'Tiêu ngữ dùng gạch dài',
      document: sampleDocument(),
      sources: sampleSources({ [NAME]: NATIONAL_NAME, [MOTTO]: 'Độc lập – Tự do – Hạnh phúc' }),
      paths: [MOTTO],
      fixable: true,
    },
    {
      name: 'Tiêu ngữ thiếu gạch nối',
      document: sampleDocument(),
      sources: sampleSources({ [NAME]: NATIONAL_NAME, [MOTTO]: 'Độc lập Tự do Hạnh phúc' }),
      paths: [MOTTO],
      fixable: true,
    },
    {
      name: 'Quốc hiệu viết thường',
      document: sampleDocument(),
      sources: sampleSources({ [NAME]: 'Cộng hòa xã hội chủ nghĩa Việt Nam', [MOTTO]: MOTTO_TEXT }),
      paths: [NAME],
      fixable: true,
    },
  ],
};
