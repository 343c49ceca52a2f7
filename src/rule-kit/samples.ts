import type { DocumentInput } from '../model/document.js';
import type { LayoutFacts, PageLayout, TextLayout } from '../model/layout.js';
import type { SourceMap, SourceSpan } from '../model/source.js';
import { type DocumentKind, kindInfo, printedTitle } from '../registry/kinds.js';

/**
 * Small, Decree-30-conforming documents of any kind, from which the rules' examples are built
 * (each example changes one thing). Modelled on the templates of Phụ lục III.
 *
 * @module
 */

/** A conforming document of `kind` (Mẫu 1.1–1.10 shapes), with `patch` laid over it. */
export function sampleDocument(kind: DocumentKind = 'cong-van', patch: Partial<DocumentInput> = {}): DocumentInput {
  const info = kindInfo(kind);
  const base: DocumentInput = {
    kind,
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
    number: 5,
    notation: info.code ? `${info.code}-UBND` : 'UBND-KGVX',
    ...(info.parts.placeDate && { place: 'Quảng Ngãi', date: '2024-04-09' }),
    ...(info.parts.subject && {
      subject: kind === 'cong-van' ? 'triển khai Công điện số 33/CĐ-TTg' : 'Về việc triển khai công tác năm 2024',
    }),
    ...(info.parts.kinhGui === 'always' && { recipients: ['Sở Tài chính'] }),
    // Mẫu 1.1–1.3: the authority line (the collective for a nghị quyết, the head for a quyết định), căn cứ, the enacting line, Điều.
    body: info.parts.legalBasis
      ? [
          {
            type: 'enactment',
            role: 'authority',
            text:
              kind === 'nghi-quyet' ? 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' : 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
          },
          { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
          { type: 'basis', text: 'Theo đề nghị của Giám đốc Sở Nội vụ.' },
          { type: 'enactment', role: 'enactment', text: info.parts.enactment ?? 'QUYẾT ĐỊNH:' },
          { type: 'article', number: '1', title: 'Phạm vi điều chỉnh' },
          { type: 'paragraph', text: `${info.name} này có hiệu lực kể từ ngày ký./.` },
        ]
      : [{ type: 'paragraph', text: 'Đề nghị các cơ quan, đơn vị triển khai thực hiện./.' }],
    signatures: [{ authority: [{ prefix: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Trần Hoàng Tuấn' }],
    distribution: info.parts.kinhGui === 'always' ? ['Như trên', 'Văn phòng UBND tỉnh'] : ['Các sở, ban, ngành tỉnh'],
    archive: ['VT', 'KGVX'],
  };
  return { ...base, ...patch };
}

/**
 * Sources for an example: each path gets the printed text given, on its own line of an imagined
 * input (offsets count as if the lines were joined with line breaks).
 */
export function sampleSources(printedByPath: Readonly<Record<string, string>>): SourceMap {
  const out: Record<string, SourceSpan> = {};
  let offset = 0;
  let line = 1;
  for (const [path, raw] of Object.entries(printedByPath)) {
    out[path] = { raw, offset, end: offset + raw.length, line, column: 1, endLine: line, endColumn: raw.length + 1 };
    offset += raw.length + 1;
    line++;
  }
  return out;
}

const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' } as const;

/**
 * Layout facts of a công văn set as Mẫu 1.5 sets it (A4, margins 20/20/30/15 mm, page numbers centred
 * in the header from page 2, Times New Roman, the sample sizes of PL I mục V), with `parts` laid over.
 */
export function sampleLayout(
  parts: Readonly<Record<string, TextLayout>> = {},
  page: Partial<PageLayout> = {},
  kind: DocumentKind = 'cong-van',
): LayoutFacts {
  const info = kindInfo(kind);
  // Mẫu 1.4: tên loại and trích yếu 14 bold, a line of 1/3–1/2 under the trích yếu; no V/v.
  // Thư công prints "THƯ" over its subject as a tên loại and trích yếu (printedTitle; UNCONFIRMED, nd30.md §8.2).
  const titled = printedTitle(kind) !== undefined;
  const title: Record<string, TextLayout> = titled
    ? {
        titleLine: { font: TNR, sizePt: 14, bold: true, alignment: 'center', region: 'page' },
        ...(info.parts.subject && {
          subjectLine: {
            font: TNR,
            sizePt: 14,
            bold: true,
            alignment: 'center',
            region: 'page',
            lineBelow: { kind: 'shape', lengthMm: 30, ratioToText: 0.4, style: 'solid' },
          },
        }),
      }
    : {};
  const base: Record<string, TextLayout> = {
    'nationalTitle.name': { font: TNR, sizePt: 12, bold: true, alignment: 'center', region: 'header-right' },
    'nationalTitle.motto': {
      font: TNR,
      sizePt: 13,
      bold: true,
      alignment: 'center',
      region: 'header-right',
      lineBelow: { kind: 'shape', lengthMm: 50, ratioToText: 1, style: 'solid' },
    },
    'issuer.name': {
      font: TNR,
      sizePt: 12,
      bold: true,
      alignment: 'center',
      region: 'header-left',
      lineBelow: { kind: 'shape', lengthMm: 20, ratioToText: 0.4, style: 'solid' },
    },
    numberLine: { font: TNR, sizePt: 13, alignment: 'center', region: 'header-left' },
    placeDateLine: { font: TNR, sizePt: 13, italic: true, alignment: 'center', region: 'header-right' },
    subjectLine: { font: TNR, sizePt: 12, alignment: 'center', region: 'header-left', spacing: { beforePt: 6 } },
    'body.0': {
      font: TNR,
      sizePt: 14,
      alignment: 'justify',
      indentCm: { firstLine: 1.27 },
      spacing: { afterPt: 6, line: 1.15, lineRule: 'auto' },
    },
    'distribution.heading': {
      font: TNR,
      sizePt: 12,
      bold: true,
      italic: true,
      alignment: 'left',
      region: 'closing-left',
    },
    'distribution.0': { font: TNR, sizePt: 11, alignment: 'left', region: 'closing-left' },
    'signatures.0.authority.0': { font: TNR, sizePt: 14, bold: true, alignment: 'center', region: 'closing-right' },
    'signatures.0.name': { font: TNR, sizePt: 14, bold: true, alignment: 'center', region: 'closing-right' },
    ...title,
  };
  if (!info.parts.placeDate) delete base.placeDateLine;
  if (titled && !info.parts.subject) delete base.subjectLine;
  return {
    defaultFont: TNR,
    sections: [
      {
        widthMm: 210,
        heightMm: 297,
        orientation: 'portrait',
        marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
        pageNumbering: { position: 'header', alignment: 'center', onFirstPage: false, format: 'decimal' },
        content: { type: 'main' },
        ...page,
      },
    ],
    parts: { ...base, ...parts },
  };
}
