import type { TextLine } from './lines.js';

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
}

/** Lower case without diacritics, đ → d: "Kính gửi" → "kinh gui". */
export function foldVi(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// Column gaps: a tab, three or more spaces, or a pipe between spaces; a gap before "/" is a
// spaced-out Số line ("Số: 542    /TB-UBND"), not a column.
const GAP = /\t+|\s*\|\s+|\s+\|\s*| {3,}(?!\s*\/)/g;
const EDGE_START = /^[\s|*_#>`]+/;
const EDGE_END = /[\s|*_#`\\]+$/;
const RULE = /^[\s\-–—_=+*.|:~]*$/;

/** Splits lines into cells. */
export function toCells(lines: readonly TextLine[]): Cell[] {
  const cells: Cell[] = [];
  lines.forEach((line, row) => {
    const text = line.text;
    const pieces: [number, number][] = [];
    let last = 0;
    GAP.lastIndex = 0;
    for (let m = GAP.exec(text); m; m = GAP.exec(text)) {
      if (m[0].length === 0) { GAP.lastIndex++; continue; }
      if (m.index > last) pieces.push([last, m.index]);
      last = m.index + m[0].length;
    }
    if (last < text.length) pieces.push([last, text.length]);
    const rowCells: Cell[] = [];
    for (const [a, b] of pieces.flatMap(([a, b]) => explode(text, a, b))) {
      const slice = text.slice(a, b);
      const lead = EDGE_START.exec(slice)?.[0].length ?? 0;
      const trail = EDGE_END.exec(slice.slice(lead))?.[0].length ?? 0;
      const from = a + lead;
      const to = b - trail;
      const isRule = RULE.test(slice) && /\S/.test(slice);
      if (to <= from && !isRule) continue;
      const clean = text.slice(from, Math.max(from, to)).replace(/\s+/g, ' ');
      rowCells.push({ id: 0, row, line, from, to: Math.max(from, to), text: clean, fold: foldVi(clean), indent: a, rule: isRule || RULE.test(clean), shared: false });
    }
    for (const c of rowCells) cells.push({ ...c, id: cells.length, shared: rowCells.length > 1 });
  });
  return cells;
}

// Boundaries inside one packed table cell (old web copies put a whole column in one markdown
// cell): a rule, the V/v, the Tiêu ngữ, each dash entry after "Nơi nhận:", each authority prefix,
// the signer's own title, the name at the end.
const PACKED_BREAKS = /\s+-{3,}\s*|\s+(?=V\/v[\s:])|\s+(?=Độc lập\s*[-–])/gu;
const LIST_BREAKS = /\s+(?=[-–]\s)/gu;
const SIGNATURE_BREAKS = /\s+(?=(?:TM|KT|TL|TUQ|Q)\.\s)|\s+(?=PHÓ\s|THỨ TRƯỞNG\b)/gu;
const TRAILING_NAME = /\s+(?=(?:\p{Lu}\p{Ll}+\s){1,5}\p{Lu}\p{Ll}+$)/u;

/** Splits a packed cell `[a, b)` of `text` at the boundaries of its parts; short cells are left whole. */
function explode(text: string, a: number, b: number): [number, number][] {
  if (b - a < 40 && !/\s-{3,}/.test(text.slice(a, b))) return [[a, b]];
  const slice = text.slice(a, b);
  const cuts: [number, number][] = [];
  const collect = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m.index > 0) cuts.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  collect(PACKED_BREAKS);
  const body = slice.replace(/^[\s|*_]+/, '');
  if (/^Nơi nhận\s*:/u.test(body)) collect(LIST_BREAKS);
  if (/^(?:TM|KT|TL|TUQ|Q)\.\s/u.test(body) || /^\p{Lu}[\p{Lu}\s,]+\s\p{Lu}\p{Ll}+/u.test(body)) {
    collect(SIGNATURE_BREAKS);
    const name = TRAILING_NAME.exec(slice);
    if (name) cuts.push([name.index, name.index + name[0].length]);
  }
  if (!cuts.length) return [[a, b]];
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
  if (last < slice.length) out.push([a + last, b]);
  return out;
}
