/**
 * parsePdf on the real signed PDFs of the corpus (057–059), field by field against the hand-checked
 * expectations of their text layers (037–039, extracted with pdftotext -layout): the PDF reader
 * must read at least every field the text reader reads from those texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../../src/readers/pdf/index.js';
import { parseText } from '../../../src/readers/text/index.js';
import { corpusPath } from '../../support/corpus.js';
import { compareFields, corpusFile, expectedFields, scoredFields } from './support.js';

const PAIRS = [
  ['057-congvan-ubnd-quangngai-507-signed.pdf', '037-congvan-ubnd-quangngai.txt', '037-congvan-ubnd-quangngai.json'],
  ['058-thongbao-ubnd-quangngai-542-signed.pdf', '038-thongbao-ubnd-quangngai.txt', '038-thongbao-ubnd-quangngai.json'],
  ['059-thongbao-ubnd-quangngai-565-signed.pdf', '039-thongbao-ubnd-quangngai.txt', '039-thongbao-ubnd-quangngai.json'],
] as const;

describe('parsePdf on the signed PDFs of the corpus', () => {
  const rows: string[] = [];
  it.each(PAIRS)('%s reads every field parseText reads from its text layer', async (pdf, text, json) => {
    const expected = expectedFields(json);
    const fromPdf = compareFields(scoredFields((await parsePdf(corpusFile(pdf))).document), expected);
    const fromText = compareFields(scoredFields(parseText(readFileSync(corpusPath(text), 'utf8')).document), expected);
    rows.push(
      `| ${pdf.slice(0, 3)} | ${fromPdf.matched.length} / ${fromPdf.matched.length + fromPdf.missed.length} | ${text.slice(0, 3)} | ${fromText.matched.length} / ${fromText.matched.length + fromText.missed.length} | ${fromPdf.missed.join(', ') || '—'} |`,
    );
    for (const f of fromText.matched) expect(fromPdf.matched, `${pdf}: ${f}`).toContain(f);
  });

  it('prints the table', () => {
    console.log(
      [
        '| PDF | fields (parsePdf) | text | fields (parseText) | missed by parsePdf |',
        '|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  });
});
