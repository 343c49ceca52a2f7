/**
 * The corpus Word files printed by LibreOffice (printed into .tmp on first use: they are over
 * 100 KB): the Decree itself (055, 20 pages) reads as parseDocx reads its DOCX, with the same
 * margins and page numbering; the templates of Phụ lục III (056) are found to be many documents,
 * none read as the file's, as the DOCX reader finds them.
 */
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/readers/docx/index.js';
import { parsePdf } from '../../../src/readers/pdf/index.js';
import { corpusFile, HAS_SOFFICE, printedCorpusDocx, scoredFields } from './support.js';

if (!HAS_SOFFICE && process.env['CI']) throw new Error('soffice is needed in CI (.ci/run installs it)');

describe.skipIf(!HAS_SOFFICE)('corpus DOCX printed by LibreOffice', () => {
  it('055, the Decree: the fields, margins and page numbering of its DOCX', async () => {
    const name = '055-nghidinh-chinhphu-nd30.docx';
    const pdf = await parsePdf(printedCorpusDocx(name));
    const docx = await parseDocx(corpusFile(name));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(18);
    expect(scoredFields(pdf.document)).toEqual(scoredFields(docx.document));
    const [p, d] = [pdf.layout.sections[0]!, docx.layout.sections[0]!];
    for (const side of ['top', 'bottom', 'left', 'right'] as const)
      expect(Math.abs(p.marginsMm[side] - d.marginsMm[side]), side).toBeLessThanOrEqual(1);
    expect(p.pageNumbering).toEqual(d.pageNumbering);
    expect(pdf.layout.parts['signatures.0.authority.0']).toMatchObject({ region: 'closing-right', bold: true });
  }, 120_000);

  it('056, the templates of Phụ lục III: many documents, none read as the file’s', async () => {
    const name = '056-mau-nd30-phuluc3.docx';
    const pdf = await parsePdf(printedCorpusDocx(name));
    const docx = await parseDocx(corpusFile(name));
    expect(pdf.diagnostics[0]).toMatchObject({ id: 'pdf/multiple-documents', severity: 'warning' });
    expect(pdf.document).toEqual(docx.document);
    expect(pdf.sources).toEqual({});
  }, 120_000);
});
