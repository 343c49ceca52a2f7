import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import { TNR } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/phong-chu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    { name: 'Times New Roman mọi ô', document: sampleDocument(), layout: sampleLayout() },
    // The Decree's own templates (056), saved by LibreOffice: Liberation Serif in the defaults, every run Times New Roman.
    {
      name: 'Phông mặc định khác nhưng mọi phần đều Times New Roman',
      document: sampleDocument(),
      layout: {
        ...sampleLayout(),
        defaultFont: { ascii: 'Liberation Serif', hAnsi: 'Liberation Serif', cs: 'Arial' },
      },
    },
    {
      name: 'Dấu độ khẩn màu đỏ',
      document: sampleDocument('cong-van', { urgency: 'hoa-toc' }),
      layout: sampleLayout({
        urgency: {
          font: { ascii: TNR, hAnsi: TNR, cs: TNR },
          sizePt: 13,
          bold: true,
          color: 'FF0000',
          box: { widthMm: 30, heightMm: 8 },
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'Phần dùng phông mặc định Arial',
      document: sampleDocument(),
      layout: {
        ...sampleLayout({
          'body.0': {
            sizePt: 14,
            alignment: 'justify',
            indentCm: { firstLine: 1.27 },
            spacing: { afterPt: 6, line: 1 },
          },
        }),
        defaultFont: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial' },
      },
      paths: ['layout.defaultFont'],
    },
    {
      name: 'hAnsi là Arial',
      document: sampleDocument(),
      layout: sampleLayout({
        'body.0': {
          font: { ascii: TNR, hAnsi: 'Arial', cs: TNR },
          sizePt: 14,
          alignment: 'justify',
          indentCm: { firstLine: 1.27 },
          spacing: { afterPt: 6, line: 1 },
        },
      }),
      paths: ['body.0'],
    },
    {
      name: 'Chữ màu xanh',
      document: sampleDocument(),
      layout: sampleLayout({
        'issuer.name': {
          font: { ascii: TNR, hAnsi: TNR, cs: TNR },
          sizePt: 12,
          bold: true,
          color: '0000FF',
          lineBelow: { kind: 'shape', lengthMm: 20, ratioToText: 0.4 },
        },
      }),
      paths: ['issuer.name'],
    },
  ],
};
