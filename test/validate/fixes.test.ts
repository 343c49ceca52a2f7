import { CROSS_DOCUMENT_EXAMPLES } from '../../src/rules/examples.js';
import { registryCheckOf } from '../../src/validate/registry-check.js';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/model/create.js';
import {
  CROSS_DOCUMENT_RULES,
  applyFixes,
  applyTextEdits,
  createRegistryCheck,
  sampleDocument,
  sampleSources,
  validate,
} from '../../src/index.js';

describe('applyFixes', () => {
  const doc = createDocument(
    sampleDocument('quyet-dinh', { notation: 'QD-UBND', archive: ['TH'], subject: 'về việc khen thưởng' }),
  );
  it('applies fixes up to the safety asked for and leaves the rest', () => {
    const { diagnostics } = validate(doc);
    expect(diagnostics.map((d) => [d.id, d.fix?.safety])).toEqual([
      ['nd30/pl3/ma-ten-loai', 'guarded'],
      ['nd30/pl1/ten-loai-trich-yeu', 'safe'],
      ['nd30/pl1/luu', 'guarded'],
    ]);
    const safe = applyFixes(doc, diagnostics, { safety: 'safe' });
    expect(safe.document.subject).toBe('Về việc khen thưởng');
    expect(safe.document.notation).toBe('QD-UBND');
    expect(safe.remaining).toHaveLength(2);
    const guarded = applyFixes(doc, diagnostics, { safety: 'guarded' });
    expect(guarded.document.notation).toBe('QĐ-UBND');
    expect(guarded.document.archive).toEqual(['VT', 'TH']);
    expect(validate(guarded.document).diagnostics).toEqual([]);
    expect(doc.notation).toBe('QD-UBND'); // the input is not changed
  });
  it('never fixes the signer', () => {
    const signer = createDocument(
      sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'TS. Trần Văn B' }] }),
    );
    const { diagnostics } = validate(signer);
    expect(diagnostics[0]!.fix).toBeUndefined();
    expect(applyFixes(signer, diagnostics, { safety: 'suggestion' }).applied).toEqual([]);
  });
});

describe('applyTextEdits', () => {
  it('fixes the printed text from the end, skipping overlapping edits', () => {
    const sources = sampleSources({
      numberLine: 'Số: 5/UBND-KGVX',
      placeDateLine: 'Quảng Ngãi, ngày 9 tháng 04 năm 2024',
      'distribution.heading': 'Nơi nhận',
    });
    const text = 'Số: 5/UBND-KGVX\nQuảng Ngãi, ngày 9 tháng 04 năm 2024\nNơi nhận';
    const { diagnostics } = validate(createDocument(sampleDocument()), { sources });
    // Two date deviations share one edit of the line: the second overlaps and stays.
    const { document: fixed, applied, remaining } = applyTextEdits(text, diagnostics, { safety: 'safe' });
    expect(fixed).toBe('Số: 05/UBND-KGVX\nQuảng Ngãi, ngày 09 tháng 4 năm 2024\nNơi nhận:');
    expect(applied).toHaveLength(3);
    expect(remaining.map((d) => d.id)).toEqual(['nd30/pl1/ngay-thang']);
  });
});

describe('createRegistryCheck', () => {
  it('flags the same number, notation and issuer twice in a year', () => {
    const register = createRegistryCheck();
    const a = createDocument(sampleDocument('cong-van', { number: 12, date: '2024-03-01' }));
    const b = createDocument(sampleDocument('cong-van', { number: 12, date: '2024-11-20' }));
    const nextYear = createDocument(sampleDocument('cong-van', { number: 12, date: '2025-01-02' }));
    const otherIssuer = createDocument(
      sampleDocument('cong-van', { number: 12, date: '2024-05-02', issuer: { name: 'SỞ TÀI CHÍNH' } }),
    );
    expect(register.check(a)).toEqual([]);
    expect(register.check(nextYear)).toEqual([]);
    expect(register.check(otherIssuer)).toEqual([]);
    const [dup] = register.check(b);
    expect(dup).toMatchObject({
      source: 'nd30',
      id: 'nd30/dieu-15/so-trung',
      severity: 'error',
      actual: '12/UBND-KGVX',
      url: 'https://unpkg.com/vanban@0.1.0/docs/rules/nd30/dieu-15/so-trung.md',
    });
  });
  it.each(CROSS_DOCUMENT_RULES.map((r) => [r.meta.id, r] as const))(
    'runs the examples of %s (its docs page), each against a register of the documents seen before',
    (id, rule) => {
      const examples = CROSS_DOCUMENT_EXAMPLES[id]!;
      for (const [list, valid] of [
        [examples.valid, true],
        [examples.invalid, false],
      ] as const) {
        for (const example of list) {
          const register = registryCheckOf([rule]);
          for (const seen of example.seen) expect(register.check(createDocument(seen))).toEqual([]);
          const found = register.check(createDocument(example.document)).map((d) => d.path);
          expect(found, example.name).toEqual(valid ? [] : example.paths);
        }
      }
    },
  );
});
