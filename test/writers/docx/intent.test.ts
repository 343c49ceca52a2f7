/**
 * docxLayoutIntent: what the writer means to give every generated document passes the validator's
 * layout rules (sizes, weights, lines, margins, page numbers), for every kind and both size sets,
 * before a byte is written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, validate } from '../../../src/index.js';
import { docxLayoutIntent } from '../../../src/writers/docx/index.js';
import { documentArbitrary } from '../../support/arbitraries.js';

const LAYOUT_RULES = new Set(RULES.filter((r) => r.meta.needsLayout).map((r) => r.meta.id));

describe('docxLayoutIntent', () => {
  it('passes every layout rule for generated documents of every kind, in both size sets', () => {
    fc.assert(
      fc.property(
        documentArbitrary({ printable: true }),
        fc.constantFrom('12/13' as const, '13/14' as const),
        fc.constantFrom(13 as const, 14 as const),
        (d, sizeSet, bodySizePt) => {
          const layout = docxLayoutIntent(d, { sizeSet, bodySizePt });
          const report = validate(d, { layout });
          const layoutFindings = report.diagnostics.filter((x) => LAYOUT_RULES.has(x.id) && x.severity !== 'info');
          expect(layoutFindings.map((x) => `${x.id} ${x.path}: ${x.message.en}`)).toEqual([]);
          // Every layout rule was judged on these facts, none left unevaluated.
          const layoutOutcomes = report.coverage.filter((c) => LAYOUT_RULES.has(c.ruleId));
          expect(layoutOutcomes).toHaveLength(LAYOUT_RULES.size);
          expect(layoutOutcomes.filter((c) => c.outcome === 'not-evaluated')).toEqual([]);
          expect(layout.sections[0]).toMatchObject({
            widthMm: 210,
            heightMm: 297,
            orientation: 'portrait',
            pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false },
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('states the layout of every part the document prints', () => {
    fc.assert(
      fc.property(documentArbitrary({ printable: true }), (d) => {
        const parts = docxLayoutIntent(d).parts;
        expect(parts['nationalTitle.name']).toBeDefined();
        expect(parts['issuer.name']).toBeDefined();
        d.body.forEach((block, i) => block.type !== 'table' && expect(parts[`body.${i}`], `body.${i}`).toBeDefined());
        d.signatures.forEach((s, i) => expect(parts[`signatures.${i}.name`]).toBeDefined());
        d.recipients.forEach((_, i) => expect(parts[`recipients.${i}`]).toBeDefined());
        d.distribution.forEach((_, i) => expect(parts[`distribution.${i}`]).toBeDefined());
        d.appendices.forEach((a, i) => a.separateFile || expect(parts[`appendices.${i}`]).toBeDefined());
      }),
      { numRuns: 100 },
    );
  });
});
