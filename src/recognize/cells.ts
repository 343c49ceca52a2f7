import { MOTTO_IN_FOLDED, NATIONAL_NAME_IN_FOLDED } from '../grammar/national-title.js';
import type { TextLine } from './lines.js';
import { zerosAsO } from './ocr.js';

/**
 * Cells: the pieces of a line that belong to one column. Plain-text renderings of the Decree 30
 * two-column tables (pdftotext -layout, markdown tables) put the left and right cells of a row on
 * one line, separated by a run of spaces, a tab or a pipe (PL I mục IV; nd30.md §3.3).
 *
 * @module
 */

/** A cell of a line, its text cleaned of markup at its edges. */
export interface Cell {
  /** Index of the cell in reading order. */
  readonly id: number;
  /** Index of its line. */
  readonly row: number;
  readonly line: TextLine;
  /** Range of the cleaned text inside `line.text`. */
  readonly from: number;
  readonly to: number;
  /** Cleaned text, single-spaced. */
  readonly text: string;
  /** `text` without diacritics, lower case, for matching words that OCR or old fonts mangled. */
  readonly fold: string;
  /** Column of the first character (0-based), for telling left from right in pdftotext layouts. */
  readonly indent: number;
  /** True when the cell is a rule or table border ("-----", "+---+", "***"). */
  readonly rule: boolean;
  /** True when another cell shares its line. */
  readonly shared: boolean;
  /** Index of the column (gap-separated piece) of its line the cell came from; packed cells share one. */
  readonly column: number;
}

/** A cell as built by {@link toCells}; the folded text is computed when first asked for (most body cells never are). */
class TextCell implements Cell {
  private folded: string | undefined;
  constructor(
    readonly id: number,
    readonly row: number,
    readonly line: TextLine,
    readonly from: number,
    readonly to: number,
    readonly text: string,
    readonly indent: number,
    readonly rule: boolean,
    readonly shared: boolean,
    readonly column: number,
  ) {}

  get fold(): string {
    return (this.folded ??= foldVi(this.text));
  }
}

/** A view of `cell` with other text (a part of it), for the classifiers. */
export function cellWithText(cell: Cell, text: string): Cell {
  return new TextCell(
    cell.id,
    cell.row,
    cell.line,
    cell.from,
    cell.to,
    text,
    cell.indent,
    cell.rule,
    cell.shared,
    cell.column,
  );
}

/** Lower case without diacritics, đ → d: "Kính gửi" → "kinh gui"; an OCR zero for O in capitals is an o ("C0NG" → "cong"). */
export function foldVi(text: string): string {
  const lower = zerosAsO(text).toLowerCase();
  // Unit by unit (a regex replace with a callback cost a call per Vietnamese letter).
  let out = '';
  let copied = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) continue;
    const folded = foldUnit(code);
    if (folded === code) continue;
    out += lower.slice(copied, i) + String.fromCharCode(folded);
    copied = i + 1;
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}

// Folded code unit by code unit, filled as met.
const FOLDED = new Map<number, number>();
function foldUnit(code: number): number {
  let out = FOLDED.get(code);
  if (out === undefined) {
    const ch = String.fromCharCode(code);
    const folded = ch === 'đ' ? 'd' : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // Keep one unit per unit, so that positions in the folded text are positions in the text.
    out = folded.length === 1 ? folded.charCodeAt(0) : code;
    FOLDED.set(code, out);
  }
  return out;
}

const RULE = /^[\s\-–—_=+*.|:~]*$/;
// Markdown a web copy leaves around a cell: emphasis, headings, code, and at the start a quote's ">"
// (a ">" at the end is text: "<x>", "]]>").
const EDGE = new Set([' ', '\t', '|', '*', '_', '#', '`']);
const START_EDGE = new Set([...EDGE, '>']);

/**
 * Column gaps of a line, found by a linear scan (no regex backtracking on long runs of spaces): a
 * tab, three or more spaces, or a pipe. A gap followed by "/" is a spaced-out Số line
 * ("Số: 542    /TB-UBND"), not a column.
 */
function columnPieces(text: string): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  let k = 0;
  while (k < text.length) {
    const ch = text[k]!;
    if (ch === '\t' || ch === '|' || (ch === ' ' && text[k + 1] === ' ' && text[k + 2] === ' ')) {
      let end = k;
      let pipe = false;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '|')) {
        if (text[end] === '|') pipe = true;
        end++;
      }
      if (!pipe && text[end] === '/') {
        k = end;
        continue;
      }
      if (k > start) pieces.push([start, k]);
      if (pipe) pieces.push([k, end]); // a lone "|" cell separates like a rule
      start = end;
      k = end;
      continue;
    }
    k++;
  }
  if (start < text.length) pieces.push([start, text.length]);
  // Trim the single spaces a pipe leaves around a piece.
  return pieces.map(([a, b]) => {
    while (b > a + 1 && text[b - 1] === ' ') b--;
    while (a < b - 1 && text[a] === ' ') a++;
    return [a, b] as [number, number];
  });
}

/** Splits lines into cells. */
export function toCells(lines: readonly TextLine[]): Cell[] {
  const cells: Cell[] = [];
  lines.forEach((line, row) => {
    const text = line.text;
    const pieces = columnPieces(text);
    const rowCells: { from: number; to: number; text: string; indent: number; rule: boolean; column: number }[] = [];
    const exploded = pieces.flatMap(([a, b], column) => explode(text, a, b).map(([x, y]) => [x, y, column] as const));
    for (const [a, b, column] of exploded) {
      const slice = text.slice(a, b);
      let from = a;
      let to = b;
      while (from < to && START_EDGE.has(text[from]!)) from++;
      while (to > from && (EDGE.has(text[to - 1]!) || text[to - 1] === '\\')) to--;
      const isRule = RULE.test(slice) && /\S/.test(slice);
      if (to <= from && !isRule) continue;
      const piece = text.slice(from, Math.max(from, to));
      const clean = piece.includes('  ') || piece.includes('\t') ? piece.replace(/\s+/g, ' ') : piece;
      rowCells.push({
        from,
        to: Math.max(from, to),
        text: clean,
        indent: a,
        rule: isRule || (clean.length < 200 && RULE.test(clean)),
        column,
      });
    }
    // A drawn line with no text (DOCX) separates agency groups and parts as a typed rule does.
    if (rowCells.length === 0 && line.hints?.rule)
      rowCells.push({ from: 0, to: 0, text: '', indent: 0, rule: true, column: 0 });
    for (const c of rowCells)
      cells.push(
        new TextCell(cells.length, row, line, c.from, c.to, c.text, c.indent, c.rule, rowCells.length > 1, c.column),
      );
  });
  return cells;
}

// Boundaries inside one packed table cell (old web copies put a whole column in one markdown
// cell): a rule, the V/v, the Tiêu ngữ, each dash entry after "Nơi nhận:", each authority prefix,
// the signer's own title, the name at the end.
// A web copy that lost its line breaks glues the lines of a cell ("CHÍNH PHỦ_______ Số: 171/…",
// "VIỆT NAMĐộc lập – …", "TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình"):
// rules of dashes or underscores, the Tiêu ngữ, the Số line and a signature mark cut even when glued.
const PACKED_BREAKS =
  /\s*[-_–—]{3,}\s*|\s+(?=V\/v[\s:])|\s*(?=(?:Độc lập|Độc Lập|ĐỘC LẬP)\s*[-–])|(?<=\p{L})\s*(?=Số\s*:\s*(?:\d|[.…_]+\s*\/))|(?<=Hạnh phúc|Hạnh Phúc|HẠNH PHÚC)\s+(?=\S)/gu;
const LIST_BREAKS = /\s+(?=[-–]\s)/gu;
// The signer's title glued to the authority line by a copy that lost the break ("QUỐC HỘICHỦ TỊCH") is cut too.
const SIGNATURE_BREAKS =
  /\s*(?=(?:TM|KT|TL|TUQ|(?<!TU)Q)\.\s)|\s*(?=PHÓ\s|THỨ TRƯỞNG\b)|\s*(?=\((?:Đã ký|đã ký|Ký|ký)[^)]*\))|(?<=\((?:Đã ký|đã ký)\))\s*|(?<=\p{Lu})(?=(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC)(?!\p{L}))/gu;
// The name at the end of a signature cell, after a space or glued to the title by a copy that lost the
// break ("PHÓ CHỦ NHIỆMTrần Quốc Toản").
const TRAILING_NAME =
  /\s*(?=(?:\p{Lu}\p{Ll}+\s){1,5}\p{Lu}\p{Ll}+$)|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,4}$)/u;
// A title glued after the place and date line ("Đông Hà, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH", text of a
// PDF on a document site): groups 1 and 2 are the date line and the title.
const TITLE_AFTER_DATE =
  /^([\s*_]*\p{Lu}[^,\d]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?)\s+(\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,5})\s*$/u;

// A packed Nơi nhận cell whose label the copy lost: entries "- …;" ending with "- Lưu: …".
const PACKED_DISTRIBUTION = /^[-–]\s.+;\s*[-–]\s.*[-–]\s*Lưu\s*:/su;

/** Splits a packed cell `[a, b)` of `text` at the boundaries of its parts; short cells are left whole. */
function explode(text: string, a: number, b: number): [number, number][] {
  const slice = text.slice(a, b);
  if (b - a > 150) {
    const header = headerCuts(slice);
    if (header.length) return cutAt(a, slice, header);
  }
  const titled = b - a <= 160 ? TITLE_AFTER_DATE.exec(slice) : null;
  if (titled) return cutAt(a, slice, [[titled[1]!.length, titled[0].length - titled[2]!.length]]);
  if (b - a >= 20 && b - a <= 160 && /^[\s|*_]*S/.test(slice)) {
    const cut = numberPlaceDateCut(slice);
    if (cut !== undefined) return cutAt(a, slice, [[cut, cut]]);
  }
  if (
    b - a < 12 ||
    !(
      slice.includes('---') ||
      slice.includes('V/v') ||
      /Độc lập|Độc Lập|ĐỘC LẬP/u.test(slice) ||
      slice.includes('Nơi nhận') ||
      slice.includes('Lưu') ||
      slice.includes('___') ||
      /^[\s|*_]*\p{Lu}{2}/u.test(slice)
    )
  )
    return [[a, b]];
  const cuts: [number, number][] = [];
  const collect = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m.index > 0) cuts.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  // Each alternative of PACKED_BREAKS needs one of these words or marks: most cells have none, and the
  // regex tries every position (this runs on every line in capitals).
  if (/[-_–—]{3}|V\/v|Độc|ĐỘC|Số|Hạnh|HẠNH/u.test(slice)) collect(PACKED_BREAKS);
  // A header row, not a whole page on one line (that is headerCuts' case above).
  if (b - a <= 150) for (const at of nationalNameCuts(slice)) cuts.push([at, at]);
  const body = slice.replace(/^[\s|*_]+/, '');
  if (/^Nơi nhận\s*:/u.test(body) || PACKED_DISTRIBUTION.test(body)) collect(LIST_BREAKS);
  // "KT THỦ TƯỚNG PHÓ THỦ TƯỚNG": an authority prefix without its period cuts the same.
  if (/^(?:(?:TM|KT|TL|TUQ)\.?|Q\.)\s/u.test(body) || /^\p{Lu}[\p{Lu}\s,]+\s?\p{Lu}\p{Ll}+/u.test(body)) {
    collect(SIGNATURE_BREAKS);
    const name = TRAILING_NAME.exec(slice);
    // "Độc Lập - Tự Do - Hạnh Phúc" in title case ends in two capitalised words that are no signer.
    if (name && !/[-–]$/u.test(slice.slice(0, name.index))) cuts.push([name.index, name.index + name[0].length]);
  }
  if (!cuts.length) return [[a, b]];
  return cutAt(a, slice, cuts);
}

/** The pieces of `slice` (at offset `a` of its line) between the cuts, which are [start, end) gaps. */
function cutAt(a: number, slice: string, cuts: [number, number][]): [number, number][] {
  cuts.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  let last = 0;
  for (const [s, e] of cuts) {
    if (s < last) continue;
    if (s > last) out.push([a + last, a + s]);
    // A rule inside the cell stays a cell of its own, so that it still separates agency groups.
    if (/-{3,}/.test(slice.slice(s, e))) out.push([a + s, a + e]);
    last = e;
  }
  if (last < slice.length) out.push([a + last, a + slice.length]);
  return out;
}

// The Quốc hiệu in capitals, either tone placement (HÒA, HOÀ), on folded text.

/**
 * Where a line that merged the two header columns with a single space ("ỦY BAN NHÂN DÂN CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND TỈNH LONG AN CỘNG HÒA …") is cut: before the Quốc hiệu, and after
 * it when more capitals follow. Only between capitals: a sentence naming the Republic is left whole.
 */
function nationalNameCuts(slice: string): number[] {
  const fold = foldVi(slice);
  const m = NATIONAL_NAME_IN_FOLDED.exec(fold);
  if (!m) return [];
  const end = m.index + m[0].length;
  if (!isCaps(slice.slice(m.index, end))) return [];
  const out: number[] = [];
  const before = slice.slice(0, m.index);
  if (/\S\s+$/u.test(before) && isCaps(before)) out.push(m.index);
  const after = slice.slice(end);
  if (/^\s+\p{Lu}{2}/u.test(after) && isCaps(after.replace(/\s+(?:Độc lập|Độc Lập)\s*[-–].*$/u, ''))) out.push(end);
  return out;
}

/** Capitals only, among the letters (digits, "&", "-" and the like allowed). */
function isCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

// The Số line up to the end of its ký hiệu ("Số: 454/UBND-NCTH", "Số 468 /CV-LD-TBXH", groups
// spaced "QĐ - UBND", Party "Số 36-HD/VPTW"), on folded text.
const NUMBER_LINE_HEAD =
  /^[\s|*_]*s[o6]\s*[:;.]?\s*[0-9oli]{1,6}\s*(?:\/|-\s*[a-z]+\s*\/)\s*[^\s,;]+(?:\s+[-–]\s*[^\s,;]+)*/;
// The place and date after it: a capitalised place, a comma, the date in words or in figures.
const PLACE_DATE_AFTER =
  /^\s+\p{Lu}[^,\d/]{0,48},\s*(?:ng\S{0,2}y\s*[0-9oli]{1,2}\s*th\S{0,2}ng\s*[0-9oli]{1,2}\s*n\S{0,2}m\s*[0-9o]{4}|(?:ng\S{0,2}y\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/u;

/**
 * Where a Số line that carries the place and date on the same line ("Số: 454/UBND-NCTH Vị Thanh, ngày
 * 6 tháng 4 năm 2011", the two cells of ô 3 and ô 4 merged with a single space) is cut: after the ký
 * hiệu, before the place.
 */
function numberPlaceDateCut(slice: string): number | undefined {
  const fold = foldVi(slice);
  const head = NUMBER_LINE_HEAD.exec(fold);
  if (!head) return undefined;
  // The place is matched on the text itself: its capital letters tell it from the ký hiệu's end.
  return PLACE_DATE_AFTER.test(slice.slice(head[0].length)) ? head[0].length : undefined;
}

/**
 * A whole header flattened into one line (PDF text layers and OCR without line breaks): cuts
 * around the Quốc hiệu, the Tiêu ngữ, the Số line, the place and date, and before V/v and Kính
 * gửi; the Kính gửi list ends at its final period. Empty when the line is not such a header.
 */
function headerCuts(slice: string): [number, number][] {
  const fold = foldVi(slice);
  const national = NATIONAL_NAME_IN_FOLDED.exec(fold);
  // The Số line sits next to the Quốc hiệu: search it there only, not in citations of the body.
  const near = national ? Math.max(0, national.index - 250) : 0;
  const number = national
    ? /(?:^|\s)(s[o6])\s*:\s*[0-9oli]{1,6}\s*\/\s*[^\s.,;]+/.exec(fold.slice(near, national.index + 250))
    : null;
  if (!national || !number) return [];
  number.index += near;
  const cuts: [number, number][] = [];
  const cut = (at: number) => {
    if (at > 0 && at < slice.length) cuts.push([at, at]);
  };
  cut(national.index);
  cut(national.index + national[0].length);
  const motto = MOTTO_IN_FOLDED.exec(fold);
  if (motto) {
    cut(motto.index);
    cut(motto.index + motto[0].length);
  }
  cut(number.index + number[0].indexOf(number[1]!));
  cut(number.index + number[0].length);
  const date = /,\s*ngay\s*[0-9]{1,2}\s*thang\s*[0-9]{1,2}\s*nam\s*[0-9]{4}/.exec(fold);
  if (date) {
    // The place name: the capitalised words before the comma.
    const before = slice.slice(0, date.index);
    const place = /(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*$/u.exec(before);
    const numberEnd = number.index + number[0].length;
    cut(place ? Math.max(place.index, numberEnd < date.index ? numberEnd : 0) : date.index);
    cut(date.index + date[0].length);
  }
  const vv = /(?:^|\s)v\/v\s/.exec(fold);
  if (vv) cut(vv.index);
  const kinhGui = /(?:^|\s)kinh gui\s*:/.exec(fold);
  if (kinhGui) {
    cut(kinhGui.index);
    const end = /\.\s+(?=[^\p{L}\d]*\p{Lu})/u.exec(slice.slice(kinhGui.index));
    if (end) cut(kinhGui.index + end.index + 1);
  }
  return cuts;
}
