import { formatArchiveLine } from '../grammar/archive-line.js';
import { formatAuthority } from '../grammar/authority.js';
import { formatNumberNotation } from '../grammar/number-notation.js';
import { formatPlaceDate } from '../grammar/place-date.js';
import type { Appendix } from '../model/appendix.js';
import type { Block } from '../model/block.js';
import type { Contact } from '../model/contact.js';
import type { CopyBlock } from '../model/copy.js';
import type { VanbanDocument } from '../model/document.js';
import type { Issuer } from '../model/issuer.js';
import { legalBasisBlockEnd } from '../model/legal-basis.js';
import type { Signature } from '../model/signature.js';
import { kindInfo, printedTitle } from '../registry/kinds.js';

/**
 * What each part of a document prints, as text lines: the forms every writer shares (the text
 * writer puts them one under the other, the DOCX writer lays them out on the page), so that what a
 * reader reads back is the same whatever the format.
 *
 * @module
 */

export { MOTTO, NATIONAL_NAME, PARTY_NAME } from '../grammar/national-title.js';

/** Where a run of body blocks stands, for the writers that set it on a page. */
export interface BodyPlacement {
  /** The last block stays on the page of what follows (the closing block), so a signature never stands alone. */
  readonly keepLastWithNext?: boolean;
  /** Blocks before this index form the căn cứ ban hành block, set in italic (`legalBasisBlockEnd`); 0 outside a body. */
  readonly legalBasisEnd?: number;
}

/** The placement of a document's own body: kept with the closing block, its căn cứ ban hành in italic. */
export function mainBodyPlacement(d: VanbanDocument): BodyPlacement {
  return { keepLastWithNext: true, legalBasisEnd: legalBasisBlockEnd(d.kind, d.body) };
}

/** The parent line (if any) over the issuer line (ô 2). */
export function issuerLines(issuer: Issuer): string[] {
  return issuer.parent ? [issuer.parent, issuer.name] : [issuer.name];
}

/** Issuers of the header that share one parent line, with their model paths. */
export interface IssuerGroup {
  /** The parent they share (printed once, above them), and its model path. */
  readonly parent?: { readonly text: string; readonly path: string };
  readonly issuers: readonly { readonly issuer: Issuer; readonly path: string }[];
}

/**
 * The header's issuers (ô 2) grouped under the parent they share: a joint document of two bodies
 * of one parent ("UBND TỈNH QUẢNG NGÃI" over "SỞ Y TẾ" and "SỞ GIÁO DỤC VÀ ĐÀO TẠO") prints that
 * parent once, above both (UNCONFIRMED: Decree 30 shows one issuer, nd30.md §2.2).
 */
export function issuerGroups(d: Pick<VanbanDocument, 'issuer' | 'coIssuers'>): IssuerGroup[] {
  const groups: { parent?: { text: string; path: string }; issuers: { issuer: Issuer; path: string }[] }[] = [];
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();
  [d.issuer, ...d.coIssuers].forEach((issuer, i) => {
    const path = i === 0 ? 'issuer' : `coIssuers.${i - 1}`;
    const last = groups.at(-1);
    if (last && same(last.parent?.text, issuer.parent)) last.issuers.push({ issuer, path });
    else
      groups.push({
        ...(issuer.parent !== undefined && { parent: { text: issuer.parent, path: `${path}.parent` } }),
        issuers: [{ issuer, path }],
      });
  });
  return groups;
}

/**
 * "Số: 05/QĐ-UBND" (ô 3), or undefined when neither number nor notation is known. A Party document
 * (`regime: 'dang'`) prints its own form, "Số 36-HD/VPTW"; a copy block is the copying
 * organisation's and always takes the Decree 30 form (Mẫu 3.1).
 */
export function numberLine(
  d: Pick<VanbanDocument | CopyBlock, 'number' | 'notation'> & Partial<Pick<VanbanDocument, 'regime'>>,
): string | undefined {
  if (d.number === undefined && d.notation === undefined) return undefined;
  return formatNumberNotation(
    { ...(d.number !== undefined && { number: d.number }), ...(d.notation !== undefined && { notation: d.notation }) },
    { style: d.regime === 'dang' ? 'dang' : 'nd30' },
  );
}

/**
 * "Quảng Ngãi, ngày 09 tháng 4 năm 2024" (ô 4), or undefined when neither is known; a draft without
 * a date prints the blank form.
 */
export function placeDateLine(
  d: Pick<VanbanDocument | CopyBlock, 'place' | 'date'> & Partial<Pick<VanbanDocument, 'draft'>>,
): string | undefined {
  if (d.place === undefined && d.date === undefined && d.draft === undefined) return undefined;
  // A draft's date is blank until issuance, its year printed when known: "ngày     tháng     năm 2025" (Điều 15).
  const year = d.date === undefined ? d.draft?.year : Number(d.date.slice(0, 4));
  return formatPlaceDate(d.place, d.date, year);
}

/** The công văn trích yếu under the Số line (ô 5b): "V/v …". */
export function subjectLineOfLetter(subject: string): string {
  return `V/v ${subject}`;
}

/** The tên loại line (ô 5a): "QUYẾT ĐỊNH", "THƯ" for a thư công, none for a công văn (see {@link printedTitle}). */
export function titleLine(d: Pick<VanbanDocument, 'kind'>): string | undefined {
  return printedTitle(d.kind);
}

/** The Kính gửi label (ô 9a), and the line for a single addressee. */
export const RECIPIENTS_LABEL = 'Kính gửi:';

/**
 * The label over the addressees: "Kính gửi:", or for a công điện "<issuer> điện:" (Mẫu 1.6), which
 * always takes the dash list.
 */
export function recipientsLabel(d: Pick<VanbanDocument, 'kind' | 'issuer'>): {
  text: string;
  list: boolean;
  telegram: boolean;
} {
  return kindInfo(d.kind).parts.recipientsLabel === 'dien'
    ? { text: `${d.issuer.name} điện:`, list: true, telegram: true }
    : { text: RECIPIENTS_LABEL, list: false, telegram: false };
}

/** A dash list: every entry ends with ";" and the last with "." (PL I, I.II.9.a). */
export function dashList(entries: readonly string[]): string[] {
  return entries.map((e, k) => `- ${e}${k === entries.length - 1 ? '.' : ';'}`);
}

/** The Nơi nhận label (ô 9b). */
export const DISTRIBUTION_LABEL = 'Nơi nhận:';

/** Nơi nhận entries end with ";" (PL I, I.II.9.b). */
export function distributionLines(entries: readonly string[]): string[] {
  return entries.map((e) => `- ${e};`);
}

/** The Lưu line that closes the Nơi nhận list, with the drafter code and copies (ô 12). */
export function archiveLine(d: Pick<VanbanDocument, 'archive' | 'archiveCopies' | 'drafter'>): string {
  return `- ${formatArchiveLine({ archive: d.archive, ...(d.archiveCopies !== undefined && { archiveCopies: d.archiveCopies }), ...(d.drafter && { drafter: d.drafter }) })}`;
}

/** Authority lines and the signer's title (ô 7a), top-down. */
export function signatureHeadLines(s: Signature): string[] {
  return [...s.authority.map(formatAuthority), ...(s.title ? [s.title] : [])];
}

/** The heading words of Phần, Chương, Mục and Tiểu mục (PL I, I.II.6.b). */
const HEADING_LABELS = { phan: 'Phần', chuong: 'Chương', muc: 'Mục', 'tieu-muc': 'Tiểu mục' } as const;

/** What a body block prints, one entry a line (PL I, I.II.6; nd30.md §2.6). */
export function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'basis':
    case 'enactment':
      return [block.text];
    case 'heading':
      if (block.level === 'muc-la-ma') return [`${block.number}. ${block.title ?? ''}`.trim()];
      return [`${HEADING_LABELS[block.level]} ${block.number}`, ...(block.title ? [block.title] : [])];
    case 'article': {
      const head = articleHead(block);
      if (block.text === undefined) return [head];
      return block.title ? [head, block.text] : [`${head} ${block.text}`];
    }
    case 'clause':
      return [`${block.number}. ${block.text}`.trim()];
    case 'point':
      return [`${block.label}) ${block.text}`.trim()];
    case 'list':
      return block.items.map((item) => `${block.marker} ${item}`);
    case 'table': {
      // A markdown table: "|" in a cell escaped, the header row followed by its separator row.
      const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
      const lines = block.rows.map(row);
      if (block.header) lines.splice(1, 0, `|${block.rows[0]!.map(() => '---').join('|')}|`);
      return lines;
    }
  }
}

/**
 * What an article prints bold: "Điều 1." and its title when it has one ("Điều 1. Phạm vi điều
 * chỉnh"); its text follows in regular weight (PL I, I.II.6; nd30.md §2.6).
 */
export function articleHead(block: Extract<Block, { type: 'article' }>): string {
  return `Điều ${block.number}.${block.title ? ` ${block.title}` : ''}`;
}

/** The heading block of a phụ lục (Mẫu 2.1): "Phụ lục I", its title, "(Kèm theo …)". */
export function appendixHeadingLines(appendix: Appendix): { label: string; title?: string; reference?: string } {
  return {
    label: appendix.number ? `Phụ lục ${appendix.number}` : 'Phụ lục',
    ...(appendix.title && { title: appendix.title }),
    ...(appendix.reference && { reference: `(${appendix.reference})` }),
  };
}

/** The contact lines of ô 13, in the order of the sample (address, ĐT, Fax, E-Mail, Website). */
export function contactLines(c: Contact): string[] {
  return [
    ...(c.address ? [`Địa chỉ: ${c.address}`] : []),
    ...(c.phone ? [`ĐT: ${c.phone}`] : []),
    ...(c.fax ? [`Fax: ${c.fax}`] : []),
    ...(c.email ? [`E-Mail: ${c.email}`] : []),
    ...(c.website ? [`Website: ${c.website}`] : []),
  ];
}

/**
 * The signing time as the signature-information lines print it: "05/02/2024; 14:30:15 +07:00"
 * from "2024-02-05T14:30:15+07:00". Decree 30 asks for date, time and the Vietnam offset per ISO
 * 8601 in day/month/year order; the exact string is UNCONFIRMED (nd30.md §4.4, §8.1). Read off the
 * ISO text, not through Date, so the clock's time zone cannot change it.
 */
export function signingTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi, s, zone] = m;
  return `${d}/${mo}/${y}; ${h}:${mi}:${s} ${zone === 'Z' ? '+00:00' : zone}`;
}

/** The signing line of a separate-file appendix (Mẫu 2.2; nd30.md §4.4): "Số: 12/UBND-VP; 05/02/2024; 14:30:15 +07:00". */
export function appendixSigningLine(d: Pick<VanbanDocument, 'number' | 'notation'>, signedAt: string): string {
  return `${numberLine(d) ?? 'Số:'}; ${signingTime(signedAt)}`;
}

/** The signing line of an electronic copy (Mẫu 3.2; nd30.md §5.2): "SAO Y; <copying organisation>; 05/02/2024; 14:30:15 +07:00". */
export function copySigningLine(copy: CopyBlock, label: string): string {
  return `${label}; ${copy.issuer.name}; ${copy.signedAt ? signingTime(copy.signedAt) : ''}`.trim();
}
