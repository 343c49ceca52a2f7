/**
 * One shape of problem for every producer: readers, the model check, the exchange checks and the
 * validator's rules (after vfile-message: a source, an id, a place, what was expected and what was
 * found, an absolute url to its page, and a fix).
 *
 * @module
 */

/** How serious a problem is. */
export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages of the library. */
export interface LocalizedText {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/** A box on a PDF page, in millimetres from the page's top-left corner. */
export interface PageBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where something is in a reader's input. Lines and columns count from 1, offsets from 0 (UTF-16
 * units of the reader's input, or of the text it made of a DOCX's paragraphs or a PDF's lines).
 */
export interface Place {
  /** Offset of the first character. */
  readonly offset: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** Line of the first character. */
  readonly line: number;
  /** Column of the first character. */
  readonly column: number;
  /** Line of the last character. */
  readonly endLine: number;
  /** Column just past the last character. */
  readonly endColumn: number;
  /** DOCX: the index of the paragraph (in document order, tables included), shown as ¶ n+1. */
  readonly paragraph?: number;
  /** PDF: the page (0-based). */
  readonly page?: number;
  /** PDF: the box on that page. */
  readonly box?: PageBox;
}

/** How far a fix can be trusted: formatting may be fixed; authority, signer and substance never. */
export type FixSafety = 'safe' | 'guarded' | 'suggestion';

/** A new value for one model path, e.g. `{ path: 'archive', value: ['VT', 'KGVX'] }`. */
export interface ModelChange {
  readonly path: string;
  readonly value: unknown;
}

/** A text edit on the reader's input: replace `[offset, end)` with `text`. */
export interface TextEdit {
  readonly offset: number;
  readonly end: number;
  readonly text: string;
}

/** A fix, as data: model changes and, when the document came from text, edits of that text. */
export interface Fix {
  readonly safety: FixSafety;
  readonly description: LocalizedText;
  readonly changes: readonly ModelChange[];
  readonly edits?: readonly TextEdit[];
}

/**
 * One problem, whoever found it: a reader (`text`, `docx`, `pdf`, `edxml`, `xml`), the model check
 * (`model`), the exchange check (`edxml`), a Decree 30 rule (`nd30`) or an agency's own rule (its
 * prefix).
 */
export interface Diagnostic {
  /** Who found it: the first segment of `id` (`text`, `docx`, `nd30`, an agency's prefix…). */
  readonly source: string;
  /** Stable id: a rule id (`nd30/pl1/ngay-thang`) or a reader code (`docx/tracked-changes`). */
  readonly id: string;
  readonly severity: Severity;
  /** What is required and what was found, in both languages. */
  readonly message: LocalizedText;
  /** The model path (or printed path, see `PRINTED_PATHS`) concerned, when there is one. */
  readonly path?: string;
  /** Where it is in the input, when the producer knows. */
  readonly place?: Place;
  /** The input text concerned, exactly as written. */
  readonly raw?: string;
  /** What was found. */
  readonly actual?: string;
  /** What is required. */
  readonly expected?: string;
  /** Absolute link to the page that explains this id. */
  readonly url?: string;
  /** A fix, where one is safe enough to offer. */
  readonly fix?: Fix;
}

/** The source of a diagnostic id: its first segment (`nd30/pl1/luu` → `nd30`). */
export function sourceOf(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? id : id.slice(0, slash);
}
