import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/chu-ky-so`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Chữ ký xanh, dấu đỏ',
      document: sampleDocument(),
      layout: {
        ...sampleLayout(),
        images: [
          { path: 'signatures.0.image', role: 'signature', dominantColor: 'blue', transparent: true },
          { path: 'signatures.0.seal', role: 'seal', dominantColor: 'red', transparent: true },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'Chữ ký màu đen, nền trắng',
      document: sampleDocument(),
      layout: {
        ...sampleLayout(),
        images: [{ path: 'signatures.0.image', role: 'signature', dominantColor: 'black', transparent: false }],
      },
      paths: ['signatures.0.image', 'signatures.0.image'],
    },
  ],
};
