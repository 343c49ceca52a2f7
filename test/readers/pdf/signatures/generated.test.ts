/**
 * PDFs signed in the tests (support/scenarios.ts, certificates made in the test): a valid signature,
 * one changed after signing, one with an update appended after signing, a visible widget, two
 * signatures, and ECDSA, RSA-PSS, SHA-1 and SHA-512 signatures.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfSignatureReport, readPdfSignatures } from '../../../../src/readers/pdf/signatures/index.js';
import { makeScenarios, makeTestPki, type ScenarioName, VISIBLE_RECT } from './support/scenarios.js';

let reports: Record<ScenarioName, PdfSignatureReport>;
let files: Record<ScenarioName, Uint8Array>;

beforeAll(async () => {
  files = await makeScenarios(await makeTestPki());
  const entries = await Promise.all(
    Object.entries(files).map(async ([name, bytes]) => [name, await readPdfSignatures(bytes)] as const),
  );
  reports = Object.fromEntries(entries) as Record<ScenarioName, PdfSignatureReport>;
}, 60_000);

const only = (name: ScenarioName) => {
  expect(reports[name].signatures).toHaveLength(1);
  return reports[name].signatures[0]!;
};

describe('signatures made in the tests', () => {
  it('a valid signature over the whole file', () => {
    const s = only('valid');
    expect(s.fieldName).toBe('Signature1');
    expect(s.subFilter).toBe('adbe.pkcs7.detached');
    expect(s.filter).toBe('Adobe.PPKLite');
    expect(s.byteRange).toMatchObject({ wellFormed: true, coverage: 'whole-file', bytesAfter: 0, problems: [] });
    expect(s.integrity).toMatchObject({ digestAlgorithm: 'SHA-256', digestMatches: true, signatureValid: true });
    expect(s.integrity.computedDigest).toBe(s.integrity.signedDigest);
    expect(s.signingTime).toMatchObject({ iso: '2025-03-01T09:00:00+07:00', utc: '2025-03-01T02:00:00.000Z' });
    expect(s.cmsSigningTime).toBe('2025-03-01T02:00:00.000Z');
    expect([s.reason, s.location]).toEqual(['Phê duyệt', 'Thử Nghiệm']);
    expect(s.signer).toMatchObject({
      subjectCommonName: 'Nguyễn Văn An',
      subjectOrganization: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
      subjectOrganizationalUnit: 'Văn phòng',
      subject: 'CN=Nguyễn Văn An,OU=Văn phòng,O=Ủy ban nhân dân tỉnh Thử Nghiệm,L=Thử Nghiệm,C=VN',
      issuerCommonName: 'CA thử nghiệm cấp 2',
      issuerOrganization: 'Ban Cơ yếu Thử nghiệm',
    });
    expect(s.signer?.serialNumber).toMatch(/^[0-9a-f]+$/);
    expect(s.certificates.map((c) => c.subjectCommonName)).toEqual(['Nguyễn Văn An', 'CA thử nghiệm cấp 2']);
    expect(s.signerValidAtSigningTime).toBe(true);
    expect(s.trust).toEqual({ status: 'not-checked' });
    expect(s.widget).toMatchObject({ pageIndex: 0, visible: false });
    expect(reports.valid.bytesAfterLastSignature).toBe(0);
    expect(reports.valid.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a byte changed inside the covered range: digest mismatch, signature over the attributes still valid', () => {
    const s = only('tampered');
    expect(s.integrity.digestMatches).toBe(false);
    expect(s.integrity.signatureValid).toBe(true);
    expect(s.integrity.computedDigest).not.toBe(s.integrity.signedDigest);
    expect(reports.tampered.diagnostics.map((d) => d.id)).toContain('pdf/signature-digest-mismatch');
  });

  it('an update appended after signing: coverage is the earlier revision, digest still valid', () => {
    const s = only('appended');
    expect(s.byteRange.coverage).toBe('earlier-revision');
    expect(s.byteRange.revision).toBe(2);
    expect(reports.appended.revisions).toMatchObject({ eofMarkers: 3, xrefSections: 3 });
    expect(s.byteRange.bytesAfter).toBeGreaterThan(0);
    expect(reports.appended.bytesAfterLastSignature).toBe(s.byteRange.bytesAfter);
    expect(s.integrity).toMatchObject({ digestMatches: true, signatureValid: true });
    const codes = reports.appended.diagnostics.map((d) => d.id);
    expect(codes).toEqual(expect.arrayContaining(['pdf/signature-earlier-revision', 'pdf/signature-unsigned-changes']));
  });

  it('a visible widget on the second page at a known rectangle', () => {
    const s = only('visible-widget');
    const [x1, y1, x2, y2] = VISIBLE_RECT;
    expect(s.fieldName).toBe('ChuKy');
    expect(s.widget).toEqual({
      pageIndex: 1,
      rect: { x1, y1, x2, y2 },
      rectMm: { x1: 123.47, y1: 35.28, x2: 194.03, y2: 56.44 },
      visible: true,
    });
  });

  it('two signatures: the signer over the first revision, the organisation over the whole file', () => {
    const [first, second] = reports['two-signatures'].signatures;
    expect(first?.signer?.subjectCommonName).toBe('Nguyễn Văn An');
    expect(second?.signer?.subjectCommonName).toBe('Ủy ban nhân dân tỉnh Thử Nghiệm');
    expect(first?.byteRange.coverage).toBe('earlier-revision');
    expect(second?.byteRange.coverage).toBe('whole-file');
    expect(second?.subFilter).toBe('ETSI.CAdES.detached');
    expect(second?.cmsSigningTime).toBeNull(); // CAdES: the time is in /M only
    expect(second?.signingTime?.utc).toBe('2025-03-01T02:30:00.000Z');
    for (const s of [first, second]) expect(s?.integrity).toMatchObject({ digestMatches: true, signatureValid: true });
    expect(reports['two-signatures'].bytesAfterLastSignature).toBe(0);
  });

  it.each([
    ['ecdsa-sha384', 'SHA-384', 'ECDSA with SHA-384'],
    ['rsa-pss', 'SHA-256', 'RSA-PSS'],
    ['sha1', 'SHA-1', 'RSA PKCS#1 v1.5 with SHA-1'],
    ['sha512', 'SHA-512', 'RSA PKCS#1 v1.5 with SHA-512'],
  ] as const)('%s verifies (%s, %s)', (name, digest, algorithm) => {
    const s = only(name);
    expect(s.integrity).toMatchObject({
      digestAlgorithm: digest,
      signatureAlgorithm: algorithm,
      digestMatches: true,
      signatureValid: true,
    });
  });

  it('a changed signature value fails while the digest still matches', async () => {
    expect(only('sha1').integrity.signatureValid).toBe(true);
    const forged = files.sha1.slice();
    // One hex digit of the signature value, at the end of the CMS (in /Contents, outside the covered range).
    const at = lastNonZeroContentsByte(forged);
    forged[at] = forged[at] === 0x30 ? 0x31 : 0x30;
    const s = (await readPdfSignatures(forged)).signatures[0]!;
    expect(s.integrity.digestMatches).toBe(true);
    expect(s.integrity.signatureValid).toBe(false);
  });
});

/** Offset of the last hex digit of the CMS in `/Contents` that is not padding (ASCII '0'). */
function lastNonZeroContentsByte(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  const start = text.indexOf('/Contents <') + '/Contents <'.length;
  const end = text.indexOf('>', start);
  let at = end - 1;
  while (at > start && text[at] === '0') at--;
  return at - 8; // a few digits before the end: inside the signature value, not its last nibble
}
