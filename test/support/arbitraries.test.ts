import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, kindInfo, ND30_KIND_SLUGS } from '../../src/index.js';
import { documentArbitrary } from './arbitraries.js';

describe('documentArbitrary', () => {
  it('draws valid documents of every kind', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(documentArbitrary(), (doc) => {
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
        seen.add(doc.kind);
        if (kindInfo(doc.kind).parts.kinhGui === 'always') expect(doc.recipients.length).toBeGreaterThan(0);
        expect(doc.archive[0]).toBe('VT');
      }),
      { numRuns: 600 },
    );
    expect([...seen].sort()).toEqual([...ND30_KIND_SLUGS].sort());
  });

  it('adds exchange metadata, images and tables when not printable', () => {
    fc.assert(
      fc.property(documentArbitrary({ printable: false }), (doc) => {
        expect(doc.exchange?.documentId).toBeDefined();
        expect(doc.signatures.every((s) => s.image !== undefined)).toBe(true);
        expect(doc.body.some((b) => b.type === 'table')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
