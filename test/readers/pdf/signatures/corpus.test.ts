/**
 * The signed PDFs of the corpus (057–062): the reader's findings against the expectations written
 * beside this test (expected/*.json, checked against pdfsig and qpdf when written; see
 * external-tools.test.ts for the live comparison).
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfSignatures } from '../../../../src/readers/pdf/signatures/index.js';
import { corpusPath } from '../../../support/corpus.js';
import { SIGNED_CORPUS } from './support/signed-corpus.js';
import { summarize } from './support/summary.js';

const read = async (name: string) => readPdfSignatures(new Uint8Array(readFileSync(corpusPath(`${name}.pdf`))));

describe('signed PDFs of the corpus', () => {
  for (const name of SIGNED_CORPUS) {
    it(`${name}: as expected`, async () => {
      const expected = JSON.parse(readFileSync(new URL(`./expected/${name}.json`, import.meta.url), 'utf8'));
      expect(summarize(await read(name))).toEqual(expected);
    });
  }

  it('057: the signer, three signatures of the organisation, then the publishing centre over the whole file', async () => {
    const report = await read(SIGNED_CORPUS[0]!);
    const signers = report.signatures.map((s) => s.signer?.subjectCommonName);
    expect(signers).toEqual([
      'Phùng Tô Long',
      'Ủy ban nhân dân tỉnh Quảng Ngãi',
      'Ủy ban nhân dân tỉnh Quảng Ngãi',
      'Ủy ban nhân dân tỉnh Quảng Ngãi',
      'TRUNG TÂM CÔNG BÁO VÀ TIN HỌC',
    ]);
    expect(report.signatures.map((s) => s.byteRange.coverage)).toEqual([
      'earlier-revision',
      'earlier-revision',
      'earlier-revision',
      'earlier-revision',
      'whole-file',
    ]);
    expect(report.signatures.map((s) => s.byteRange.revision)).toEqual([3, 4, 5, 6, 7]);
    expect(report.signatures.every((s) => s.integrity.digestMatches && s.integrity.signatureValid)).toBe(true);
    expect(report.signatures.every((s) => s.trust.status === 'not-checked')).toBe(true);
    expect(report.revisions).toMatchObject({ eofMarkers: 7, xrefSections: 7 });
    expect(report.bytesAfterLastSignature).toBe(0);
    // The publishing centre's tool wrote Vietnamese local time into the CMS labelled UTC.
    expect(report.diagnostics.some((d) => d.id === 'pdf/signature-times-disagree' && d.signature === 4)).toBe(true);
  });

  it('the organisation signs with ETSI.CAdES.detached and SHA-1, the publishing centre with adbe.pkcs7.detached and SHA-256', async () => {
    const report = await read(SIGNED_CORPUS[1]!);
    expect(report.signatures.map((s) => [s.subFilter, s.integrity.digestAlgorithm])).toEqual([
      ['ETSI.CAdES.detached', 'SHA-1'],
      ['ETSI.CAdES.detached', 'SHA-1'],
      ['ETSI.CAdES.detached', 'SHA-1'],
      ['ETSI.CAdES.detached', 'SHA-1'],
      ['adbe.pkcs7.detached', 'SHA-256'],
    ]);
  });
});
