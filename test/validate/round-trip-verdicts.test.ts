import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../src/readers/docx/index.js';
import { parseText } from '../../src/readers/text/index.js';
import { validate } from '../../src/validator.js';
import { toDocx } from '../../src/writers/docx/index.js';
import { toText } from '../../src/writers/text/index.js';
import { documentOf, variants } from '../support/kind-variants.js';

// Issue 12, "round trip clean": what vanban writes, vanban reads back and judges with no error and no
// warning, for every kind and variant (test/support/kind-variants.ts).
const problems = (report: ReturnType<typeof validate>) =>
  report.diagnostics
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.id} ${d.path}: ${d.message.en}`);

describe('what vanban writes, it reads back and judges clean', () => {
  it('toText then parseText: no error, no warning', () => {
    fc.assert(
      fc.property(variants, (v) => {
        expect(problems(validate(parseText(toText(documentOf(v)))))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('toDocx then parseDocx: no error, no warning, layout rules included', async () => {
    await fc.assert(
      fc.asyncProperty(variants, async (v) => {
        const read = await parseDocx(await toDocx(documentOf(v), { sizeSet: v.sizeSet }));
        const report = validate(read);
        expect(problems(report)).toEqual([]);
        // With its layout read from the file, nothing stays unchecked: the verdict is compliant.
        expect(report.verdict).toBe('compliant');
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
