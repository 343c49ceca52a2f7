/**
 * The committed signed PDFs of test/fixtures/pdf-signatures (see its README): what each must show,
 * trust included with the committed root.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfSignatures } from '../../../../src/readers/pdf/signatures/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/pdf-signatures/${name}`, import.meta.url));
const pdf = (name: string) => new Uint8Array(fixture(`${name}.pdf`));
const root = fixture('test-root.pem').toString('utf8');
const otherRoot = fixture('other-root.pem').toString('utf8');

describe('committed signed fixtures', () => {
  it.each([
    ['valid', [['whole-file', true, true]]],
    ['tampered', [['whole-file', false, true]]],
    ['appended', [['earlier-revision', true, true]]],
    ['visible-widget', [['whole-file', true, true]]],
    [
      'two-signatures',
      [
        ['earlier-revision', true, true],
        ['whole-file', true, true],
      ],
    ],
    ['ecdsa-sha384', [['whole-file', true, true]]],
    ['rsa-pss', [['whole-file', true, true]]],
    ['sha1', [['whole-file', true, true]]],
    ['sha512', [['whole-file', true, true]]],
  ] as const)('%s: coverage, digest and signature', async (name, expected) => {
    const report = await readPdfSignatures(pdf(name), { trustedRoots: [root] });
    expect(
      report.signatures.map((s) => [s.byteRange.coverage, s.integrity.digestMatches, s.integrity.signatureValid]),
    ).toEqual(expected);
    expect(report.signatures.every((s) => s.trust.status === 'trusted')).toBe(true);
  });

  it('nothing is trusted with the other root', async () => {
    const report = await readPdfSignatures(pdf('two-signatures'), { trustedRoots: [otherRoot] });
    expect(report.signatures.map((s) => s.trust.status)).toEqual(['not-trusted', 'not-trusted']);
  });
});
