/**
 * Builds small DOCX packages from WordprocessingML fragments for the reader's tests: only the parts
 * a test names, zipped with fflate like any producer would.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Inner XML of w:body. */
  readonly body: string;
  /** Inner XML of w:styles (docDefaults and styles). */
  readonly styles?: string;
  readonly numbering?: string;
  readonly settings?: string;
  readonly theme?: string;
  /** Header parts by relationship id, inner XML of w:hdr. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly footers?: Readonly<Record<string, string>>;
  /** Extra relationships of document.xml (raw Relationship elements). */
  readonly relationships?: string;
  /** Extra package entries. */
  readonly extra?: Readonly<Record<string, Uint8Array>>;
  readonly contentType?: string;
}

/** A DOCX package holding the given parts. */
export function buildDocx(parts: DocxParts): Uint8Array {
  const rels: string[] = [];
  const files: Zippable = {};
  const add = (name: string, xml: string) => {
    files[name] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`);
  };
  if (parts.styles !== undefined) {
    add('word/styles.xml', `<w:styles ${NS}>${parts.styles}</w:styles>`);
    rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (parts.numbering !== undefined) {
    add('word/numbering.xml', `<w:numbering ${NS}>${parts.numbering}</w:numbering>`);
    rels.push(`<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  if (parts.settings !== undefined) {
    add('word/settings.xml', `<w:settings ${NS}>${parts.settings}</w:settings>`);
    rels.push(`<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`);
  }
  if (parts.theme !== undefined) {
    add(
      'word/theme/theme1.xml',
      `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>${parts.theme}</a:fontScheme></a:themeElements></a:theme>`,
    );
    rels.push(`<Relationship Id="rIdTheme" Type="${REL}/theme" Target="theme/theme1.xml"/>`);
  }
  for (const [kind, map] of [
    ['header', parts.headers],
    ['footer', parts.footers],
  ] as const) {
    for (const [id, xml] of Object.entries(map ?? {})) {
      add(
        `word/${id}.xml`,
        `<w:${kind === 'header' ? 'hdr' : 'ftr'} ${NS}>${xml}</w:${kind === 'header' ? 'hdr' : 'ftr'}>`,
      );
      rels.push(`<Relationship Id="${id}" Type="${REL}/${kind}" Target="${id}.xml"/>`);
    }
  }
  add('word/document.xml', `<w:document ${NS}><w:body>${parts.body}</w:body></w:document>`);
  add(
    'word/_rels/document.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}${parts.relationships ?? ''}</Relationships>`,
  );
  add(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  add(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="${parts.contentType ?? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'}"/></Types>`,
  );
  for (const [name, bytes] of Object.entries(parts.extra ?? {})) files[name] = bytes;
  return zipSync(files);
}

/** A paragraph with optional pPr and runs given as [text, rPr] pairs. */
export function para(runs: readonly (string | readonly [string, string])[], pPr = ''): string {
  const rs = runs.map((r) =>
    typeof r === 'string'
      ? `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`
      : `<w:r><w:rPr>${r[1]}</w:rPr><w:t xml:space="preserve">${r[0]}</w:t></w:r>`,
  );
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rs.join('')}</w:p>`;
}

/** An A4 section with the Decree's margins, optional extra sectPr children. */
export function a4Section(extra = ''): string {
  return `<w:sectPr>${extra}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
}

/** A borderless two-column table with the given cell paragraphs (rows of [left, right]). */
export function twoColumnTable(
  rows: readonly (readonly [string, string])[],
  widths: readonly [number, number] = [3600, 5500],
): string {
  const cell = (xml: string, w: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${xml || '<w:p/>'}</w:tc>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths[0] + widths[1]}" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="${widths[0]}"/><w:gridCol w:w="${widths[1]}"/></w:tblGrid>${rows.map(([l, r]) => `<w:tr>${cell(l, widths[0])}${cell(r, widths[1])}</w:tr>`).join('')}</w:tbl>`;
}

/** PNGs for seal and signature images: the shared test helper (valid CRCs, so any viewer opens them). */
export { png } from '../../support/png.js';
