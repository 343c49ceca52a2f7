/**
 * Layout facts: how each part of a document is set on the page. The DOCX reader measures them, the
 * DOCX writer states the ones it intends, and the validator's layout rules read them
 * (PL I, I.I and the sample table of mục V; nd30.md §3).
 *
 * @module
 */

/** Paragraph alignment. */
export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** Fonts by OOXML slot: Vietnamese letters with diacritics render from `hAnsi`, not `ascii`. */
export interface FontSlots {
  /** Font of ASCII letters (`w:ascii`), e.g. "Times New Roman" (PL I, I.I; nd30.md §3.1). */
  readonly ascii?: string;
  /** Font of the other Latin letters (`w:hAnsi`): the slot Vietnamese letters with diacritics render from. */
  readonly hAnsi?: string;
  /** Font of complex-script text (`w:cs`). */
  readonly cs?: string;
  /** Font of East Asian text (`w:eastAsia`). */
  readonly eastAsia?: string;
}

/** A line drawn under a part (Tiêu ngữ, issuer, trích yếu) or above the contact block. */
export interface RuleLine {
  /** How the line is drawn. */
  readonly kind: 'border' | 'shape' | 'underscores';
  /** Its length in millimetres. */
  readonly lengthMm: number;
  /** Its length divided by the width of the text line above it. */
  readonly ratioToText?: number;
  /** How the line is stroked; Decree 30's lines are solid (PL I, I.II.1, 2, 5; nd30.md §3.4). */
  readonly style?: 'solid' | 'dashed' | 'dotted' | 'double';
}

/** The effective formatting of one part of the document (a paragraph or a run of one). */
export interface TextLayout {
  /** The effective fonts by slot (PL I, I.I: Times New Roman, Unicode per TCVN 6909:2001; nd30.md §3.1). */
  readonly font?: FontSlots;
  /** Font size in points, checked against the sample table of PL I mục V (nd30.md §3.2). */
  readonly sizePt?: number;
  /** Bold (đậm), e.g. the issuer line and the Tiêu ngữ (nd30.md §3.2). */
  readonly bold?: boolean;
  /** Italic (nghiêng), e.g. the place and date line (ô 4) and "Nơi nhận:" (ô 9b). */
  readonly italic?: boolean;
  /** Underlined; Decree 30 draws lines under parts instead (see `lineBelow`). */
  readonly underline?: boolean;
  /** Upper case by formatting (w:caps), not by the letters. */
  readonly caps?: boolean;
  /** Hex RGB without '#', e.g. "000000"; "auto" for automatic. */
  readonly color?: string;
  readonly alignment?: Alignment;
  /** First-line indent (negative for a hanging indent), left and right indents, in centimetres. */
  readonly indentCm?: { readonly firstLine?: number; readonly left?: number; readonly right?: number };
  /** Spacing before and after in points; line spacing as a multiple of single (1, 1.15, 1.5) or exact points. */
  readonly spacing?: {
    readonly beforePt?: number;
    readonly afterPt?: number;
    readonly line?: number;
    readonly lineRule?: 'auto' | 'exact' | 'atLeast';
  };
  /** A line under this part. */
  readonly lineBelow?: RuleLine;
  /** A box around it (urgency and circulation stamps), in millimetres. */
  readonly box?: { readonly widthMm?: number; readonly heightMm?: number };
  /** Where it sits: the header table's left or right column, the closing table's columns, or the page. */
  readonly region?:
    | 'header-left'
    | 'header-right'
    | 'closing-left'
    | 'closing-right'
    | 'page'
    | 'page-header'
    | 'page-footer'
    | 'text-box';
  /** Legacy 8-bit Vietnamese font detected (.VnTime, VNI-Times): the text was converted. */
  readonly legacyFont?: string;
}

/** Page numbering of a section. */
export interface PageNumbering {
  /** Where the PAGE field sits, or `none`. */
  readonly position: 'header' | 'footer' | 'none';
  /** Where in the header or footer: Decree 30 centres it in the top margin (PL I, I.I.7; nd30.md §3.6). */
  readonly alignment?: Alignment;
  /** Shown on the first page (Decree 30: it must not be). */
  readonly onFirstPage: boolean;
  /** Number format, e.g. "decimal", "upperRoman". */
  readonly format?: string;
  /** Restart value when the section restarts numbering (each appendix starts at 1). */
  readonly start?: number;
}

/** Page setup of one section. */
export interface PageLayout {
  /** Page width in millimetres: 210 for A4 (PL I, I.I; nd30.md §3.1). */
  readonly widthMm: number;
  /** Page height in millimetres: 297 for A4. */
  readonly heightMm: number;
  /** Portrait for the document; landscape only for tables not split off into appendices (PL I, I.I; nd30.md §3.1). */
  readonly orientation: 'portrait' | 'landscape';
  /** Margins in millimetres: top and bottom 20–25, left 30–35, right 15–20 (PL I, I.I; nd30.md §3.1). */
  readonly marginsMm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /**
   * Where a margin is measured only as the white space the text leaves (a PDF: a page the writer
   * broke early, a page whose text does not reach across the column), `marginsMm` gives the most it
   * can be and this the least: a margin is then too wide only when this is.
   */
  readonly marginsAtLeastMm?: { readonly bottom?: number; readonly left?: number; readonly right?: number };
  /** Page numbering of the section (số trang, nd30.md §3.6). */
  readonly pageNumbering: PageNumbering;
  /** What the section holds: the main document, or appendix n (0-based) of `appendices`. */
  readonly content?: { readonly type: 'main' } | { readonly type: 'appendix'; readonly index: number };
}

/** Layout facts for a whole document. */
export interface LayoutFacts {
  /** Sections in order. */
  readonly sections: readonly PageLayout[];
  /** Formatting by model path (same keys as sources, including the printed paths). */
  readonly parts: Readonly<Record<string, TextLayout>>;
  /** The document's default fonts (docDefaults and the Normal style). */
  readonly defaultFont?: FontSlots;
  /** Images found: signature and seal images with their colour class and size. */
  readonly images?: readonly {
    readonly path: string;
    readonly role: 'signature' | 'seal' | 'other';
    readonly widthMm?: number;
    readonly heightMm?: number;
    readonly dominantColor?: 'blue' | 'red' | 'black' | 'other';
    readonly transparent?: boolean;
  }[];
}
