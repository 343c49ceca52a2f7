import { childElement, childElements, type XmlElement } from '../../formats/xml/parse.js';
import type { LineRegion } from '../../recognize/lines.js';
import { escapeCell } from '../../recognize/tables.js';
import type { RunProps, TabStop } from './formatting.js';
import { readParagraphProps, readRunProps } from './formatting.js';
import { legacyDecoder, looksLegacyEncoded } from './legacy-fonts.js';
import { numberLabel } from './numbering-label.js';
import { borderStyle, dashStyle, vmlLineLength } from './drawn-lines.js';
import { attr, numAttr } from '../../formats/ooxml/attributes.js';
import { DEFAULT_PAGE_TWIPS, emuToMm, MM_PER_POINT, mmToTwipsExact, twipsAsMm } from '../../formats/ooxml/units.js';

import type { DocxParagraph, DrawnLine, LineFormat, PlacedImage, WalkContext } from './paragraph.js';
import {
  DEFAULT_TAB_TWIPS,
  type LineWeights,
  lineFormat,
  lineWeights,
  MARK_SCALE,
  paragraphWeights,
  piecesMm,
} from './measure.js';
import {
  alternateChoice,
  blockChildren,
  fieldName,
  findFirst,
  isHeaderRow,
  plainText,
  pushBlocks,
  textOf,
} from '../../formats/ooxml/wordprocessing.js';

/**
 * The document body walked in reading order: one {@link DocxParagraph} per paragraph (the
 * two-column header and closing tables column by column, left then right, as the Decree's layout
 * reads: nd30.md §3.3; a data table of the body one row a paragraph, as a pipe row "| a | b |"
 * that the text reader reads back as a table; other tables cell by cell), with its effective
 * formatting and what is drawn around it.
 *
 * @module
 */

/**
 * A container's width as `section × the section's text-area width + twips`: the body is walked as
 * it streams in, before the section properties at its end are known, so widths that depend on the
 * page are kept in this form and resolved by {@link BodyWalker.resolveWidths}.
 */
interface ContainerWidth {
  readonly section: number;
  readonly twips: number;
}

const PAGE_WIDTH: ContainerWidth = { section: 1, twips: 0 };
// The text-area width assumed when the document has no section properties at all: Word's default page.
const DEFAULT_TEXT_AREA_TWIPS = DEFAULT_PAGE_TWIPS.width - DEFAULT_PAGE_TWIPS.left - DEFAULT_PAGE_TWIPS.right;

/** A paragraph whose width-dependent facts wait for the section widths. */
interface PendingWidth {
  readonly paragraph: { containerMm: number; readonly section: number };
  readonly width: ContainerWidth;
  /** The bottom border drawn across the paragraph, less its indents (twips). */
  readonly border?: { readonly line: { lengthMm: number }; readonly indentsTwips: number };
}

const SPLIT_TABLE_MAX_ROWS = 12;

/** Walks a `w:body` (or a header, footer, text box: any block container). */
export class BodyWalker {
  readonly paragraphs: DocxParagraph[] = [];
  private section = 0;
  private container = 0;
  private headerTableSeen = false;
  private readonly counters = new Map<string, number[]>();
  private readonly pending: PendingWidth[] = [];
  /** Paragraphs read so far that have text, for telling a header table from a data table. */
  private withText = 0;
  private pageContainer: number | undefined;

  constructor(private readonly ctx: WalkContext) {}

  /** Walks the blocks of `el` in a region, in a container of width `width` (the page's by default). */
  walk(el: XmlElement, region: LineRegion, width: ContainerWidth = PAGE_WIDTH): void {
    const container = this.container++;
    for (const child of blockChildren(el)) this.block(child, region, width, container);
  }

  /** Walks one block of the body (a child of `w:body`), as the body streams in. */
  walkBodyBlock(block: XmlElement): void {
    this.pageContainer ??= this.container++;
    const blocks: XmlElement[] = [];
    pushBlocks(block, blocks);
    for (const child of blocks) this.block(child, 'page', PAGE_WIDTH, this.pageContainer);
  }

  /**
   * Sets the widths that depend on the page (paragraph containers, bottom borders) once the
   * sections' text-area widths (twips, in section order) are known.
   */
  resolveWidths(sectionTextWidths: readonly number[]): void {
    for (const { paragraph, width, border } of this.pending) {
      const twips = width.section * (sectionTextWidths[paragraph.section] ?? DEFAULT_TEXT_AREA_TWIPS) + width.twips;
      paragraph.containerMm = twipsAsMm(twips);
      if (border) border.line.lengthMm = Math.max(0, twipsAsMm(twips - border.indentsTwips));
    }
    this.pending.length = 0;
  }

  private block(child: XmlElement, region: LineRegion, width: ContainerWidth, container: number): void {
    if (child.local === 'p') this.paragraph(child, region, width, container);
    else if (child.local === 'tbl') this.table(child, region, width);
    else if (child.local === 'altChunk') this.ctx.findings.altChunks++;
  }

  private table(tbl: XmlElement, region: LineRegion, width: ContainerWidth): void {
    const rows = childElements(tbl, 'tr').map((tr) => blockChildren(tr).filter((c) => c.local === 'tc'));
    const grid = childElements(childElement(tbl, 'tblGrid') ?? tbl, 'gridCol').map((g) => numAttr(g, 'w') ?? 0);
    const columns = Math.max(0, ...rows.map((r) => r.length));
    // Agency layouts add a narrow spacer column between the two halves: up to three columns still split.
    // More columns split too when only two hold text: Mẫu 1.6 sets its closing in four, an empty one before each half.
    const withText =
      columns > 3
        ? [...Array(columns).keys()].filter((c) =>
            rows.some((r) => r.length === columns && plainText(r[c]!).trim() !== ''),
          )
        : [];
    const spaced = withText.length === 2;
    const twoColumns =
      rows.length > 0 && rows.length <= SPLIT_TABLE_MAX_ROWS && columns >= 2 && (columns <= 3 || spaced);
    // The column that ends the left half: the first with text when spacers lead.
    const leftEnd = spaced ? withText[0]! : 0;
    const share = (parts: number): ContainerWidth => ({ section: width.section / parts, twips: width.twips / parts });
    const cellWidth = (tc: XmlElement, column: number): ContainerWidth => {
      const tcW = childElement(childElement(tc, 'tcPr') ?? tc, 'tcW');
      if (tcW && attr(tcW, 'type') === 'dxa') {
        const w = numAttr(tcW, 'w');
        return w === undefined ? share(2) : { section: 0, twips: w };
      }
      const gridWidth = grid[column];
      return gridWidth === undefined ? share(Math.max(1, rows[0]?.length ?? 1)) : { section: 0, twips: gridWidth };
    };
    const byRows = (): void => {
      for (const row of rows) row.forEach((tc, c) => this.walk(tc, region, cellWidth(tc, c)));
    };
    const text = rows
      .flat()
      .map((tc) => plainText(tc))
      .join(' ');
    const closing = /N[ơo]i\s*nh[ậa]n/iu.test(text);
    // A table that holds a part of the Decree's layout (Quốc hiệu, the copy block, Nơi nhận) is read cell by cell, never as data.
    const layoutText = closing || LAYOUT_TEXT.test(text);
    if (!twoColumns || region !== 'page')
      return region === 'page' && columns >= 2 && !layoutText
        ? this.pipeRows(tbl, rows, region, width, cellWidth)
        : byRows();
    // The Decree's header and closing are two-column borderless tables; read each column top to bottom.
    // The first two-column table is the header; later ones too when they hold a Quốc hiệu (templates one after another).
    // A first table after body text has begun is a data table, not the header.
    const atTop = !this.headerTableSeen && this.withText <= 3;
    // The bản sao block's table (Mẫu 3.1) is laid out as a header: copying organisation and Số at the left, the copy form and date at the right.
    const header = !closing && (atTop || LAYOUT_TEXT.test(text));
    if (header) this.headerTableSeen = true;
    // A data table (the abbreviation list, a schedule) reads row by row.
    if (!header && !closing) return this.pipeRows(tbl, rows, region, width, cellWidth);
    // Spaced tables: a row spanning the halves under them (Mẫu 1.6's notes) follows both, on the page.
    let columnRows = rows;
    let after: XmlElement[][] = [];
    if (spaced) {
      const last = rows.findLastIndex((r) => r.length === columns);
      columnRows = rows.slice(0, last + 1);
      after = rows.slice(last + 1);
    }
    for (let column = 0; column < columns; column++) {
      const left = column <= leftEnd;
      const columnRegion: LineRegion = closing
        ? left
          ? 'closing-left'
          : 'closing-right'
        : left
          ? 'header-left'
          : 'header-right';
      for (const row of columnRows) {
        const tc = row.length === 1 ? (column === leftEnd ? row[0] : undefined) : row[column];
        if (tc) this.walk(tc, columnRegion, cellWidth(tc, column));
      }
    }
    for (const row of after) row.forEach((tc, c) => this.walk(tc, region, cellWidth(tc, c)));
  }

  /**
   * A data table of the body, one paragraph a row holding the row as a pipe row ("| a | b |", "|"
   * inside a cell escaped), so that the text reader's table detection reads it as the text writer's
   * form; a header row (w:tblHeader, as the DOCX writer marks it) is followed by a separator row
   * ("|---|---|"). The row's paragraph takes the formatting of its cell paragraph with the most text.
   */
  private pipeRows(
    tbl: XmlElement,
    rows: readonly XmlElement[][],
    region: LineRegion,
    width: ContainerWidth,
    cellWidth: (tc: XmlElement, column: number) => ContainerWidth,
  ): void {
    const trs = childElements(tbl, 'tr');
    rows.forEach((row, r) => {
      const start = this.paragraphs.length;
      const cells = row.map((tc, c) => {
        const from = this.paragraphs.length;
        this.walk(tc, region, cellWidth(tc, c));
        return this.paragraphs
          .slice(from)
          .flatMap((p) => p.lines)
          .join(' ')
          .replace(/\s+/gu, ' ')
          .trim();
      });
      // The cells' paragraphs give way to the row's: their widths wait no more (they were pushed last).
      const parts = this.paragraphs.splice(start);
      const removed = new Set<object>(parts);
      while (this.pending.length && removed.has(this.pending.at(-1)!.paragraph)) this.pending.pop();
      const headerRow = r === 0 && isHeaderRow(trs[r]);
      const lines = [
        `| ${cells.map(escapeCell).join(' | ')} |`,
        ...(headerRow ? [`|${cells.map(() => '---').join('|')}|`] : []),
      ];
      const withText = parts.filter((p) => p.lines.some((l) => l.trim() !== ''));
      // The row looks like the cell paragraph with the most text (a number column's label does not set its font).
      const main =
        withText.reduce<DocxParagraph | undefined>(
          (best, p) => (!best || visibleLength(p.lines.join('')) > visibleLength(best.lines.join('')) ? p : best),
          undefined,
        ) ?? parts[0];
      const allBold = withText.length > 0 && withText.every((p) => p.allBold);
      const allItalic = withText.length > 0 && withText.every((p) => p.allItalic);
      const format: LineFormat = {
        run: main?.run ?? {},
        allBold,
        allItalic,
        noneBold:
          withText.length > 0 &&
          withText.every((p) => p.lineFormats.every((l, k) => l.noneBold || p.lines[k]!.trim() === '')),
        pieces: [],
      };
      const read: DocxParagraph = {
        index: start,
        lines,
        paragraph: main?.paragraph ?? {},
        run: main?.run ?? {},
        allBold,
        allItalic,
        lineFormats: lines.map(() => format),
        ...(main?.styleName !== undefined && { styleName: main.styleName }),
        region,
        section: this.section,
        containerMm: 0,
        // The row is one line (its separator row aside): what was drawn in its cells is drawn on it.
        drawn: parts.flatMap((p) => p.drawn.map((d) => ({ ...d, line: 0 }))),
        images: parts.flatMap((p) => p.images),
        fields: parts.flatMap((p) => p.fields),
        container: this.container++,
      };
      this.paragraphs.push(read);
      this.pending.push({ paragraph: read, width });
    });
  }

  private paragraph(p: XmlElement, region: LineRegion, width: ContainerWidth, container: number): void {
    const pPr = childElement(p, 'pPr');
    const direct = readParagraphProps(pPr);
    const { paragraph, run: paragraphRun } = this.ctx.styles.paragraph(direct);
    // Tab stops are measured from the text area's edge: a line starts at its indent (the first at the first-line one).
    const indents = {
      first: (paragraph.indentLeft ?? 0) + (paragraph.indentFirstLine ?? 0),
      other: paragraph.indentLeft ?? 0,
    };
    const state: RunState = {
      lines: [''],
      weights: [lineWeights(indents.first)],
      indents,
      tabs: paragraph.tabs ?? [],
      drawn: [],
      images: [],
      fields: [],
      boxes: [],
      inField: 0,
      fieldResult: true,
    };
    this.runs(p, paragraphRun, state);

    const level = this.ctx.styles.numberingLevel(paragraph.numId, paragraph.numLevel);
    if (level && paragraph.numId !== undefined) {
      const label = numberLabel(level, this.count(paragraph.numId, paragraph.numLevel ?? 0, level.start), (ilvl) =>
        this.ctx.styles.numberingLevel(paragraph.numId, ilvl),
      );
      if (label) state.lines[0] = `${label}${level.format === 'bullet' ? ' ' : '\t'}${state.lines[0]}`;
    }
    let border: PendingWidth['border'];
    if (paragraph.borderBottom) {
      const line = {
        kind: 'border' as const,
        lengthMm: 0,
        style: borderStyle(paragraph.borderBottom.style),
        line: state.lines.length - 1,
        inFlow: false,
      };
      border = { line, indentsTwips: (paragraph.indentLeft ?? 0) + (paragraph.indentRight ?? 0) };
      state.drawn.push(line);
    }
    const whole = lineFormat(paragraphWeights(state.weights), paragraphRun);
    const read = {
      index: this.paragraphs.length,
      lines: state.lines,
      paragraph,
      run: whole.run,
      allBold: whole.allBold,
      allItalic: whole.allItalic,
      lineFormats: state.weights.map((w) => lineFormat(w, paragraphRun)),
      styleName: this.ctx.styles.styleName(paragraph.styleId),
      region,
      section: this.section,
      containerMm: 0,
      drawn: state.drawn,
      images: state.images,
      fields: state.fields,
      container,
    };
    this.paragraphs.push(read);
    this.pending.push({ paragraph: read, width, ...(border && { border }) });
    if (state.lines.some((l) => l.trim() !== '')) this.withText++;
    for (const box of state.boxes) this.walk(box, 'text-box', width);
    if (pPr && childElement(pPr, 'sectPr')) this.section++;
  }

  private runs(el: XmlElement, paragraphRun: RunProps, state: RunState): void {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      switch (child.local) {
        case 'r':
          this.run(child, paragraphRun, state);
          break;
        case 'del':
        case 'moveFrom':
          this.ctx.findings.deletions++;
          break;
        case 'ins':
        case 'moveTo':
          this.ctx.findings.insertions++;
          this.runs(child, paragraphRun, state);
          break;
        case 'fldSimple':
          state.fields.push(fieldName(attr(child, 'instr')));
          this.runs(child, paragraphRun, state);
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'sdt':
        case 'sdtContent':
        case 'customXml':
          this.runs(child, paragraphRun, state);
          break;
        case 'AlternateContent':
          this.runs(alternateChoice(child), paragraphRun, state);
          break;
        default:
          break;
      }
    }
  }

  private run(r: XmlElement, paragraphRun: RunProps, state: RunState): void {
    const props = this.ctx.styles.run(paragraphRun, readRunProps(childElement(r, 'rPr')));
    const font = props.fonts?.hAnsi ?? props.fonts?.ascii;
    const legacy = legacyDecoder(font);
    for (const c of r.children) {
      if (c.type !== 'element') continue;
      switch (c.local) {
        case 't':
          if (state.inField > 0 && !state.fieldResult) break;
          if (!props.hidden) {
            const text = textOf(c);
            if (legacy && looksLegacyEncoded(text)) {
              this.ctx.findings.legacyFonts.add(font!);
              this.text(legacy(text), props, state);
            } else this.text(text, props, state);
          }
          break;
        case 'tab':
          this.tab(props, state);
          break;
        case 'br':
        case 'cr':
          // A page or column break also ends the line; a text-wrapping break is a line break.
          state.lines.push('');
          state.weights.push(lineWeights(state.indents.other));
          break;
        case 'noBreakHyphen':
          this.text('-', props, state);
          break;
        case 'fldChar': {
          const type = attr(c, 'fldCharType');
          if (type === 'begin') {
            state.inField++;
            state.fieldResult = false;
          } else if (type === 'separate') state.fieldResult = true;
          else if (type === 'end') {
            state.inField = Math.max(0, state.inField - 1);
            state.fieldResult = true;
          }
          break;
        }
        case 'instrText':
          if (!state.fieldResult || state.inField > 0) {
            const name = fieldName(textOf(c));
            if (name) state.fields.push(name);
          }
          break;
        case 'object':
          this.ctx.findings.oleObjects++;
          this.drawing(c, state);
          break;
        case 'drawing':
        case 'pict':
          this.drawing(c, state);
          break;
        case 'AlternateContent':
          this.run({ ...r, children: alternateChoice(c).children }, paragraphRun, state);
          break;
        default:
          break;
      }
    }
  }

  /**
   * A tab: to the first stop past the text so far (custom stops, then Word's default every
   * half inch). A stop with a leader prints as a row of dots: the line's format keeps where.
   */
  private tab(props: RunProps, state: RunState): void {
    const line = state.weights[state.weights.length - 1]!;
    const at = state.lines[state.lines.length - 1]!.length;
    state.lines[state.lines.length - 1] += '\t';
    // Without stops of its own the paragraph tabs to Word's defaults: no leader, half an em wide.
    if (state.tabs.length === 0) return void line.pieces.push({ text: '\t', props });
    // Where the text since the last tab ends: measured only here, in paragraphs with stops.
    const x = line.tabTwips + mmToTwipsExact(piecesMm(line.pieces, line.sinceTab).wholeMm);
    const stop = state.tabs.find((t) => t.pos > x + 1);
    const to = stop?.pos ?? (Math.floor(x / DEFAULT_TAB_TWIPS) + 1) * DEFAULT_TAB_TWIPS;
    if (stop?.leader) line.leaders.push(at);
    line.pieces.push({ advanceMm: twipsAsMm(Math.max(0, to - x)) });
    line.tabTwips = to;
    line.sinceTab = line.pieces.length;
  }

  private text(text: string, props: RunProps, state: RunState): void {
    const before = state.lines[state.lines.length - 1]!;
    state.lines[state.lines.length - 1] += text;
    const line = state.weights[state.weights.length - 1]!;
    line.pieces.push({ text, props });
    const visible = visibleLength(text);
    if (visible === 0) return;
    // A raised or lowered mark (a note number) does not set the line's weight: see lineFormat.
    const weights = props.vertAlign ? line.marks : line.text;
    weights.visible += visible;
    if (props.bold) weights.bold += visible;
    if (props.italic) weights.italic += visible;
    weights.runs.set(props, (weights.runs.get(props) ?? 0) + visible);
    const underscores = text.includes('____') ? /_{4,}/u.exec(text) : null;
    if (underscores && underscores[0].length === visible) {
      // PL I, II.1: lines under the Tiêu ngữ are often typed as underscores; superscript shrinks them (~2/3).
      const sizePt = (props.halfPoints ?? 24) / 2;
      const lengthMm = underscores[0].length * 0.5 * sizePt * MM_PER_POINT * (props.vertAlign ? MARK_SCALE : 1);
      const last = state.drawn.at(-1);
      // One line is often typed over several runs: continue it rather than start another.
      if (last?.kind === 'underscores' && /_\s*$/u.test(before))
        state.drawn[state.drawn.length - 1] = { ...last, lengthMm: last.lengthMm + lengthMm };
      else
        state.drawn.push({ kind: 'underscores', lengthMm, style: 'solid', line: state.lines.length - 1, inFlow: true });
    }
  }

  private drawing(el: XmlElement, state: RunState): void {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.local === 'txbxContent') {
        state.boxes.push(c);
        continue;
      }
      if (c.local === 'AlternateContent') {
        this.drawing(alternateChoice(c), state);
        continue;
      }
      if (c.local === 'inline' || c.local === 'anchor') {
        const extent = childElement(c, 'extent');
        const widthMm = emuToMm(numAttr(extent, 'cx') ?? 0);
        const heightMm = emuToMm(numAttr(extent, 'cy') ?? 0);
        const blip = findFirst(c, 'blip');
        const geometry = attr(findFirst(c, 'prstGeom'), 'prst');
        if (blip) state.images.push({ relationshipId: attr(blip, 'embed'), widthMm, heightMm });
        else if (geometry && /line|Connector/u.test(geometry) && heightMm < 1)
          state.drawn.push({
            kind: 'shape',
            lengthMm: widthMm,
            style: dashStyle(attr(findFirst(c, 'prstDash'), 'val')),
            line: state.lines.length - 1,
            inFlow: c.local === 'inline',
          });
        this.drawing(c, state);
        continue;
      }
      if (c.local === 'line' && (c.uri.includes('vml') || c.name.startsWith('v:'))) {
        const length = vmlLineLength(c);
        // VML lines are positioned (style="position:absolute…"), not set in the text.
        if (length !== undefined)
          state.drawn.push({
            kind: 'shape',
            lengthMm: length,
            style: 'solid',
            line: state.lines.length - 1,
            inFlow: false,
          });
        continue;
      }
      this.drawing(c, state);
    }
  }

  private count(numId: string, level: number, start: number): number[] {
    const counters = this.counters.get(numId) ?? [];
    counters[level] = (counters[level] ?? start - 1) + 1;
    // A higher level restarts the levels below it.
    counters.length = level + 1;
    this.counters.set(numId, counters);
    return counters;
  }
}

interface RunState {
  lines: string[];
  /** The weights of each of `lines`. */
  weights: LineWeights[];
  /** Where a line starts, in twips from the text area's edge: the first line, the others. */
  readonly indents: { readonly first: number; readonly other: number };
  readonly tabs: readonly TabStop[];
  drawn: DrawnLine[];
  images: PlacedImage[];
  fields: string[];
  boxes: XmlElement[];
  inField: number;
  fieldResult: boolean;
}

// Text of a layout table: the Quốc hiệu (both tone placements), the Party's header, a copy form (Mẫu 3.1).
const LAYOUT_TEXT =
  /C[ỘO]NG\s+H(?:[ÒOÓ]A|OÀ)\s+X[ÃA]\s+H[ỘO]I|Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N|(?:^|\s)(?:SAO Y|SAO LỤC|TRÍCH SAO)(?:\s|$)/iu;

/** Characters other than white space (counted without building a new string: this runs per run). */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) n++;
  }
  return n;
}
