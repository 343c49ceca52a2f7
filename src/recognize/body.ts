import type { Block } from '../model/block.js';
import { fromRoman } from '../grammar/numbering.js';
import { isUpperVi } from '../grammar/case.js';
import type { Cell } from './cells.js';
import { isMotto, isNationalName, isPartyName } from './classify.js';
import type { ReadContext } from './context.js';
import { findTables } from './tables.js';

/**
 * The body (nội dung, ô 6): paragraphs, căn cứ, the enacting lines, Phần/Chương/Mục headings,
 * Điều, khoản, điểm and dash lists (PL I, I.II.6; nd30.md §2.6). Lines wrapped inside a paragraph
 * (web copies, PDF text) are joined back: a line continues the block above unless that block ended
 * a sentence or the line opens a new block.
 *
 * @module
 */

interface Draft {
  block: Block;
  first: Cell;
  last: Cell;
  /**
   * The pieces of the text that wrapped lines extend (a paragraph's text, an article's title, a
   * list's last item), joined once when the block is done: appending to the growing string and
   * testing its end would flatten it at every line (quadratic on long runs of wrapped lines).
   */
  parts?: string[];
  /** Offsets of the block's text in its first and last lines, when not its cells' own (a table's pipes). */
  from?: number;
  to?: number;
}

/**
 * Whether `cell` is a running header: the Quốc hiệu or Tiêu ngữ, the Party's line, or one of the
 * header's agency lines in capitals. The first line of a Mẫu 1.1–1.3 body is its authority line,
 * which may repeat the issuer's name ("ỦY BAN NHÂN DÂN TỈNH …"): that one is content.
 */
function runningHeader(
  cell: Cell,
  afterNationalStart: boolean,
  options: BodyOptions,
  first: boolean,
): 'line' | 'national-start' | undefined {
  // Short lines only: a căn cứ citing "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" is content.
  if (cell.text.length > 45) return undefined;
  if (afterNationalStart && isUpperVi(cell.text) && /viet nam$/.test(cell.fold)) return 'line';
  const national = isUpperVi(cell.text) ? isNationalName(cell) : undefined;
  if (national) return national === 'start' ? 'national-start' : 'line';
  if (isMotto(cell) || isPartyName(cell) === 'whole') return 'line';
  if (first && options.legalBasis) return undefined;
  return options.runningHeaders?.size && isUpperVi(cell.text) && options.runningHeaders.has(cell.fold)
    ? 'line'
    : undefined;
}

// A quotation of another text (an Điều, a khoản cited in full) opens with a quote mark and runs,
// over lines, to the line that closes it: what it holds is quoted, not this document's structure.
// A closing mark first is a typo for an opening one; straight and curly marks get mixed ("…” closes "…).
const QUOTE_OPENS = /^[*_]*[“"”]/u;
const QUOTE_CLOSES = /["”]/u;
// How far a quotation is looked for its closing mark: past it, an unclosed mark quotes nothing.
const MAX_QUOTED_LINES = 200;

/**
 * The index of the last cell of the quotation `cells[i]` opens, or -1 when it opens none (no quote
 * mark first, closed on its own line, or never closed within {@link MAX_QUOTED_LINES}). A
 * quotation left unclosed ends where the next one opens (each khoản of a citation quoted apart).
 */
function quotationEnd(cells: readonly Cell[], i: number, to: number): number {
  const open = QUOTE_OPENS.exec(cells[i]!.text);
  if (!open) return -1;
  if (QUOTE_CLOSES.test(cells[i]!.text.slice(open[0].length))) return -1;
  for (let j = i + 1; j < Math.min(to, i + MAX_QUOTED_LINES); j++) {
    const line = cells[j]!.text;
    if (QUOTE_OPENS.test(line)) return j - 1;
    if (QUOTE_CLOSES.test(line)) return j;
  }
  return -1;
}

// A citation "… quy định:" may be quoted without marks, set in italics: web copies write them "*…*".
const CITES = /quy dinh(?: nhu sau)?\s*:$/u;
const ITALIC_OPENS = /^\s*(?:\*(?!\*)|\*\*\*)/u;
const ITALIC_CLOSES = /(?:(?<!\*)\*|\*\*\*)\s*$/u;

/**
 * The index of the last cell of an italic quotation opening at `cells[i]` after a line that cites
 * ("… quy định:"), or -1: it runs while its lines are in italics, a line opening them or an italic
 * span left open on the line before.
 */
function italicQuotationEnd(cells: readonly Cell[], i: number, to: number): number {
  const before = cells[i - 1];
  // Cheapest first: most body lines open no italics, and folding the line before costs.
  if (!before || !ITALIC_OPENS.test(cells[i]!.line.text) || !before.text.endsWith(':') || !CITES.test(before.fold))
    return -1;
  let closed = ITALIC_CLOSES.test(cells[i]!.line.text);
  for (let j = i + 1; j < Math.min(to, i + MAX_QUOTED_LINES); j++) {
    const raw = cells[j]!.line.text;
    if (closed && !ITALIC_OPENS.test(raw)) return j - 1;
    closed = ITALIC_CLOSES.test(raw);
  }
  return -1;
}

const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:trang|page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;
const ARTICLE = /^Điều\s+(\d+)\s*[.:]\s*(.*)$/u;
// The number is read in either system, so that the validator can report the wrong one ("Chương 1",
// "Mục I"; PL I, I.II.6.đ); it ends at a space, "." or ":" ("Phần Công việc" is no heading).
const PART = /^(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXLC]+|\d+)(?=[\s.:]|$)\.?\s*(.*)$/u;
const SECTION = /^(Mục|MỤC|Tiểu mục|TIỂU MỤC)\s+(\d+|[IVXLC]+)(?=[\s.:]|$)\.?\s*(.*)$/u;
const ROMAN_HEADING = /^([IVXLC]+)\.\s+(.+)$/u;
// The largest number a report's Roman mục takes here: past it "C." (100) and "L." are section letters (A., B., C.).
const MAX_ROMAN_SECTION = 20;

/**
 * Whether "I. Đánh giá chung" opens a report's Roman mục (nd30.md §2.6: "I. NHỮNG KẾT QUẢ…"): a
 * Roman number up to {@link MAX_ROMAN_SECTION}, then a title in capitals, or a short title that
 * opens with a capital and ends no sentence (written in normal case, which the rule on titles reports).
 */
function isRomanHeading(number: string, title: string): boolean {
  const n = fromRoman(number);
  if (n === undefined || n > MAX_ROMAN_SECTION) return false;
  if (isUpperVi(title)) return true;
  return title.length <= 80 && /^\p{Lu}/u.test(title) && !/[.;:!?,]["”)]?$/u.test(title);
}
const CLAUSE = /^(\d{1,3})\.\s+(.*)$/u;
const POINT = /^([a-zđ])\)\s+(.*)$/u;
// The lines of the căn cứ block (PL I, I.II.6.a): căn cứ, the proposal ("Theo đề nghị / đề xuất",
// "Xét đề nghị"), and the Government's "Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ".
const BASIS = /^(?:Căn cứ|Theo đề nghị|Theo đề xuất|Xét đề nghị|Xét đề xuất|Trên cơ sở)(?=[\s:,]|$)/u;
const LIST_ITEM = /^([-+•*–])\s+(.*)$/u;
const ENACTING_WORDS = 'QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|BAN HÀNH';
const ENACTMENT = new RegExp(`^(${ENACTING_WORDS})\\s*:$`, 'u');
const ENACTMENT_WITHOUT_COLON = new RegExp(`^(?:${ENACTING_WORDS})\\s*[.;]?$`, 'u');

// One test for "does this line open a block" (the patterns above, by their first words).
const OPENS_BLOCK =
  /^(?:Điều\s+\d|(?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+)(?=[\s.:]|$)|(?:Mục|MỤC|Tiểu mục|TIỂU MỤC)\s+(?:\d+(?=[\s.:]|$)|[IVXLC]+(?=[.:]?\s*$|[.:]?\s+\p{Lu}{2}))|\d{1,3}\.\s|[IVX]{1,5}\.\s+\p{Lu}|[a-zđ]\)\s|[-+•*–]\s|(?:Căn cứ|Theo đề nghị|Theo đề xuất|Xét đề nghị|Xét đề xuất|Trên cơ sở|Thực hiện)(?=[\s:,]|$)|(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|BAN HÀNH)\s*:$)/u;

/** Options of {@link readBody}. */
export interface BodyOptions {
  /** The kind has căn cứ and an enacting line (Mẫu 1.1–1.3): an upper-case first line is the authority line. */
  readonly legalBasis: boolean;
  /**
   * The header's agency lines (folded): printed again at the top of a later page, one of them in
   * the body is a running header, not content (nor is a Quốc hiệu or Tiêu ngữ there).
   */
  readonly runningHeaders?: ReadonlySet<string>;
}

/** Reads the cells `[from, to)` as body blocks; records `body.N` sources. */
export function readBody(ctx: ReadContext, from: number, to: number, options: BodyOptions, path = 'body'): Block[] {
  const drafts: Draft[] = [];
  let open = false; // whether the last block may take a wrapped continuation line
  let pageBreakRow = -1;
  let nationalStart = false; // a running Quốc hiệu wrapped over two lines
  let quotedUntil = -1; // the last cell of the quotation being read
  const tables = findTables(ctx, from, to);
  for (let i = from; i < to; i++) {
    const cell = ctx.cells[i]!;
    const table = tables.get(cell.id);
    if (table) {
      // A data table, one pipe row a line (the text writer's form, markdown, DOCX rows): one block.
      const prev = drafts.at(-1);
      if (prev) settle(prev);
      ctx.use(...ctx.cells.slice(table.first.id, table.last.id + 1));
      drafts.push({ block: table.block, first: table.first, last: table.last, from: table.from, to: table.to });
      i = table.last.id;
      open = false;
      continue;
    }
    if (ctx.used[cell.id]) continue;
    if (cell.rule) {
      open = false;
      continue;
    }
    ctx.use(cell);
    const text = cell.text;
    if (i > quotedUntil) quotedUntil = Math.max(quotationEnd(ctx.cells, i, to), italicQuotationEnd(ctx.cells, i, to));
    if (!cell.shared && PAGE_NUMBER.test(text)) {
      // A page number between pages of PDF text ("\f   2"): not content; a paragraph may run on across it.
      pageBreakRow = cell.row;
      ctx.report(
        'text/page-number',
        'info',
        `Số trang "${text}" giữa nội dung, đã bỏ qua`,
        `Page number "${text}" inside the body, skipped`,
        ctx.span(cell),
      );
      continue;
    }
    const running = runningHeader(cell, nationalStart, options, drafts.length === 0);
    nationalStart = running === 'national-start';
    if (running) {
      // The agency name or the Quốc hiệu printed again at the top of a page: page furniture; a paragraph runs on across it.
      pageBreakRow = cell.row;
      ctx.report(
        'text/running-header',
        'info',
        `Dòng tiêu đề trang "${text}" lặp lại giữa nội dung, đã bỏ qua`,
        `Running header "${text}" repeated inside the body, skipped`,
        ctx.span(cell),
      );
      continue;
    }
    const prev = drafts.at(-1);
    const adjacent =
      prev !== undefined &&
      (cell.row === prev.last.row + 1 || (pageBreakRow > prev.last.row && cell.row <= pageBreakRow + 3));
    const opensBlock = OPENS_BLOCK.test(text) && cell.line.hints?.continues !== true;
    // A regular line under a bold "Điều n. Title" is the article's text, not more of its title.
    const afterTitle =
      prev?.block.type === 'article' && prev.first.line.hints?.bold === true && cell.line.hints?.bold === false;
    // A paragraph the file sets apart with its own first-line indent is a block of its own.
    const indentedApart =
      cell.line.hints?.indentedStart === true && cell.line.hints.paragraph !== prev?.last.line.hints?.paragraph;
    if (prev && open && adjacent && !opensBlock && !afterTitle && !indentedApart) {
      if (prev.block.type === 'heading' && prev.block.title === undefined && isUpperVi(text)) {
        prev.block = { ...prev.block, title: text };
        prev.last = cell;
        open = false;
        continue;
      }
      // A heading's title the copy wrapped mid-phrase ("I. Địa" / "điểm tổ chức"): a line opening in
      // lower case goes on with it.
      if (prev.block.type === 'heading' && prev.block.title !== undefined && /^\p{Ll}/u.test(text)) {
        prev.block = { ...prev.block, title: `${prev.block.title} ${text}` };
        prev.last = cell;
        open = !endsSentence(text);
        continue;
      }
      if (appendText(prev, text)) {
        prev.last = cell;
        open = !endsSentence(text);
        continue;
      }
    }
    // A quoted "a) …" or "Điều 2. …" is a paragraph of this text, not one of its points or articles.
    const block: Block =
      i <= quotedUntil
        ? { type: 'paragraph', text }
        : blockOf(
            text,
            // The authority line opens the body; a stray line before it (the trích yếu's last line the copy
            // set apart, "Năm học 2020 - 2021") does not hide it.
            options.legalBasis && drafts.length < 3 && drafts.every((d) => d.block.type === 'paragraph'),
            cell.line.hints?.bold === undefined && cell.line.hints !== undefined,
          );
    if (prev) settle(prev);
    drafts.push({ block, first: cell, last: cell });
    // A heading stays open for its title, or for the rest of a title that ends mid-phrase (in lower case).
    open =
      block.type === 'heading'
        ? block.title === undefined || (/\p{Ll}$/u.test(block.title) && !isUpperVi(block.title))
        : !endsSentence(text);
  }
  const lastDraft = drafts.at(-1);
  if (lastDraft) settle(lastDraft);
  // "QUYẾT ĐỊNH" printed without its colon between the last căn cứ and Điều 1 is still the enacting
  // line (Mẫu 1.1–1.3): the validator then says the colon is missing, not the line.
  drafts.forEach((d, k) => {
    if (
      d.block.type === 'paragraph' &&
      ENACTMENT_WITHOUT_COLON.test(d.block.text) &&
      drafts[k - 1]?.block.type === 'basis' &&
      drafts[k + 1]?.block.type === 'article'
    )
      d.block = { type: 'enactment', role: 'enactment', text: d.block.text };
  });
  // A dash list is one block of items; a paragraph right under a titled Điều is that Điều's text.
  // Chương or titled Điều: a body whose articles carry titles (a quyết định cá biệt has neither).
  const titledArticles = drafts.some(
    (d) => d.block.type === 'heading' || (d.block.type === 'article' && d.block.title !== ''),
  );
  const merged: Draft[] = [];
  for (const d of drafts) {
    const prev = merged.at(-1);
    // So is one under a bare "Điều 1." whose text the copy put on the next line (a quyết định cá biệt,
    // Mẫu 1.2), unless the body has chương or other Điều with titles: then the bare one lacks its own.
    if (
      d.block.type === 'paragraph' &&
      prev?.block.type === 'article' &&
      prev.block.text === undefined &&
      (prev.block.title !== '' || !titledArticles)
    ) {
      prev.block = { ...prev.block, text: d.block.text };
      prev.last = d.last;
      prev.to = d.to;
    } else if (d.block.type === 'list' && prev?.block.type === 'list' && prev.block.marker === d.block.marker) {
      (prev.block.items as string[]).push(...d.block.items);
      prev.last = d.last;
    } else merged.push(d);
  }
  merged.forEach((d, k) => ctx.record(`${path}.${k}`, ctx.span(d.first, d.last, d.from, d.to)));
  return merged.map((d) => d.block);
}

function endsSentence(text: string): boolean {
  return /[.;:!?]["”)]?$|\.\/\.$/u.test(text);
}

/** The field of a block that a wrapped line extends, or undefined when the block takes none. */
function growingField(block: Block): string | undefined {
  switch (block.type) {
    case 'paragraph':
    case 'basis':
    case 'enactment':
    case 'clause':
    case 'point':
      return block.text;
    case 'article':
      return block.text ?? block.title;
    case 'list':
      return block.items.at(-1);
    default:
      return undefined;
  }
}

/** Writes the joined pieces back into the block (see {@link Draft.parts}). */
function settle(draft: Draft): void {
  const parts = draft.parts;
  draft.parts = undefined;
  const b = draft.block;
  if (!parts) {
    if (b.type === 'article') draft.block = articleText(b, draft.first);
    return;
  }
  const text = parts.join('');
  switch (b.type) {
    case 'paragraph':
    case 'basis':
    case 'enactment':
    case 'clause':
    case 'point':
      draft.block = { ...b, text };
      break;
    case 'article':
      draft.block = articleText(b.text === undefined ? { ...b, title: text } : { ...b, text }, draft.first);
      break;
    case 'list':
      draft.block = { ...b, items: [...b.items.slice(0, -1), text] };
      break;
    default:
      break;
  }
}

const LETTER = /^\p{L}$/u;

/**
 * Letters of the word that ends the pieces before the final "-", counted backwards up to 8 (a
 * syllable has at most 7): a bounded scan, where a regex on the joined text would flatten it.
 */
function trailingLetters(parts: readonly string[]): number {
  let n = 0;
  for (let p = parts.length - 1; p >= 0; p--) {
    const s = parts[p]!;
    let k = p === parts.length - 1 ? s.length - 1 : s.length;
    while (k > 0 && n < 8 && LETTER.test(s[k - 1]!)) {
      k--;
      n++;
    }
    if (k > 0 || n >= 8) break;
  }
  return n;
}

function appendText(draft: Draft, text: string): boolean {
  if (!draft.parts) {
    const field = growingField(draft.block);
    if (field === undefined) return false;
    draft.parts = [field];
  }
  const parts = draft.parts;
  const piece = parts.at(-1)!;
  // A word hyphenated at the line end: "COVID-" / "19" keeps its hyphen; a syllable cut in two
  // ("thô-" / "ng") is joined; two whole syllables ("thông-" / "tin") are two words (a Vietnamese
  // syllable has at most 7 letters). Only the last piece is looked at, so each line costs its own length.
  if (piece.length >= 2 && piece.endsWith('-') && LETTER.test(piece[piece.length - 2]!)) {
    if (!/^\p{Ll}/u.test(text)) parts.push(text);
    else {
      const joined = trailingLetters(parts) + (/^\p{L}+/u.exec(text)?.[0].length ?? 0);
      parts[parts.length - 1] = piece.slice(0, -1);
      parts.push(joined <= 7 ? text : ` ${text}`);
    }
  } else parts.push(` ${text}`);
  return true;
}

/**
 * What follows "Điều n." on a line of plain text (no weights known) is its text when it ends a
 * sentence ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."), its title otherwise ("Điều 1.
 * Phạm vi điều chỉnh"): a title takes no end punctuation (PL I, I.II.6).
 */
function articleText(block: Extract<Block, { type: 'article' }>, first: Cell): Block {
  // A ";" ends neither a title nor an article's text: what ends with one ("&amp;") stays the title.
  if (block.text !== undefined || first.line.hints?.bold === true || !/[.:!?]["”)]?$/u.test(block.title)) return block;
  return { type: 'article', number: block.number, title: '', text: block.title };
}

/**
 * The block a line opens. `mixedWeight`: the line's reader saw bold and regular text in it, so a
 * Điều line is a bold "Điều n." followed by the article's regular text (a quyết định cá biệt),
 * where an all-bold one carries a title.
 */
export function blockOf(text: string, firstOfEnacting: boolean, mixedWeight = false): Block {
  let m = ARTICLE.exec(text);
  if (m) {
    const rest = m[2]!.trim();
    return mixedWeight && rest !== ''
      ? { type: 'article', number: m[1]!, title: '', text: rest }
      : { type: 'article', number: m[1]!, title: rest };
  }
  m = PART.exec(text);
  if (m) {
    const level = /^ph/iu.test(m[1]!) ? 'phan' : 'chuong';
    return { type: 'heading', level, number: m[2]!, ...(m[3] ? { title: m[3] } : {}) };
  }
  m = SECTION.exec(text);
  // "Mục II của Phụ lục …" wrapped to a line start is a reference, not a heading: a Roman mục takes an upper-case title or none.
  if (m && !/^\d/.test(m[2]!) && m[3] && !isUpperVi(m[3])) m = null;
  if (m) {
    const level = /^ti/iu.test(m[1]!) ? 'tieu-muc' : 'muc';
    return { type: 'heading', level, number: m[2]!, ...(m[3] ? { title: m[3] } : {}) };
  }
  m = ROMAN_HEADING.exec(text);
  if (m && isRomanHeading(m[1]!, m[2]!)) return { type: 'heading', level: 'muc-la-ma', number: m[1]!, title: m[2]! };
  m = CLAUSE.exec(text);
  if (m) return { type: 'clause', number: m[1]!, text: m[2]!.trim() };
  m = POINT.exec(text);
  if (m) return { type: 'point', label: m[1]!, text: m[2]!.trim() };
  m = LIST_ITEM.exec(text);
  if (m) {
    const marker = m[1] === '–' ? '-' : (m[1] as '-' | '+' | '•' | '*');
    return { type: 'list', marker, items: [m[2]!.trim() || m[1]!] };
  }
  if (ENACTMENT.test(text)) return { type: 'enactment', role: 'enactment', text };
  if (BASIS.test(text)) return { type: 'basis', text };
  if (firstOfEnacting && isUpperVi(text) && !/\d/.test(text)) return { type: 'enactment', role: 'authority', text };
  return { type: 'paragraph', text };
}
