/**
 * The hand-checked expectations of the real documents (test/corpus/expected, test/holdout/expected):
 * every corpus document has one, each is well formed and agrees with the model, the registry and
 * the grammar. The format is described in test/corpus/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_PREFIXES } from '../../src/model/signature.js';
import { IsoDateSchema } from '../../src/model/primitives.js';
import { RegimeSchema } from '../../src/model/document.js';
import { parseNumberNotation } from '../../src/grammar/number-notation.js';
import { DOCUMENT_KINDS, kindInfo, type DocumentKind } from '../../src/registry/kinds.js';
import { CORPUS_DIR } from '../support/corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The shared corpus sits beside the checkout (test/support/corpus.ts); CI may not have it. */
const corpusDir = CORPUS_DIR;
const holdoutDir = join(here, '../holdout');

const KEYS = [
  'file',
  'kind',
  'regime',
  'issuer',
  'number',
  'notation',
  'place',
  'date',
  'subject',
  'recipients',
  'signatures',
  'distribution',
  'archive',
  'notes',
] as const;

interface Expectation {
  file: string;
  kind: DocumentKind | null;
  regime: string;
  issuer: { name: string; parent: string | null } | null;
  number: number | null;
  notation: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  recipients: string[] | null;
  signatures: { authority: { prefix: string; of: string }[]; title: string | null; name: string }[] | null;
  distribution: string[] | null;
  archive: string[] | null;
  notes: string;
}

function loadExpectations(dir: string): Expectation[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expectation);
}

const corpusExpected = loadExpectations(join(here, 'expected'));
const holdoutExpected = loadExpectations(join(holdoutDir, 'expected'));

/** Transport noise that must not survive into a value: markdown marks, lone pipes, doubled spaces. */
const NOISE = /\*\*|~~|(^|\s)\|(\s|$)|\s{2,}|^\s|\s$|\\/u;

/** A cleaned text value: NFC, trimmed, one space between words, no markdown left. */
function expectClean(value: string, where: string): void {
  expect(value, where).toBe(value.normalize('NFC'));
  expect(value.length, where).toBeGreaterThan(0);
  expect(NOISE.test(value), `${where}: transport noise in ${JSON.stringify(value)}`).toBe(false);
}

/** A list entry also loses its leading dash and its end punctuation. */
function expectCleanEntry(value: string, where: string): void {
  expectClean(value, where);
  expect(/^[-–•+]/u.test(value), `${where}: leading dash in ${JSON.stringify(value)}`).toBe(false);
  expect(/[;.,]$/u.test(value), `${where}: end punctuation in ${JSON.stringify(value)}`).toBe(false);
}

function checkExpectation(e: Expectation, baseNames: ReadonlySet<string> | undefined): void {
  expect(Object.keys(e)).toEqual([...KEYS]);
  if (baseNames) expect(baseNames.has(e.file), `${e.file} names a real file`).toBe(true);
  expect(e.notes.trim().length).toBeGreaterThan(20);
  // Notes quote the raw text, noise included: only NFC is required.
  expect(e.notes).toBe(e.notes.normalize('NFC'));

  if (e.kind === null) expect(e.notes).toMatch(/kind is null/u);
  else expect(DOCUMENT_KINDS).toContain(e.kind);
  expect(RegimeSchema.options).toContain(e.regime);

  if (e.issuer !== null) {
    expect(Object.keys(e.issuer)).toEqual(['name', 'parent']);
    for (const part of [e.issuer.name, e.issuer.parent].filter((p): p is string => p !== null)) {
      expectClean(part, 'issuer');
      // PL I, I.II.2: the issuer lines are upper case as printed.
      expect(part).toBe(part.toLocaleUpperCase('vi'));
    }
  }

  if (e.number !== null) expect(Number.isInteger(e.number) && e.number > 0).toBe(true);
  if (e.notation !== null) {
    expectClean(e.notation, 'notation');
    // The pair must read back through the Decree 30 grammar unchanged (Party documents use "Số 36-HD/VPTW").
    const printed = e.regime === 'dang' ? `Số ${e.number}-${e.notation}` : `Số: ${e.number ?? ''}/${e.notation}`;
    const parsed = parseNumberNotation(printed);
    expect(parsed.notation, printed).toBe(e.notation);
    if (e.number !== null) expect(parsed.number, printed).toBe(e.number);
    // A typed document's ký hiệu starts with its type code (PL III mục I); công văn has none.
    const code = e.regime === 'dang' ? e.notation.split('/')[0] : e.notation.replace(/^\d{4}\//u, '').split('-')[0];
    if (e.kind !== null && e.kind !== 'cong-van') {
      const info = kindInfo(e.kind);
      expect('code' in info ? info.code : undefined, `${e.file}: type code of ${e.notation}`).toBe(code);
    }
    // A QPPL ký hiệu carries the year, except the National Assembly's bodies, which carry the legislature.
    if (e.regime === 'quy-pham-phap-luat') expect(e.notation).toMatch(/^\d{4}\/|-UBTVQH\d+$/u);
  }

  if (e.place !== null) expectClean(e.place, 'place');
  if (e.date !== null) expect(IsoDateSchema.safeParse(e.date).success, `${e.file}: date ${e.date}`).toBe(true);
  if (e.subject !== null) {
    expectClean(e.subject, 'subject');
    if (e.kind === 'cong-van') expect(e.subject).not.toMatch(/^V\/v\b/iu);
  }

  for (const [field, list] of [
    ['recipients', e.recipients],
    ['distribution', e.distribution],
    ['archive', e.archive],
  ] as const) {
    if (list === null) continue;
    for (const entry of list) expectCleanEntry(entry, `${e.file} ${field}`);
  }
  // Nơi nhận excludes the Lưu line (PL I, I.II.9.b).
  for (const entry of e.distribution ?? []) expect(entry).not.toMatch(/^Lưu\b/u);

  for (const s of e.signatures ?? []) {
    expect(Object.keys(s)).toEqual(['authority', 'title', 'name']);
    for (const a of s.authority) {
      expect(AUTHORITY_PREFIXES).toContain(a.prefix);
      expectClean(a.of, 'authority');
      expect(a.of).toBe(a.of.toLocaleUpperCase('vi'));
    }
    if (s.title !== null) expectClean(s.title, 'title');
    expectClean(s.name, 'name');
    // Họ tên in title case, without học hàm / học vị.
    for (const word of s.name.split(' ')) expect(word[0], s.name).toBe(word[0]!.toLocaleUpperCase('vi'));
    expect(s.name).not.toMatch(/^(TS|ThS|PGS|GS|KS|BS)\b/u);
  }
}

describe.skipIf(!existsSync(corpusDir))('corpus expectations cover the corpus', () => {
  const documents = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /\.(txt|docx)$/u.test(f)) : [];

  it('every corpus document has exactly one expectations file, and no file is orphaned', () => {
    expect(documents.length).toBeGreaterThan(0);
    expect(corpusExpected.map((e) => parse(e.file).name)).toEqual(documents.map((f) => parse(f).name).sort());
    for (const e of corpusExpected) expect(documents).toContain(e.file);
  });
});

describe.each([
  ['corpus', corpusExpected, undefined],
  ['holdout', holdoutExpected, new Set(existsSync(holdoutDir) ? readdirSync(holdoutDir) : [])],
] as const)('%s expectations are well formed', (_set, expectations, files) => {
  it('there are expectations to check', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(12);
  });
  it.each(expectations.map((e) => [e.file, e] as const))('%s', (_file, e) => {
    checkExpectation(e, files);
  });
});

describe('the seed letter (000) has the fields of the foundation issue', () => {
  const seed = corpusExpected.find((e) => e.file === '000-cong-van-ubnd-quang-ngai-1719.txt');

  it('header fields', () => {
    expect(seed).toBeDefined();
    expect(seed!.kind).toBe('cong-van');
    expect(seed!.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', parent: null });
    expect(seed!.number).toBe(1719);
    expect(seed!.notation).toBe('UBND-KGVX');
    expect(seed!.place).toBe('Quảng Ngãi');
    expect(seed!.date).toBe('2024-04-09');
  });

  it('recipients, signature, Nơi nhận and Lưu', () => {
    expect(seed!.recipients).toHaveLength(5);
    expect(seed!.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Trần Hoàng Tuấn' },
    ]);
    // Nine Nơi nhận lines in the letter, the last of them the Lưu line.
    expect(seed!.distribution).toHaveLength(8);
    expect(seed!.distribution![0]).toBe('Như trên');
    expect(seed!.archive).toEqual(['VT', 'KGVX']);
  });

  it('agrees with the seed model in examples/data', () => {
    const example = JSON.parse(readFileSync(join(here, '../../examples/data/cong-van-1719.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const key of [
      'number',
      'notation',
      'place',
      'date',
      'subject',
      'recipients',
      'distribution',
      'archive',
    ] as const) {
      expect(seed![key], key).toEqual(example[key]);
    }
  });
});
