/**
 * The reader against poppler's pdfsig (signer, time, hash, type, ranges, whole-document coverage,
 * validation) and qpdf (the page of each signature field), on the corpus's signed PDFs and on the
 * PDFs signed in the tests. Skipped where the tools are missing, except in CI.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfSignatureReport, readPdfSignatures } from '../../../../src/readers/pdf/signatures/index.js';
import { corpusPath } from '../../../support/corpus.js';
import { SIGNED_CORPUS } from './support/signed-corpus.js';
import { pdfsig, pdfsigTime, qpdfSignaturePages, toolRequired } from './support/poppler.js';
import { makeScenarios, makeTestPki, type ScenarioName } from './support/scenarios.js';

const HASH_NAMES: Record<string, string> = {
  SHA1: 'SHA-1',
  'SHA-256': 'SHA-256',
  'SHA-384': 'SHA-384',
  'SHA-512': 'SHA-512',
};

function compareWithPdfsig(path: string, report: PdfSignatureReport): void {
  const theirs = pdfsig(path);
  expect(theirs.length).toBe(report.signatures.length);
  for (const t of theirs) {
    const ours = report.signatures.find((s) => s.fieldName === t.fieldName);
    expect(ours, t.fieldName).toBeDefined();
    if (!ours) continue;
    expect(ours.signer?.subjectCommonName).toBe(t.commonName);
    expect(ours.signer?.subject).toBe(t.distinguishedName);
    // poppler shows the CMS signingTime when there is one, else /M.
    const time = ours.cmsSigningTime ?? ours.signingTime?.utc;
    expect(time && pdfsigTime(time)).toBe(t.signingTime);
    expect(ours.integrity.digestAlgorithm).toBe(HASH_NAMES[t.hashAlgorithm]);
    expect(ours.subFilter).toBe(t.type);
    const [a, b, c, d] = ours.byteRange.values;
    expect(t.ranges).toEqual([
      [a, b],
      [c, c! + d!],
    ]);
    expect(ours.byteRange.coverage === 'whole-file').toBe(t.totalDocumentSigned);
    if (t.validation === 'Signature is Valid.') {
      expect([ours.integrity.digestMatches, ours.integrity.signatureValid]).toEqual([true, true]);
    } else if (t.validation === 'Digest Mismatch.') {
      expect(ours.integrity.digestMatches).toBe(false);
    } else {
      expect(ours.integrity.digestMatches && ours.integrity.signatureValid).not.toBe(true);
    }
  }
}

function compareWithQpdf(path: string, report: PdfSignatureReport): void {
  const pages = qpdfSignaturePages(path);
  expect(pages.size).toBe(report.signatures.length + report.unsignedFields.length);
  for (const s of report.signatures) expect(s.widget?.pageIndex, s.fieldName ?? '').toBe(pages.get(s.fieldName ?? ''));
}

describe.runIf(toolRequired('pdfsig'))('agreement with pdfsig', () => {
  for (const name of SIGNED_CORPUS) {
    it(name, async () => {
      const path = corpusPath(`${name}.pdf`);
      compareWithPdfsig(path, await readPdfSignatures(new Uint8Array(readFileSync(path))));
    });
  }

  describe('PDFs signed in the tests', () => {
    let files: [ScenarioName, string][] = [];
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vanban-pdfsig-'));
      const scenarios = await makeScenarios(await makeTestPki());
      files = Object.entries(scenarios).map(([name, bytes]) => {
        const path = join(dir, `${name}.pdf`);
        writeFileSync(path, bytes);
        return [name as ScenarioName, path];
      });
    }, 60_000);

    it('every scenario agrees, the tampered one included', async () => {
      expect(files.length).toBeGreaterThan(5);
      for (const [, path] of files)
        compareWithPdfsig(path, await readPdfSignatures(new Uint8Array(readFileSync(path))));
      const tampered = files.find(([name]) => name === 'tampered')!;
      expect(pdfsig(tampered[1])[0]?.validation).toBe('Digest Mismatch.');
    });
  });
});

describe.runIf(toolRequired('qpdf'))('agreement with qpdf on the pages of the signature fields', () => {
  for (const name of SIGNED_CORPUS) {
    it(name, async () => {
      const path = corpusPath(`${name}.pdf`);
      compareWithQpdf(path, await readPdfSignatures(new Uint8Array(readFileSync(path))));
    });
  }
});
