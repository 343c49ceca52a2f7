/**
 * Trust: a root CA and an intermediate made in the test; the signer's chain verifies with that root
 * given, not with another root, and nothing is said without roots. Validity is checked at the
 * signing time.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfSignatures } from '../../../../src/readers/pdf/signatures/index.js';
import { TestPdf } from './support/pdf-builder.js';
import { makeIdentity, toPem } from './support/pki.js';
import { makeTestPki, type TestPki } from './support/scenarios.js';

let pki: TestPki;
let signed: Uint8Array;

beforeAll(async () => {
  pki = await makeTestPki();
  const pdf = TestPdf.create();
  await pdf.sign({
    fieldName: 'Signature1',
    signer: pki.person,
    chain: [pki.intermediate],
    signingTime: new Date('2025-03-01T02:00:00Z'),
  });
  signed = pdf.data;
}, 60_000);

describe('trust chain', () => {
  it('verifies from the signer through the intermediate to the given root (DER)', async () => {
    const s = (await readPdfSignatures(signed, { trustedRoots: [pki.root.der] })).signatures[0]!;
    expect(s.trust.status).toBe('trusted');
    if (s.trust.status !== 'trusted') return;
    expect(s.trust.chain.map((c) => c.subjectCommonName)).toEqual([
      'Nguyễn Văn An',
      'CA thử nghiệm cấp 2',
      'CA gốc thử nghiệm',
    ]);
    expect(s.trust.checkedAt).toBe('2025-03-01T02:00:00.000Z');
  });

  it('accepts the root as PEM text, among other roots', async () => {
    const pem = toPem(pki.otherRoot.der) + toPem(pki.root.der);
    const s = (await readPdfSignatures(signed, { trustedRoots: [pem] })).signatures[0]!;
    expect(s.trust.status).toBe('trusted');
  });

  it('does not verify with another root', async () => {
    const report = await readPdfSignatures(signed, { trustedRoots: [pki.otherRoot.der] });
    expect(report.signatures[0]?.trust.status).toBe('not-trusted');
    expect(report.diagnostics.map((d) => d.id)).toContain('pdf/signature-not-trusted');
  });

  it('says nothing about trust without roots', async () => {
    const s = (await readPdfSignatures(signed)).signatures[0]!;
    expect(s.trust).toEqual({ status: 'not-checked' });
  });

  it('does not trust a signer whose certificate had expired at the signing time', async () => {
    const expired = await makeIdentity({
      subject: [
        ['C', 'VN'],
        ['CN', 'Người ký hết hạn'],
      ],
      issuer: pki.intermediate,
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2021-01-01T00:00:00Z'),
    });
    const pdf = TestPdf.create();
    await pdf.sign({
      fieldName: 'S',
      signer: expired,
      chain: [pki.intermediate],
      signingTime: new Date('2025-03-01T02:00:00Z'),
    });
    const report = await readPdfSignatures(pdf.data, { trustedRoots: [pki.root.der] });
    const s = report.signatures[0]!;
    expect(s.integrity).toMatchObject({ digestMatches: true, signatureValid: true });
    expect(s.signerValidAtSigningTime).toBe(false);
    expect(s.trust.status).toBe('not-trusted');
    expect(report.diagnostics.map((d) => d.id)).toContain('pdf/signature-certificate-not-valid-at-signing');
  });

  it('does not trust a chain whose intermediate is missing from the CMS', async () => {
    const pdf = TestPdf.create();
    await pdf.sign({ fieldName: 'S', signer: pki.person, chain: [], signingTime: new Date('2025-03-01T02:00:00Z') });
    const s = (await readPdfSignatures(pdf.data, { trustedRoots: [pki.root.der] })).signatures[0]!;
    expect(s.trust.status).toBe('not-trusted');
  });

  it('reports an unreadable root and trusts nothing with it', async () => {
    const report = await readPdfSignatures(signed, { trustedRoots: ['not a certificate', new Uint8Array([1, 2, 3])] });
    expect(report.signatures[0]?.trust.status).toBe('not-trusted');
    expect(report.diagnostics.filter((d) => d.id === 'pdf/signature-trusted-root-unreadable')).toHaveLength(2);
  });
});
