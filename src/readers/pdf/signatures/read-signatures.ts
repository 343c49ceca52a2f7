/**
 * The signature reader: finds every signature of a PDF and checks it (see {@link readPdfSignatures}).
 *
 * @module
 */

import { CryptoEngine } from 'pkijs';
import { InvalidArgumentError, LimitExceededError } from '../../../errors.js';
import { analyzeSignature } from './analyze-signature.js';
import { checkByteRange } from './byte-range.js';
import { PdfError } from '../errors.js';
import { findSignatureFields } from './fields.js';
import { diagnostic } from './messages.js';
import { PdfDocument } from './objects/document.js';
import { isDict, isString } from './objects/values.js';
import { DEFAULT_PDF_SIGNATURE_LIMITS, type ReadPdfSignaturesOptions } from './options.js';
import { indexPages } from './pages.js';
import { findHeader, findRevisionEnds, headerVersion } from './revisions.js';
import { discoverSignatures } from './signature-dictionaries.js';
import { parseTrustedRoots } from './trust.js';
import type { PdfSignature, PdfSignatureDiagnostic, PdfSignatureReport } from './types.js';

/** At most this many structure problems are reported one by one (a damaged file can have thousands). */
const MAX_STRUCTURE_DIAGNOSTICS = 20;

/**
 * Finds and checks every digital signature of the PDF `bytes` (Decree 30 art. 8: an electronic
 * original carries the signatures of the person with authority and of the organisation).
 *
 * For each signature: field name, dictionary entries, both signing times, signer certificate and
 * chain carried, byte-range form and coverage, digest and signature validity (WebCrypto), trust
 * when `options.trustedRoots` are given (never "trusted" otherwise), and the widget's page and
 * rectangle. Never throws on content: what is malformed becomes a diagnostic.
 *
 * @throws {InvalidArgumentError} `bytes` is not a `Uint8Array`, or no WebCrypto is available.
 * @throws PdfError no `%PDF-` header in the first 1024 bytes.
 * @throws {LimitExceededError} over `maxFileBytes`, `maxSignatures`, `maxCmsBytes` or `maxStreamBytes`.
 */
export async function readPdfSignatures(
  bytes: Uint8Array,
  options: ReadPdfSignaturesOptions = {},
): Promise<PdfSignatureReport> {
  if (!(bytes instanceof Uint8Array)) throw new InvalidArgumentError('readPdfSignatures expects a Uint8Array');
  const limits = { ...DEFAULT_PDF_SIGNATURE_LIMITS, ...definedOnly(options) };
  if (bytes.length > limits.maxFileBytes) {
    throw new LimitExceededError('maxFileBytes', bytes.length, limits.maxFileBytes, 'PDF size');
  }
  const headerAt = findHeader(bytes);
  if (headerAt < 0) throw new PdfError('pdf/invalid', 'not a PDF: no %PDF- header in the first 1024 bytes');
  const crypto = options.crypto ?? globalThis.crypto;
  if (!crypto?.subtle) throw new InvalidArgumentError('readPdfSignatures needs WebCrypto (globalThis.crypto.subtle)');
  const engine = new CryptoEngine({ name: 'vanban', crypto });
  const diagnostics: PdfSignatureDiagnostic[] = [];

  const doc = PdfDocument.open(bytes, { maxStreamBytes: limits.maxStreamBytes, maxStreamBytesName: 'maxStreamBytes' });
  const catalog = doc.get(doc.trailer, 'Root');
  const pages = indexPages(doc, isDict(catalog) ? catalog : undefined);
  const fields = findSignatureFields(doc, isDict(catalog) ? catalog : undefined, pages);
  const discovery = discoverSignatures(doc, fields, limits.maxSignatures);
  const revisions = findRevisionEnds(bytes);

  let roots: ReturnType<typeof parseTrustedRoots>['certs'] | undefined;
  if (options.trustedRoots) {
    const parsed = parseTrustedRoots(options.trustedRoots);
    roots = parsed.certs;
    for (const detail of parsed.errors)
      diagnostics.push(diagnostic('pdf/signature-trusted-root-unreadable', { detail }));
  }

  // Signing order: where each signature's coverage ends (an earlier revision was signed first).
  const checked = discovery.signatures.map((found) => {
    const contents = doc.resolve(found.dict.entries.get('Contents'));
    const fileContents = found.offsetsAreFileOffsets && isString(contents) ? contents : undefined;
    return { found, range: checkByteRange(doc.get(found.dict, 'ByteRange'), fileContents, bytes.length, revisions) };
  });
  checked.sort((a, b) => (a.range.report.coverageEnd ?? Infinity) - (b.range.report.coverageEnd ?? Infinity));

  const signatures: PdfSignature[] = [];
  for (const [index, { found, range }] of checked.entries()) {
    const result = await analyzeSignature(found, index, range, {
      doc,
      engine,
      subtle: crypto.subtle,
      roots,
      maxCmsBytes: limits.maxCmsBytes,
    });
    signatures.push(result.signature);
    diagnostics.push(...result.diagnostics);
    const report = range.report;
    if (report.coverage === 'earlier-revision') {
      const data = {
        n: index + 1,
        revision: report.revision ?? 0,
        revisions: revisions.ends.length,
        bytes: report.bytesAfter ?? 0,
      };
      diagnostics.push(diagnostic('pdf/signature-earlier-revision', data, { signature: index }));
    } else if (report.coverage === 'partial' && report.wellFormed) {
      diagnostics.push(
        diagnostic(
          'pdf/signature-partial-coverage',
          { n: index + 1, bytes: report.bytesAfter ?? 0 },
          { signature: index },
        ),
      );
    }
  }

  // Only well-formed byte ranges say where signing stopped; a damaged one is reported on its own.
  const ends = signatures
    .filter((s) => s.byteRange.wellFormed)
    .map((s) => s.byteRange.coverageEnd)
    .filter((e): e is number => e !== null);
  const bytesAfterLastSignature = ends.length > 0 ? bytes.length - Math.max(...ends) : null;
  if (bytesAfterLastSignature)
    diagnostics.push(diagnostic('pdf/signature-unsigned-changes', { bytes: bytesAfterLastSignature }));
  for (const num of discovery.superseded)
    diagnostics.push(diagnostic('pdf/signature-superseded', { detail: String(num) }));
  diagnostics.unshift(...structureDiagnostics(doc));

  return {
    fileSize: bytes.length,
    pdfVersion: headerVersion(bytes, headerAt),
    revisions: {
      eofMarkers: revisions.ends.length,
      xrefSections: doc.sections.filter((s) => !s.hybrid).length,
      ends: revisions.ends,
    },
    signatures,
    unsignedFields: discovery.unsignedFields.map((f) => ({ fieldName: f.name, widget: f.widget })),
    bytesAfterLastSignature,
    diagnostics,
  };
}

function structureDiagnostics(doc: PdfDocument): PdfSignatureDiagnostic[] {
  const seen = new Set<string>();
  const out: PdfSignatureDiagnostic[] = [];
  for (const p of doc.problems) {
    const key = `${p.code} ${p.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length === MAX_STRUCTURE_DIAGNOSTICS) {
      out.push(diagnostic('pdf/structure', { detail: `${doc.problems.length - out.length} more problems` }));
      break;
    }
    out.push(diagnostic('pdf/structure', { detail: `${p.code}: ${p.detail}` }, { offset: p.offset }));
  }
  return out;
}

function definedOnly(options: ReadPdfSignaturesOptions): Partial<typeof DEFAULT_PDF_SIGNATURE_LIMITS> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(DEFAULT_PDF_SIGNATURE_LIMITS) as (keyof typeof DEFAULT_PDF_SIGNATURE_LIMITS)[]) {
    const v = options[key];
    if (v !== undefined) {
      if (typeof v !== 'number' || !(v >= 0)) throw new InvalidArgumentError(`${key} must be a non-negative number`);
      out[key] = v;
    }
  }
  return out;
}
