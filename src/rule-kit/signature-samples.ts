import type { DigitalSignatureFact, DigitalSignatureFacts } from '../model/digital-signatures.js';

/**
 * Digital signatures for the rules' examples, modelled on corpus 057 (a công văn of the UBND tỉnh
 * Quảng Ngãi as published): the signer's, the organisation's at issuance, the publishing centre's
 * stamp at the top right. Loaded only by examples, the tester and the tests.
 *
 * @module
 */

/** One signature: a verified whole-file signature of `commonName` at `time` (ISO 8601 with offset), `patch` over it. */
export function sampleSignature(
  commonName: string,
  time: string,
  patch: Partial<DigitalSignatureFact> = {},
): DigitalSignatureFact {
  return {
    fieldName: 'Signature1',
    signer: {
      subjectCommonName: commonName,
      subjectOrganization: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      subjectOrganizationalUnit: null,
    },
    signingTime: { iso: time, utc: new Date(time).toISOString() },
    cmsSigningTime: null,
    byteRange: { coverage: 'whole-file' },
    integrity: { digestMatches: true, signatureValid: true },
    widget: null,
    ...patch,
  };
}

/** The signer's signature of the sample document (Trần Hoàng Tuấn), in the signature space of page 1. */
export const SIGNER_SIGNATURE = sampleSignature('Trần Hoàng Tuấn', '2024-04-09T08:06:22+07:00', {
  fieldName: 'Signature1',
  byteRange: { coverage: 'earlier-revision' },
  widget: { pageIndex: 0, rectMm: { x1: 121.7, y1: 101.6, x2: 174.6, y2: 126.3 }, visible: true, appearance: [] },
});

/** The organisation's signature at issuance, over the left third of the signer's (the seal). */
export const ORGANISATION_SIGNATURE = sampleSignature('Ủy ban nhân dân tỉnh Quảng Ngãi', '2024-04-09T09:47:02+07:00', {
  fieldName: 'Signature2',
  signer: {
    subjectCommonName: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
    subjectOrganization: 'Tỉnh Quảng Ngãi',
    subjectOrganizationalUnit: null,
  },
  byteRange: { coverage: 'earlier-revision' },
  widget: { pageIndex: 0, rectMm: { x1: 99.8, y1: 94.2, x2: 138.6, y2: 133 }, visible: true, appearance: [] },
});

/** The publishing centre's signature: its stamp at the top right of page 1, not the document's. */
export const PUBLISHER_SIGNATURE = sampleSignature('TRUNG TÂM CÔNG BÁO VÀ TIN HỌC', '2024-04-09T20:01:14+07:00', {
  fieldName: 'Signature5',
  widget: {
    pageIndex: 0,
    rectMm: { x1: 120.3, y1: 273.1, x2: 196.1, y2: 293.5 },
    visible: true,
    appearance: ['TRUNG TÂM CÔNG', 'BÁO VÀ TIN HỌC', 'ttcbth@quangngai.gov.vn', '09.04.2024 20:01:14', '+07:00'],
  },
});

/** Signature facts of the signatures given. */
export function sampleSignatures(...signatures: DigitalSignatureFact[]): DigitalSignatureFacts {
  return { signatures };
}
