import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleLayout, validate } from '../../src/index.js';
import { documentArbitrary } from '../support/arbitraries.js';

describe('valid documents of every kind', () => {
  it('get no error from the model rules', () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        const errors = validate(document).diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.id} ${d.path}: ${d.message.en}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  it('get no error with Decree 30 layout facts of their kind', () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        const errors = validate(document, { layout: sampleLayout({}, {}, document.kind) }).diagnostics.filter(
          (d) => d.severity === 'error',
        );
        expect(errors.map((d) => `${d.id} ${d.path}: ${d.message.en}`)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
