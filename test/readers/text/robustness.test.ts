import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadDocumentSchema } from '../../../src/model/read-document.js';
import { parseText } from '../../../src/readers/text/index.js';
import { CORPUS_DIR, corpusPath } from '../../support/corpus.js';

const corpus = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(corpusPath(f), 'utf8'));

/** parseText returns a valid document, and every source span points into the input with its raw text. */
function checkResult(text: string): void {
  const { document, sources, diagnostics } = parseText(text);
  expect(ReadDocumentSchema.safeParse(document).success).toBe(true);
  for (const span of Object.values(sources)) {
    expect(span.offset).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.offset, span.end)).toBe(span.raw);
  }
  for (const d of diagnostics) expect(d.message.vi && d.message.en).toBeTruthy();
}

// Pieces real documents are made of, so that random inputs reach the component readers.
const PIECES = [
  'Số: 05/QĐ-UBND',
  'Số 36-HD/VPTW',
  'V/v ',
  'Kính gửi:',
  'Nơi nhận:',
  '- Lưu: VT, KGVX.',
  'KT. CHỦ TỊCH',
  'TM. ỦY BAN NHÂN DÂN',
  'PHÓ CHỦ TỊCH',
  'Trần Hoàng Tuấn',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Quảng Ngãi, ngày 09 tháng 4 năm 2024',
  'QUYẾT ĐỊNH',
  'Điều 1.',
  '1.',
  'a)',
  '- ',
  '|',
  '**',
  '~~',
  '\\',
  '-------',
  'Phụ lục I',
  'SAO Y',
  'HỎA TỐC',
  'MẬT',
  '(Đã ký)',
  'ngày',
  'tháng',
  'năm',
  '   ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\f',
  ';',
  '.',
  ',',
  ':',
  '/',
  'Căn cứ',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
];
const pieceText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 80 })
  .map((a) => a.join(''));

describe('parseText never throws and never hangs', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), checkResult), { numRuns: 500 });
  });

  it('on random arrangements of document pieces', () => {
    fc.assert(fc.property(pieceText, checkResult), { numRuns: 1000 });
  });

  it('on mutations of corpus documents (lines deleted, duplicated, swapped, characters spliced in)', () => {
    const mutation = fc.record({
      doc: fc.integer({ min: 0, max: corpus.length - 1 }),
      edits: fc.array(
        fc.record({
          op: fc.constantFrom('delete', 'duplicate', 'swap', 'splice'),
          at: fc.nat(),
          to: fc.nat(),
          text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })),
        }),
        { maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ doc, edits }) => {
        const lines = corpus[doc]!.split('\n');
        for (const e of edits) {
          const i = e.at % lines.length;
          const j = e.to % lines.length;
          if (e.op === 'delete') lines.splice(i, 1);
          else if (e.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
          else if (e.op === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
          else {
            const line = lines[i] ?? '';
            const k = e.to % (line.length + 1);
            lines[i] = line.slice(0, k) + e.text + line.slice(k);
          }
          if (!lines.length) lines.push('');
        }
        checkResult(lines.join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  // Each of these once made a regex backtrack; they must finish in about linear time (the bench measures it).
  it.each([
    ['spaces', ' '.repeat(1 << 20)],
    ['spaces before a letter', `${' '.repeat(1 << 20)}x`],
    ['one long line of words', 'ngày 1 tháng '.repeat(80_000)],
    ['pipes and stars', '|*|_#'.repeat(200_000)],
    ['dashes', '- '.repeat(500_000)],
    ['backslashes', '\\'.repeat(1 << 20)],
    ['Số lines', 'Số: 05/QĐ-UBND\n'.repeat(65_000)],
    ['date lines', 'Hà Nội, ngày 09 tháng 4 năm 2024\n'.repeat(30_000)],
    ['V/v lines', 'V/v triển khai công tác phòng chống thiên tai\n'.repeat(23_000)],
    ['CAPS lines', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n'.repeat(32_000)],
    ['Kính gửi lists', 'Kính gửi:\n- Sở Tài chính;\n'.repeat(40_000)],
    ['signature lines', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Hoàng Tuấn\n'.repeat(25_000)],
    ['Nơi nhận lists', 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\n'.repeat(30_000)],
    ['Số and place-date lines', 'Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n'.repeat(20_000)],
    ['merged header lines', 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'.repeat(20_000)],
    ['bare authority prefixes', 'TM.\nỦY BAN NHÂN DÂN\n'.repeat(40_000)],
    ['semicolons and parentheses', 'a; (b) '.repeat(150_000)],
    ['combining marks', `a${'\u0301'.repeat(1 << 20)}`],
  ])('on 1 MB of %s', (_name, text) => {
    checkResult(text);
  });
});

/** A letter up to its closing part, for lines that matter only there. */
const LETTER_HEAD =
  'SỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/STC-NS\nBến Tre, ngày 12 tháng 3 năm 2012\nV/v báo cáo quý I\n\nKính gửi: UBND tỉnh\n\nSở Tài chính báo cáo./.\n\n';

/** Milliseconds one parse of `text` takes. */
function timeOf(text: string): number {
  const start = performance.now();
  parseText(text);
  return performance.now() - start;
}

/** `line` repeated to about `kb` kilobytes. */
function linesOf(line: string, kb: number): string {
  return line.repeat(Math.ceil((kb * 1024) / line.length));
}

describe('parseText time grows linearly with the input', () => {
  // Runs of lines without end punctuation wrap into one growing paragraph; testing the end of that
  // paragraph once flattened it at every line (1 MB of Số lines took 29 s). Linear time gives a
  // ratio near 4 between 256 KB and 64 KB, quadratic near 16; 8 leaves room for a loaded machine.
  it.each([
    ['Số lines', 'Số: 05/QĐ-UBND\n'],
    ['date lines', 'Hà Nội, ngày 09 tháng 4 năm 2024\n'],
    ['V/v lines', 'V/v triển khai công tác phòng chống thiên tai\n'],
    ['CAPS lines', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n'],
    ['wrapped body lines', 'các cơ quan, đơn vị tổ chức thực hiện kịp thời\n'],
    ['hyphenated line ends', 'thông tin về phòng chống thiên tai và tìm kiếm cứu nạn thô-\n'],
    ['Số and place-date lines', 'Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n'],
    ['merged header lines', 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'],
    // Under a signer's title, capitals of the issuer's name are each looked at as the seal's text.
    ['issuer lines under a title', '\nSỞ TÀI CHÍNH\n', `${LETTER_HEAD}Nơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n`],
    ['bare authority prefixes', 'TM.\nSỞ TÀI CHÍNH\n', LETTER_HEAD],
    ['names under a Nơi nhận list', 'Nguyễn Văn An\n', `${LETTER_HEAD}Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\n`],
  ])('on %s: time(256 KB) / time(64 KB) < 8', (_name, line, head = '') => {
    const small = head + linesOf(line, 64);
    const large = head + linesOf(line, 256);
    timeOf(head + linesOf(line, 16)); // warm up the JIT
    // The best of five runs each, small and large taken in turns so that both meet the same load
    // (other test files run beside this one on the same cores).
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let k = 0; k < 5; k++) {
      bestSmall = Math.min(bestSmall, timeOf(small));
      bestLarge = Math.min(bestLarge, timeOf(large));
    }
    // A floor under the small time, so that a few milliseconds of noise cannot fail the test.
    expect(bestLarge / Math.max(bestSmall, 10)).toBeLessThan(8);
  });
});
