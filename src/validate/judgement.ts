import type { LocalizedText } from '../diagnostics/diagnostic.js';
import type { VanbanDocument } from '../model/document.js';
import type { ReadDocument } from '../model/read-document.js';
import type { AnyRule } from '../rule-kit/types.js';

/**
 * What a document can be judged on, before any rule runs: whether the input holds enough (a kind
 * and an issuer), the parts it lost, whether it is a draft, and which rules were in force when it
 * was issued. The engine asks this once; the rules stay unaware of it.
 *
 * @module
 */

/** Decree 30 took effect when it was signed, 05/03/2020 (Điều 38); Thông tư 01/2011/TT-BNV governed before. */
export const DECREE_30_IN_FORCE = '2020-03-05';
/**
 * Thông tư 01/2011/TT-BNV, signed 19/01/2011, took effect 45 days later (its closing article). UNCONFIRMED:
 * nd30.md does not give the date. Before it, Thông tư liên tịch 55/2005 and older texts governed, whose
 * rules the spec does not hold: such a document is not judged.
 */
export const CIRCULAR_01_IN_FORCE = '2011-03-05';

/** Which rules judge a document: by its date (the default), or Decree 30's whatever the date. */
export type RulesInForceOption = 'by-date' | 'nd30';

/** The engine's view of one document. */
export interface Judgement {
  /** The document to judge, or undefined when the input holds too little (no kind, no issuer). */
  readonly document: VanbanDocument | undefined;
  /** Parts the input lost, from the reader, and those a draft leaves blank. */
  readonly unread: readonly string[];
  /** Whether a finding at `path` concerns a part the input lost (or a draft's blanks): then it is not said. */
  isUnread(path: string): boolean;
  /** Whether `rule` was in force when the document was issued. */
  inForce(rule: AnyRule): boolean;
  readonly rulesInForce: 'nd30' | 'tt01-2011' | 'unknown';
  readonly draft: boolean;
  readonly reasons: readonly LocalizedText[];
}

// What a draft leaves blank until issuance (Điều 15): its number and its date.
const DRAFT_BLANKS = ['number', 'date'];

const PART_NAMES: Readonly<Record<string, LocalizedText>> = {
  kind: { vi: 'tên loại', en: 'the kind' },
  issuer: { vi: 'tên cơ quan ban hành', en: 'the issuer' },
  nationalTitle: { vi: 'Quốc hiệu, Tiêu ngữ', en: 'the Quốc hiệu' },
  number: { vi: 'số', en: 'the number' },
  notation: { vi: 'ký hiệu', en: 'the notation' },
  place: { vi: 'địa danh', en: 'the place' },
  date: { vi: 'ngày tháng', en: 'the date' },
  subject: { vi: 'trích yếu', en: 'the subject' },
  recipients: { vi: 'Kính gửi', en: 'Kính gửi' },
  body: { vi: 'nội dung', en: 'the body' },
  signatures: { vi: 'chữ ký', en: 'the signature block' },
  distribution: { vi: 'nơi nhận', en: 'the distribution' },
  archive: { vi: 'dòng Lưu', en: 'the Lưu line' },
};

/** The parts named in a reason, in the order of the list above; printed paths by their part. */
function partNames(paths: readonly string[], lang: 'vi' | 'en'): string {
  const parts = new Set(paths.map((p) => p.split('.')[0]!.replace(/Line$/, '')));
  const named = Object.keys(PART_NAMES).filter((k) => parts.has(k) || (k === 'number' && parts.has('number')));
  return named.map((k) => PART_NAMES[k]![lang]).join(', ');
}

/** Decides what `read` can be judged on (see {@link Judgement}). */
export function judgementOf(
  read: ReadDocument,
  readerUnread: readonly string[],
  options: { readonly rulesInForce?: RulesInForceOption },
): Judgement {
  const reasons: LocalizedText[] = [];
  const missing = [...(read.kind === undefined ? ['kind'] : []), ...(read.issuer === undefined ? ['issuer'] : [])];
  const unread = [...new Set([...missing, ...readerUnread])];
  if (unread.length > 0)
    reasons.push({
      vi: `Bản đọc được thiếu ${partNames(unread, 'vi')}: không nói gì về các phần đó`,
      en: `The input lacks ${partNames(unread, 'en')}: nothing is said about those parts`,
    });
  const document = missing.length === 0 ? (read as VanbanDocument) : undefined;
  if (!document)
    reasons.push({
      vi: 'Không đủ để đánh giá: cần biết tên loại và cơ quan ban hành',
      en: 'Too little to judge: the kind and the issuer must be known',
    });
  const draft = read.draft !== undefined;
  if (draft)
    reasons.push({
      vi: 'Dự thảo: số và ngày ban hành để trống đến khi ban hành, không bị xét',
      en: 'A draft: the number and the date stay blank until issuance and are not asked for',
    });
  const old = options.rulesInForce !== 'nd30' && read.date !== undefined && read.date < DECREE_30_IN_FORCE;
  const older = old && read.date! < CIRCULAR_01_IN_FORCE;
  if (older)
    reasons.push({
      vi: `Ban hành trước khi Thông tư 01/2011/TT-BNV có hiệu lực (${CIRCULAR_01_IN_FORCE}): quy định về thể thức thời đó (Thông tư liên tịch 55/2005) không có trong bộ quy tắc, văn bản không được đánh giá`,
      en: `Issued before Thông tư 01/2011/TT-BNV took effect (${CIRCULAR_01_IN_FORCE}): the rules of its time (Thông tư liên tịch 55/2005) are not in the rule set, so it is not judged`,
    });
  else if (old)
    reasons.push({
      vi: `Ban hành trước Nghị định 30 (${DECREE_30_IN_FORCE}): chỉ xét theo những quy định Thông tư 01/2011/TT-BNV cũng có`,
      en: `Issued before Decree 30 (${DECREE_30_IN_FORCE}): judged only by the rules Thông tư 01/2011/TT-BNV shares with it`,
    });
  const blanks = draft ? DRAFT_BLANKS : [];
  const under = (path: string, part: string) => path === part || path.startsWith(`${part}.`);
  return {
    document,
    unread,
    isUnread: (path) => unread.some((p) => under(path, p)) || blanks.some((p) => under(path, p)),
    inForce: (rule) => !older && (!old || rule.meta.underCircular01 === 'same'),
    rulesInForce: older ? 'unknown' : old ? 'tt01-2011' : 'nd30',
    draft,
    reasons,
  };
}
