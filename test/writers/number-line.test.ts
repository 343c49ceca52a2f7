/**
 * The printed Số line (`numberLine`, src/writers/printed.ts), which the text and DOCX writers share:
 * the Decree 30 form, and the Party form "Số 36-HD/VPTW" for documents of regime `dang`; the real
 * Party documents of the corpus (019, 029) read back the same through both writers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberNotation } from '../../src/grammar/number-notation.js';
import { createDocument } from '../../src/model/create.js';
import { parseDocx } from '../../src/readers/docx/index.js';
import { parseText } from '../../src/readers/text/index.js';
import { validate } from '../../src/validator.js';
import { toDocx } from '../../src/writers/docx/index.js';
import { numberLine } from '../../src/writers/printed.js';
import { toText } from '../../src/writers/text/index.js';
import { documentArbitrary } from '../support/arbitraries.js';
import { CORPUS_DIR } from '../support/corpus.js';

/** The shared corpus beside the checkout, or `$VANBAN_CORPUS`. */
const CORPUS = CORPUS_DIR;
const party = createDocument({
  kind: 'huong-dan',
  regime: 'dang',
  issuer: { parent: 'BAN CHẤP HÀNH TRUNG ƯƠNG', name: 'VĂN PHÒNG' },
  number: 36,
  notation: 'HD/VPTW',
  place: 'Hà Nội',
  date: '2018-04-03',
});

describe('numberLine', () => {
  it('prints the Decree 30 form for an administrative document and a QPPL', () => {
    expect(
      numberLine(createDocument({ kind: 'quyet-dinh', issuer: { name: 'BỘ NỘI VỤ' }, number: 5, notation: 'QĐ-BNV' })),
    ).toBe('Số: 05/QĐ-BNV');
    expect(
      numberLine(
        createDocument({
          kind: 'quyet-dinh',
          regime: 'quy-pham-phap-luat',
          issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' },
          number: 12,
          notation: '2024/QĐ-UBND',
        }),
      ),
    ).toBe('Số: 12/2024/QĐ-UBND');
    expect(numberLine({ notation: 'UBND-VP' })).toBe('Số:       /UBND-VP');
    expect(numberLine({})).toBeUndefined();
  });

  it('prints the Party form for a document of regime dang, and reads back as one', () => {
    expect(numberLine(party)).toBe('Số 36-HD/VPTW');
    expect(numberLine({ ...party, number: 5 })).toBe('Số 05-HD/VPTW');
    expect(numberLine({ ...party, number: undefined })).toBe('Số       -HD/VPTW');
    expect(parseNumberNotation(numberLine(party)!)).toMatchObject({ number: 36, notation: 'HD/VPTW', regime: 'dang' });
  });

  it("prints a copy block in the Decree 30 form: it is the copying organisation's", () => {
    const copy = {
      form: 'sao-y' as const,
      issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
      number: 5,
      notation: 'SY-VP',
      distribution: [],
      archive: [],
    };
    expect(numberLine(copy)).toBe('Số: 05/SY-VP');
    const text = toText(createDocument({ ...party, copy }));
    expect(text).toContain('\nSố 36-HD/VPTW\n');
    expect(text).toContain('\nSố: 05/SY-VP\n');
  });
});

describe('a Party document through the writers', () => {
  it('reads back the same from text, generated documents of regime dang', () => {
    fc.assert(
      fc.property(
        documentArbitrary({ printable: true, allKinds: true }).filter((d) => d.regime === 'dang'),
        (d) => {
          const text = toText(d);
          expect(text).toContain(`\n${numberLine(d)}\n`);
          expect(numberLine(d)).toMatch(/^Số \d{2,}-[^/\s]+\/\S+$/u);
          expect(parseText(text).document).toEqual(d);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.skipIf(!existsSync(CORPUS)).each([
    ['019-thongbao-vp-trung-uong-dang.txt', 'Số 432-TB/VPTW', 432, 'TB/VPTW'],
    ['029-huongdan-ban-tgdv-tw.txt', 'Số 37-HD/BTGDVTW', 37, 'HD/BTGDVTW'],
  ])(
    '%s prints "%s" as it was printed, and reads back the same from text and DOCX',
    async (file, line, number, notation) => {
      const read = parseText(readFileSync(join(CORPUS, file), 'utf8'));
      const original = createDocument(read.document);
      expect(original).toMatchObject({ regime: 'dang', number, notation });
      expect(read.sources['numberLine']!.raw).toBe(line);

      const text = toText(original);
      expect(text.split('\n')).toContain(line);
      const fromText = parseText(text);
      expect(fromText.document).toEqual(original);
      expect(fromText.sources['numberLine']!.raw).toBe(line);

      const fromDocx = await parseDocx(await toDocx(original));
      expect(fromDocx.document).toEqual(original);
      expect(fromDocx.sources['numberLine']!.raw).toBe(line);
      // A Party document is not judged by Decree 30: its Số line draws no finding.
      expect(validate(fromDocx).diagnostics.filter((d) => d.path === 'numberLine')).toEqual([]);
    },
  );
});
