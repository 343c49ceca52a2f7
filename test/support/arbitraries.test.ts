import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, DocumentSchema, formatDocumentNumber, kindInfo, ND30_KIND_SLUGS } from '../../src/index.js';
import { documentArbitrary, EXCHANGE_SENDER_ID } from './arbitraries.js';

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

  it('keeps its defaults to the 29 kinds, the hành chính regime and the fields it always drew', () => {
    fc.assert(
      fc.property(documentArbitrary({ printable: false }), (doc) => {
        expect(ND30_KIND_SLUGS).toContain(doc.kind);
        expect(doc.regime).toBe('hanh-chinh');
        expect(doc.archiveCopies).toBeUndefined();
        expect(doc.appendices.every((a) => a.separateFile === undefined)).toBe(true);
        expect(doc.exchange).toMatchObject({ responseFor: [], steeringType: 0, pageCount: 2 });
        expect(doc.exchange?.description ?? doc.exchange?.from ?? doc.exchange?.language).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('draws every kind of the registry and every regime with allKinds, with the ký hiệu of the regime', () => {
    const kinds = new Set<string>();
    const regimes = new Set<string>();
    fc.assert(
      fc.property(documentArbitrary({ allKinds: true }), (doc) => {
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
        kinds.add(doc.kind);
        regimes.add(doc.regime);
        const info = kindInfo(doc.kind);
        if (info.regime !== 'hanh-chinh') expect(doc.regime).toBe(info.regime);
        if (doc.regime === 'quy-pham-phap-luat') expect(doc.notation).toMatch(new RegExp(`^${doc.date!.slice(0, 4)}/`));
        if (doc.regime === 'dang') expect(doc.notation).toMatch(/^[^-]+\/[^/]+$/);
      }),
      { numRuns: 800 },
    );
    expect([...kinds].sort()).toEqual([...DOCUMENT_KINDS].sort());
    expect([...regimes].sort()).toEqual(['cu', 'dang', 'hanh-chinh', 'quy-pham-phap-luat']);
  });

  it('fills the fields the defaults never fill with everyField, and the DocumentId edXML composes', () => {
    const seen = {
      responseFor: 0,
      description: 0,
      from: 0,
      language: 0,
      parent: 0,
      separateFile: 0,
      archiveCopies: 0,
      noDueDate: 0,
    };
    fc.assert(
      fc.property(documentArbitrary({ printable: false, everyField: true }), (doc) => {
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
        const exchange = doc.exchange!;
        expect(exchange.documentId).toBe(
          `${EXCHANGE_SENDER_ID},${doc.date!.replaceAll('-', '/')},${formatDocumentNumber(doc.number!)}/${doc.notation}`,
        );
        if (exchange.responseFor.length > 0) seen.responseFor++;
        if (exchange.description) seen.description++;
        if (exchange.from) seen.from++;
        if (exchange.language) seen.language++;
        if (exchange.to.some((t) => t.parent)) seen.parent++;
        if (doc.appendices.some((a) => a.separateFile !== undefined)) seen.separateFile++;
        if (doc.archiveCopies !== undefined) seen.archiveCopies++;
        if (exchange.dueDate === undefined) seen.noDueDate++;
      }),
      { numRuns: 300 },
    );
    for (const [field, count] of Object.entries(seen)) expect(count, field).toBeGreaterThan(10);
    expect(() => documentArbitrary({ everyField: true })).toThrow(/printable: false/);
  });
});
