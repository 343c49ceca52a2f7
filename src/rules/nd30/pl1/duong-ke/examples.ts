import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/duong-ke`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Đường kẻ theo mẫu', document: sampleDocument(), layout: sampleLayout() },
    {
      name: 'Đường kẻ dưới Tiêu ngữ gõ bằng gạch dưới, dài 1,12 dòng chữ (như Mẫu 1.2)',
      document: sampleDocument(),
      layout: sampleLayout({
        'nationalTitle.motto': {
          sizePt: 14,
          bold: true,
          lineBelow: { kind: 'underscores', lengthMm: 67.4, ratioToText: 1.12, style: 'solid' },
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'Không có đường kẻ dưới Tiêu ngữ',
      document: sampleDocument(),
      layout: sampleLayout({ 'nationalTitle.motto': { sizePt: 13, bold: true } }),
      paths: ['nationalTitle.motto'],
    },
    {
      name: 'Đường kẻ dưới Tiêu ngữ dài 2/3 dòng chữ',
      document: sampleDocument(),
      layout: sampleLayout({
        'nationalTitle.motto': {
          sizePt: 13,
          bold: true,
          lineBelow: { kind: 'shape', lengthMm: 38, ratioToText: 0.67, style: 'solid' },
        },
      }),
      paths: ['nationalTitle.motto'],
    },
    {
      name: 'Đường kẻ dưới tên cơ quan quá dài',
      document: sampleDocument(),
      layout: sampleLayout({
        'issuer.name': { sizePt: 12, bold: true, lineBelow: { kind: 'border', lengthMm: 60, ratioToText: 0.9 } },
      }),
      paths: ['issuer.name'],
    },
    {
      name: 'Đường kẻ dưới V/v',
      document: sampleDocument(),
      layout: sampleLayout({
        subjectLine: { sizePt: 12, lineBelow: { kind: 'shape', lengthMm: 20, ratioToText: 0.4 } },
      }),
      paths: ['subjectLine'],
    },
  ],
};
