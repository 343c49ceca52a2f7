import type { Alignment } from '../../model/layout.js';
import type { TablePlan } from '../layout-plan/index.js';

/**
 * What the part builders (header, title, body, closing…) say the page holds, before it is laid out:
 * paragraphs with their look, drawn lines, rows of the borderless layout tables, data tables and
 * the signature space. The looks are those of the DOCX writer, so that both print the same page.
 *
 * @module
 */

/** How one paragraph is set (sizes in points, indents in centimetres, as the DOCX writer states them). */
export interface Look {
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** CSS hex colour of the text (`#FF0000`); black when absent. */
  readonly color?: string;
  readonly alignment: Alignment;
  /** Indents; a negative first line hangs. */
  readonly indentCm?: { readonly firstLine?: number; readonly left?: number; readonly right?: number };
  readonly spacing?: {
    readonly beforePt?: number;
    readonly afterPt?: number;
    /** Line height as a multiple of single. */
    readonly line?: number;
    /** Exact line height. */
    readonly exactPt?: number;
  };
  /** Kept whole and on the page of what follows. */
  readonly keepNext?: boolean;
  /** A box around the paragraph, `widthMm` × `heightMm` (stamps). */
  readonly box?: { readonly widthMm: number; readonly heightMm: number };
}

/** A run of a paragraph in its own weight or slant (a bold "Điều 1." before regular text); runs meet at a space. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** One forced line of a paragraph: text in the paragraph's look, or runs. */
export type ParagraphLine = string | readonly Run[];

/** An image to place, decoded, at its printed size. */
export interface PlacedImage {
  readonly bytes: Uint8Array;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** One thing of the page. */
export type Piece =
  | {
      readonly type: 'para';
      /** Its lines (each wrapped at spaces as needed). */
      readonly texts: readonly ParagraphLine[];
      readonly look: Look;
      /** Where the text is in the model, for errors. */
      readonly field: string;
    }
  | {
      /** A solid line `lengthMm` long centred in the column, as the DOCX writer's rule paragraph. */
      readonly type: 'rule';
      readonly lengthMm: number;
      readonly beforePt?: number;
      /** Space under the line. */
      readonly afterPt?: number;
      /** Kept on the page of what follows. */
      readonly keepNext?: boolean;
    }
  | {
      /** A row of a borderless layout table, kept whole. */
      readonly type: 'row';
      readonly columnsMm: readonly number[];
      readonly cells: readonly (readonly Piece[])[];
      /** Kept on the page of what follows. */
      readonly keepNext?: boolean;
    }
  | {
      /** A data table of the body: single lines, columns sized from their content. */
      readonly type: 'table';
      readonly rows: readonly (readonly string[])[];
      /** Column widths, alignments and the header row, as the DOCX writer sets them. */
      readonly plan: TablePlan;
      readonly sizePt: number;
      readonly field: string;
    }
  | {
      /** The signature space between the signer's title and name (ô 7c, ô 8). */
      readonly type: 'signature-space';
      readonly sizePt: number;
      /** Blank lines when there is no image and no mark. */
      readonly lines: number;
      readonly image?: PlacedImage;
      readonly seal?: PlacedImage;
      /** "(Đã ký)" of a transcription. */
      readonly mark?: string;
      readonly field: string;
      /** Which signature of the document it is, when it gets signature fields, and their sizes. */
      readonly fieldsFor?: { readonly signer: number; readonly widthMm: number; readonly sealMm: number };
    };
