import { isFamilyName } from '../grammar/family-names.js';
import { parseArchiveLine } from '../grammar/archive-line.js';
import { bareSignerName, parseAuthorityLine, splitMilitaryRank } from '../grammar/authority.js';
import { isUpperVi } from '../grammar/case.js';
import type { Contact } from '../model/contact.js';
import type { Drafter } from '../model/drafter.js';
import type { Authority, Signature } from '../model/signature.js';
import { PRINTED_PATHS } from '../model/source.js';
import { type Cell, cellWithText, foldVi } from './cells.js';
import {
  contactFields,
  distributionLabelLength,
  drafterLine,
  isArchiveCell,
  isAuthorityCell,
  isCapsLine,
  isLowerCaseTitle,
  isPersonName,
  isSignatureMark,
} from './classify.js';
import type { ReadContext } from './context.js';
import { type ListItem, readEntries } from './entries.js';
import { isTableLine } from './tables.js';

/**
 * The closing part: signature blocks (ô 7a–7c, 8), Nơi nhận with its Lưu line (ô 9b), drafter code
 * and copies (ô 12), contact lines (ô 13). In a two-column layout the left (Nơi nhận) and right
 * (signature) columns arrive interleaved line by line, so cells are sorted into two streams first.
 *
 * @module
 */

/** What the closing part held. */
export interface ClosingFields {
  signatures: Signature[];
  distribution: string[];
  archive: string[];
  archiveCopies?: number;
  drafter?: Drafter;
  contact?: Contact;
}

/** True when cell `i` starts the closing part: Nơi nhận, an authority line, or a title over a name. */
export function startsClosing(ctx: ReadContext, i: number): boolean {
  const cell = ctx.cells[i]!;
  // Closing lines are short and start with N (Nơi nhận), L/- (Lưu), a prefix or a capital title: skip body lines cheaply.
  if (cell.text.length > 120 || !/^[-–•+*NnLlTKQ\p{Lu}]/u.test(cell.text)) return false;
  if (distributionLabelLength(cell) !== undefined) return true;
  if (isAuthorityCell(cell)) return true;
  if (isArchiveCell(cell) && /:/.test(cell.text)) return true;
  if (isCapsLine(cell) && cell.text.length <= 60 && !/:$/.test(cell.text)) {
    // A signer's title: upper case, then within a few lines (marks, seals, blank) a name.
    const inTable = isTableLine(cell.line.text);
    for (let j = i + 1; j < ctx.cells.length && j <= i + 6; j++) {
      const c = ctx.cells[j]!;
      if (c.row > cell.row + 8) break;
      // A name in a table under a line of capitals (a list of people under the authority line) signs nothing.
      if (c.row !== cell.row && isTableLine(c.line.text) !== inTable) break;
      if (isPersonName(bareSignerName(c.text))) return true;
      if (!(isCapsLine(c) || isSignatureMark(c) || c.rule)) break;
    }
  }
  return false;
}

interface Piece {
  cell: Cell;
  text: string;
}

interface SignatureDraft {
  authority: { value: Authority; first: Cell; last: Cell }[];
  title: Piece[];
  name: Piece[];
  mark?: Piece;
}

/**
 * Reads the closing cells `[from, to)`; `base` prefixes the paths (e.g. `copy.` for a copy block).
 * `agencyLines` are the header's agency lines (folded): the seal over the signature repeats them.
 */
export function readClosing(
  ctx: ReadContext,
  from: number,
  to: number,
  base = '',
  agencyLines: ReadonlySet<string> = new Set(),
): ClosingFields {
  const out: ClosingFields = { signatures: [], distribution: [], archive: [] };
  const signatureStream: { cell: Cell; at: number }[] = [];
  const items: ListItem[] = [];
  // A Nơi nhận whose label the copy lost starts the closing with its first entry (see unlabelledDistribution).
  const unlabelled = from < to && isUnlabelledEntry(ctx.cells[from]!);
  let inList = unlabelled;
  let dashed = unlabelled;
  let listColumn = unlabelled ? ctx.cells[from]!.column : -1;
  // The row of a markdown table that holds the label and closes on its line ("Nơi nhận: | KT. TỔNG CỤC TRƯỞNG |"):
  // its entries were in that row's cell; the lines under it are no entries unless dashed (a web page's text).
  let labelRowClosedAt = -1;
  const contact: Record<string, string> = {};
  for (let i = from; i < to; i++) {
    const cell = ctx.cells[i]!;
    if (ctx.used[cell.id]) continue;
    // A dash alone on its line in the Nơi nhận list is an entry's dash the copy set apart ("-" /
    // "Như Điều 3;"): it opens the entry on the next line, not a rule.
    if (cell.rule) {
      const below = ctx.cells[i + 1];
      if (inList && /^[-–]$/.test(cell.text.trim()) && below && below.row === cell.row + 1 && !below.rule) {
        items.push({ first: cell, last: cell, at: cell.from, text: '-' });
        dashed = true;
        ctx.use(cell);
      }
      continue;
    }
    const label = distributionLabelLength(cell);
    if (label !== undefined) {
      inList = true;
      listColumn = cell.column;
      if (/\|[^|]*\S[^|]*\|\s*$/u.test(cell.line.text)) labelRowClosedAt = cell.row;
      ctx.use(cell);
      ctx.record(
        `${base}${PRINTED_PATHS.distributionHeading}`,
        ctx.span(cell, cell, cell.from, cell.from + Math.min(label, cell.to - cell.from)),
      );
      const rest = cell.text.slice(label).trim();
      if (rest) {
        if (isCapsLine(cellWithText(cell, rest)) || isAuthorityCell(cellWithText(cell, rest)))
          signatureStream.push({ cell, at: cell.from + label });
        else items.push({ first: cell, last: cell, at: cell.from + label, text: rest });
      }
      continue;
    }
    const fields = contactFields(cell);
    if (fields.length) {
      // "ĐT: …, Fax: …" and "E-Mail: …, Website: …" share a line in the sample (nd30.md §2.10).
      for (const f of fields) {
        const value = cell.text.slice(f.from, f.to).trim();
        if (!value || f.field in contact) continue;
        contact[f.field] = value;
        ctx.record(`contact.${f.field}`, cellSpan(ctx, cell, f.from, f.to));
      }
      ctx.use(cell);
      continue;
    }
    if (isArchiveCell(cell)) {
      // The Lưu line wrapped in its column ("- Lưu: VT, KTNS, KTN, KGVX" / "(Ch-CĐS15).").
      const wrap = archiveWrap(ctx, cell);
      const parsed = parseArchiveLine(wrap ? `${cell.text} ${wrap.text}` : cell.text);
      const entries = archiveEntries(parsed.archive);
      out.archive = entries.archive;
      const copies = parsed.archiveCopies ?? entries.copies;
      if (copies !== undefined) out.archiveCopies = copies;
      if (parsed.drafter) out.drafter = parsed.drafter;
      ctx.use(cell);
      if (wrap) {
        ctx.use(wrap);
        i++;
      }
      const span = ctx.span(cell, wrap ?? cell);
      ctx.record(`${base}${PRINTED_PATHS.archiveLine}`, span);
      ctx.record(`${base}archive`, span);
      if (copies !== undefined) ctx.record(`${base}archiveCopies`, span);
      if (parsed.drafter) ctx.record('drafter', span);
      inList = false;
      // The drafter code on its own line under the Lưu entry, where the Mẫu print ô 12: "PL.(300)".
      const next = ctx.cells[i + 1];
      const drafter =
        next &&
        !out.drafter &&
        !base &&
        next.row <= cell.row + 2 &&
        !ctx.used[next.id] &&
        next.line.hints?.region !== 'closing-right'
          ? drafterLine(next)
          : undefined;
      if (drafter) {
        out.drafter = drafter;
        ctx.use(next!);
        ctx.record('drafter', ctx.span(next!));
        i++;
      }
      continue;
    }
    if (
      inList &&
      items.length === 0 &&
      labelRowClosedAt >= 0 &&
      cell.row > labelRowClosedAt &&
      !ENTRY_DASH.test(cell.text)
    )
      inList = false;
    // DOCX lines say which cell of the closing table they came from.
    const region = cell.line.hints?.region;
    const rightColumn =
      region === 'closing-right' ||
      (region !== 'closing-left' && cell.shared && listColumn >= 0 && cell.column > listColumn);
    const open = items.at(-1);
    // A wrapped entry of a dashed list continues on the next line even in capitals ("- Tỉnh ủy, HĐND, UBND, Đoàn" / "ĐBQH,").
    const continuing =
      dashed &&
      open !== undefined &&
      !/[;.]$/.test(open.text) &&
      cell.row === open.last.row + 1 &&
      !isAuthorityCell(cell);
    // Columns serialised one after the other (Nơi nhận, then the signature): once a line of the
    // signature block stands below the last entry, a name under it is the signer's, not an entry.
    const lastSigned = signatureStream.at(-1)?.cell;
    const interrupted =
      open !== undefined &&
      lastSigned !== undefined &&
      lastSigned.id > open.last.id &&
      !lastSigned.shared &&
      !cell.shared &&
      region !== 'closing-left';
    if (
      inList &&
      interrupted &&
      !ENTRY_DASH.test(cell.text) &&
      isPersonName(bareSignerName(cell.text), { particles: true })
    ) {
      signatureStream.push({ cell, at: cell.from });
      continue;
    }
    if (
      inList &&
      !rightColumn &&
      (continuing ||
        (!isAuthorityCell(cell) && !(isCapsLine(cell) && !ENTRY_DASH.test(cell.text)) && !isSignatureMark(cell)))
    ) {
      // 040-style interleaving without columns: "Như trên; (Đã ký và đóng dấu)", "…thành phố; Lê Thị Bích Thuận".
      const split = dashed ? null : /^(.*[;,.])\s+(\(.*\)|\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,5})$/u.exec(cell.text);
      const itemText =
        split && (isSignatureMark(cellWithText(cell, split[2]!)) || isPersonName(split[2]!)) ? split[1]! : cell.text;
      if (itemText !== cell.text) signatureStream.push({ cell, at: cell.from + cell.text.length - split![2]!.length });
      if (isPersonName(cell.text) && cell.shared) {
        signatureStream.push({ cell, at: cell.from });
        continue;
      }
      const prev = items.at(-1);
      const dash = ENTRY_DASH.test(itemText);
      if (dash) dashed = true;
      // In a dashed list a line without a dash continues the entry above (a wrapped entry); without dashes, ";" ends an entry.
      if (
        prev &&
        !dash &&
        (dashed
          ? cell.row <= prev.last.row + 2 || /^[-–•+]\s*$/.test(prev.text)
          : !/[;.,]$/.test(prev.text) && cell.row <= prev.last.row + 1)
      ) {
        prev.text = `${prev.text} ${itemText}`;
        prev.last = cell;
      } else items.push({ first: cell, last: cell, at: cell.from, text: itemText });
      ctx.use(cell);
      continue;
    }
    signatureStream.push({ cell, at: cell.from });
  }
  out.distribution = readEntries(ctx, items, (k) => `${base}distribution.${k}`);
  const agencyWords = new Set([...agencyLines].flatMap((l) => l.split(/\s+/)));
  for (const column of sideBySide(signatureStream))
    out.signatures.push(...readSignatures(ctx, column, base, out.signatures.length, agencyWords));
  if (Object.keys(contact).length) out.contact = contact as Contact;
  return out;
}

/**
 * Joint documents and biên bản print two signature blocks side by side (Mẫu 1.9: THƯ KÝ left, CHỦ TỌA
 * right). When two signature cells share a line, the stream is split at the right block's column.
 */
function sideBySide(stream: readonly { cell: Cell; at: number }[]): { cell: Cell; at: number }[][] {
  let split = -1;
  for (let k = 1; k < stream.length; k++) {
    const a = stream[k - 1]!.cell;
    const b = stream[k]!.cell;
    if (a.row === b.row && a.column !== b.column && b.indent > a.indent)
      split = split < 0 ? b.indent : Math.min(split, b.indent);
  }
  if (split < 0) return [stream.slice()];
  const left = stream.filter((s) => s.cell.indent + 4 < split);
  const right = stream.filter((s) => s.cell.indent + 4 >= split);
  return left.length && right.length ? [left, right] : [stream.slice()];
}

/**
 * Whether the signer's title ("PHÓ …") stands on the line after `view`, right under it, while `view`
 * does not start one: under "KT." the deputy signs (PL I, I.II.7.a), so a line between the authority
 * line and "PHÓ TRƯỞNG BAN" is the authority line wrapped ("KT. TRƯỞNG BAN BAN CHÍNH" / "SÁCH, THUẾ
 * QUỐC TẾ").
 */
function deputyTitleNext(authority: Authority, view: Cell, next: Cell | undefined, row: number): boolean {
  return (
    authority.prefix === 'KT' &&
    next !== undefined &&
    next.row === row + 1 &&
    !/^pho\s/u.test(view.fold) &&
    /^pho\s/u.test(next.fold) &&
    isUpperVi(next.text)
  );
}

// Words of a position (chức vụ) a signature block's title holds, folded (PL I, I.II.7.b).
const POSITION_WORD =
  /\b(chu tich|pho|giam doc|truong|thu tuong|chanh|tong|bi thu|uy vien|thu ky|chu toa|chu nhiem|dai dien|nguoi|can bo|chuyen vien|ke toan|ben|tong bien tap|quyen|thanh vien|doi truong|chi huy|hieu truong|vien truong|thong doc|tu lenh|chinh uy)\b/u;

// The dash (or bullet) that opens a Nơi nhận entry.
const ENTRY_DASH = /^[-–•+]/u;

// The heading of what is sent with the document ("DANH SÁCH …", "PHỤ LỤC …"), folded.
const ATTACHMENT_HEADING = /^(?:danh sach|phu luc|bieu mau|mau so|bang)(?:\s|$)/u;

// An authority prefix with nothing after it ("TM.", "KT", "T/M"): its title is on the next line.
const BARE_PREFIX = /^(?:TM|KT|TL|TUQ|Q|T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L)\s*\.?$/u;

function readSignatures(
  ctx: ReadContext,
  stream: readonly { cell: Cell; at: number }[],
  base: string,
  first: number,
  agencyWords: ReadonlySet<string>,
): Signature[] {
  const drafts: SignatureDraft[] = [];
  let cur: SignatureDraft = { authority: [], title: [], name: [] };
  const flush = () => {
    if (cur.authority.length || cur.title.length || cur.name.length) drafts.push(cur);
    cur = { authority: [], title: [], name: [] };
  };
  const textOf = ({ cell, at }: { cell: Cell; at: number }) => cell.text.slice(at - cell.from).trim() || cell.text;
  for (let k = 0; k < stream.length; k++) {
    const { cell } = stream[k]!;
    const text = textOf(stream[k]!);
    const view = cellWithText(cell, text);
    // "TM." alone on its line, the collective's name on the next: one authority line wrapped after its prefix.
    const next = stream[k + 1];
    if (BARE_PREFIX.test(text) && next && next.cell.row > cell.row && next.cell.row <= cell.row + 2) {
      const nextView = cellWithText(next.cell, textOf(next));
      const joined =
        isCapsLine(nextView) && !isAuthorityCell(nextView) ? parseAuthorityLine(`${text} ${nextView.text}`) : undefined;
      if (joined) {
        if (cur.name.length || cur.title.length) flush();
        cur.authority.push({ value: joined.authority, first: cell, last: next.cell });
        ctx.use(cell, next.cell);
        k++;
        continue;
      }
    }
    const authority = isAuthorityCell(view) ? parseAuthorityLine(text) : undefined;
    const lastAuthority = cur.authority.at(-1);
    if (authority) {
      if (cur.name.length || cur.title.length) flush();
      cur.authority.push({ value: authority.authority, first: cell, last: cell });
      ctx.use(cell);
      continue;
    }
    if (isSignatureMark(view)) {
      cur.mark = { cell, text };
      ctx.use(cell);
      continue;
    }
    // "Kt. Chủ tịch" / "Phó Chủ tịch": a title in normal case right under the authority line.
    if (
      lastAuthority &&
      !cur.title.length &&
      !cur.name.length &&
      // On the next line, or the next but one of a copy that spaces its lines ("KT. THỦ TƯỚNG" / "" / "Phó Thủ tướng").
      lastAuthority.last.row >= cell.row - 2 &&
      !isUpperVi(text) &&
      isLowerCaseTitle(text)
    ) {
      cur.title.push({ cell, text });
      ctx.use(cell);
      continue;
    }
    // An appendix's heading ends the closing: its capitals are no title (the copy lost the signer's name).
    if (ATTACHMENT_HEADING.test(view.fold)) break;
    if (isCapsLine(view)) {
      if (cur.name.length) flush();
      const seal = sealRun(stream, k, cur, agencyWords);
      if (seal !== undefined) {
        const last = stream[seal]!.cell;
        ctx.use(...stream.slice(k, seal + 1).map((s) => s.cell));
        ctx.report(
          'text/seal-text',
          'info',
          'Chữ trên dấu giữa chức vụ và họ tên người ký (bản chụp) không thuộc chức vụ',
          'The seal’s text between the signer’s title and name (a scan) is not part of the title',
          ctx.span(cell, last),
        );
        k = seal;
        continue;
      }
      // "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM", "TM. ỦY BAN NHÂN" / "DÂN": the authority line wrapped.
      // Another authority line right under it ("TM. ỦY BAN" / "NHÂN DÂN" / "KT. CHỦ TỊCH") tells a wrap
      // from the signer's title, which comes after the last authority line (PL I, I.II.7.a).
      const nextIsAuthority = next !== undefined && isAuthorityCell(cellWithText(next.cell, textOf(next)));
      // "THỨ" / "TRƯỞNG", "PHÓ" / "CHỦ TỊCH": the signer's title wrapped, not the authority line.
      const titleWraps =
        next !== undefined && next.cell.row === cell.row + 1 && POSITION_LINE.test(foldVi(`${text} ${textOf(next)}`));
      if (
        lastAuthority &&
        !titleWraps &&
        !cur.title.length &&
        lastAuthority.last.row === cell.row - 1 &&
        (/,$/.test(lastAuthority.value.of) ||
          !lastAuthority.value.of.includes(' ') ||
          (text.split(' ').length === 1 && text.length <= 4) ||
          nextIsAuthority ||
          deputyTitleNext(lastAuthority.value, view, next && cellWithText(next.cell, textOf(next)), cell.row) ||
          // No position in it ("SÁCH, THUẾ QUỐC TẾ" under "KT. TRƯỞNG BAN BAN CHÍNH"): no title, the line goes on.
          !POSITION_WORD.test(view.fold) ||
          // "**TM. ỦY BAN" / "NHÂN DÂN**": a bold span the authority line leaves open goes on.
          openBold(lastAuthority.last.line.text) ||
          (/(?:^|\s)(?:uy ban|hoi dong)$/u.test(foldVi(lastAuthority.value.of)) && /^nhan dan\b/u.test(view.fold)))
      ) {
        lastAuthority.value = { ...lastAuthority.value, of: `${lastAuthority.value.of} ${text}` };
        lastAuthority.last = cell;
      } else cur.title.push({ cell, text });
      ctx.use(cell);
      continue;
    }
    const name = bareSignerName(text);
    // Under a title or an authority line a name is due: lower-case particles of minority names are allowed there.
    const due = !cur.name.length && (cur.title.length > 0 || cur.authority.length > 0);
    // A family name alone on its line, the rest of the name on the next ("**Vũ" / "Chiến Thắng**"): a wrapped name.
    const nextCell = ctx.cells[cell.id + 1];
    const wrappedFamilyName =
      due &&
      isFamilyName(text) &&
      nextCell !== undefined &&
      nextCell.row === cell.row + 1 &&
      (isPersonName(bareSignerName(nextCell.text), { particles: true }) ||
        // "**Mai" / "Sơn**": a two-word name wrapped after its family name.
        (/^\p{Lu}\p{Ll}+$/u.test(nextCell.text) && isPersonName(`${text} ${nextCell.text}`)));
    // "**Đại" / "tướng Nguyễn Tân Cương**": a military rank wrapped before the name.
    const rankLine = next && next.cell.row === cell.row + 1 ? `${text} ${textOf(next)}` : '';
    if (
      due &&
      rankLine &&
      splitMilitaryRank(rankLine).rank &&
      isPersonName(bareSignerName(rankLine), { particles: true })
    ) {
      cur.name.push({ cell, text }, { cell: next!.cell, text: textOf(next!) });
      ctx.use(cell, next!.cell);
      k++;
      continue;
    }
    if (
      wrappedFamilyName ||
      isPersonName(name, { particles: due }) ||
      (cur.name.length && cur.name.at(-1)!.cell.row === cell.row - 1 && /^\p{Lu}\p{Ll}+$/u.test(text))
    ) {
      if (cur.name.length && cur.name.at(-1)!.cell.row !== cell.row - 1) flush();
      cur.name.push({ cell, text });
      ctx.use(cell);
      continue;
    }
  }
  flush();
  const signatures: Signature[] = [];
  for (const d of drafts) {
    const k = first + signatures.length;
    const path = base ? 'copy.signature' : `signatures.${k}`;
    // After a signer's block, a block with no authority and no position on the line over the name is no
    // second signer: joint signers each carry a title (PL I, I.II.7). Two capitalised words under the
    // closing ("Tiếng Anh"), an appendix's table ("DANH SÁCH XÃ, PHƯỜNG …" / "STT" / "Xã Nguyễn Huệ") or a
    // web page's English translation ("CIRCULAR …" / "DEPUTY MINISTER" / "Cao Anh Tuan") are left to the
    // unassigned text.
    if (signatures.length > 0 && !d.authority.length && !POSITION_WORD.test(foldVi(d.title.at(-1)?.text ?? ''))) {
      for (const piece of [...d.title, ...d.name]) ctx.used[piece.cell.id] = 0;
      continue;
    }
    if (!d.name.length && !d.authority.length && !d.title.some((t) => POSITION_WORD.test(t.cell.fold))) {
      // Capitals with no authority, no position and no name are no signature block (a web page's
      // headings after the document, "NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN"): left to the unassigned text.
      for (const t of d.title) ctx.used[t.cell.id] = 0;
      continue;
    }
    if (!d.name.length) {
      // The model holds no signature without its name (SignatureSchema.name is required): the
      // block's authority chain and title are reported with it, so nothing read is lost.
      const first = d.authority[0]?.first ?? d.title[0]!.cell;
      const last = d.title.at(-1)?.cell ?? d.authority.at(-1)!.last;
      const chain = [...d.authority.map((a) => `${a.value.prefix}. ${a.value.of}`), ...d.title.map((t) => t.text)].join(
        ' / ',
      );
      ctx.report(
        'text/signature-name-missing',
        'warning',
        `Không tìm thấy họ tên người ký của khối chữ ký "${chain}"`,
        `The signer's name of the signature block "${chain}" was not found`,
        ctx.span(first, last),
        path,
      );
      continue;
    }
    // "TRƯỞNG BAN" / "PHÓ THỦ TƯỚNG": a head signing in a capacity (the title), then his own office on
    // a line of its own, which the model does not hold: said, not folded into the title.
    const office =
      d.title.length === 2 && d.title.every((t) => POSITION_LINE.test(foldVi(t.text))) ? d.title[1]! : undefined;
    if (office) {
      d.title = [d.title[0]!];
      ctx.report(
        'text/second-title',
        'info',
        `Dòng chức vụ thứ hai của người ký "${office.text}" (chức vụ chính thức) không được giữ trong mô hình`,
        `The signer's second position line "${office.text}" (the office held) is not held by the model`,
        pieceSpan(ctx, [office]),
        `${path}.title`,
      );
    }
    d.authority.forEach((a, m) => ctx.record(`${path}.authority.${m}`, ctx.span(a.first, a.last)));
    if (d.title.length) ctx.record(`${path}.title`, pieceSpan(ctx, d.title));
    ctx.record(`${path}.name`, pieceSpan(ctx, d.name));
    if (d.mark) ctx.record(`${path}.mark`, pieceSpan(ctx, [d.mark]));
    const printedName = d.name.map((c) => c.text).join(' ');
    const rank = splitMilitaryRank(printedName).rank;
    if (rank)
      ctx.report(
        'text/military-rank',
        'info',
        `Quân hàm "${rank}" trước họ tên người ký không được giữ trong mô hình`,
        `The military rank "${rank}" before the signer's name is not held by the model`,
        pieceSpan(ctx, d.name),
        `${path}.name`,
      );
    const name = bareSignerName(printedName);
    const title = d.title
      .map((c) => c.text)
      .join(' ')
      .trim();
    signatures.push({
      authority: d.authority.map((a) => a.value),
      ...(title && { title }),
      name,
      ...(d.mark && { mark: d.mark.text }),
    });
  }
  return signatures;
}

/**
 * The seal's text read off a scan between the signer's title and name (ô 8 overprints ô 7): from
 * stream cell `k`, after the title, a run of capitals on consecutive rows made only of words of
 * the issuer's or its parent's name (what a seal reads), set apart from the block above by more
 * than the block's own line gaps, with the name right under it. Returns the run's last index.
 */
function sealRun(
  stream: readonly { cell: Cell; at: number }[],
  k: number,
  cur: SignatureDraft,
  agencyWords: ReadonlySet<string>,
): number | undefined {
  // After the signer's own title only: a line of capitals right under "TM. CHÍNH PHỦ" is the title ("THỦ TƯỚNG").
  // A block holds a few lines: a longer run of capitals is no signature block (and stays linear to read).
  if (agencyWords.size === 0 || cur.name.length || !cur.title.length || cur.title.length + cur.authority.length > 6)
    return undefined;
  const rows = [...cur.authority.flatMap((a) => [a.first.row, a.last.row]), ...cur.title.map((t) => t.cell.row)].sort(
    (x, y) => x - y,
  );
  let gap = 1;
  for (let m = 1; m < rows.length; m++) gap = Math.max(gap, rows[m]! - rows[m - 1]!);
  const first = stream[k]!.cell;
  if (first.row - rows.at(-1)! <= gap) return undefined;
  const ofAgency = (c: Cell) =>
    isCapsLine(c) && !isAuthorityCell(c) && c.fold.split(/\s+/).every((w) => agencyWords.has(w));
  let last = k;
  if (!ofAgency(first)) return undefined;
  while (
    last + 1 < stream.length &&
    stream[last + 1]!.cell.row === stream[last]!.cell.row + 1 &&
    ofAgency(stream[last + 1]!.cell)
  )
    last++;
  const name = stream[last + 1]?.cell;
  return name && isPersonName(bareSignerName(name.text), { particles: true }) ? last : undefined;
}

/** The span of `[from, to)` of a cell's cleaned text. */
function cellSpan(ctx: ReadContext, cell: Cell, from: number, to: number) {
  return ctx.span(cell, cell, cell.from + from, cell.from + to);
}

function pieceSpan(ctx: ReadContext, pieces: readonly Piece[]) {
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  const from = first.cell.from + Math.max(0, first.cell.text.length - first.text.length);
  return ctx.span(first.cell, last.cell, from);
}

// Codes in capitals ending a Lưu line on the next line ("TCCB, VP.").
const ARCHIVE_REST = /^[\p{Lu}\p{N}][\p{Lu}\p{N}&.,()/\- ]*$/u;

/**
 * The line that ends the Lưu line at `cell` when it stopped short of its "." at the column's edge:
 * right under it, in its column, short, a bracketed note or codes in capitals, no dash entry and
 * no drafter code (which has a line of its own in the Mẫu).
 */
function archiveWrap(ctx: ReadContext, cell: Cell): Cell | undefined {
  const next = ctx.cells[cell.id + 1];
  if (!next || /\.\s*$/u.test(cell.text) || next.row !== cell.row + 1 || ctx.used[next.id]) return undefined;
  if (next.line.hints?.region === 'closing-right' || next.text.length > 40 || /^[-–+•]/u.test(next.text))
    return undefined;
  // A bracketed note goes on any Lưu line; codes in capitals only one left open on a comma (a
  // signer's title in capitals may follow the list in a copy).
  const rest = next.text.startsWith('(') || (/,$/u.test(cell.text) && ARCHIVE_REST.test(next.text));
  return rest && !drafterLine(next) && !isAuthorityCell(next) && !isSignatureMark(next) ? next : undefined;
}

/** Copy counts glued to an entry ("KTTH (02)", "QHĐP(2b)VQT", "NN (2) Tuynh"): the entry keeps what precedes them. */
function archiveEntries(entries: readonly string[]): { archive: string[]; copies?: number } {
  let copies: number | undefined;
  const archive = entries.map((e) => {
    const m = /^(.*?)\s*\((\d+)\s*b?\)/u.exec(e);
    if (!m || !m[1]) return e;
    copies ??= Number(m[2]);
    return m[1];
  });
  return { archive, ...(copies !== undefined && copies > 0 && { copies }) };
}

/** A dash entry of a list: "- Sở Tài chính;". */
function isUnlabelledEntry(cell: Cell): boolean {
  return /^[-–]\s+\S/u.test(cell.text) && !isArchiveCell(cell);
}

/**
 * Where a Nơi nhận whose label the copy lost begins (a web copy that dropped its italic "Nơi nhận:"):
 * the run of dash entries, each ending "," or ";", that the Lưu line at `archive` closes. Undefined
 * when the cells above it are not such a run.
 */
export function unlabelledDistribution(ctx: ReadContext, archive: number): number | undefined {
  const cells = ctx.cells;
  let k = archive - 1;
  while (k >= 0 && !ctx.used[k] && !cells[k]!.rule && isUnlabelledEntry(cells[k]!) && /[;,]$/u.test(cells[k]!.text))
    k--;
  const first = k + 1;
  // Two entries at least: one dashed line above a Lưu line may be the body's.
  if (archive - first < 2) return undefined;
  const above = cells[first - 1];
  if (above && distributionLabelLength(above) !== undefined) return undefined;
  return first;
}

/** Whether a line of a markdown copy leaves a bold span open ("**TM. ỦY BAN"): an odd number of "**". */
function openBold(line: string): boolean {
  return (line.match(/\*\*/gu)?.length ?? 0) % 2 === 1;
}

// A whole position line, folded: a head's title with "Phó" or not ("TRƯỞNG BAN", "PHÓ THỦ TƯỚNG", "BỘ TRƯỞNG").
const POSITION_LINE =
  /^(?:pho )?(?:thu tuong|bo truong|thu truong|chu tich|giam doc|truong ban|cuc truong|tong cuc truong|chu nhiem|bi thu)$/u;
