import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument, DocumentValidationError, safeCreateDocument } from '../../src/index.js';

const seed = JSON.parse(readFileSync(new URL('../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'));

describe('createDocument', () => {
  it('accepts the seed letter with the fields of the foundation issue', () => {
    const doc = createDocument(seed);
    expect(doc.kind).toBe('cong-van');
    expect(doc.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' });
    expect(doc.number).toBe(1719);
    expect(doc.notation).toBe('UBND-KGVX');
    expect(doc.place).toBe('Quảng Ngãi');
    expect(doc.date).toBe('2024-04-09');
    expect(doc.recipients).toHaveLength(5);
    expect(doc.signatures).toEqual([{ authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Trần Hoàng Tuấn' }]);
    expect(doc.distribution).toHaveLength(8);
    expect(doc.archive).toEqual(['VT', 'KGVX']);
  });

  it('fills defaults', () => {
    const doc = createDocument({ kind: 'quyet-dinh', issuer: { name: 'BỘ NỘI VỤ' } });
    expect(doc).toMatchObject({ regime: 'hanh-chinh', recipients: [], body: [], signatures: [], distribution: [], archive: [], appendices: [], coIssuers: [] });
  });

  it('normalises NFD input to NFC', () => {
    const nfd = 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'.normalize('NFD');
    const doc = createDocument({ kind: 'cong-van', issuer: { name: nfd } });
    expect(doc.issuer.name).toBe(nfd.normalize('NFC'));
  });

  it('lists every problem with its path, not only the first', () => {
    const bad = { kind: 'cong-van-moi', issuer: { name: 42 }, number: 0, date: '2024-02-30', signatures: [{ authority: [{ prefix: 'K/T', of: 'CHỦ TỊCH' }] }] };
    let error: unknown;
    try {
      createDocument(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentValidationError);
    const paths = (error as DocumentValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['date', 'issuer.name', 'kind', 'number', 'signatures.0.authority.0.prefix', 'signatures.0.name'].sort());
    expect((error as Error).message).toContain('date: date does not exist');
  });

  it('refuses impossible dates and keeps leap days', () => {
    expect(safeCreateDocument({ kind: 'cong-van', issuer: { name: 'X' }, date: '2023-02-29' }).success).toBe(false);
    expect(safeCreateDocument({ kind: 'cong-van', issuer: { name: 'X' }, date: '2024-02-29' }).success).toBe(true);
    expect(safeCreateDocument({ kind: 'cong-van', issuer: { name: 'X' }, date: '2024-4-9' }).success).toBe(false);
  });

  it('refuses non-objects with a typed error', () => {
    for (const input of [null, 'cong-van', 42, []]) expect(() => createDocument(input)).toThrow(DocumentValidationError);
  });
});
