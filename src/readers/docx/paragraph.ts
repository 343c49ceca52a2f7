import type { LineRegion } from '../../recognize/lines.js';
import type { RunProps, ParagraphProps } from './formatting.js';
import type { StyleSheet } from './styles.js';

/**
 * A paragraph of a Word file as the DOCX reader reads it: its text by line, its effective
 * formatting, what is drawn around it and the images in it.
 *
 * @module
 */

/** A line drawn by a shape or as a paragraph border, before it is tied to the text above it. */
export interface DrawnLine {
  readonly kind: 'border' | 'shape' | 'underscores';
  readonly lengthMm: number;
  readonly style?: 'solid' | 'dashed' | 'dotted' | 'double';
  /** The line of the paragraph it was drawn on (a border: the last); see {@link DocxParagraph.lines}. */
  readonly line: number;
  /**
   * Placed in the text flow where it was drawn (underscores, an inline shape), rather than
   * positioned under the paragraph (a border, a floating shape anchored in it).
   */
  readonly inFlow: boolean;
}

/**
 * Formatting of one line of a paragraph (the text between two `w:br`): a paragraph may set a
 * regular parent body and a bold issuer as two lines of one (nd30.md §2.2).
 */
export interface LineFormat {
  /** Effective run formatting that covers most of the line's visible text. */
  readonly run: RunProps;
  /** Every visible character of the line is bold (italic); false for a line without text. */
  readonly allBold: boolean;
  readonly allItalic: boolean;
  /** The line has visible text and none of it is bold. */
  readonly noneBold: boolean;
  /** What the line prints, run by run, for {@link printedWidthMm}. */
  readonly pieces: readonly LinePiece[];
  /** Offsets in the line of the tabs that go to a stop with a leader: they print as a row of dots ("Căn cứ ……;"). */
  readonly leaderTabs?: readonly number[];
}

/** An image placed in the text (seal, signature, logo). */
export interface PlacedImage {
  readonly relationshipId?: string;
  readonly widthMm?: number;
  readonly heightMm?: number;
}

/** One paragraph as read. */
export interface DocxParagraph {
  /** Index in reading order (tables and text boxes included). */
  readonly index: number;
  /** Text lines of the paragraph (a `w:br` starts a new one), as written (accepted changes). */
  readonly lines: readonly string[];
  readonly paragraph: ParagraphProps;
  /** Effective run formatting that covers most of the paragraph's visible text. */
  readonly run: RunProps;
  /**
   * True when every visible character is bold (italic). Superscript and subscript marks (the
   * templates' note numbers, "TÊN CƠ QUAN, TỔ CHỨC²") count only on a line of nothing else.
   */
  readonly allBold: boolean;
  readonly allItalic: boolean;
  /** The formatting of each of {@link lines}, one for one: the hints the text reader reads. */
  readonly lineFormats: readonly LineFormat[];
  readonly styleName?: string;
  readonly region: LineRegion;
  readonly section: number;
  /** Width available to the paragraph's text (page text area or table cell) in millimetres. */
  readonly containerMm: number;
  /** Lines drawn in or as this paragraph. */
  readonly drawn: DrawnLine[];
  readonly images: PlacedImage[];
  /** Field instructions found in it (first word, upper case: PAGE, NUMPAGES, HYPERLINK…). */
  readonly fields: string[];
  /** Container id: paragraphs of one table cell or text box share one. */
  readonly container: number;
}

/** Hazards met while walking, counted for the diagnostics. */
export interface WalkFindings {
  insertions: number;
  deletions: number;
  oleObjects: number;
  altChunks: number;
  /** Legacy 8-bit Vietnamese fonts whose text was converted to Unicode. */
  legacyFonts: Set<string>;
}

/** What a walk needs: the style sheet and where to count hazards. */
export interface WalkContext {
  readonly styles: StyleSheet;
  readonly findings: WalkFindings;
}

/** A run's text in its formatting, or a tab's advance to its stop. */
export interface LinePiece {
  readonly text?: string;
  readonly props?: RunProps;
  readonly advanceMm?: number;
}
