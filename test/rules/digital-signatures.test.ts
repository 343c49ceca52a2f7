/**
 * The digital signature rules on the real signed PDFs of the corpus (057–059: the signer, the
 * organisation three times, the publishing centre; 060–062: scans), as poppler's pdfsig and the
 * pages show them, and on those facts changed one at a time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigitalSignatureFacts } from '../../src/model/digital-signatures.js';
import { type PdfDocumentResult, parsePdf } from '../../src/readers/pdf/index.js';
import { rolesOf } from '../../src/rule-kit/signatures.js';
import { createDocument } from '../../src/model/create.js';
import { sampleDocument } from '../../src/rule-kit/samples.js';
import { validate } from '../../src/validator.js';
import { corpusFile } from '../readers/pdf/support.js';

const RULES = [
  'nd30/dieu-5/ky-so-ban-goc',
  'nd30/pl1/ky-so-ban-sao',
  'nd30/pl1/thoi-gian-ky-so',
  'nd30/pl1/ten-nguoi-ky-so',
] as const;
const FILES = {
  '057': '057-congvan-ubnd-quangngai-507-signed.pdf',
  '058': '058-thongbao-ubnd-quangngai-542-signed.pdf',
  '059': '059-thongbao-ubnd-quangngai-565-signed.pdf',
  '060': '060-scan-ubnd-quangngai-575-signed.pdf',
  '061': '061-scan-chithi-ubnd-quangngai-07-signed.pdf',
  '062': '062-scan-ubnd-quangngai-11ct-signed.pdf',
};
const read: Record<string, PdfDocumentResult> = {};

beforeAll(async () => {
  for (const [id, file] of Object.entries(FILES)) read[id] = await parsePdf(corpusFile(file));
}, 120_000);

/** Each signature rule's outcome and findings on `input`. */
function outcomes(
  input: Parameters<typeof validate>[0],
): Record<(typeof RULES)[number], { outcome?: string; findings: string[] }> {
  const report = validate(input);
  return Object.fromEntries(
    RULES.map((id) => [
      id,
      {
        outcome: report.coverage.find((c) => c.ruleId === id)?.outcome,
        findings: report.diagnostics.filter((d) => d.id === id).map((d) => d.message.en),
      },
    ]),
  ) as Record<(typeof RULES)[number], { outcome?: string; findings: string[] }>;
}

describe('the signed originals 057–059', () => {
  it.each(['057', '058', '059'])('%s: signer, organisation and the publishing centre told apart', (id) => {
    const { document, signatures } = read[id]!;
    // pdfsig: Signature1 Phùng Tô Long; Signature2–4 Ủy ban nhân dân tỉnh Quảng Ngãi; Signature5 the centre.
    expect(rolesOf(signatures!, document).map((r) => [r.signature.fieldName, r.role])).toEqual([
      ['Signature1', 'signer'],
      ['Signature2', 'organisation'],
      ['Signature3', 'organisation'],
      ['Signature4', 'organisation'],
      ['Signature5', 'other'],
    ]);
    // The centre's stamp at the top right of page 1 is its appearance, not the document's text.
    const centre = signatures!.signatures[4]!;
    expect(centre.widget).toMatchObject({ pageIndex: 0, visible: true });
    expect(centre.widget!.rectMm.y2).toBeGreaterThan(290);
    expect(centre.widget!.appearance!.join(' ')).toMatch(/^TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ttcbth@quangngai\.gov\.vn/u);
  });

  it.each(['057', '058', '059'])(
    '%s: both signatures, the organisation’s on the day, the name of the certificate',
    (id) => {
      expect(outcomes(read[id]!)).toEqual({
        'nd30/dieu-5/ky-so-ban-goc': { outcome: 'passed', findings: [] },
        'nd30/pl1/ky-so-ban-sao': { outcome: 'not-applicable', findings: [] },
        'nd30/pl1/thoi-gian-ky-so': { outcome: 'passed', findings: [] },
        'nd30/pl1/ten-nguoi-ky-so': { outcome: 'passed', findings: [] },
      });
    },
  );

  it('057 without the organisation’s signatures: the centre’s does not stand for them', () => {
    const r = read['057']!;
    const signatures: DigitalSignatureFacts = {
      signatures: r.signatures!.signatures.filter(
        (s) => s.signer?.subjectCommonName !== 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      ),
    };
    const found = outcomes({ ...r, signatures })['nd30/dieu-5/ky-so-ban-goc'];
    expect(found.outcome).toBe('failed');
    expect(found.findings).toEqual([
      'An electronic document must bear the digital signature of its issuer ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI (none found) (present: TRUNG TÂM CÔNG BÁO VÀ TIN HỌC)',
    ]);
  });

  it('057 dated a day later than the organisation signed: the signing time is before the date', () => {
    const r = read['057']!;
    const found = outcomes({ ...r, document: { ...r.document, date: '2025-01-25' } })['nd30/pl1/thoi-gian-ky-so'];
    // Signature2–4 at 16:47:02 +07:00 on 24 January 2025 (pdfsig: Jan 24 2025 09:47:02 UTC).
    expect(found.findings).toHaveLength(3);
    expect(found.findings[0]).toBe(
      'The organisation’s digital signature (Signature2) must be made on or after 2025-01-25 (found 2025-01-24)',
    );
  });

  it('057 with another name printed under the signature: not the certificate’s', () => {
    const r = read['057']!;
    const document = { ...r.document, signatures: [{ ...r.document.signatures[0]!, name: 'Phùng Tố Long' }] };
    expect(outcomes({ ...r, document })['nd30/pl1/ten-nguoi-ky-so'].findings).toEqual([
      'The signer’s name must be the certificate’s "Phùng Tô Long" (found "Phùng Tố Long")',
    ]);
  });
});

describe('the signed scans 060–062', () => {
  it.each(['060', '061', '062'])('%s: no text layer, so nothing is judged; the signatures are still read', (id) => {
    const r = read[id]!;
    expect(r.textLayer).toBe('none');
    expect(r.nothingRead).toBe(true);
    const report = validate(r);
    expect(report.verdict).toBe('not-judged');
    // Only what the reader says: no rule finds the parts of a page it cannot read missing.
    expect(report.diagnostics.every((d) => d.source === 'pdf')).toBe(true);
    expect(report.diagnostics.map((d) => d.id)).toContain('pdf/no-text-layer');
    expect(r.signatures!.signatures).toHaveLength(1);
  });

  it('062: the organisation signed the scan at the top of page 1, "Ký bởi … Thời gian ký …"', () => {
    const [signature] = read['062']!.signatures!.signatures;
    expect(signature!.signer?.subjectCommonName).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
    expect(signature!.widget!.appearance).toEqual([
      'Ký bởi: Ủy ban nhân',
      'dân tỉnh Quảng Ngãi',
      'Thời gian ký:',
      '11/05/2021 11:26:39',
    ]);
  });
});

describe('without signature facts', () => {
  it('an input that cannot carry a digital signature (a model, a text, a DOCX): the signature rules do not apply, never fail', () => {
    const report = validate(createDocument(sampleDocument()));
    for (const id of RULES) expect(report.coverage.find((c) => c.ruleId === id)?.outcome, id).toBe('not-applicable');
    expect(report.diagnostics.filter((d) => RULES.includes(d.id as (typeof RULES)[number]))).toEqual([]);
  });
});
