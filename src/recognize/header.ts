import {
  lawPrefixLength,
  confidentialityOf,
  isBareNumberLabel,
  isCirculation,
  isMotto,
  isNationalName,
  isNumberLine,
  isPartyName,
  placeDateFold,
  recipientsLabelLength,
  subjectPrefixLength,
  titleKind,
  urgencyOf,
} from './classify.js';
import { parseNumberNotation, type ParsedNumberNotation } from '../grammar/number-notation.js';
import { parsePlaceDate } from '../grammar/place-date.js';
import { isUpperVi } from '../grammar/case.js';
import type { Issuer } from '../model/issuer.js';
import { PRINTED_PATHS } from '../model/source.js';
import type { KindInfo } from '../registry/kinds.js';
import type { Cell } from './cells.js';
import type { ReadContext } from './context.js';

/**
 * The header (ô 1–5, 10, 11): agency names, Quốc hiệu and Tiêu ngữ, Số, place and date, tên loại
 * and trích yếu or V/v, the stamps. The two columns arrive in any flattened order, so each cell is
 * recognised by what it says, not by where it is.
 *
 * @module
 */

/** What the header held. */
export interface HeaderFields {
  issuers: Issuer[];
  number?: ParsedNumberNotation;
  place?: string;
  date?: string;
  /** The date line printed with its day and month blank, as a draft has it ("ngày     tháng     năm 2025"). */
  blankDate?: { readonly year?: number };
  titleKind?: KindInfo;
  /** The trích yếu as printed, without "V/v". */
  subject?: string;
  /** True when the subject came with a V/v prefix (công văn, ô 5b). */
  vv: boolean;
  party: boolean;
  urgency?: 'khan' | 'thuong-khan' | 'hoa-toc';
  confidentiality?: 'mat' | 'toi-mat' | 'tuyet-mat';
  circulation?: string;
  /** The agency lines read (folded): repeated in the body after a page break, they are a running header. */
  agencyLines: Set<string>;
}

// Words that open an agency name; a wrapped line that does not start with one continues the name above.
const AGENCY_HEAD =
  /^(uy ban|ubnd|hdnd|hoi dong|bo |so |cuc |chi cuc|tong cuc|van phong|ban |phong |truong |trung tam|vien |hoc vien|dai hoc|benh vien|cong an|thanh tra|kho bac|ngan hang|toa an|tinh uy|thanh uy|huyen uy|dang uy|dang bo|tap doan|tong cong ty|cong ty|lien doan|hoi |doan |mat tran|bo chi huy|bo tu lenh|quan khu|ban chap hanh|to |dai |bao |kiem toan|bhxh|bao hiem)/;

// The centred authority line of Mẫu 1.1–1.3 under the title block: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN TỈNH …".
const AUTHORITY_LINE =
  /^(chu tich|bo truong|thu truong|giam doc|cuc truong|tong giam doc|hoi dong nhan dan|uy ban nhan dan|chinh phu|thu tuong|quoc hoi|uy ban thuong vu)\b/;

const STAMP_NOISE = /@|\d{1,2}:\d{2}:\d{2}|^ky boi|^\+07:00|^thoi gian ky|^co quan:|^email:/;

/**
 * Reads the header from cell `start`; returns the fields and the index of the first cell after it.
 * Stops at "Kính gửi", at the first body-like cell once a Số, date or title was read, or at the end.
 */
export function readHeader(ctx: ReadContext, start: number): { header: HeaderFields; next: number } {
  const cells = ctx.cells;
  const header: HeaderFields = { issuers: [], vv: false, party: false, agencyLines: new Set() };
  const agencyGroups: Cell[][] = [];
  let group: Cell[] = [];
  let seenCore = false; // Số, date, Quốc hiệu, title
  let seenDate = false;
  let seenTitle = false;
  let i = start;
  const closeGroup = () => {
    if (group.length) agencyGroups.push(group);
    group = [];
  };
  // The header sits at the top: past this many cells without one of its parts, there is none.
  const limit = Math.min(cells.length, start + 400);
  for (; i < limit; i++) {
    const cell = cells[i]!;
    if (cell.rule) {
      if (group.length) closeGroup();
      continue;
    }
    if (recipientsLabelLength(cell) !== undefined) break;
    if (STAMP_NOISE.test(cell.fold) && !header.number) {
      // A digital-signature stamp printed above the header (pdftotext of signed PDFs): its caps lines are no agency.
      group = group.filter((g) => g.row < cell.row - 6);
      continue;
    }
    const national = isNationalName(cell);
    if (national) {
      let last = cell;
      if (national === 'start' && cells[i + 1] && /viet nam$/.test(cells[i + 1]!.fold)) last = cells[++i]!;
      ctx.use(cell, last);
      ctx.record(PRINTED_PATHS.nationalName, ctx.span(cell, last));
      if (national === 'misread') misread(ctx, PRINTED_PATHS.nationalName, cell);
      seenCore = true;
      continue;
    }
    const party = isPartyName(cell);
    if (party && (party === 'whole' || /viet nam$/.test(cells[i + 1]?.fold ?? ''))) {
      header.party = true;
      const last = party === 'whole' ? cell : cells[++i]!;
      ctx.use(cell, last);
      ctx.record(PRINTED_PATHS.nationalName, ctx.span(cell, last));
      seenCore = true;
      continue;
    }
    if (isMotto(cell)) {
      ctx.use(cell);
      ctx.record(PRINTED_PATHS.motto, ctx.span(cell));
      continue;
    }
    if (isCirculation(cell)) {
      header.circulation = cell.text;
      ctx.use(cell);
      ctx.record('circulation', ctx.span(cell));
      continue;
    }
    const urgency = urgencyOf(cell);
    if (urgency) {
      header.urgency = urgency;
      ctx.use(cell);
      ctx.record('urgency', ctx.span(cell));
      continue;
    }
    const secret = confidentialityOf(cell);
    if (secret) {
      header.confidentiality = secret;
      ctx.use(cell);
      ctx.record('confidentiality', ctx.span(cell));
      continue;
    }
    if (
      !header.number &&
      (isNumberLine(cell) || (isBareNumberLabel(cell) && cells[i + 1] && /^[0-9oli]+\s*\//.test(cells[i + 1]!.fold)))
    ) {
      const last = isNumberLine(cell) ? cell : cells[++i]!;
      const own = cell.text.slice(lawPrefixLength(cell));
      const text = cell === last ? own : `${own} ${last.text}`;
      header.number = parseNumberNotation(text);
      // "S6:" (ố read as 6), "S 291/…" (ố lost), "1906 ISGDĐT-…" (the "/" read as I): OCR's, not the print's.
      if (
        /^s(?:6\s*:|\s+\d)/iu.test(own) ||
        header.number.deviations.some((d) => d.code === 'slash-missing' && text.includes(' I'))
      )
        misread(ctx, PRINTED_PATHS.numberLine, cell);
      ctx.use(cell, last);
      const span = ctx.span(cell, last);
      ctx.record(PRINTED_PATHS.numberLine, span);
      recordNumberParts(ctx, header.number, cell, last);
      closeGroup();
      seenCore = true;
      // The V/v of a công văn sits under the Số line (ô 5b).
      continue;
    }
    // "Số: 542" and, lines below, "/TB-UBND": a number filled in at issuance that the copy (pdftotext of a
    // signed PDF) set apart from its ký hiệu. Read together; the line's form is not the print's.
    const notationAt = !header.number && NUMBER_ONLY.test(cell.fold) ? apartNotation(ctx, i) : undefined;
    if (notationAt !== undefined) {
      const notation = cells[notationAt]!;
      header.number = parseNumberNotation(`${cell.text}${notation.text}`);
      ctx.use(cell, notation);
      ctx.record(PRINTED_PATHS.numberLine, ctx.span(cell));
      recordNumberParts(ctx, header.number, cell, notation);
      ctx.misread.add(PRINTED_PATHS.numberLine);
      ctx.report(
        'text/number-apart',
        'info',
        `Số "${cell.text}" và ký hiệu "${notation.text}" nằm cách nhau trong bản sao: đọc chung, không xét hình thức dòng Số`,
        `The number "${cell.text}" and the ký hiệu "${notation.text}" stand apart in the copy: read together, the Số line's form not judged`,
        ctx.span(cell),
        PRINTED_PATHS.numberLine,
      );
      closeGroup();
      seenCore = true;
      continue;
    }
    let vvAt = subjectPrefixLength(cell);
    if (
      vvAt === undefined &&
      header.number &&
      !header.subject &&
      !seenTitle &&
      /^v[eề]\s*:?\s/.test(cell.fold) &&
      cells[i - 1] &&
      cells[i - 1]!.row >= cell.row - 2 &&
      !cell.shared
    )
      // "Về việc …" is the subject itself; "Về: …" labels it as "V/v:" does.
      vvAt = /^ve\s*:\s*/.exec(cell.fold)?.[0].length ?? 0;
    // The V/v sits under the Số line: one above every header part is a page title (web copies), not the subject.
    if (vvAt !== undefined && !header.subject && seenCore) {
      const parts = takeContinuation(ctx, i, true);
      // The subject line is printed with its "V/v"; the subject starts after it.
      readSubject(ctx, header, parts, vvAt, parts[0]!.from);
      header.vv = true;
      i += parts.length - 1;
      seenCore = true;
      continue;
    }
    const placeDate = !seenDate ? placeDateAt(ctx, i) : undefined;
    if (placeDate) {
      let first = cell;
      const last = placeDate.last;
      // A place name wrapped above ("Thành phố Hồ Chí" / "Minh, ngày …").
      const prev = cells[first.id - 1];
      // Or the line broken right after the place's comma ("Quảng Bình," / "ngày 25 tháng 5 năm 2015").
      const afterComma =
        /^ng\S{0,2}y/.test(cell.fold) && prev !== undefined && /^\p{Lu}[^,\d:/]{0,40},$/u.test(prev.text);
      if (
        (/^[^\s,]+\s*,\s*ng/.test(cell.fold) || afterComma) &&
        prev &&
        !ctx.used[prev.id] &&
        !prev.rule &&
        prev.row === cell.row - 1 &&
        /^\p{Lu}/u.test(prev.text) &&
        !isUpperVi(prev.text)
      ) {
        first = prev;
        group = group.filter((g) => g !== prev);
      }
      const text = first === cell ? placeDate.text : `${first.text} ${placeDate.text}`;
      const parsed = parsePlaceDate(text);
      if (parsed.place) header.place = parsed.place;
      if (parsed.date) header.date = parsed.date;
      else if (parsed.deviations.some((d) => d.code === 'date-blank'))
        header.blankDate = parsed.year === undefined ? {} : { year: parsed.year };
      ctx.use(...cells.slice(first.id, last.id + 1));
      const span = ctx.span(first, last);
      ctx.record(PRINTED_PATHS.placeDateLine, span);
      if (parsed.place) ctx.record('place', span);
      if (parsed.date) ctx.record('date', span);
      i = last.id;
      seenDate = true;
      seenCore = true;
      closeGroup();
      continue;
    }
    let kind = titleKind(cell.text);
    let titleLast = cell;
    if (!kind && cells[i + 1] && isUpperVi(cell.text) && cell.text.length <= 12 && aloneOnLine(ctx, cell)) {
      kind = titleKind(`${cell.text} ${cells[i + 1]!.text}`);
      if (kind) titleLast = cells[i + 1]!;
    }
    // "HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG": the tên loại and its trích yếu on one line.
    let subjectOnTitleLine: number | undefined;
    if (!kind && !seenTitle && (seenCore || group.length > 0) && isUpperVi(cell.text)) {
      const m = /^(\p{Lu}[\p{Lu} ]{2,24}?) (?=VỀ )/u.exec(cell.text);
      const glued = m ? titleKind(m[1]!) : undefined;
      if (glued?.parts.subject) {
        kind = glued;
        subjectOnTitleLine = m![0].length;
      }
    }
    // A copy that lost its header (a web page that kept the document from its title on) opens with the tên loại.
    const opensInput = () => cells.slice(start, i).every((c) => c.rule || !/\p{L}/u.test(c.text));
    if (kind && !seenTitle && aloneOnLine(ctx, cell) && (seenCore || group.length > 0 || opensInput())) {
      header.titleKind = kind;
      ctx.use(cell, titleLast);
      closeGroup();
      seenTitle = true;
      seenCore = true;
      if (subjectOnTitleLine !== undefined) {
        const at = cell.from + rawPrefix(cell, subjectOnTitleLine);
        ctx.record(PRINTED_PATHS.titleLine, ctx.span(cell, cell, cell.from, at - 1));
        const parts = takeContinuation(ctx, i, false);
        readSubject(ctx, header, parts, subjectOnTitleLine);
        i += parts.length;
        break;
      }
      ctx.record(PRINTED_PATHS.titleLine, ctx.span(cell, titleLast));
      i = titleLast.id;
      const next = cells[i + 1];
      // Giấy giới thiệu and giấy nghỉ phép have no trích yếu (Mẫu 1.8, 1.10).
      if (
        kind.parts.subject &&
        next &&
        !next.rule &&
        next.row <= titleLast.row + 2 &&
        !startsOtherPart(next) &&
        !setAsBodyText(next)
      ) {
        const agencies = new Set([...agencyGroups.flat(), ...group].map((c) => c.fold));
        const parts = takeContinuation(ctx, i + 1, false, agencies);
        readSubject(ctx, header, parts, 0);
        i += parts.length;
      }
      // The header ends with the title block (ô 5a); Kính gửi or the body follow.
      i++;
      break;
    }
    if (!seenCore || (!header.number && !seenDate && isUpperVi(cell.text))) {
      // A label and a figure ("VIEWS: 10 PAGES: 1", a document site's counter) name no agency.
      if (isUpperVi(cell.text) && /\p{L}{2}/u.test(cell.text) && cell.text.length <= 90 && !/:\s*\d/u.test(cell.text)) {
        // An agency name takes a few lines; a longer run of capitals is something else (reported unassigned).
        if (group.length < 8) group.push(cell);
        continue;
      }
      if (!seenCore) {
        // Text above the header (web page chrome, stamps): reported as unassigned. The capitals seen
        // before it were no issuer either (a site's heading, "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI"): the issuer
        // lines run on into the header with nothing but rules between them.
        if (/\p{L}{2}/u.test(cell.text)) {
          agencyGroups.length = 0;
          group = [];
        }
        continue;
      }
    }
    if (
      isUpperVi(cell.text) &&
      /\p{L}{2}/u.test(cell.text) &&
      cell.text.length <= 90 &&
      !seenDate &&
      !header.subject &&
      cell.shared
    ) {
      group.push(cell);
      continue;
    }
    if (!(header.number && seenDate && (seenTitle || header.subject)) && headerPartAhead(ctx, i)) continue;
    break;
  }
  closeGroup();
  if (!seenCore) {
    // No header part at all: the capitals seen were not an agency name; the body starts at the top.
    agencyGroups.length = 0;
    i = start;
  }
  header.issuers = agencyGroups.flatMap((g) =>
    issuersOf(ctx, g, agencyGroups.length > 1 ? agencyGroups.indexOf(g) : 0),
  );
  for (const g of agencyGroups) for (const c of g) header.agencyLines.add(c.fold);
  return { header, next: i };
}

/** Whether a header part (Số, date, title, Quốc hiệu) follows within a few cells: then the cell is noise inside the header. */
function headerPartAhead(ctx: ReadContext, i: number): boolean {
  for (let k = i + 1; k < ctx.cells.length && k <= i + 4; k++) {
    const c = ctx.cells[k]!;
    if (recipientsLabelLength(c) !== undefined) return false;
    if (isNumberLine(c) || isNationalName(c) || isMotto(c) || placeDateAt(ctx, k) || titleKind(c.text)) return true;
  }
  return false;
}

// A date in figures after the place ("Quảng Ngãi, 09/4/2024", "Hà Nội, ngày 9/4/2024"), on folded text:
// the reader keeps it as the place and date line so that the validator can report its form (PL I, I.II.4.b).
const NUMERIC_DATE_LINE =
  /^(?:[a-z][a-z .'-]{0,48},\s*(?:ngay\s*)?|ngay\s*)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\.?$/;

/** A place and date line starting at cell `i`, possibly wrapped over up to three cells. */
function placeDateAt(ctx: ReadContext, i: number): { last: Cell; text: string } | undefined {
  const cells = ctx.cells;
  const cell = cells[i]!;
  if (cell.text.length <= 80 && NUMERIC_DATE_LINE.test(cell.fold.replace(/^[*_\s]+|[*_\s]+$/g, '')))
    return { last: cell, text: cell.text };
  if (!/(^|[\s,])ng\S{0,2}y(\s|\d|$)/.test(cell.fold) || cell.text.length > 120) return undefined;
  let text = cell.text;
  let fold = cell.fold;
  let last = cell;
  for (let n = 0; n < 3; n++) {
    if (placeDateFold(fold) === 'whole') return { last, text };
    const next = cells[last.id + 1];
    // A blank line may part the date's own pieces ("Hà Nội, ngày" / "" / "tháng" / "" / "năm 2016", a draft from Word).
    const reach = /^(?:thang|nam)(?:\s|\d|$)/.test(next?.fold ?? '') ? 2 : 1;
    if (!next || next.rule || next.row > last.row + reach || next.text.length > 40) return undefined;
    text = `${text} ${next.text}`;
    fold = `${fold} ${next.fold}`;
    last = next;
  }
  return undefined;
}

/**
 * Whether the reader saw `cell` set as running text: regular weight, justified or from the left. A trích yếu is
 * centred and bold (PL I, I.II.5.b); a body paragraph right under the title is the body of a
 * document printed without one.
 */
function setAsBodyText(cell: Cell): boolean {
  const hints = cell.line.hints;
  return hints?.bold === false && (hints.alignment === 'justify' || hints.alignment === 'left');
}

/**
 * Whether `cell` has its line to itself, a markdown table's borders aside ("| GIẤY MỜI") and the header parts
 * already read before it ("Đông Hà, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH", the date line read).
 */
function aloneOnLine(ctx: ReadContext, cell: Cell): boolean {
  if (!cell.shared) return true;
  const other = (c: Cell) => c.text !== '' && !(c.id < cell.id && ctx.used[c.id]);
  for (let k = cell.id - 1; k >= 0 && ctx.cells[k]!.row === cell.row; k--) if (other(ctx.cells[k]!)) return false;
  for (let k = cell.id + 1; k < ctx.cells.length && ctx.cells[k]!.row === cell.row; k++)
    if (other(ctx.cells[k]!)) return false;
  return true;
}

function startsOtherPart(cell: Cell): boolean {
  return (
    recipientsLabelLength(cell) !== undefined ||
    /^(can cu|dieu \d|(?:chuong|phan) (?:[ivxlc]+|\d+)(?![a-z\d])|\d+\.|[a-z]\))/.test(cell.fold)
  );
}

const PLACE_LINE = /^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)\s/u;

// A trích yếu in capitals citing a document goes on with its number: "… KÈM THEO NGHỊ QUYẾT" / "SỐ 09/2022/NQ-HĐND …".
const CITED_KIND_END =
  /\b(?:nghi quyet|quyet dinh|thong tu|nghi dinh|chi thi|cong van|ke hoach|luat|phap lenh|van ban|thong bao|huong dan)$/u;

/** Whether `c` names the State in a citation ("CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …"), not the Quốc hiệu. */
function citesState(prev: Cell, c: Cell): boolean {
  return /\bnuoc cong hoa\b/u.test(c.fold) || /\bnuoc$/u.test(prev.fold);
}

/** The cells that continue a subject from cell `i`: adjacent rows, no rule or blank line, no other header part. */
function takeContinuation(
  ctx: ReadContext,
  i: number,
  inHeader: boolean,
  agencies: ReadonlySet<string> = new Set(),
): Cell[] {
  const cells = ctx.cells;
  const parts = [cells[i]!];
  // A trích yếu in capitals ends where the case changes, so it may run longer (16 lines citing three
  // quyết định in a Đà Nẵng "BÃI BỎ …").
  const maxLines = isUpperVi(parts[0]!.text) ? 24 : 12;
  for (let j = i + 1; j < cells.length && parts.length < maxLines; j++) {
    const c = cells[j]!;
    const prev = parts.at(-1)!;
    if (c.rule || c.row > prev.row + 1 || ctx.used[c.id]) break;
    // A trích yếu in capitals may cite a date ("… NGÀY 17 THÁNG 7 NĂM 2017 …"): a place and date line is not in capitals.
    const capsRun = isUpperVi(parts[0]!.text) && isUpperVi(c.text);
    if (
      (isNationalName(c) && !citesState(prev, c)) ||
      isPartyName(c) !== undefined ||
      isMotto(c) ||
      (!capsRun && placeDateAt(ctx, j)) ||
      recipientsLabelLength(c) !== undefined ||
      (isNumberLine(c) && !(capsRun && CITED_KIND_END.test(prev.fold))) ||
      urgencyOf(c) ||
      confidentialityOf(c) ||
      // A circulation box over the right column is read after the left column's V/v (PDF, DOCX).
      isCirculation(c)
    )
      break;
    if (inHeader && c.shared && Math.abs(c.indent - parts[0]!.indent) > 20) continue;
    if (!inHeader && startsOtherPart(c)) break;
    if (/[.;:]$/.test(prev.text) && !inHeader) break;
    if (!inHeader && isUpperVi(parts[0]!.text) && /\p{Ll}/u.test(c.text)) break; // an upper-case trích yếu ends where the case changes
    // Mẫu 1.1–1.3: the authority line follows the title block; it names a body or a head, short and unpunctuated.
    if (
      !inHeader &&
      // The body's own name as its authority line (a nghị quyết's collective: "CỤC THUẾ"); not the place
      // an issuer's name wraps to ("TỈNH BẮC NINH"), which ends many a trích yếu in capitals too.
      (AUTHORITY_LINE.test(c.fold) || (agencies.has(c.fold) && !PLACE_LINE.test(c.fold))) &&
      c.text.length <= 60 &&
      !/[;,]/u.test(c.text) &&
      !/\b(cua|ve|va|cho|tai|voi|tren|theo|den|doi|giua|thuoc)$/.test(prev.fold)
    )
      break;
    parts.push(c);
  }
  return parts;
}

function rawPrefix(cell: Cell, foldLength: number): number {
  // Folding keeps one character per letter for Vietnamese text, so the prefix length carries over.
  return Math.min(foldLength, cell.to - cell.from);
}

/**
 * Reads the trích yếu from `parts`, its first `prefix` folded characters left out (a "V/v", the tên loại on its
 * line), and records its sources: the printed subject line from `lineFrom` (by default where the subject starts).
 */
function readSubject(
  ctx: ReadContext,
  header: HeaderFields,
  parts: readonly Cell[],
  prefix: number,
  lineFrom?: number,
): void {
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const at = first.from + rawPrefix(first, prefix);
  header.subject = joinSubject(parts, prefix);
  ctx.use(...parts);
  ctx.record(PRINTED_PATHS.subjectLine, ctx.span(first, last, lineFrom ?? at));
  ctx.record('subject', ctx.span(first, last, at));
}

/** The trích yếu as one line; it takes no end punctuation (PL I, I.II.5), so a final "." or ";" is dropped. */
function joinSubject(parts: readonly Cell[], prefix: number): string {
  const text = parts.map((p, k) => (k === 0 ? p.text.slice(prefix) : p.text)).join(' ');
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[.;,]$/u, '');
}

/**
 * Records the sources of the number and the ký hiệu of a Số line read from cells `first` to `last`
 * ("Số:" may stand alone above its number); `base` prefixes the paths (`copy.` for a copy block).
 */
export function recordNumberParts(
  ctx: ReadContext,
  parsed: ParsedNumberNotation,
  first: Cell,
  last: Cell,
  base = '',
): void {
  const cells = first === last ? [first] : [first, last];
  // Where the ký hiệu is looked for: after the number (Decree 30 "05/QĐ-UBND", Party "36-HD/VPTW").
  let after: { cell: Cell; at: number } | undefined;
  if (parsed.numberText !== undefined) {
    for (const c of cells) {
      const at = c.line.text.indexOf(parsed.numberText, c.from);
      if (at < 0 || at >= c.to) continue;
      ctx.record(`${base}number`, ctx.span(c, c, at, at + parsed.numberText.length));
      after = { cell: c, at: at + parsed.numberText.length };
      break;
    }
  }
  if (parsed.notation !== undefined) {
    const head = parsed.notation.split(/[-/]/)[0]!;
    const lineText = last.line.text;
    const from =
      after?.cell === last
        ? after.at
        : last === first && after === undefined
          ? Math.max(last.from, lineText.indexOf('/', last.from))
          : last.from;
    const at = lineText.indexOf(head, from);
    if (at >= 0 && at < last.to) ctx.record(`${base}notation`, ctx.span(last, last, at, last.to));
  }
}

/** Agency lines of one group into names: the last is the issuer, the ones above its parents (PL I, I.II.2). */
function issuersOf(ctx: ReadContext, group: readonly Cell[], index: number): Issuer[] {
  const names: Cell[][] = [];
  // With DOCX hints, the weight tells them apart: the parent is regular, the issuer bold (PL I, I.II.2).
  const bold = group.map((c) => c.line.hints?.bold);
  const firstBold = bold.indexOf(true);
  if (firstBold > 0 && bold.slice(0, firstBold).every((b) => b === false)) {
    names.push(group.slice(0, firstBold), group.slice(firstBold));
  } else
    for (const cell of group) {
      const prev = names.at(-1);
      const prevText = prev?.map((c) => c.text).join(' ') ?? '';
      const opens = AGENCY_HEAD.test(cell.fold + ' ');
      if (!prev || (opens && prevText.split(' ').length >= 2 && !/[,-]$/.test(prevText))) names.push([cell]);
      else prev.push(cell);
    }
  if (names.length === 0) return [];
  ctx.use(...group);
  const text = (cs: Cell[]) =>
    cs
      .map((c) => c.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const base = index === 0 ? 'issuer' : `coIssuers.${index - 1}`;
  const issuerCells = names.at(-1)!;
  ctx.record(`${base}.name`, ctx.span(issuerCells[0]!, issuerCells.at(-1)!));
  const issuer: Issuer = { name: text(issuerCells) };
  if (names.length > 1) {
    const parentCells = names.slice(0, -1).flat();
    ctx.record(`${base}.parent`, ctx.span(parentCells[0]!, parentCells.at(-1)!));
    return [{ name: issuer.name, parent: names.slice(0, -1).map(text).join(' ') }];
  }
  return [issuer];
}

/** Records that the printed part at `path` was recognised through misread letters: its form is not judged. */
function misread(ctx: ReadContext, path: string, cell: Cell): void {
  ctx.misread.add(path);
  ctx.report(
    'text/ocr-misread',
    'info',
    `Chữ của phần này bị nhận dạng sai hoặc mất khi sao (OCR): đã nhận ra "${cell.text}" nhưng không xét hình thức`,
    `Letters of this part were misread or lost by the copy (OCR): "${cell.text}" was recognised, its form is not judged`,
    ctx.span(cell),
    path,
  );
}

// A Số line holding its number only ("Số: 542"), the ký hiệu gone elsewhere.
// Or the label alone, its number left blank (a draft converted from Word, the ký hiệu in the next cell).
const NUMBER_ONLY = /^s[o6]?\s*:\s*(?:\d{1,6})?$/u;

/** The index of the "/TB-UBND" a few lines under the number-only Số line at `i`, if one stands there unread. */
function apartNotation(ctx: ReadContext, i: number): number | undefined {
  for (let k = i + 1; k < Math.min(ctx.cells.length, i + 6); k++) {
    const c = ctx.cells[k]!;
    if (!ctx.used[c.id] && /^\/\s*\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*$/u.test(c.text)) return k;
  }
  return undefined;
}
