import type { Block } from '../../model/block.js';
import { cleanStrings } from '../../model/normalize.js';
import { modelOf, type WritableDocument } from '../document-input.js';
import { CONFIDENTIALITY_LABELS, URGENCY_STAMPS } from '../../model/marks.js';
import type { Signature } from '../../model/signature.js';
import { copyFormInfo } from '../../registry/copies.js';
import {
  appendixHeadingLines,
  archiveLine,
  blockLines,
  contactLines,
  dashList,
  DISTRIBUTION_LABEL,
  distributionLines,
  issuerGroups,
  issuerLines,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  PARTY_NAME,
  placeDateLine,
  recipientsLabel,
  signatureHeadLines,
  subjectLineOfLetter,
  titleLine,
} from '../printed.js';

/**
 * The text writer: the model as plain text in Decree 30 order, one component after the other (the
 * two columns of the header and the closing table are written one under the other), such that
 * `parseText(toText(d)).document` gives `d` back.
 *
 * @module
 */

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
export function toText(document: WritableDocument): string {
  // A line break or control character of a hand-built document must not make a line of its own.
  const d = cleanStrings(modelOf(document));
  const out: string[] = [];
  const blank = () => {
    if (out.length && out.at(-1) !== '') out.push('');
  };
  const push = (line: string | undefined) => {
    if (line !== undefined) out.push(line);
  };
  if (d.circulation) out.push(d.circulation, '');
  // A parent shared by a joint document's issuers is printed once, above them.
  for (const group of issuerGroups(d)) {
    if (group.parent) out.push(group.parent.text);
    for (const { issuer } of group.issuers) out.push(issuer.name, SHORT_RULE);
  }
  if (d.regime === 'dang') out.push(PARTY_NAME, LONG_RULE);
  else out.push(NATIONAL_NAME, MOTTO, LONG_RULE);
  push(numberLine(d));
  // Công văn: the trích yếu under the Số line with "V/v" (ô 5b).
  if (d.kind === 'cong-van' && d.subject) out.push(subjectLineOfLetter(d.subject));
  push(placeDateLine(d));
  if (d.confidentiality) out.push(CONFIDENTIALITY_LABELS[d.confidentiality]);
  if (d.urgency) out.push(URGENCY_STAMPS[d.urgency].label);
  blank();
  push(titleLine(d));
  if (d.kind !== 'cong-van' && d.subject) out.push(d.subject);
  blank();
  const label = recipientsLabel(d);
  if (d.recipients.length === 1 && !label.list) out.push(`${label.text} ${d.recipients[0]}`);
  else if (d.recipients.length > 0) out.push(label.text, ...dashList(d.recipients));
  blank();
  for (const block of d.body) out.push(...textBlockLines(block), '');
  for (const signature of d.signatures) out.push(...signatureLines(signature), '');
  if (d.distribution.length || d.archive.length)
    out.push(DISTRIBUTION_LABEL, ...distributionLines(d.distribution), archiveLine(d), '');
  if (d.contact) out.push(LONG_RULE, ...contactLines(d.contact), '');
  for (const appendix of d.appendices) {
    const heading = appendixHeadingLines(appendix);
    out.push(heading.label);
    push(heading.title);
    push(heading.reference);
    out.push('');
    for (const block of appendix.body) out.push(...textBlockLines(block), '');
  }
  if (d.copy) {
    const c = d.copy;
    out.push(LONG_RULE, copyFormInfo(c.form).label, ...issuerLines(c.issuer));
    push(numberLine(c));
    push(placeDateLine(c));
    out.push('');
    if (c.signature) out.push(...signatureLines(c.signature), '');
    if (c.distribution.length || c.archive.length)
      out.push(DISTRIBUTION_LABEL, ...distributionLines(c.distribution), archiveLine(c), '');
  }
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** A block's lines; an article's text under its title is a paragraph of its own (a blank line between). */
function textBlockLines(block: Block): string[] {
  const lines = blockLines(block);
  return block.type === 'article' && lines.length === 2 ? [lines[0]!, '', lines[1]!] : lines;
}

function signatureLines(s: Signature): string[] {
  return [...signatureHeadLines(s), ...(s.mark ? [s.mark] : []), '', s.name];
}
