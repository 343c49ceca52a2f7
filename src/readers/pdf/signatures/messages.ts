/**
 * Diagnostics of the signature reader: one entry per code with its severity and its words in
 * Vietnamese and English, apart from the checks that raise them.
 *
 * @module
 */

import { codeDiagnostic } from '../../../diagnostics/build.js';
import type { Severity } from '../../../diagnostics/diagnostic.js';
import type { PdfSignatureDiagnostic } from './types.js';

/** Data a message may show. */
export interface MessageData {
  /** 1-based signature number, as people count. */
  readonly n?: number;
  /** Free detail (English, technical). */
  readonly detail?: string;
  /** A count of bytes. */
  readonly bytes?: number;
  /** A revision number. */
  readonly revision?: number;
  /** The revision count. */
  readonly revisions?: number;
}

type Entry = { severity: Severity; vi: (d: MessageData) => string; en: (d: MessageData) => string };

const MESSAGES = {
  'pdf/structure': {
    severity: 'warning',
    vi: (d) => `Cấu trúc tệp PDF có lỗi (${d.detail}).`,
    en: (d) => `The PDF's structure is damaged (${d.detail}).`,
  },
  'pdf/signature-byte-range-malformed': {
    severity: 'error',
    vi: (d) => `Chữ ký số ${d.n}: /ByteRange không đúng quy cách (${d.detail}).`,
    en: (d) => `Signature ${d.n}: malformed /ByteRange (${d.detail}).`,
  },
  'pdf/signature-contents-invalid': {
    severity: 'error',
    vi: (d) => `Chữ ký số ${d.n}: /Contents không phải chuỗi thập lục phân hợp lệ (${d.detail}).`,
    en: (d) => `Signature ${d.n}: /Contents is not a valid hexadecimal string (${d.detail}).`,
  },
  'pdf/signature-cms-unreadable': {
    severity: 'error',
    vi: (d) => `Chữ ký số ${d.n}: không đọc được dữ liệu CMS (${d.detail}).`,
    en: (d) => `Signature ${d.n}: the CMS data cannot be read (${d.detail}).`,
  },
  'pdf/signature-cms-trailing-data': {
    severity: 'warning',
    vi: (d) => `Chữ ký số ${d.n}: có ${d.bytes} byte khác 0 sau dữ liệu CMS trong /Contents.`,
    en: (d) => `Signature ${d.n}: ${d.bytes} non-zero bytes follow the CMS data in /Contents.`,
  },
  'pdf/signature-signer-missing': {
    severity: 'error',
    vi: (d) => `Chữ ký số ${d.n}: CMS không chứa chứng thư số của người ký.`,
    en: (d) => `Signature ${d.n}: the CMS does not carry the signer's certificate.`,
  },
  'pdf/signature-digest-mismatch': {
    severity: 'error',
    vi: (d) => `Chữ ký số ${d.n}: giá trị băm của phần được ký không khớp — tệp đã bị sửa sau khi ký.`,
    en: (d) => `Signature ${d.n}: the digest of the signed bytes does not match: the file was changed after signing.`,
  },
  'pdf/signature-signature-invalid': {
    severity: 'error',
    vi: (d) => `Chữ ký số ${d.n}: chữ ký không khớp với khóa công khai của người ký.`,
    en: (d) => `Signature ${d.n}: the signature does not verify with the signer's public key.`,
  },
  'pdf/signature-not-verifiable': {
    severity: 'warning',
    vi: (d) => `Chữ ký số ${d.n}: không kiểm tra được (${d.detail}).`,
    en: (d) => `Signature ${d.n}: could not be checked (${d.detail}).`,
  },
  'pdf/signature-without-field': {
    severity: 'warning',
    vi: (d) => `Chữ ký số ${d.n}: không trường chữ ký nào của biểu mẫu trỏ tới từ điển chữ ký này.`,
    en: (d) => `Signature ${d.n}: no signature field of the form points to this signature dictionary.`,
  },
  'pdf/signature-in-object-stream': {
    severity: 'warning',
    vi: (d) => `Chữ ký số ${d.n}: từ điển chữ ký nằm trong luồng đối tượng nén, không kiểm tra được vị trí /Contents.`,
    en: (d) =>
      `Signature ${d.n}: the signature dictionary is inside an object stream; the place of /Contents cannot be checked.`,
  },
  'pdf/signature-superseded': {
    severity: 'info',
    vi: (d) => `Một phiên bản cũ của từ điển chữ ký (đối tượng ${d.detail}) đã được thay trong lần cập nhật sau.`,
    en: (d) => `An older version of a signature dictionary (object ${d.detail}) was replaced by a later update.`,
  },
  'pdf/signature-earlier-revision': {
    severity: 'info',
    vi: (d) =>
      `Chữ ký số ${d.n} ký phiên bản ${d.revision}/${d.revisions} của tệp; ${d.bytes} byte được thêm sau khi ký.`,
    en: (d) => `Signature ${d.n} signs revision ${d.revision} of ${d.revisions}; ${d.bytes} bytes were added after it.`,
  },
  'pdf/signature-partial-coverage': {
    severity: 'warning',
    vi: (d) =>
      `Chữ ký số ${d.n}: phần được ký không kết thúc ở cuối tệp hay cuối một phiên bản (${d.bytes} byte sau đó).`,
    en: (d) =>
      `Signature ${d.n}: the signed bytes end neither at the end of the file nor of a revision (${d.bytes} bytes after).`,
  },
  'pdf/signature-unsigned-changes': {
    severity: 'warning',
    vi: (d) => `${d.bytes} byte ở cuối tệp được thêm sau chữ ký cuối cùng và không được ký.`,
    en: (d) => `${d.bytes} bytes at the end of the file were added after the last signature and are not signed.`,
  },
  'pdf/signature-times-disagree': {
    severity: 'warning',
    vi: (d) => `Chữ ký số ${d.n}: thời gian ký ghi trong /M và trong CMS lệch nhau (${d.detail}).`,
    en: (d) => `Signature ${d.n}: the signing times in /M and in the CMS disagree (${d.detail}).`,
  },
  'pdf/signature-certificate-not-valid-at-signing': {
    severity: 'warning',
    vi: (d) =>
      `Chữ ký số ${d.n}: chứng thư số của người ký không còn hoặc chưa có hiệu lực vào thời điểm ký (${d.detail}).`,
    en: (d) => `Signature ${d.n}: the signer's certificate was not valid at the signing time (${d.detail}).`,
  },
  'pdf/signature-not-trusted': {
    severity: 'warning',
    vi: (d) => `Chữ ký số ${d.n}: không dựng được chuỗi chứng thư tới một chứng thư gốc tin cậy (${d.detail}).`,
    en: (d) => `Signature ${d.n}: no chain to a trusted root verifies (${d.detail}).`,
  },
  'pdf/signature-trusted-root-unreadable': {
    severity: 'warning',
    vi: (d) => `Không đọc được chứng thư gốc tin cậy được cung cấp (${d.detail}).`,
    en: (d) => `A trusted root given could not be read (${d.detail}).`,
  },
  'pdf/signature-several-signers': {
    severity: 'info',
    vi: (d) => `Chữ ký số ${d.n}: CMS có nhiều SignerInfo; chỉ cái đầu tiên được kiểm tra.`,
    en: (d) => `Signature ${d.n}: the CMS has several SignerInfos; only the first is checked.`,
  },
} satisfies Record<string, Entry>;

/** A diagnostic code of the signature reader. */
export type PdfSignatureDiagnosticCode = keyof typeof MESSAGES;

/** Builds the diagnostic `code` with `data`; `signature` is the 0-based index it concerns. */
export function diagnostic(
  code: PdfSignatureDiagnosticCode,
  data: MessageData = {},
  place: { signature?: number; offset?: number } = {},
): PdfSignatureDiagnostic {
  const entry: Entry = MESSAGES[code];
  return {
    ...codeDiagnostic(code, { vi: entry.vi(data), en: entry.en(data) }, { severity: entry.severity }),
    ...(place.signature !== undefined ? { signature: place.signature } : {}),
    ...(place.offset !== undefined ? { offset: place.offset } : {}),
  };
}
