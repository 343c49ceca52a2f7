import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createDocument,
  documentFromJson,
  DocumentValidationError,
  parseArchiveLine,
  safeCreateDocument,
} from '../../src/index.js';
import { corpusPath } from '../support/corpus.js';

const seed = JSON.parse(readFileSync(new URL('../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'));

// The seed letter, ../shared/corpus/000-cong-van-ubnd-quang-ngai-1719.txt, as printed.
const SEED_TEXT = corpusPath('000-cong-van-ubnd-quang-ngai-1719.txt');
const KINH_GUI = [
  '- Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh;',
  '- Các sở, ban, ngành, đơn vị trực thuộc tỉnh;',
  '- Các Cơ quan Trung ương trên địa bàn tỉnh;',
  '- Báo Quảng Ngãi, Đài PT-TH tỉnh;',
  '- UBND các huyện, thị xã, thành phố.',
];
const NOI_NHAN = [
  '- Như trên;',
  '- Thủ tướng Chính phủ;',
  '- Bộ Thông tin và Truyền thông;',
  '- TT Tỉnh ủy, TT HĐND tỉnh;',
  '- Các PCT UBND tỉnh;',
  '- UBMTTQVN tỉnh và các tổ chức CT-XH tỉnh;',
  '- VPUB tỉnh: CVP, PCVP, các phòng, ban, đơn vị;',
  '- Công TTĐT tỉnh;',
  '- Lưu: VT, KGVX.',
];
/** A dash-list line as the model holds it: without the dash and the end punctuation. */
const entry = (line: string) => line.replace(/^- /u, '').replace(/[;.]$/u, '');

describe('createDocument', () => {
  it('accepts the seed letter with the fields of the foundation issue', () => {
    const doc = createDocument(seed);
    expect(doc.kind).toBe('cong-van');
    expect(doc.regime).toBe('hanh-chinh');
    expect(doc.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' });
    expect(doc.number).toBe(1719);
    expect(doc.notation).toBe('UBND-KGVX');
    expect(doc.place).toBe('Quảng Ngãi');
    expect(doc.date).toBe('2024-04-09');
    expect(doc.recipients).toEqual([
      'Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh',
      'Các sở, ban, ngành, đơn vị trực thuộc tỉnh',
      'Các Cơ quan Trung ương trên địa bàn tỉnh',
      'Báo Quảng Ngãi, Đài PT-TH tỉnh',
      'UBND các huyện, thị xã, thành phố',
    ]);
    expect(doc.recipients).toEqual(KINH_GUI.map(entry));
    expect(doc.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Trần Hoàng Tuấn' },
    ]);
    // Nine Nơi nhận lines less the Lưu line, which goes to `archive`.
    expect(NOI_NHAN).toHaveLength(9);
    expect(doc.distribution).toEqual([
      'Như trên',
      'Thủ tướng Chính phủ',
      'Bộ Thông tin và Truyền thông',
      'TT Tỉnh ủy, TT HĐND tỉnh',
      'Các PCT UBND tỉnh',
      'UBMTTQVN tỉnh và các tổ chức CT-XH tỉnh',
      'VPUB tỉnh: CVP, PCVP, các phòng, ban, đơn vị',
      'Công TTĐT tỉnh',
    ]);
    expect(doc.distribution).toEqual(NOI_NHAN.slice(0, 8).map(entry));
    expect(doc.archive).toEqual(['VT', 'KGVX']);
    expect(parseArchiveLine(NOI_NHAN[8]!)).toEqual({ archive: doc.archive, deviations: [] });
    expect(doc.archiveCopies).toBeUndefined();
    expect(doc.drafter).toBeUndefined();
  });

  it.skipIf(!existsSync(SEED_TEXT))('holds the Kính gửi and Nơi nhận lines the seed letter prints', () => {
    const lines = readFileSync(SEED_TEXT, 'utf8')
      .normalize('NFC')
      .split('\n')
      .map((l) => l.trim());
    const list = (from: string, until: (l: string) => boolean) => {
      const start = lines.indexOf(from);
      const end = lines.findIndex((l, i) => i > start && until(l));
      return lines.slice(start + 1, end + 1).filter((l) => l.startsWith('- '));
    };
    expect(list('Kính gửi:', (l) => l.endsWith('.'))).toEqual(KINH_GUI);
    expect(list('Nơi nhận:', (l) => l.startsWith('- Lưu'))).toEqual(NOI_NHAN);
  });

  it('fills defaults', () => {
    const doc = createDocument({ kind: 'quyet-dinh', issuer: { name: 'BỘ NỘI VỤ' } });
    expect(doc).toMatchObject({
      regime: 'hanh-chinh',
      recipients: [],
      body: [],
      signatures: [],
      distribution: [],
      archive: [],
      appendices: [],
      coIssuers: [],
    });
  });

  it('normalises NFD input to NFC', () => {
    const nfd = 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'.normalize('NFD');
    const doc = createDocument({ kind: 'cong-van', issuer: { name: nfd } });
    expect(doc.issuer.name).toBe(nfd.normalize('NFC'));
  });

  it('lists every problem with its path, not only the first', () => {
    const bad = {
      kind: 'cong-van-moi',
      issuer: { name: 42 },
      number: 0,
      date: '2024-02-30',
      signatures: [{ authority: [{ prefix: 'K/T', of: 'CHỦ TỊCH' }] }],
    };
    let error: unknown;
    try {
      documentFromJson(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentValidationError);
    const paths = (error as DocumentValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(
      ['date', 'issuer.name', 'kind', 'number', 'signatures.0.authority.0.prefix', 'signatures.0.name'].sort(),
    );
    expect((error as Error).message).toContain('date: date does not exist');
  });

  it('refuses impossible dates and keeps leap days', () => {
    expect(safeCreateDocument({ kind: 'cong-van', issuer: { name: 'X' }, date: '2023-02-29' }).success).toBe(false);
    expect(safeCreateDocument({ kind: 'cong-van', issuer: { name: 'X' }, date: '2024-02-29' }).success).toBe(true);
    expect(safeCreateDocument({ kind: 'cong-van', issuer: { name: 'X' }, date: '2024-4-9' }).success).toBe(false);
  });

  it('refuses non-objects with a typed error', () => {
    for (const input of [null, 'cong-van', 42, []])
      expect(() => documentFromJson(input)).toThrow(DocumentValidationError);
  });
});
