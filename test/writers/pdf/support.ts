/**
 * What the PDF writer's tests share: the fonts (Liberation Serif 2, metric-compatible with Times
 * New Roman and with the Vietnamese letters; Liberation 1.07 lacks them), a document of every kind
 * of the registry, and the poppler, qpdf and LibreOffice tools, which are installed by .ci/run:
 * without them the tests that need them skip here and fail in CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { createDocument, type DocumentInput, type VanbanDocument } from '../../../src/index.js';
import { DOCUMENT_KINDS, type DocumentKind, kindInfo } from '../../../src/registry/kinds.js';
import type { PdfFonts } from '../../../src/writers/pdf/index.js';
import type { PdfReadResult } from '../../../src/readers/pdf/index.js';
import { RULES } from '../../../src/rules/index.js';
import { validate } from '../../../src/validator.js';

const LAYOUT_RULES = new Set(RULES.filter((r) => r.meta.needsLayout).map((r) => r.meta.id));

/**
 * The layout rules' errors and warnings on what parsePdf read, as "id path: message", but the font's:
 * Liberation Serif, named in the file, is not the Decree's Times New Roman.
 */
export function layoutFindings(read: PdfReadResult): string[] {
  return validate(read)
    .diagnostics.filter((d) => (d.severity === 'error' || d.severity === 'warning') && LAYOUT_RULES.has(d.id))
    .filter((d) => d.id !== 'nd30/pl1/phong-chu')
    .map((d) => `${d.id} ${d.path}: ${d.message.en}`);
}

/** Liberation Serif 2 (Debian fonts-liberation2): Times New Roman's metrics, Vietnamese included. */
export const LIBERATION2 = '/usr/share/fonts/truetype/liberation2';
/** Liberation Serif 1.07 (Debian fonts-liberation): no Vietnamese letters with two marks, no combining marks. */
export const LIBERATION1 = '/usr/share/fonts/truetype/liberation';

const faces = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' } as const;

/** The four faces of Liberation Serif from `dir`, or undefined when they are not installed. */
export function liberationSerif(dir = LIBERATION2): PdfFonts | undefined {
  const files = Object.values(faces).map((f) => join(dir, `LiberationSerif-${f}.ttf`));
  if (!files.every(existsSync)) return undefined;
  const [regular, bold, italic, boldItalic] = files.map((f) => new Uint8Array(readFileSync(f)));
  return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };
}

/** True when every tool is on the PATH; in CI a missing tool fails the run instead of skipping. */
export function haveTools(...tools: string[]): boolean {
  const ok = tools.every((tool) => spawnSync('which', [tool]).status === 0);
  if (!ok && process.env.CI) throw new Error(`${tools.join(', ')} are needed in CI (.ci/run installs them)`);
  return ok;
}

/** The fonts, failing in CI when they are missing. */
export function fontsOrSkip(): PdfFonts | undefined {
  const fonts = liberationSerif();
  if (!fonts && process.env.CI)
    throw new Error(`Liberation Serif 2 is needed in CI (fonts-liberation2, ${LIBERATION2})`);
  return fonts;
}

/** A document of `kind` with the parts its Mẫu has: căn cứ for Mẫu 1.1–1.3, Kính gửi where the kind sends upward. */
export function kindSample(kind: DocumentKind, patch: Partial<DocumentInput> = {}): VanbanDocument {
  const info = kindInfo(kind);
  const p = info.parts;
  const basis: DocumentInput['body'] = p.legalBasis
    ? [
        { type: 'enactment', role: 'authority', text: 'GIÁM ĐỐC SỞ NỘI VỤ' },
        { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
        { type: 'basis', text: 'Theo đề nghị của Chánh Văn phòng Sở.' },
        { type: 'enactment', role: 'enactment', text: p.enactment ?? 'QUYẾT ĐỊNH:' },
        { type: 'article', number: '1', title: 'Thành lập Tổ công tác chuyển đổi số của Sở Nội vụ.' },
      ]
    : [];
  return createDocument({
    kind,
    regime: info.regime,
    issuer: { parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ' },
    number: 12,
    notation: `${info.code ?? 'SNV'}-SNV`,
    ...(p.placeDate && { place: 'Quảng Ngãi' }),
    date: '2024-03-18',
    ...(p.subject && { subject: 'Về việc triển khai chuyển đổi số năm 2024' }),
    recipients:
      p.kinhGui === 'never'
        ? []
        : p.recipientsLabel === 'dien'
          ? ['Các sở, ban, ngành tỉnh', 'UBND các huyện']
          : ['Ủy ban nhân dân tỉnh Quảng Ngãi'],
    body: [
      ...basis,
      {
        type: 'paragraph',
        text: 'Sở Nội vụ triển khai các nhiệm vụ chuyển đổi số năm 2024, bảo đảm kết nối, chia sẻ dữ liệu với hệ thống thông tin của tỉnh theo đúng quy định./.',
      },
    ],
    signatures:
      kind === 'bien-ban'
        ? [
            { title: 'THƯ KÝ', name: 'Lê Thị Hoa' },
            { title: 'CHỦ TỌA', name: 'Nguyễn Văn An' },
          ]
        : [{ authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' }],
    distribution: ['Như trên', 'Sở Tài chính'],
    archive: ['VT', 'VP'],
    ...patch,
  });
}

/** Every kind of the registry. */
export const ALL_KINDS: readonly DocumentKind[] = DOCUMENT_KINDS;

/**
 * toDocx's default paragraph spacing, `<w:spacing w:line="240"/>` without a lineRule, is single
 * spacing for Word (ECMA-376 §17.3.1.33: lineRule defaults to auto) but an exact 12 pt for
 * LibreOffice, which then sets 14 pt lines 12 pt apart. The PDF sets the single spacing the DOCX
 * means, so the DOCX is compared as Word reads it: with the lineRule stated.
 */
export function statingLineRule(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const styles = new TextDecoder().decode(files['word/styles.xml']);
  files['word/styles.xml'] = new TextEncoder().encode(
    styles.replace(
      /<w:spacing w:after="0" w:before="0" w:line="240"\/>/,
      '<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>',
    ),
  );
  return zipSync(files);
}

/** Converts DOCX files to PDF with LibreOffice in one start, with a profile of its own; returns the PDF paths. */
export function libreOfficePdfs(docx: Record<string, Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-pdf-lo-'));
  const files = Object.entries(docx).map(([name, bytes]) => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    return file;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 600_000 },
  );
  return Object.fromEntries(Object.keys(docx).map((name) => [name, join(dir, `${name}.pdf`)]));
}

/** Writes `pdf` to a temporary file and returns its path. */
export function tempPdf(pdf: Uint8Array, name = 'document'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vanban-pdf-')), `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** `qpdf --check`: its exit status and output. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A field as qpdf reads it back, with its widget's rectangle (points, PDF space: origin at the bottom left). */
export interface FieldRead {
  readonly name: string;
  readonly type: string;
  readonly page: number;
  readonly rect: readonly [number, number, number, number];
  readonly value: unknown;
}

/** The AcroForm fields of `file` as qpdf's JSON gives them. */
export function formFields(file: string): FieldRead[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 })) as {
    acroform: {
      fields: { fullname: string; fieldtype: string; pageposfrom1: number; object: string; value: unknown }[];
    };
    qpdf: [unknown, Record<string, { value?: { '/Rect'?: number[] } }>];
  };
  const objects = json.qpdf[1];
  return json.acroform.fields.map((f) => ({
    name: f.fullname,
    type: f.fieldtype,
    page: f.pageposfrom1,
    rect: objects[`obj:${f.object}`]!.value!['/Rect'] as unknown as [number, number, number, number],
    value: f.value,
  }));
}

/** A body of `n` two-line paragraphs: from 8 on, the closing block meets the foot of page 1. */
export function longBody(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    type: 'paragraph' as const,
    text: `${i + 1}. Các sở, ban, ngành tỉnh rà soát, báo cáo kết quả thực hiện nhiệm vụ được giao trong năm 2024 và đề xuất nhiệm vụ năm 2025.`,
  }));
}
