import type { Appendix } from '../model/appendix.js';
import type { CopyBlock } from '../model/copy.js';
import { ReadDocumentSchema, type ReadDocument } from '../model/read-document.js';
import { PRINTED_PATHS } from '../model/source.js';
import { isUpperVi } from '../grammar/case.js';
import { parseNumberNotation } from '../grammar/number-notation.js';
import { parsePlaceDate } from '../grammar/place-date.js';
import { type DocumentKind, kindByCode, type KindInfo, ALL_KINDS } from '../registry/kinds.js';
import { readBody } from './body.js';
import { type Cell, toCells } from './cells.js';
import {
  appendixNumber,
  isAuthorityCell,
  copyForm,
  distributionLabelLength,
  isArchiveCell,
  isMotto,
  isNationalName,
  isNumberLine,
  isPersonName,
  placeDateShape,
  recipientsLabelLength,
  titleKind,
} from './classify.js';
import { readClosing, startsClosing, unlabelledDistribution } from './closing.js';
import type { DiagnosticCode } from '../diagnostics/codes/index.js';
import { ReadContext } from './context.js';
import { type HeaderFields, readHeader, recordNumberParts } from './header.js';
import type { ReadResult, TextLine } from './lines.js';
import { joinSyllableFragments } from './fragments.js';
import { repairTypeCodes, repairZeros } from './ocr.js';
import { readRecipients } from './recipients.js';
import { regimeOf } from './regime.js';
import { Locator } from './spans.js';
import { findTables } from './tables.js';
import { splitRunOnLines } from './run-on.js';
import { joinWrappedLabels } from './wraps.js';

/**
 * Component detection on lines: the part of the text reader that the DOCX reader also calls, one
 * {@link TextLine} per paragraph.
 *
 * @module
 */

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** The original input the lines' offsets point into; gives `sources` their line, column and raw text. */
  readonly input?: string;
}

/** Reads the document's parts from its lines. Never throws on content. */
export function readLines(lines: readonly TextLine[], options: ReadLinesOptions = {}): ReadResult {
  const runOn = splitRunOnLines(lines);
  return readLinesAs(runOn.lines, options, runOn.cut > 0);
}

function readLinesAs(lines: readonly TextLine[], options: ReadLinesOptions, runOn: boolean): ReadResult {
  const cells = toCells(joinWrappedLabels(lines));
  const ctx = new ReadContext(cells, new Locator(options.input));
  if (runOn)
    ctx.report(
      'text/run-on',
      'warning',
      'Cả văn bản nằm trên một dòng (OCR, chữ chép từ PDF): đã cắt trước dấu hiệu của từng thành phần để đọc; hình thức các thành phần không được xét',
      'The whole document stands on one line (OCR, text copied from a PDF): it was cut before the markers of each part to be read; the parts’ form is not judged',
    );
  const tailStart = findTail(ctx);
  const { header, next } = readHeader(ctx, 0);
  let i = next;
  let recipients: string[] = [];
  // Stamps and the V/v can sit between the header and Kính gửi; Kính gửi may also follow a few lines of noise.
  for (let k = i; k < Math.min(tailStart, i + 4); k++) {
    if (recipientsLabelLength(cells[k]!) !== undefined) {
      const read = readRecipients(ctx, k);
      recipients = read.recipients;
      i = read.next;
      break;
    }
  }
  const kindInfo = detectKind(header);
  // The kind is said only when the input says it. With no tên loại, no V/v and no type code, a
  // header with Kính gửi is a công văn's (Mẫu 1.5: a công văn has no tên loại; nd30.md §2.3); with
  // no Kính gửi either, nothing tells the kind, and it is left out rather than guessed.
  const kindKnown = !kindInfo.assumed || (recipients.length > 0 && ctx.sources[PRINTED_PATHS.numberLine] !== undefined);
  if (kindInfo.assumed && kindKnown)
    ctx.report(
      'text/kind-assumed',
      'info',
      'Không có tên loại, "V/v" hay mã loại trong ký hiệu nhưng có Kính gửi: đọc là công văn',
      'No tên loại, "V/v" or type code in the ký hiệu, but a Kính gửi: read as a công văn',
      ctx.sources[PRINTED_PATHS.numberLine],
      'kind',
    );
  else if (!kindKnown)
    ctx.report(
      'text/kind-unknown',
      'warning',
      'Không thấy tên loại, "V/v", mã loại hay Kính gửi: không biết loại văn bản',
      'No tên loại, "V/v", type code or Kính gửi: the kind is not known',
      ctx.sources[PRINTED_PATHS.numberLine],
      'kind',
    );
  let closingStart = tailStart;
  // A data table in the body (a list of people, a schedule) holds no closing part, whatever its cells say.
  const tables = [...findTables(ctx, i, tailStart).values()];
  for (let k = i, t = 0; k < tailStart; k++) {
    while (t < tables.length && tables[t]!.last.id < k) t++;
    if (t < tables.length && tables[t]!.first.id <= k) {
      k = tables[t]!.last.id;
      continue;
    }
    if (!ctx.used[k] && startsClosing(ctx, k)) {
      closingStart = isArchiveCell(cells[k]!) ? (unlabelledDistribution(ctx, k) ?? k) : k;
      break;
    }
  }
  const body = readBody(ctx, i, closingStart, {
    legalBasis: kindInfo.parts.legalBasis,
    runningHeaders: header.agencyLines,
  });
  const closing = readClosing(ctx, closingStart, tailStart, '', header.agencyLines);
  const { appendices, copy } = readTail(ctx, tailStart, header.agencyLines);

  const number = header.number;
  const issuer = header.issuers[0] ?? { name: '' };
  const regime = regimeOf({ party: header.party, ...(number && { number }), issuer, kind: kindInfo });

  const repaired = (text: string, path: string) => {
    const r = repairTypeCodes(text);
    for (const fix of r.repairs) {
      ctx.report(
        'text/ocr-type-code',
        'info',
        `Đã sửa lỗi nhận dạng "${fix.from}" thành "${fix.to}" trong ký hiệu`,
        `OCR confusion "${fix.from}" read as "${fix.to}" in a notation`,
        ctx.sources[path],
        path,
      );
    }
    return r.text;
  };
  // A field repair reported where the field was read: one info diagnostic when it changed anything.
  const reported =
    (repair: (text: string) => { text: string; count: number }, code: DiagnosticCode, vi: string, en: string) =>
    (text: string, path: string) => {
      const r = repair(text);
      if (r.count) ctx.report(code, 'info', `${vi}: "${r.text}"`, `${en}: "${r.text}"`, ctx.sources[path], path);
      return r.text;
    };
  // Upper-case fields: OCR zeros read back as O ("C0NG", "GIÁM Đ0C").
  const capitals = reported(
    repairZeros,
    'text/ocr-zero',
    'Đã sửa lỗi nhận dạng số 0 thành chữ O',
    'OCR zero read as the letter O',
  );
  // Entries of lists, names, titles: syllables OCR broke into pieces ("Nh ư tr ê n") joined.
  const whole = reported(
    joinSyllableFragments,
    'text/ocr-fragments',
    'Đã nối âm tiết bị nhận dạng tách rời',
    'Syllables OCR broke into pieces joined',
  );
  const issuerOf = (i: { name: string; parent?: string }, base: string) => ({
    name: capitals(i.name, `${base}.name`),
    ...(i.parent && { parent: capitals(i.parent, `${base}.parent`) }),
  });
  const signatures = closing.signatures.map((sig, k) => {
    const fixed = signatureCapitals(sig, `signatures.${k}`, capitals);
    return {
      ...fixed,
      ...(fixed.title !== undefined && { title: whole(fixed.title, `signatures.${k}.title`) }),
      name: whole(fixed.name, `signatures.${k}.name`),
    };
  });
  const draft = {
    ...(kindKnown && { kind: kindInfo.slug as DocumentKind }),
    regime,
    ...(issuer.name && { issuer: issuerOf(issuer, 'issuer') }),
    coIssuers: header.issuers.slice(1).map((c, k) => issuerOf(c, `coIssuers.${k}`)),
    ...(number?.number !== undefined && number.number > 0 && { number: number.number }),
    ...(number?.notation !== undefined && { notation: number.notation }),
    ...(header.place && { place: header.place }),
    ...(header.date && { date: header.date }),
    // A draft prints its number and its date blank until issuance (Điều 15): "Số:      /QĐ-UBND",
    // "ngày     tháng     năm 2025". Both blank, it is read as a draft; one alone is a part missing.
    ...(number !== undefined &&
      number.number === undefined &&
      header.blankDate && { draft: header.blankDate.year === undefined ? {} : { year: header.blankDate.year } }),
    ...(header.subject && { subject: repaired(header.subject, 'subject') }),
    recipients: recipients.map((r, k) => whole(repaired(r, `recipients.${k}`), `recipients.${k}`)),
    body: body.map((b, k) => repairBlock(b, (t) => repaired(t, `body.${k}`))),
    signatures,
    distribution: closing.distribution.map((d, k) => whole(d, `distribution.${k}`)),
    archive: closing.archive,
    ...(closing.archiveCopies !== undefined && { archiveCopies: closing.archiveCopies }),
    ...(closing.drafter && { drafter: closing.drafter }),
    ...(header.confidentiality && { confidentiality: header.confidentiality }),
    ...(header.urgency && { urgency: header.urgency }),
    ...(header.circulation && { circulation: capitals(header.circulation, 'circulation') }),
    ...(closing.contact && { contact: closing.contact }),
    appendices: appendices.map((a, k) => (a.title ? { ...a, title: capitals(a.title, `appendices.${k}.title`) } : a)),
    ...(copy && {
      copy: {
        ...copy,
        issuer: issuerOf(copy.issuer, 'copy.issuer'),
        ...(copy.signature && { signature: signatureCapitals(copy.signature, 'copy.signature', capitals) }),
      },
    }),
  };
  if (header.titleKind || number?.typeCode || header.vv)
    ctx.record(
      'kind',
      (ctx.sources[PRINTED_PATHS.titleLine] ??
        ctx.sources[PRINTED_PATHS.numberLine] ??
        ctx.sources[PRINTED_PATHS.subjectLine])!,
    );
  if (regime !== 'hanh-chinh' && ctx.sources[PRINTED_PATHS.numberLine])
    ctx.record(
      'regime',
      (ctx.sources[PRINTED_PATHS.nationalName] && header.party
        ? ctx.sources[PRINTED_PATHS.nationalName]
        : ctx.sources[PRINTED_PATHS.numberLine])!,
    );
  reportUnassigned(ctx);
  const parsed = ReadDocumentSchema.safeParse(draft);
  const document = parsed.success ? parsed.data : salvage(draft, ctx);
  const unread = lostParts(ctx, document, header, issuer.parent);
  // A signature block read without its name was reported once by the closing reader and left out:
  // it is not "missing" again.
  if (document.signatures.length === 0 && ctx.diagnostics.some((d) => d.id === 'text/signature-name-missing'))
    unread.push('signatures');
  if (closingStart < tailStart && emptyDistributionCell(lines, cells[closingStart]!, document)) {
    unread.push('distribution', 'archive');
    ctx.report(
      'text/distribution-cell-empty',
      'warning',
      'Ô "Nơi nhận" của bảng cuối văn bản để trống: bản sao có thể đã mất nơi nhận',
      'The Nơi nhận cell of the closing table is empty: the copy may have lost the distribution',
      ctx.span(cells[closingStart]!),
      'distribution',
    );
  }
  // A run-on copy (OCR without layout, lossy PDF text) shows neither the layout nor, surely, the
  // letters of its parts: what was read is given, but nothing of its form is judged (text/run-on).
  const notJudged = [...new Set([...unread, ...(runOn ? RUN_ON_UNREAD : []), ...ctx.misread])];
  return {
    document,
    diagnostics: ctx.diagnostics,
    sources: ctx.sources,
    ...(notJudged.length > 0 && { unread: notJudged }),
  };
}

/** The parts of a run-on copy whose form is not judged: every part the Decree lays out. */
const RUN_ON_UNREAD = [
  'nationalTitle',
  'issuer',
  'numberLine',
  'number',
  'notation',
  'placeDateLine',
  'place',
  'date',
  'titleLine',
  'subjectLine',
  'subject',
  'recipients',
  'body',
  'signatures',
  'distribution',
  'archive',
  'appendices',
];

/** A signature with its upper-case lines (authority, title) through `fix`. */
function signatureCapitals<T extends { authority: { prefix: string; of: string }[]; title?: string }>(
  sig: T,
  path: string,
  fix: (text: string, path: string) => string,
): T {
  return {
    ...sig,
    authority: sig.authority.map((a, m) => ({ ...a, of: fix(a.of, `${path}.authority.${m}`) })),
    ...(sig.title !== undefined && { title: fix(sig.title, `${path}.title`) }),
  };
}

function repairBlock<T extends { type: string }>(block: T, fix: (t: string) => string): T {
  const b = block as Record<string, unknown>;
  const out: Record<string, unknown> = { ...b };
  for (const key of ['text', 'title']) if (typeof b[key] === 'string') out[key] = fix(b[key] as string);
  if (Array.isArray(b.items)) out.items = (b.items as string[]).map(fix);
  return out as T;
}

/**
 * The kind from the tên loại line, the type code, V/v; công văn by default (nd30.md §2.3: V/v is
 * the reliable signal), then `assumed`, as nothing in the text said so.
 */
function detectKind(header: HeaderFields): KindInfo & { assumed?: true } {
  if (header.titleKind) return header.titleKind;
  // A V/v and no tên loại is a công văn whatever the ký hiệu looks like: "CT-CS" is Cục Thuế, not Chỉ thị (nd30.md §2.3).
  if (header.vv) return ALL_KINDS.find((k) => k.slug === 'cong-van')!;
  const code = header.number?.typeCode;
  if (code) return kindByCode(code)!;
  const first = header.number?.groups[0];
  const other = first ? ALL_KINDS.find((k) => 'code' in k && k.code === first) : undefined;
  if (other) return other;
  return { ...ALL_KINDS.find((k) => k.slug === 'cong-van')!, assumed: true };
}

/** Index of the first cell of the appendices or copy block, or the end. */
function findTail(ctx: ReadContext): number {
  const cells = ctx.cells;
  let seenClosing = false;
  let seenName = false;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (
      !seenClosing &&
      ((distributionLabelLength(c) !== undefined && c.text.includes(':')) ||
        (isArchiveCell(c) && c.text.includes(':')) ||
        // A signer's authority line ("KT. CHỦ TỊCH") over the name: the closing, when its Nơi nhận cell came empty.
        (AUTHORITY_START.test(c.text) &&
          isAuthorityCell(c) &&
          cells.slice(k + 1, k + 5).some((n) => isPersonName(n.text))))
    )
      seenClosing = true;
    if (!seenClosing || c.shared) continue;
    if (appendixNumber(c)) return k;
    if (copyForm(c)) return copyStart(cells, k);
    // A document issued with this one (the Quy định after a Quyết định) starts with its own tên loại.
    if (seenName && titleKind(c.text) && !c.shared) return k;
    // Or with a title in capitals over "(Kèm theo Quyết định số …)" (a "DANH MỤC …" list, a form): its
    // own Nơi nhận, if it has one, is not the document's.
    if (seenName && ATTACHED_TO.test(c.text)) return titleAbove(cells, k);
    if (seenClosing && isPersonName(c.text)) seenName = true;
  }
  return cells.length;
}

// What an authority line starts with, looked at before parsing one (findTail sees every cell of the body).
const AUTHORITY_START = /^[*_]*(?:T\s*\/?\s*M|K\s*\/?\s*T|T\s*\/?\s*L|TUQ|Q)\s*\./iu;

// The line under the title of what is issued with a document: "(Kèm theo Quyết định số …)" (PL I, I.III.1).
const ATTACHED_TO = /^[*_]*\(\s*(?:ban hành\s+)?kèm theo\s/iu;

/** The first line of the capitals title over cell `at` (up to 8 lines), or `at` when none stands there. */
function titleAbove(cells: readonly Cell[], at: number): number {
  let start = at;
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const c = cells[k]!;
    if (c.rule) continue;
    if (c.shared || !isUpperVi(c.text)) break;
    start = k;
  }
  return start;
}

/**
 * Where a copy block whose label is cell `label` starts: Mẫu 3.1 puts the copying organisation and
 * its Số at the left of the label's row, so a layout read column by column (DOCX) gives them before
 * the label; they start after the separating rule when only such lines stand between.
 */
function copyStart(cells: readonly Cell[], label: number): number {
  let start = label;
  for (let k = label - 1; k >= 0 && k >= label - 8; k--) {
    const c = cells[k]!;
    if (!(c.rule || isUpperVi(c.text) || isNumberLine(c))) break;
    start = k;
  }
  // Rules at the start are the block's separator, not its lines.
  while (start < label && cells[start]!.rule) start++;
  return start;
}

/** Appendices (Phụ lục, PL I, I.III.1) and the bản sao block (PL I Part II) after the closing part. */
function readTail(
  ctx: ReadContext,
  from: number,
  runningHeaders: ReadonlySet<string>,
): { appendices: Appendix[]; copy?: CopyBlock } {
  const cells = ctx.cells;
  const appendices: Appendix[] = [];
  let copy: CopyBlock | undefined;
  let i = from;
  while (i < cells.length) {
    const c = cells[i]!;
    const appendix = appendixNumber(c);
    if (appendix) {
      let end = i + 1;
      while (end < cells.length && !(appendixNumber(cells[end]!) || copyForm(cells[end]!))) end++;
      if (end < cells.length && copyForm(cells[end]!)) end = Math.max(i + 1, copyStart(cells, end));
      const k = appendices.length;
      ctx.use(c);
      ctx.record(`appendices.${k}`, ctx.span(c));
      let j = i + 1;
      let title: string | undefined;
      let reference: string | undefined;
      // The title in capitals, wrapped over as many lines as it takes.
      let t = j;
      while (t < end && isUpperVi(cells[t]!.text) && !/^\(/.test(cells[t]!.text)) t++;
      if (t > j) {
        title = cells
          .slice(j, t)
          .map((x) => x.text)
          .join(' ');
        ctx.use(...cells.slice(j, t));
        ctx.record(`appendices.${k}.title`, ctx.span(cells[j]!, cells[t - 1]!));
        j = t;
      }
      const r = cells[j];
      // "(Kèm theo …)", or "(Ban hành kèm theo …)" under a regulation's appendix.
      if (r && j < end && /^\(\s*(?:ban hành\s+)?kèm theo/iu.test(r.text)) {
        let last = r;
        while (!/\)$/.test(last.text) && last.id + 1 < end) last = cells[last.id + 1]!;
        const text = cells
          .slice(r.id, last.id + 1)
          .map((x) => x.text)
          .join(' ');
        // Markdown emphasis a web copy left inside the brackets ("*(Kèm theo …*)") is not text.
        reference = text.replace(/^\(\s*/, '').replace(/[\s*_]*\)$/, '');
        ctx.use(...cells.slice(r.id, last.id + 1));
        ctx.record(`appendices.${k}.reference`, ctx.span(r, last));
        j = last.id + 1;
      }
      const body = readBody(ctx, j, end, { legalBasis: false, runningHeaders }, `appendices.${k}.body`);
      appendices.push({
        ...(appendix.number && { number: appendix.number }),
        ...(title && { title }),
        ...(reference && { reference }),
        body,
      });
      i = end;
      continue;
    }
    const form = copyForm(c);
    if (form) {
      copy = readCopy(
        ctx,
        i,
        form,
        cells.slice(from, i).filter((x) => !ctx.used[x.id]),
      );
      break;
    }
    i++;
  }
  return { appendices, ...(copy && { copy }) };
}

/** The copy block labelled at cell `at`; `before` holds its cells read ahead of the label (see {@link copyStart}). */
function readCopy(ctx: ReadContext, at: number, form: CopyBlock['form'], before: readonly Cell[]): CopyBlock {
  const cells = ctx.cells;
  const label = cells[at]!;
  ctx.use(label);
  ctx.record(PRINTED_PATHS.copyLabel, ctx.span(label));
  ctx.record('copy.form', ctx.span(label));
  // The closing part starts at the first cell after the label that is none of the block's own lines.
  let i = cells.length;
  const names: Cell[] = [];
  let number: ReturnType<typeof parseNumberNotation> | undefined;
  let place: string | undefined;
  let date: string | undefined;
  const ahead = [...before, ...cells.slice(at + 1)];
  for (let k = 0; k < ahead.length; k++) {
    const c = ahead[k]!;
    if (c.rule) continue;
    // A copy block has no Quốc hiệu or Tiêu ngữ (PL I Part II.II): kept apart, so that the validator can say so.
    if (isNationalName(c) || isMotto(c)) {
      ctx.use(c);
      ctx.record(PRINTED_PATHS.copyNationalTitle, ctx.span(c));
      continue;
    }
    if (!number && isNumberLine(c)) {
      number = parseNumberNotation(c.text);
      ctx.use(c);
      ctx.record('copy.numberLine', ctx.span(c));
      recordNumberParts(ctx, number, c, c, 'copy.');
      continue;
    }
    if (placeDateShape(c) === 'whole') {
      const p = parsePlaceDate(c.text);
      place = p.place;
      date = p.date;
      ctx.use(c);
      const span = ctx.span(c);
      ctx.record('copy.placeDateLine', span);
      if (place) ctx.record('copy.place', span);
      if (date) ctx.record('copy.date', span);
      continue;
    }
    if (!number && isUpperVi(c.text)) {
      names.push(c);
      ctx.use(c);
      continue;
    }
    if (k < before.length) continue;
    i = c.id;
    break;
  }
  const closing = readClosing(ctx, i, cells.length, 'copy.');
  const parent =
    names.length > 1
      ? names
          .slice(0, -1)
          .map((c) => c.text)
          .join(' ')
      : undefined;
  if (names.length) ctx.record('copy.issuer.name', ctx.span(names.at(-1)!));
  return {
    form,
    issuer: { name: names.at(-1)?.text ?? 'KHÔNG RÕ', ...(parent && { parent }) },
    ...(number?.number !== undefined && number.number > 0 && { number: number.number }),
    ...(number?.notation && { notation: number.notation }),
    ...(place && { place }),
    ...(date && { date }),
    ...(closing.signatures[0] && { signature: closing.signatures[0] }),
    distribution: closing.distribution,
    archive: closing.archive,
  };
}

/** Reports of unassigned text given one by one; the rest are counted in one summary. */
const MAX_UNASSIGNED_REPORTS = 500;

/** Every cell no part claimed is reported, never dropped. */
function reportUnassigned(ctx: ReadContext): void {
  const cells = ctx.cells;
  let reported = 0;
  let more = 0;
  let firstMore: ReturnType<ReadContext['span']> | undefined;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (ctx.used[k] || c.rule || !/[\p{L}\p{N}]/u.test(c.text)) continue;
    let last = c;
    while (
      last.id + 1 < cells.length &&
      !ctx.used[last.id + 1] &&
      !cells[last.id + 1]!.rule &&
      cells[last.id + 1]!.row <= last.row + 1
    )
      last = cells[last.id + 1]!;
    k = last.id;
    if (reported < MAX_UNASSIGNED_REPORTS) {
      reported++;
      ctx.report(
        'text/unassigned',
        'info',
        'Đoạn văn bản không thuộc thành phần thể thức nào',
        'Text not assigned to any part of the document',
        ctx.span(c, last),
      );
    } else {
      more++;
      firstMore ??= ctx.span(c, c);
    }
  }
  // Past the limit, one summary at the first one left out: the text is still reported, not dropped.
  if (more)
    ctx.report(
      'text/unassigned',
      'info',
      `Và ${more} đoạn văn bản khác không thuộc thành phần thể thức nào (không liệt kê từng đoạn)`,
      `And ${more} more pieces of text not assigned to any part of the document (not listed one by one)`,
      firstMore,
    );
}

/** When the draft does not fit the model (e.g. an empty name), keeps what fits and reports the rest. */
function salvage(draft: Record<string, unknown>, ctx: ReadContext): ReadDocument {
  const parsed = ReadDocumentSchema.safeParse(draft);
  if (parsed.success) return parsed.data;
  const copy: Record<string, unknown> = { ...draft };
  for (const issue of parsed.error.issues) {
    const top = String(issue.path[0]);
    ctx.report(
      'text/invalid-field',
      'warning',
      `Không đọc được trường "${issue.path.join('.')}"`,
      `Could not read the field "${issue.path.join('.')}"`,
      undefined,
      issue.path.join('.'),
    );
    delete copy[top];
  }
  const again = ReadDocumentSchema.safeParse(copy);
  return again.success ? again.data : ReadDocumentSchema.parse({});
}

// A line that holds no text of a table row: a pipe, emphasis marks a web copy left, or nothing.
const EMPTY_CELL_LINE = /^[\s|*_]*$/u;

/**
 * Whether the closing table's left cell, where Nơi nhận stands (ô 9b), was empty in the copy: a
 * signature was read but no Nơi nhận or Lưu, and the lines just above the signature are two or more
 * row separators ("|") with nothing but emphasis marks between them. A web copy drops the Nơi nhận so.
 */
function emptyDistributionCell(lines: readonly TextLine[], first: Cell, document: ReadDocument): boolean {
  if (document.signatures.length === 0 || document.distribution.length > 0 || document.archive.length > 0) return false;
  let at = lines.findIndex((l) => l.offset === first.line.offset);
  let pipes = 0;
  while (--at >= 0 && EMPTY_CELL_LINE.test(lines[at]!.text)) if (lines[at]!.text.includes('|')) pipes++;
  return pipes >= 2;
}

/**
 * The parts the input lost, each reported once here so that no rule reports it again: the header
 * when neither the Quốc hiệu, the Số line nor an issuer was found (a web copy that kept the body
 * only); the closing when neither a signature, Nơi nhận nor Lưu was found (a copy cut before its
 * end), and with it the end of the body.
 */
function lostParts(ctx: ReadContext, document: ReadDocument, header: HeaderFields, parent?: string): string[] {
  const out: string[] = [];
  const s = ctx.sources;
  if (!s[PRINTED_PATHS.nationalName] && !s[PRINTED_PATHS.numberLine] && !document.issuer && !parent) {
    out.push('nationalTitle', 'issuer', 'number', 'notation', 'numberLine', 'place', 'date', 'placeDateLine');
    if (!header.titleKind) out.push('kind', 'titleLine');
    ctx.report(
      'text/header-missing',
      'warning',
      'Không thấy phần đầu văn bản (Quốc hiệu, tên cơ quan, số, ngày): bản sao có thể đã mất phần đó',
      'The head of the document (Quốc hiệu, issuer, number, date) was not found: the copy may have lost it',
    );
  } else if (!document.issuer) {
    ctx.report(
      'text/issuer-missing',
      'warning',
      'Không tìm thấy tên cơ quan ban hành',
      'The issuing body was not found',
      undefined,
      'issuer.name',
    );
  }
  if (document.signatures.length === 0 && document.distribution.length === 0 && document.archive.length === 0) {
    out.push('signatures', 'distribution', 'archive');
    if (document.body.length > 0) out.push(`body.${document.body.length - 1}`);
    ctx.report(
      'text/closing-missing',
      'warning',
      'Không thấy phần cuối văn bản (chữ ký, nơi nhận): bản sao có thể đã bị cắt',
      'The closing part (signature, Nơi nhận) was not found: the copy may have been cut',
    );
  }
  return out;
}
