import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReadDocument } from '../model/read-document.js';
import type { SourceMap } from '../model/source.js';

/**
 * The contract between the text reader's component detection and the readers that feed it lines
 * (the DOCX reader gives one line per paragraph, with hints from its layout).
 *
 * @module
 */

/** Where a line sat on the page, when the reader knows it (from table columns or alignment). */
export type LineRegion =
  | 'header-left'
  | 'header-right'
  | 'closing-left'
  | 'closing-right'
  | 'page'
  | 'page-header'
  | 'page-footer'
  | 'text-box';

/** One logical line of input, with its place in the original input. */
export interface TextLine {
  /** The line's text, already normalised (NFC, no zero-width characters), without its line break. */
  readonly text: string;
  /** Offset of the line's first character in the original input (UTF-16 units). */
  readonly offset: number;
  /** 1-based line number in the original input. */
  readonly line: number;
  /** The text exactly as written in the input, before normalisation. */
  readonly raw?: string;
  /**
   * Where each UTF-16 unit of `text` came from in the original input (start and end offsets), when
   * normalisation moved characters (the text reader fills it; other readers may leave it out, and
   * then `offset + index` is used).
   */
  readonly map?: { readonly start: Int32Array; readonly end: Int32Array };
  /** What the feeding reader knows of the line's look; absent for plain text. */
  readonly hints?: {
    readonly region?: LineRegion;
    /** The line's weight: true when all its text is bold, false when none is (a parent body over a bold issuer), absent when mixed or unknown. */
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly alignment?: 'left' | 'center' | 'right' | 'justify';
    /**
     * The line opens a paragraph set with a first-line indent (DOCX): a block of its own starts
     * there, though the line before ends with no full stop ("1. Phạm vi điều chỉnh" / "Quyết định này …").
     */
    readonly indentedStart?: boolean;
    /**
     * The line goes on the sentence of the line before across a page break (PDF: that line reached
     * the right edge with no end mark, this one starts at the margin): it opens no block though it
     * starts like one ("… giai đoạn 2026" / "- 2030, trong đó …").
     */
    readonly continues?: boolean;
    /** Index of the DOCX paragraph the line came from. */
    readonly paragraph?: number;
    /** Index of the section (DOCX) the line belongs to; appendices usually start a new one. */
    readonly section?: number;
    /** The line holds nothing but a drawn line (a DOCX border or shape): it separates like "-----". */
    readonly rule?: boolean;
  };
}

/** What every reader returns. */
export interface ReadResult {
  /** The document as read: a part the input does not show is absent, never invented. */
  readonly document: ReadDocument;
  /**
   * Parts the input lost (a copy cut before the closing block, a web copy without its header): model
   * and printed paths whose absence says nothing about the document. The validator judges none of
   * them and calls the verdict incomplete.
   */
  readonly unread?: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceMap;
}
