import { sampleDocument, sampleLayout } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/so-trang`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Đầu trang, giữa, ẩn trang 1', document: sampleDocument(), layout: sampleLayout() }],
  invalid: [
    {
      name: 'Chân trang bên phải',
      document: sampleDocument(),
      layout: sampleLayout(
        {},
        { pageNumbering: { position: 'footer', alignment: 'right', onFirstPage: false, format: 'decimal' } },
      ),
      paths: ['layout.sections.0.pageNumbering', 'layout.sections.0.pageNumbering'],
    },
    {
      name: 'Hiện ở trang 1',
      document: sampleDocument(),
      layout: sampleLayout(
        {},
        { pageNumbering: { position: 'header', alignment: 'center', onFirstPage: true, format: 'decimal' } },
      ),
      paths: ['layout.sections.0.pageNumbering'],
    },
  ],
};
