import type { Block } from '../../model/block.js';
import { fromRoman } from '../../grammar/numbering.js';
import { isUpperVi } from '../../grammar/case.js';
import type { Cell } from './cells.js';
import type { ReadContext } from './context.js';

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
}

const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:trang|page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;
const ARTICLE = /^Điều\s+(\d+)\s*[.:]\s*(.*)$/u;
// The number is read in either system, so that the validator can report the wrong one ("Chương 1",
// "Mục I"; PL I, I.II.6.đ); it ends at a space, "." or ":" ("Phần Công việc" is no heading).
const PART = /^(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXLC]+|\d+)(?=[\s.:]|$)\.?\s*(.*)$/u;
const SECTION = /^(Mục|MỤC|Tiểu mục|TIỂU MỤC)\s+(\d+|[IVXLC]+)(?=[\s.:]|$)\.?\s*(.*)$/u;
const ROMAN_HEADING = /^([IVXLC]+)\.\s+(.+)$/u;
const CLAUSE = /^(\d{1,3})\.\s+(.*)$/u;
const POINT = /^([a-zđ])\)\s+(.*)$/u;
const LIST_ITEM = /^([-+•*–])\s+(.*)$/u;
const ENACTMENT = /^(QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|BAN HÀNH)\s*:$/u;

// One test for "does this line open a block" (the patterns above, by their first words).
const OPENS_BLOCK = /^(?:Điều\s+\d|(?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+)(?=[\s.:]|$)|(?:Mục|MỤC|Tiểu mục|TIỂU MỤC)\s+(?:\d+(?=[\s.:]|$)|[IVXLC]+(?=[.:]?\s*$|[.:]?\s+\p{Lu}{2}))|\d{1,3}\.\s|[a-zđ]\)\s|[-+•*–]\s|(?:Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện)(?=[\s:,]|$)|(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|BAN HÀNH)\s*:$)/u;

/** Options of {@link readBody}. */
export interface BodyOptions {
  /** The kind has căn cứ and an enacting line (Mẫu 1.1–1.3): an upper-case first line is the authority line. */
  readonly legalBasis: boolean;
}

/** Reads the cells `[from, to)` as body blocks; records `body.N` sources. */
export function readBody(ctx: ReadContext, from: number, to: number, options: BodyOptions, path = 'body'): Block[] {
  const drafts: Draft[] = [];
  let open = false; // whether the last block may take a wrapped continuation line
  let pageBreakRow = -1;
  for (let i = from; i < to; i++) {
    const cell = ctx.cells[i]!;
    if (ctx.used[cell.id]) continue;
    if (cell.rule) {
      open = false;
      continue;
    }
    ctx.use(cell);
    const text = cell.text;
    if (!cell.shared && PAGE_NUMBER.test(text)) {
      // A page number between pages of PDF text ("\f   2"): not content; a paragraph may run on across it.
      pageBreakRow = cell.row;
      ctx.report('text/page-number', 'info', `Số trang "${text}" giữa nội dung, đã bỏ qua`, `Page number "${text}" inside the body, skipped`, ctx.span(cell));
      continue;
    }
    const prev = drafts.at(-1);
    const adjacent = prev !== undefined && (cell.row === prev.last.row + 1 || (pageBreakRow > prev.last.row && cell.row <= pageBreakRow + 3));
    const opensBlock = OPENS_BLOCK.test(text);
    if (prev && open && adjacent && !opensBlock) {
      if (prev.block.type === 'heading' && prev.block.title === undefined && isUpperVi(text)) {
        prev.block = { ...prev.block, title: text };
        prev.last = cell;
        open = false;
        continue;
      }
      if (appendText(prev, text)) {
        prev.last = cell;
        open = !endsSentence(text);
        continue;
      }
    }
    const block = blockOf(text, drafts.length === 0 && options.legalBasis);
    drafts.push({ block, first: cell, last: cell });
    open = block.type === 'heading' ? block.title === undefined : !endsSentence(text);
  }
  // A dash list is one block of items.
  const merged: Draft[] = [];
  for (const d of drafts) {
    const prev = merged.at(-1);
    if (d.block.type === 'list' && prev?.block.type === 'list' && prev.block.marker === d.block.marker) {
      (prev.block.items as string[]).push(...d.block.items);
      prev.last = d.last;
    } else merged.push(d);
  }
  merged.forEach((d, k) => ctx.record(`${path}.${k}`, ctx.span(d.first, d.last)));
  return merged.map((d) => d.block);
}

function endsSentence(text: string): boolean {
  return /[.;:!?]["”)]?$|\.\/\.$/u.test(text);
}

function appendText(draft: Draft, text: string): boolean {
  const b = draft.block;
  // Cell texts are single-spaced already; no re-spacing of the growing paragraph (it would be quadratic).
  const join = (t: string) => {
    // A word hyphenated at the line end: "COVID-" / "19" keeps its hyphen; a syllable cut in two
    // ("thô-" / "ng") is joined; two whole syllables ("thông-" / "tin") are two words (a Vietnamese
    // syllable has at most 7 letters).
    if (/\p{L}-$/u.test(t)) {
      if (!/^\p{Ll}/u.test(text)) return `${t}${text}`;
      const joined = (/\p{L}+-$/u.exec(t)?.[0].length ?? 1) - 1 + (/^\p{L}+/u.exec(text)?.[0].length ?? 0);
      return joined <= 7 ? `${t.slice(0, -1)}${text}` : `${t.slice(0, -1)} ${text}`;
    }
    return `${t} ${text}`;
  };
  switch (b.type) {
    case 'paragraph':
    case 'basis':
    case 'enactment':
      draft.block = { ...b, text: join(b.text) };
      return true;
    case 'clause':
    case 'point':
      draft.block = { ...b, text: join(b.text) };
      return true;
    case 'article':
      draft.block = { ...b, title: join(b.title) };
      return true;
    case 'list': {
      const items = [...b.items];
      items[items.length - 1] = join(items.at(-1)!);
      draft.block = { ...b, items };
      return true;
    }
    default:
      return false;
  }
}

/** The block a line opens. */
export function blockOf(text: string, firstOfEnacting: boolean): Block {
  let m = ARTICLE.exec(text);
  if (m) return { type: 'article', number: m[1]!, title: m[2]!.trim() };
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
  if (m && fromRoman(m[1]!) !== undefined && isUpperVi(m[2]!)) return { type: 'heading', level: 'muc-la-ma', number: m[1]!, title: m[2]! };
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
  if (/^(Căn cứ|Theo đề nghị|Xét đề nghị)(?=[\s:,]|$)/u.test(text)) return { type: 'basis', text };
  if (firstOfEnacting && isUpperVi(text) && !/\d/.test(text)) return { type: 'enactment', role: 'authority', text };
  return { type: 'paragraph', text };
}
