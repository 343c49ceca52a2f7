/**
 * The facts of a signature report that the expectation files record: stable across runs (no
 * timings), readable, and enough to notice any change in what the reader finds.
 */

import type { PdfSignatureReport } from '../../../../../src/readers/pdf/signatures/index.js';

/** The recorded facts of `report`. */
export function summarize(report: PdfSignatureReport) {
  return {
    fileSize: report.fileSize,
    pdfVersion: report.pdfVersion,
    revisions: { eofMarkers: report.revisions.eofMarkers, xrefSections: report.revisions.xrefSections },
    bytesAfterLastSignature: report.bytesAfterLastSignature,
    signatures: report.signatures.map((s) => ({
      fieldName: s.fieldName,
      subFilter: s.subFilter,
      signingTime: s.signingTime?.iso ?? null,
      cmsSigningTime: s.cmsSigningTime,
      timestampTime: s.timestampTime,
      reason: s.reason,
      location: s.location,
      signer: s.signer && {
        commonName: s.signer.subjectCommonName,
        organization: s.signer.subjectOrganization,
        organizationalUnit: s.signer.subjectOrganizationalUnit,
        subject: s.signer.subject,
        issuerCommonName: s.signer.issuerCommonName,
        issuerOrganization: s.signer.issuerOrganization,
        serialNumber: s.signer.serialNumber,
        notBefore: s.signer.notBefore,
        notAfter: s.signer.notAfter,
      },
      certificates: s.certificates.length,
      byteRange: s.byteRange.values,
      wellFormed: s.byteRange.wellFormed,
      coverage: s.byteRange.coverage,
      revision: s.byteRange.revision,
      digestAlgorithm: s.integrity.digestAlgorithm,
      signatureAlgorithm: s.integrity.signatureAlgorithm,
      digestMatches: s.integrity.digestMatches,
      signatureValid: s.integrity.signatureValid,
      trust: s.trust.status,
      widget: s.widget && {
        pageIndex: s.widget.pageIndex,
        rect: s.widget.rect,
        rectMm: s.widget.rectMm,
        visible: s.widget.visible,
      },
    })),
    diagnostics: report.diagnostics.map((d) => `${d.severity} ${d.id}: ${d.message.en}`),
  };
}
