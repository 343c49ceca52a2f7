import { formatArchiveLine } from '../../grammar/archive-line.js';
import { formatAuthority } from '../../grammar/authority.js';
import { formatNumberNotation } from '../../grammar/number-notation.js';
import { formatPlaceDate } from '../../grammar/place-date.js';
import type { Block } from '../../model/block.js';
import type { VanbanDocument } from '../../model/document.js';
import type { Issuer } from '../../model/issuer.js';
import { CONFIDENTIALITY_LABELS, URGENCY_STAMPS } from '../../model/marks.js';
import type { Signature } from '../../model/signature.js';
import { copyFormInfo } from '../../registry/copies.js';
import { kindInfo } from '../../registry/kinds.js';

/**
 * The text writer: the model as plain text in Decree 30 order, one component after the other (the
 * two columns of the header and the closing table are written one under the other), such that
 * `parseText(toText(d)).document` gives `d` back.
 *
 * @module
 */

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const SHORT_RULE = '-------';
const LONG_RULE = '---------------';

/**
 * Writes `document` as plain text: header (issuer, Quốc hiệu and Tiêu ngữ, Số, V/v, place and
 * date, stamps), tên loại and trích yếu, Kính gửi, body, signatures, Nơi nhận with the Lưu line,
 * contact lines, appendices and the copy block (PL I mục IV; nd30.md §3.3, §5).
 *
 * @example
 * ```ts
 * toText(createDocument({ kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' }, number: 5, notation: 'BNV-VP' }));
 * ```
 */
export function toText(document: VanbanDocument): string {
  const d = document;
  const info = kindInfo(d.kind);
  const out: string[] = [];
  const blank = () => {
    if (out.length && out.at(-1) !== '') out.push('');
  };
  if (d.circulation) out.push(d.circulation, '');
  for (const issuer of [d.issuer, ...d.coIssuers]) out.push(...issuerLines(issuer), SHORT_RULE);
  if (d.regime === 'dang') out.push(PARTY_NAME, LONG_RULE);
  else out.push(NATIONAL_NAME, MOTTO, LONG_RULE);
  if (d.number !== undefined || d.notation !== undefined) out.push(formatNumberNotation({ ...(d.number !== undefined && { number: d.number }), ...(d.notation !== undefined && { notation: d.notation }) }));
  // Công văn: the trích yếu under the Số line with "V/v" (ô 5b).
  if (d.kind === 'cong-van' && d.subject) out.push(`V/v ${d.subject}`);
  if (d.place !== undefined || d.date !== undefined) out.push(formatPlaceDate(d.place, d.date, d.date === undefined ? undefined : Number(d.date.slice(0, 4))));
  if (d.confidentiality) out.push(CONFIDENTIALITY_LABELS[d.confidentiality]);
  if (d.urgency) out.push(URGENCY_STAMPS[d.urgency].label);
  blank();
  // Tên loại and trích yếu (ô 5a). Thư công has no tên loại in Phụ lục III; it is written "THƯ"
  // over its subject, as letters are headed in practice (UNCONFIRMED, nd30.md §8.2).
  if (info.title) out.push(info.title);
  else if (d.kind === 'thu-cong') out.push('THƯ');
  if (d.kind !== 'cong-van' && d.subject) out.push(d.subject);
  blank();
  if (d.recipients.length === 1) out.push(`Kính gửi: ${d.recipients[0]}`);
  else if (d.recipients.length > 1) out.push('Kính gửi:', ...listLines(d.recipients));
  blank();
  for (const block of d.body) {
    out.push(...blockLines(block));
    out.push('');
  }
  for (const signature of d.signatures) out.push(...signatureLines(signature), '');
  if (d.distribution.length || d.archive.length) {
    out.push('Nơi nhận:');
    out.push(...closingList(d.distribution, formatArchiveLine({ archive: d.archive, ...(d.archiveCopies !== undefined && { archiveCopies: d.archiveCopies }), ...(d.drafter && { drafter: d.drafter }) })), '');
  }
  if (d.contact) {
    const c = d.contact;
    out.push(LONG_RULE);
    if (c.address) out.push(`Địa chỉ: ${c.address}`);
    if (c.phone) out.push(`ĐT: ${c.phone}`);
    if (c.fax) out.push(`Fax: ${c.fax}`);
    if (c.email) out.push(`E-Mail: ${c.email}`);
    if (c.website) out.push(`Website: ${c.website}`);
    out.push('');
  }
  for (const appendix of d.appendices) {
    out.push(appendix.number ? `Phụ lục ${appendix.number}` : 'Phụ lục');
    if (appendix.title) out.push(appendix.title);
    if (appendix.reference) out.push(`(${appendix.reference})`);
    out.push('');
    for (const block of appendix.body) out.push(...blockLines(block), '');
  }
  if (d.copy) {
    const c = d.copy;
    out.push(LONG_RULE, copyFormInfo(c.form).label, ...issuerLines(c.issuer));
    if (c.number !== undefined || c.notation !== undefined) out.push(formatNumberNotation({ ...(c.number !== undefined && { number: c.number }), ...(c.notation !== undefined && { notation: c.notation }) }));
    if (c.place !== undefined || c.date !== undefined) out.push(formatPlaceDate(c.place, c.date, c.date === undefined ? undefined : Number(c.date.slice(0, 4))));
    out.push('');
    if (c.signature) out.push(...signatureLines(c.signature), '');
    if (c.distribution.length || c.archive.length) out.push('Nơi nhận:', ...closingList(c.distribution, formatArchiveLine({ archive: c.archive })), '');
  }
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

function issuerLines(issuer: Issuer): string[] {
  return issuer.parent ? [issuer.parent, issuer.name] : [issuer.name];
}

/** A dash list: every entry ends with ";" and the last with "." (PL I, I.II.9). */
function listLines(entries: readonly string[]): string[] {
  return entries.map((e, k) => `- ${e}${k === entries.length - 1 ? '.' : ';'}`);
}

/** Nơi nhận entries end with ";" and the Lưu line closes the list (PL I, I.II.9.b). */
function closingList(entries: readonly string[], archiveLine: string): string[] {
  return [...entries.map((e) => `- ${e};`), `- ${archiveLine}`];
}

function signatureLines(s: Signature): string[] {
  return [...s.authority.map(formatAuthority), ...(s.title ? [s.title] : []), ...(s.mark ? [s.mark] : []), '', s.name];
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'basis':
    case 'enactment':
      return [block.text];
    case 'heading': {
      const label = { phan: 'Phần', chuong: 'Chương', muc: 'Mục', 'tieu-muc': 'Tiểu mục' } as const;
      if (block.level === 'muc-la-ma') return [`${block.number}. ${block.title ?? ''}`.trim()];
      return [`${label[block.level]} ${block.number}`, ...(block.title ? [block.title] : [])];
    }
    case 'article':
      return [`Điều ${block.number}. ${block.title}`.trim()];
    case 'clause':
      return [`${block.number}. ${block.text}`.trim()];
    case 'point':
      return [`${block.label}) ${block.text}`.trim()];
    case 'list':
      return block.items.map((item) => `${block.marker} ${item}`);
    case 'table':
      return block.rows.map((row) => `| ${row.join(' | ')} |`);
  }
}
