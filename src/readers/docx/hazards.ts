import { codeDiagnostic } from '../../diagnostics/build.js';
import type { DiagnosticCode } from '../../diagnostics/codes/index.js';
import type { XmlElement } from '../../formats/xml/parse.js';
import { childElement } from '../../formats/xml/parse.js';
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import type { WalkFindings } from './paragraph.js';
import { attr, onOff } from '../../formats/ooxml/attributes.js';
import type { Relationship } from '../../formats/ooxml/package.js';
import type { ZipPackage } from '../../formats/ooxml/zip.js';

/**
 * Hazards of real Word files, reported and never acted on (pitfalls.md, DOCX reading): macros,
 * signed packages, protection, external relationships, tracked changes, OLE objects, altChunk,
 * legacy fonts.
 *
 * @module
 */

/** A `docx/…` diagnostic with its message in both languages. */
export function diagnostic(code: DiagnosticCode, severity: Severity, vi: string, en: string, raw?: string): Diagnostic {
  return codeDiagnostic(code, { vi, en }, { severity, ...(raw !== undefined && { raw }) });
}

/** Hazards visible in the package itself and its settings. */
export function packageHazards(
  zip: ZipPackage,
  contentType: string | undefined,
  rels: readonly Relationship[],
  settings: XmlElement | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = [...zip.entries.keys()];
  if (
    names.some((n) => /vbaProject\.bin$/iu.test(n)) ||
    (contentType !== undefined && /macroEnabled/iu.test(contentType))
  ) {
    out.push(
      diagnostic(
        'docx/macros',
        'warning',
        'Tệp chứa macro (VBA): không chạy, chỉ đọc nội dung',
        'The file holds VBA macros: they were not run, only the content was read',
      ),
    );
  }
  if (names.some((n) => n.startsWith('_xmlsignatures/'))) {
    out.push(
      diagnostic(
        'docx/digital-signature',
        'info',
        'Tệp đã được ký số: mọi sửa đổi sẽ làm mất hiệu lực chữ ký, chỉ nên đọc',
        'The package is digitally signed: any change invalidates the signature, treat it as read-only',
      ),
    );
  }
  for (const rel of rels) {
    if (rel.external)
      out.push(
        diagnostic(
          'docx/external-relationship',
          'warning',
          `Liên kết ra ngoài không được mở: ${rel.target}`,
          `External relationship not followed: ${rel.target}`,
          rel.target,
        ),
      );
  }
  const protection = settings && childElement(settings, 'documentProtection');
  if (
    protection &&
    (onOff(settings, 'documentProtection') ?? true) &&
    attr(protection, 'enforcement') !== '0' &&
    attr(protection, 'enforcement') !== 'false'
  ) {
    out.push(
      diagnostic(
        'docx/protected',
        'info',
        `Văn bản được bảo vệ (${attr(protection, 'edit') ?? 'không rõ kiểu'}): đã đọc nội dung`,
        `The document is protected (${attr(protection, 'edit') ?? 'unknown mode'}): its content was read`,
      ),
    );
  }
  if (settings && childElement(settings, 'trackRevisions')) {
    out.push(
      diagnostic(
        'docx/track-revisions-on',
        'info',
        'Chế độ theo dõi thay đổi đang bật',
        'Track changes is switched on',
      ),
    );
  }
  return out;
}

/** Hazards met while walking the body. */
export function walkHazards(f: WalkFindings): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (f.insertions + f.deletions > 0) {
    out.push(
      diagnostic(
        'docx/tracked-changes',
        'warning',
        `Văn bản còn ${f.insertions} chỗ chèn và ${f.deletions} chỗ xóa chưa được chấp nhận: đã đọc như khi chấp nhận tất cả`,
        `The document has ${f.insertions} insertions and ${f.deletions} deletions not accepted: read as if all were accepted`,
      ),
    );
  }
  if (f.oleObjects > 0)
    out.push(
      diagnostic(
        'docx/ole-object',
        'warning',
        `Văn bản nhúng ${f.oleObjects} đối tượng OLE: không mở`,
        `The document embeds ${f.oleObjects} OLE objects: not opened`,
      ),
    );
  if (f.altChunks > 0)
    out.push(
      diagnostic(
        'docx/alt-chunk',
        'warning',
        `Văn bản nhúng ${f.altChunks} phần nội dung ngoài (altChunk): không đọc`,
        `The document embeds ${f.altChunks} altChunk parts: not read`,
      ),
    );
  for (const font of f.legacyFonts) {
    out.push(
      diagnostic(
        'docx/legacy-font',
        'warning',
        `Phông chữ cũ ${font} (không phải Unicode TCVN 6909:2001): đã chuyển văn bản sang Unicode`,
        `Legacy font ${font} (not TCVN 6909:2001 Unicode): the text was converted to Unicode`,
        font,
      ),
    );
  }
  return out;
}
