import type { LineRegion } from '../../recognize/lines.js';
import type { FontFace } from './fonts.js';
import type { TextChunk } from './operators.js';
import { type Row, type Segment, styleOf } from './rows.js';
import { foldVi } from '../../recognize/cells.js';

/**
 * The two-column bands of a page: the header (issuer left, Quốc hiệu right; Số left, place and date
 * right; the V/v under Số) and the closing block (Nơi nhận left, the signer right) are laid out as
 * borderless two-column tables (PL I mục IV; nd30.md §3.3). A band is a run of rows in which no
 * text crosses the gutter between the columns; the header and closing bands are read column by
 * column, left then right, as the DOCX reader reads those tables. Other rows are read as they
 * stand, the pieces of a row several columns apart kept apart by a run of spaces (as pdftotext
 * -layout prints them), which the text reader splits into cells.
 *
 * @module
 */

/** A line in reading order: a row, or the part of a row in one column of a band. */
export interface PlacedLine {
  readonly page: number;
  readonly region: LineRegion;
  readonly segments: readonly Segment[];
  readonly text: string;
  readonly row: Row;
  /** The last row of a line merged from several (a wrapped name or V/v): what a rule under it is drawn below. */
  readonly lastRow?: Row;
  /** The column the line stands in, for its alignment: a band's half, or undefined for the page's text column. */
  readonly column?: { readonly x0: number; readonly x1: number };
}

/** Whether a placed line stands in a closing block's column. */
export function inClosing(line: PlacedLine | undefined): boolean {
  return line?.region === 'closing-left' || line?.region === 'closing-right';
}

/** The row a placed line ends on: its last row when merged from several. */
export function lastRowOf(line: PlacedLine): Row {
  return line.lastRow ?? line.row;
}

/** A two-column band found on a page. */
interface Band {
  readonly start: number;
  readonly end: number;
  readonly gutter: { readonly left: number; readonly right: number };
  /** The rows above a Nơi nhận cut from the band: a copy block's heading, or joint signers. */
  readonly aboveDistribution?: boolean;
}

// Rows of one band may be this far apart (points): the signer's name stands some 30 mm under the title.
const MAX_BAND_GAP = 115;
// Rows above a band's first row join it only when set this close (in font sizes): not across a paragraph's gap.
const CLOSE_ROWS_EM = 1.6;
// What separates the cells of a row read as a whole, when they stand this far apart (em, points).
const CELL_GAP = '    ';
const WIDE_GAP_EM = 2.2;
const WIDE_GAP_MIN = 20;

/** A row read as a whole: its pieces joined by a space, or by a run of spaces where they stand a column apart. */
function wholeRow(row: Row): string {
  let text = '';
  row.segments.forEach((s, k) => {
    if (k > 0)
      text += s.x0 - row.segments[k - 1]!.x1 >= Math.max(WIDE_GAP_EM * row.size, WIDE_GAP_MIN) ? CELL_GAP : ' ';
    text += s.text;
  });
  return text;
}

/** Reads the rows of one page in order; `first` is true for the page the document starts on. */
export function placeRows(rows: readonly Row[], first: boolean, faceOf?: (c: TextChunk) => FontFace): PlacedLine[] {
  // The bands first (each may reach back over rows above it), then every row in order.
  const bands: Band[] = [];
  for (let i = 0, floor = 0; i < rows.length; i++) {
    if (rows[i]!.segments.length < 2) continue;
    const band = findBand(rows, i, floor);
    if (!band) continue;
    bands.push(...splitAtClosing(rows, band));
    floor = band.end;
    i = band.end - 1;
  }
  const out: PlacedLine[] = [];
  let headerSeen = !first;
  let bodySeen = false;
  for (let i = 0, next = 0; i < rows.length;) {
    const band = bands[next];
    if (!band || i < band.start) {
      const row = rows[i]!;
      out.push({ page: row.page, region: 'page', segments: row.segments, text: wholeRow(row), row });
      if (row.x1 - row.x0 > 200) bodySeen = true;
      i++;
      continue;
    }
    next++;
    const bandRows = rows.slice(band.start, band.end);
    // Rows cut from above a Nơi nhận are a closing's (joint signers), unless they hold a copy block's Số.
    const closing =
      (band.aboveDistribution === true && !bandRows.some((r) => r.segments.some((s) => /^Số\s*:/u.test(s.text)))) ||
      bandRows.some((r) => r.segments.some((s) => s.x1 <= band.gutter.right && DISTRIBUTION.test(foldVi(s.text))));
    // The first band on top is the header; a later one too when it holds a Quốc hiệu (documents or
    // templates one after another, an appendix with its own header), as the DOCX reader reads them.
    // So is a copy block's (Mẫu 3.1): the copying organisation and its Số at the left.
    const header =
      !closing &&
      ((!headerSeen && !bodySeen) ||
        bandRows.some((r) =>
          r.segments.some((s) => NATIONAL_TITLE.test(s.text) || (/^Số\s*:/u.test(s.text) && s.x1 <= band.gutter.right)),
        ));
    if (header) headerSeen = true;
    if (!closing && !header) {
      for (const row of bandRows)
        out.push({ page: row.page, region: 'page', segments: row.segments, text: wholeRow(row), row });
      i = band.end;
      continue;
    }
    const left = { x0: Math.min(...bandRows.map((r) => r.x0)), x1: band.gutter.left };
    const right = { x0: band.gutter.right, x1: Math.max(...bandRows.map((r) => r.x1)) };
    for (const side of ['left', 'right'] as const) {
      const region: LineRegion = closing
        ? side === 'left'
          ? 'closing-left'
          : 'closing-right'
        : side === 'left'
          ? 'header-left'
          : 'header-right';
      let previous: PlacedLine | undefined;
      // The row a merged line starts on (its box and baseline); `previous.row` follows the last.
      let firstRow: Row | undefined;
      for (const row of bandRows) {
        const segments = row.segments.filter((s) => sideOf(s, band.gutter) === side);
        if (segments.length === 0) continue;
        const text = segments.map((s) => s.text).join(' ');
        // The V/v wrapped in its cell is one paragraph, as the DOCX reader reads it; and a code broken
        // after its hyphen or slash ("33/CĐ-" / "TTg") is one word again.
        const codeBreak = previous !== undefined && CODE_BREAK.test(previous.text) && /^[\p{L}\p{N}]/u.test(text);
        if (
          previous &&
          (codeBreak ||
            continuesSubject(previous, row) ||
            continuesDate(previous, row, text) ||
            (faceOf !== undefined && region === 'header-left' && continuesName(previous, row, segments, faceOf)))
        ) {
          const merged = {
            ...previous,
            segments: [...previous.segments, ...segments],
            text: previous.text + (codeBreak ? '' : ' ') + text,
            row,
          };
          out[out.length - 1] = { ...merged, row: firstRow!, lastRow: row };
          previous = merged;
          continue;
        }
        firstRow = row;
        previous = {
          page: row.page,
          region,
          segments,
          text,
          row,
          column: side === 'left' ? left : right,
        };
        out.push(previous);
      }
    }
    i = band.end;
  }
  return out;
}

/**
 * A band that runs from a header into a closing block, as a copy block's does (Mẫu 3.1: the
 * copying organisation and Số over Nơi nhận, the copy form and the date over the signer), cut
 * where Nơi nhận starts: two bands, each read column by column.
 */
function splitAtClosing(rows: readonly Row[], band: Band): Band[] {
  let paired = false;
  for (let k = band.start; k < band.end; k++) {
    const left = rows[k]!.segments.filter((s) => sideOf(s, band.gutter) === 'left');
    if (paired && left.some((s) => DISTRIBUTION.test(foldVi(s.text))))
      return [
        { ...band, end: k, aboveDistribution: true },
        { ...band, start: k },
      ];
    // Text in both columns above Nơi nhận: a copy block's Số and date, or joint signers side by side.
    if (left.length > 0 && left.length < rows[k]!.segments.length) paired = true;
  }
  return [band];
}

const DISTRIBUTION = /^noi nhan/u;

/** Which column of a band a segment stands in. */
function sideOf(s: Segment, gutter: Band['gutter']): 'left' | 'right' {
  if (s.x1 <= gutter.right && s.x0 < gutter.left) return 'left';
  if (s.x0 >= gutter.left && s.x1 > gutter.right) return 'right';
  return (s.x0 + s.x1) / 2 < (gutter.left + gutter.right) / 2 ? 'left' : 'right';
}

// How far (points) a line's centre or edge may stand from another's of its column.
const AXIS_TOLERANCE = 12;
const EDGE_TOLERANCE = 3;

/**
 * Whether `s` keeps to the lines of its column: centred on one of their axes, or (left column: the
 * Nơi nhận list) flush with one of their left edges. The right column's parts are all centred.
 */
function alignedWith(s: Segment, column: readonly Segment[], side: 'left' | 'right'): boolean {
  const centre = (s.x0 + s.x1) / 2;
  return column.some(
    (o) =>
      Math.abs((o.x0 + o.x1) / 2 - centre) <= AXIS_TOLERANCE ||
      (side === 'left' && Math.abs(o.x0 - s.x0) <= EDGE_TOLERANCE),
  );
}

/** Whether `row` has text on both sides of the gap from `left` to `right` and none across it. */
function keepsGutter(row: Row, left: number, right: number): boolean {
  const l = row.segments.filter((s) => s.x1 <= right && s.x0 < left);
  const r = row.segments.filter((s) => s.x0 >= left && s.x1 > right);
  const crossing = row.segments.some((s) => s.x0 < left + 2 && s.x1 > right - 2 && !l.includes(s) && !r.includes(s));
  const freeLeft = Math.max(left, ...l.map((s) => s.x1));
  const freeRight = Math.min(right, ...r.map((s) => s.x0));
  return l.length > 0 && r.length > 0 && !crossing && freeRight - freeLeft >= 4;
}

const SUBJECT_START = /^V\s*\/\s*v\b/iu;

/** Whether `text` on `row` ends a place and date wrapped in its cell ("…, ngày 25 tháng 5 năm" / "2023"). */
function continuesDate(line: PlacedLine, row: Row, text: string): boolean {
  if (!/,\s*ngày\b/u.test(line.text) || /\d{4}\s*$/u.test(line.text) || !/^[\p{L}\p{N}]/u.test(text)) return false;
  const pitch = row.y - line.row.y;
  return Math.abs(row.size - line.row.size) <= 0.3 && pitch > 0 && pitch <= 1.3 * row.size;
}

/**
 * Whether the upper-case `segments` of `row` continue the name (or parent body) that `line` starts,
 * wrapped in its cell: the same size and weight, the next line down. A DOCX paragraph holds such a
 * name in one line; a line drawn under it (a rule row) or a change of weight ends it.
 */
function continuesName(
  line: PlacedLine,
  row: Row,
  segments: readonly Segment[],
  faceOf: (c: TextChunk) => FontFace,
): boolean {
  if (row.drawn || line.row.drawn || !/\p{Lu}/u.test(line.text)) return false;
  const text = segments.map((s) => s.text).join(' ');
  if (/\p{Ll}/u.test(text) || /\p{Ll}/u.test(line.text) || /^Số\b/u.test(text)) return false;
  if (Math.abs(row.size - line.row.size) > 0.3) return false;
  const pitch = row.y - line.row.y;
  if (pitch <= 0 || pitch > 1.3 * row.size) return false;
  const before = styleOf(
    line.segments.flatMap((s) => s.chunks),
    faceOf,
  );
  const now = styleOf(
    segments.flatMap((s) => s.chunks),
    faceOf,
  );
  return before.bold !== undefined && before.bold === now.bold;
}

/** Whether `row` continues the V/v paragraph `line` (same size, the next line down). */
function continuesSubject(line: PlacedLine, row: Row): boolean {
  const first = line.text;
  if (!SUBJECT_START.test(first) || line.region !== 'header-left') return false;
  return Math.abs(row.size - line.row.size) <= 0.3 && row.y - line.row.y > 0 && row.y - line.row.y <= 1.5 * row.size;
}

const NATIONAL_TITLE = /^(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|ĐẢNG\s+CỘNG\s+SẢN)\s+VIỆT\s+NAM$/u;

const CODE_BREAK = /[\p{L}\p{N}][-/]$/u;

/**
 * Whether `row` keeps to the columns split at the gutter from `left` to `right`: no text across it,
 * and a row on one side only keeps to that column's lines (centred on its axis or flush with an
 * edge: a title centred on the page under the place-date is not the right column's). Gives the
 * gutter narrowed by the row, and records its segments in `sides`.
 */
function fits(
  row: Row,
  left: number,
  right: number,
  sides: { left: Segment[]; right: Segment[] },
): [number, number] | undefined {
  let l = left;
  let r = right;
  for (const s of row.segments) {
    if (s.x0 < left && s.x1 > right) return undefined;
    if (s.x1 <= right && s.x0 < left) l = Math.max(l, s.x1);
    else if (s.x0 >= left && s.x1 > right) r = Math.min(r, s.x0);
    else if ((s.x0 + s.x1) / 2 < (left + right) / 2) l = Math.max(l, s.x1);
    // Inside the gutter: it narrows the side it leans to.
    else r = Math.min(r, s.x0);
  }
  if (l >= r) return undefined;
  const own = row.segments.map((s) => sideOf(s, { left, right }));
  // "Nơi nhận:" under joint signers starts the left column's list, flush left under the centred names.
  const listStart = own[0] === 'left' && DISTRIBUTION.test(foldVi(row.segments[0]!.text));
  if (
    own.every((o) => o === own[0]) &&
    !listStart &&
    !row.segments.every((s) => alignedWith(s, sides[own[0]!], own[0]!))
  )
    return undefined;
  row.segments.forEach((s, i) => sides[own[i]!].push(s));
  return [l, r];
}

/**
 * The band around row `start` (a row of two or more columns): the rows after it, and the rows
 * just above it down to `floor`, that keep to its columns.
 */
function findBand(rows: readonly Row[], start: number, floor: number): Band | undefined {
  const first = rows[start]!;
  // The widest gap of the first row is the gutter.
  let at = 0;
  let widest = -Infinity;
  for (let k = 1; k < first.segments.length; k++) {
    const gap = first.segments[k]!.x0 - first.segments[k - 1]!.x1;
    if (gap > widest) [widest, at] = [gap, k];
  }
  let left = Math.max(...first.segments.slice(0, at).map((s) => s.x1));
  let right = Math.min(...first.segments.slice(at).map((s) => s.x0));
  // A gap a column wide starts a band on its own; a narrower one only when the next row keeps it open,
  // or when the Quốc hiệu stands after it (a one-line issuer's name set close to it, the Tiêu ngữ under
  // it on the right alone).
  if (widest < Math.max(WIDE_GAP_EM * first.size, WIDE_GAP_MIN) && !NATIONAL_TITLE.test(first.segments[at]!.text)) {
    const next = rows[start + 1];
    if (!next || next.y - first.y > 2.5 * first.size || !keepsGutter(next, left, right)) return undefined;
  }
  const sides: { left: Segment[]; right: Segment[] } = {
    left: [...first.segments.slice(0, at)],
    right: [...first.segments.slice(at)],
  };
  let end = start + 1;
  for (let k = start + 1; k < rows.length; k++) {
    if (rows[k]!.y - rows[k - 1]!.y > MAX_BAND_GAP) break;
    const fit = fits(rows[k]!, left, right, sides);
    if (!fit) break;
    [left, right] = fit;
    end = k + 1;
  }
  // Upwards too, through rows set close together: "Nơi nhận:" and its first entries may stand
  // above the first row that reaches the signer's column.
  let begin = start;
  for (let k = start - 1; k >= floor; k--) {
    if (rows[k + 1]!.y - rows[k]!.y > CLOSE_ROWS_EM * Math.max(rows[k]!.size, rows[k + 1]!.size)) break;
    const fit = fits(rows[k]!, left, right, sides);
    if (!fit) break;
    [left, right] = fit;
    begin = k;
  }
  return { start: begin, end, gutter: { left, right } };
}
