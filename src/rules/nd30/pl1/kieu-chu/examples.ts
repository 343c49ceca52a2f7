import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/kieu-chu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Kiểu chữ theo mẫu', document: sampleDocument(), layout: sampleLayout() }],
  invalid: [
    {
      name: 'Ngày tháng không nghiêng',
      document: sampleDocument(),
      layout: sampleLayout({ placeDateLine: { sizePt: 13, italic: false } }),
      paths: ['placeDateLine'],
    },
    {
      name: 'V/v in đậm',
      document: sampleDocument(),
      layout: sampleLayout({ subjectLine: { sizePt: 12, bold: true } }),
      paths: ['subjectLine'],
    },
    {
      name: 'Dấu độ khẩn không có khung',
      document: sampleDocument('cong-van', { urgency: 'khan' }),
      layout: sampleLayout({ urgency: { sizePt: 13, bold: true } }),
      paths: ['urgency'],
    },
    {
      name: 'Quốc hiệu không đậm',
      document: sampleDocument(),
      layout: sampleLayout({ 'nationalTitle.name': { sizePt: 12, bold: false } }),
      paths: ['nationalTitle.name'],
    },
  ],
};
