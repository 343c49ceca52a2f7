import { codeDiagnostic } from '../diagnostics/build.js';
import type { Diagnostic, LocalizedText } from '../diagnostics/diagnostic.js';
import { formatNumberNotation } from '../grammar/number-notation.js';
import type { ReadDocument } from '../model/read-document.js';
import { type DocxReadResult, parseDocx, type ParseDocxOptions } from '../readers/docx/index.js';
import { type EdxmlHeader, parseEdxml, type ParseEdxmlOptions, type ReadAttachment } from '../readers/edxml/index.js';
import { type ParsePdfOptions, parsePdf, type PdfDocumentResult } from '../readers/pdf/index.js';
import { foldName, sameName, sameOrganisation } from '../rule-kit/signatures.js';
import type { AnyRule } from '../rule-kit/types.js';
import { type ReaderOutput, runRules, type ValidateOptions } from './engine.js';
import type { ValidationReport } from './report.js';

/**
 * An edXML package judged with its document (issue 12, item 8): the header says what the package
 * carries, the attachment is the document itself. The attached DOCX or PDF is read and judged by
 * the rules, and the header is checked against it; a package whose attachment cannot be read is
 * not judged. Reading a PDF or a DOCX is asynchronous (pdfjs, the zip), so this is an async entry
 * beside the synchronous `validate`.
 *
 * @module
 */

/** Options of `checkEdxmlPackage`: the validator's, and each reader's. */
export interface CheckEdxmlPackageOptions extends ValidateOptions {
  /** Options of the package reader (limits, steering base). */
  readonly edxml?: ParseEdxmlOptions;
  /** Options of the PDF reader for a PDF attachment (limits, trusted roots…). */
  readonly pdf?: ParsePdfOptions;
  /** Options of the DOCX reader for a DOCX attachment. */
  readonly docx?: ParseDocxOptions;
  /** Most attachments read in search of the document; default 5. */
  readonly maxAttachmentsRead?: number;
}

/** What was read of the attachment judged. */
export interface JudgedAttachment {
  readonly name: string;
  readonly mediaType: string;
  readonly format: 'pdf' | 'docx';
}

/** The report on a package: the validator's report on its document, with the package around it. */
export interface EdxmlPackageReport extends ValidationReport {
  /** The package header as read. */
  readonly header: EdxmlHeader;
  /** The document the header describes (number, date, issuer… as the package states them). */
  readonly headerDocument: ReadDocument;
  /** The attachment judged as the document; absent when none could be read. */
  readonly attachment?: JudgedAttachment;
  /** The attachment's reading: the document, its sources, layout and signatures. */
  readonly read?: DocxReadResult | PdfDocumentResult;
  /** Why the document was not judged (no readable attachment), in both languages. */
  readonly reason?: LocalizedText;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The attachments that may be the document: PDFs first (what is signed and sent), then DOCX. */
function candidates(attachments: readonly ReadAttachment[]): (ReadAttachment & { format: 'pdf' | 'docx' })[] {
  return [
    ...attachments.filter((a) => a.mediaType === PDF).map((a) => ({ ...a, format: 'pdf' as const })),
    ...attachments.filter((a) => a.mediaType === DOCX).map((a) => ({ ...a, format: 'docx' as const })),
  ];
}

/** Whether a read document is the one the header describes (its number and notation), when both say. */
function describes(header: ReadDocument, read: ReadDocument): boolean {
  if (header.number === undefined || read.number === undefined) return false;
  return header.number === read.number && (header.notation ?? '') === (read.notation ?? '');
}

const subjectOf = (s: string | undefined) =>
  s === undefined ? undefined : foldName(s.replace(/^V\/v[:.]?\s*/iu, '')).replace(/[.;]+$/u, '');

/** One header field against the document: a mismatch, or nothing when they agree or one side says nothing. */
interface FieldCheck {
  readonly path: string;
  readonly label: LocalizedText;
  readonly header: string | undefined;
  readonly document: string | undefined;
  readonly same: (header: string, document: string) => boolean;
}

/** The header fields checked against the attached document (edxml.md §11: the fields the receiver registers). */
function headerChecks(header: ReadDocument, read: ReadDocument): FieldCheck[] {
  const signer = header.signatures[0];
  const readSigner = read.signatures.find((s) => signer && sameName(s.name, signer.name)) ?? read.signatures[0];
  return [
    {
      path: 'number',
      label: { vi: 'Số', en: 'The number' },
      header: header.number?.toString(),
      document: read.number?.toString(),
      same: (a, b) => a === b,
    },
    {
      path: 'notation',
      label: { vi: 'Ký hiệu', en: 'The notation' },
      header: header.notation,
      document: read.notation,
      same: (a, b) => a.replace(/\s+/gu, '') === b.replace(/\s+/gu, ''),
    },
    {
      path: 'date',
      label: { vi: 'Ngày ban hành', en: 'The date' },
      header: header.date,
      document: read.date,
      same: (a, b) => a === b,
    },
    {
      path: 'issuer.name',
      label: { vi: 'Cơ quan ban hành', en: 'The issuer' },
      header: header.issuer?.name,
      document: read.issuer?.name,
      same: sameOrganisation,
    },
    {
      path: 'subject',
      label: { vi: 'Trích yếu', en: 'The subject' },
      header: header.subject,
      document: read.subject,
      same: (a, b) => subjectOf(a) === subjectOf(b),
    },
    {
      path: 'signatures.0.name',
      label: { vi: 'Người ký', en: 'The signer' },
      header: signer?.name,
      document: readSigner?.name,
      same: sameName,
    },
    {
      path: 'signatures.0.title',
      label: { vi: 'Chức vụ người ký', en: 'The signer’s title' },
      header: signer?.title,
      document: readSigner?.title,
      same: (a, b) => foldName(a) === foldName(b),
    },
  ];
}

/** The header checked against the attachment: an `edxml/header-mismatch` error for each field they disagree on. */
export function headerMismatches(header: ReadDocument, read: ReadDocument, attachment: string): Diagnostic[] {
  return headerChecks(header, read).flatMap((c) =>
    c.header === undefined || c.document === undefined || c.same(c.header, c.document)
      ? []
      : [
          codeDiagnostic(
            'edxml/header-mismatch',
            {
              vi: `${c.label.vi} trong phần đầu gói tin phải khớp văn bản đính kèm ${attachment} "${c.document}" (phần đầu ghi "${c.header}")`,
              en: `${c.label.en} in the package header must match the attached ${attachment} "${c.document}" (the header says "${c.header}")`,
            },
            { path: c.path, actual: c.header, expected: c.document },
          ),
        ],
  );
}

/** Reads one attachment; undefined with the reason when it holds no document. */
async function readAttachment(
  attachment: ReadAttachment & { format: 'pdf' | 'docx' },
  options: CheckEdxmlPackageOptions,
): Promise<{ read: DocxReadResult | PdfDocumentResult } | { why: string }> {
  try {
    const read =
      attachment.format === 'pdf'
        ? await parsePdf(attachment.data, options.pdf)
        : await parseDocx(attachment.data, options.docx);
    if ('nothingRead' in read && read.nothingRead) {
      const why = read.diagnostics.find((d) => d.severity !== 'info') ?? read.diagnostics[0];
      return { why: why?.message.en ?? 'no text could be read' };
    }
    return { read };
  } catch (error) {
    return { why: (error as Error).message };
  }
}

/**
 * Judges an edXML package with its document, with the rule set given (the package's
 * `checkEdxmlPackage` binds the Decree 30 rules). See `checkEdxmlPackage`.
 */
export async function checkPackage(
  ruleSet: readonly AnyRule[],
  bytes: string | Uint8Array,
  options: CheckEdxmlPackageOptions = {},
): Promise<EdxmlPackageReport> {
  const pkg = parseEdxml(bytes, options.edxml);
  const header = pkg.document;
  const notes: Diagnostic[] = [];
  let chosen: { attachment: JudgedAttachment; read: DocxReadResult | PdfDocumentResult } | undefined;
  for (const attachment of candidates(pkg.attachments).slice(0, options.maxAttachmentsRead ?? 5)) {
    const outcome = await readAttachment(attachment, options);
    if ('why' in outcome) {
      notes.push(
        codeDiagnostic(
          'edxml/attachment-unreadable',
          {
            vi: `Tệp đính kèm "${attachment.name}" không đọc được thành văn bản: ${outcome.why}`,
            en: `The attachment "${attachment.name}" could not be read as a document: ${outcome.why}`,
          },
          { raw: attachment.name },
        ),
      );
      continue;
    }
    const judged = { name: attachment.name, mediaType: attachment.mediaType, format: attachment.format };
    // The first readable one is kept; one whose number and notation are the header's is the document.
    chosen ??= { attachment: judged, read: outcome.read };
    if (describes(header, outcome.read.document)) {
      chosen = { attachment: judged, read: outcome.read };
      break;
    }
  }
  if (!chosen) {
    const reason: LocalizedText = {
      vi: `Gói tin không có văn bản đính kèm đọc được (DOCX hoặc PDF có lớp chữ): văn bản ${formatNumberNotation(header)} không được đánh giá`,
      en: `The package carries no readable document (a DOCX, or a PDF with a text layer): ${formatNumberNotation(header)} is not judged`,
    };
    const input: ReaderOutput = {
      document: header,
      diagnostics: [...pkg.diagnostics, ...notes, codeDiagnostic('edxml/no-readable-attachment', reason)],
      nothingRead: true,
    };
    return { ...runRules(ruleSet, input, options), header: pkg.header, headerDocument: header, reason };
  }
  const { attachment, read } = chosen;
  const mismatches = headerMismatches(header, read.document, attachment.format.toUpperCase());
  const report = runRules(
    ruleSet,
    { ...read, diagnostics: [...pkg.diagnostics, ...notes, ...mismatches, ...read.diagnostics] },
    options,
  );
  return {
    ...report,
    // A package that says one document and carries another is wrong whatever the document's rules say.
    ...(mismatches.length > 0 && { verdict: 'non-compliant' as const, compliant: false }),
    header: pkg.header,
    headerDocument: header,
    attachment,
    read,
  };
}
