/**
 * parsePdf(toPdf(d)) gives back d (issue 15, item 5), as parseText(toText(d)) and parseDocx(toDocx(d))
 * do: generated documents of every kind and both size sets, compared field by field with the
 * reading of a printed format (`breaksAsSpaces`: a line break the model holds in a name or a trích
 * yếu reads back as a space, the one normalisation the text and DOCX round trips make), and judged
 * with no layout-rule error or warning. The sample documents of every kind the DOCX round trip judges
 * (test/validate/round-trip-verdicts.test.ts) are judged with no error or warning at all.
 *
 * The fonts are Liberation Serif 2, Times New Roman's metric twin: the file names them, so the
 * font rule's "must be Times New Roman" on them is the one finding expected (FONT_GIVEN).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { parsePdf } from '../../../src/readers/pdf/index.js';
import { RULES } from '../../../src/rules/index.js';
import { validate } from '../../../src/validator.js';
import { toPdf } from '../../../src/writers/pdf/index.js';
import { documentArbitrary } from '../../support/arbitraries.js';
import { documentOf, variants } from '../../support/kind-variants.js';
import { breaksAsSpaces } from '../../support/line-breaks.js';
import { fontsOrSkip } from './support.js';

const fonts = fontsOrSkip();
const LAYOUT_RULES = new Set(RULES.filter((r) => r.meta.needsLayout).map((r) => r.meta.id));
const SIZE_SETS = ['12/13', '13/14'] as const;

/** The font rule on the fonts the test gives: Liberation Serif is named in the file, as it should be. */
const FONT_GIVEN = (d: Diagnostic) => d.id === 'nd30/pl1/phong-chu' && /Liberation Serif/u.test(d.message.en);

const findings = (diagnostics: readonly Diagnostic[], only?: ReadonlySet<string>) =>
  diagnostics
    .filter((d) => (d.severity === 'error' || d.severity === 'warning') && !FONT_GIVEN(d))
    .filter((d) => !only || only.has(d.id))
    .map((d) => `${d.id} ${d.path}: ${d.message.en}`);

describe.skipIf(!fonts)('parsePdf(toPdf(d)) round trip', () => {
  it('gives back generated documents of every kind in both size sets, with no layout finding', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary({ printable: true }), fc.constantFrom(...SIZE_SETS), async (d, sizeSet) => {
        const read = await parsePdf(await toPdf(d, { fonts: fonts!, sizeSet }), { signatures: false });
        expect(read.document).toEqual(breaksAsSpaces(d));
        expect(findings(validate(read).diagnostics, LAYOUT_RULES)).toEqual([]);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  }, 120_000);

  it('judges the samples of every kind clean, as the DOCX round trip does', async () => {
    await fc.assert(
      fc.asyncProperty(variants, async (v) => {
        const d = documentOf(v);
        const read = await parsePdf(await toPdf(d, { fonts: fonts!, sizeSet: v.sizeSet }), { signatures: false });
        expect(findings(validate(read).diagnostics)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
