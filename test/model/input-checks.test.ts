/**
 * Issue 16, typed input and printed prefixes: a misspelt key is refused with the field it was meant
 * for (it used to be dropped with its value), a date in the Vietnamese form gives one message that
 * says the form expected (it gave two, one of them wrong), untyped JSON has its own entry point,
 * and "V/v …" or "- Như trên;" is taken off (or refused) instead of printing twice.
 */
import { describe, expect, it } from 'vitest';
import {
  createDocument,
  documentFromJson,
  DocumentValidationError,
  safeCreateDocument,
  toText,
} from '../../src/index.js';

const BASE = { kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' } } as const;

function problems(input: unknown, options = {}) {
  const result = safeCreateDocument(input, options);
  if (result.success) throw new Error('expected the input to be refused');
  return result.issues.map((i) => ({ id: i.id, path: i.path, en: i.message.en }));
}

describe('unknown keys (issue 16: "isuer" and "dat" were dropped silently)', () => {
  it('refuses a misspelt top-level key with the field it most likely meant, and no second message for that field', () => {
    expect(problems({ kind: 'cong-van', isuer: { name: 'BỘ NỘI VỤ' } })).toEqual([
      { id: 'model/unknown-key', path: 'isuer', en: 'isuer: not a field of a document; did you mean issuer?' },
    ]);
  });

  it('refuses "dat" instead of dropping the date with it', () => {
    const found = problems({ ...BASE, dat: '2024-05-15' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'model/unknown-key', path: 'dat' });
    expect(found[0]!.en).toContain('did you mean date?');
  });

  it('finds a misspelt key inside a nested object (a signature)', () => {
    const found = problems({ ...BASE, signatures: [{ title: 'BỘ TRƯỞNG', nmae: 'Nguyễn Văn A' }] });
    expect(found.map((f) => f.path)).toContain('signatures.0.nmae');
    expect(found.find((f) => f.path === 'signatures.0.nmae')!.en).toContain('did you mean name?');
  });

  it('throws one DocumentValidationError whose message names the key and the suggestion', () => {
    expect(() => createDocument({ ...BASE, isuer: { name: 'X' } } as never)).toThrow(
      /isuer: not a field of a document; did you mean issuer\?/,
    );
  });
});

describe('a date in the Vietnamese form (issue 16: two messages, one saying it does not exist)', () => {
  it('gives one message that says the form expected and the date meant', () => {
    expect(problems({ ...BASE, date: '15/05/2024' })).toEqual([
      { id: 'model/invalid-format', path: 'date', en: 'date must be written yyyy-mm-dd: 15/05/2024 is 2024-05-15' },
    ]);
  });

  it('still says a date that does not exist', () => {
    const found = problems({ ...BASE, date: '2024-02-30' });
    expect(found).toHaveLength(1);
    expect(found[0]!.en).toBe('date does not exist');
  });
});

describe('documentFromJson: untyped data has its own entry point', () => {
  it('reads a JSON text as createDocument reads typed data', () => {
    const document = documentFromJson(JSON.stringify({ ...BASE, number: 5, date: '2024-05-15' }));
    expect(document).toMatchObject({ kind: 'cong-van', number: 5, date: '2024-05-15', regime: 'hanh-chinh' });
    expect(document.recipients).toEqual([]);
  });

  it('refuses a text that is not JSON with a DocumentValidationError, not a SyntaxError', () => {
    let caught: unknown;
    try {
      documentFromJson('{ "kind": "cong-van", ');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocumentValidationError);
    expect((caught as DocumentValidationError).issues[0]!.message.en).toMatch(/^not JSON: /);
  });

  it('refuses an unknown key in parsed JSON as createDocument does', () => {
    expect(() => documentFromJson({ ...BASE, isuer: {} })).toThrow(/did you mean issuer\?/);
  });
});

describe('printed prefixes (issue 16: "V/v V/v …" and "- - Như trên;;")', () => {
  const given = {
    ...BASE,
    subject: 'V/v tăng cường công tác văn thư',
    distribution: ['- Như trên;', '- Các Vụ, đơn vị thuộc Bộ;'],
    archive: ['Lưu: VT', 'VP'],
  };

  it('takes them off on creation, one model/printed-prefix warning each, and prints each once', () => {
    const result = safeCreateDocument(given);
    if (!result.success) throw new Error('refused');
    expect(result.document.subject).toBe('tăng cường công tác văn thư');
    expect(result.document.distribution).toEqual(['Như trên', 'Các Vụ, đơn vị thuộc Bộ']);
    expect(result.document.archive).toEqual(['VT', 'VP']);
    const warnings = result.diagnostics.filter((d) => d.id === 'model/printed-prefix');
    expect(warnings.map((d) => d.path).sort()).toEqual(['archive.0', 'distribution.0', 'distribution.1', 'subject']);
    expect(warnings.every((d) => d.severity === 'warning')).toBe(true);
    const text = toText(result.document);
    expect(text).toContain('V/v tăng cường công tác văn thư');
    expect(text).not.toContain('V/v V/v');
    expect(text).toContain('- Như trên;');
    expect(text).not.toMatch(/- - |;;/);
    expect(text).toContain('- Lưu: VT, VP.');
  });

  it('calls onDiagnostic with each warning of createDocument', () => {
    const seen: string[] = [];
    createDocument(given, { onDiagnostic: (d) => seen.push(`${d.id} ${d.path}`) });
    expect(seen).toContain('model/printed-prefix subject');
  });

  it('refuses them under printedPrefixes: "refuse", saying which and what to write', () => {
    const found = problems(given, { printedPrefixes: 'refuse' });
    expect(found.every((f) => f.id === 'model/printed-prefix')).toBe(true);
    expect(found.find((f) => f.path === 'subject')!.en).toBe(
      '"V/v" is printed by vanban; leave it out of the value (write "tăng cường công tác văn thư")',
    );
    expect(() => createDocument(given, { printedPrefixes: 'refuse' })).toThrow(DocumentValidationError);
  });

  it('leaves a subject that merely starts like one alone in other kinds (a quyết định prints no V/v)', () => {
    const result = safeCreateDocument({ ...BASE, kind: 'quyet-dinh', subject: 'V/v ban hành quy chế' });
    expect(result.success && result.document.subject).toBe('V/v ban hành quy chế');
  });
});
