import type { FontStyle } from './fonts.js';

/**
 * What the layout produces and the paginator places: atoms (a line of a paragraph, a row of a
 * table) that are never split, each with the drawing it holds relative to its top-left corner.
 *
 * @module
 */

/** Something drawn, in points from the top-left corner of its atom (after the atom's space before). */
export type DrawItem =
  | {
      readonly kind: 'text';
      readonly x: number;
      /** Baseline. */
      readonly y: number;
      readonly text: string;
      readonly style: FontStyle;
      readonly sizePt: number;
      readonly color?: string;
      /** Extra space added to each space of a justified line. */
      readonly wordSpacing?: number;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly widthPt: number;
      readonly color?: string;
    }
  | {
      readonly kind: 'box';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly widthPt: number;
      readonly color?: string;
    }
  | {
      readonly kind: 'image';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly bytes: Uint8Array;
    }
  | {
      /** An empty signature field: the signer's (ô 7c) or the organisation's (ô 8). */
      readonly kind: 'field';
      readonly role: 'signer' | 'organisation';
      /** Which signature of the document, from 0. */
      readonly signer: number;
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
    };

/** An unbreakable piece of the flow. */
export interface Atom {
  /** Space above it (a paragraph's space before), kept at the top of a page as Word and LibreOffice keep it. */
  readonly before: number;
  /** Its own height. */
  readonly height: number;
  /** Space under it, which may hang into the bottom margin. */
  readonly after: number;
  /** Kept on the page of the next atom (keep with next, keep lines together, a row's cells). */
  readonly glue: boolean;
  /** What it draws. */
  readonly items: readonly DrawItem[];
  /** The header row of the data table it belongs to, repeated at the top of each page the table continues on. */
  readonly repeat?: Atom;
}

/** Moves items down by `dy` and right by `dx`. */
export function shift(items: readonly DrawItem[], dx: number, dy: number): DrawItem[] {
  if (dx === 0 && dy === 0) return [...items];
  return items.map((item) => {
    switch (item.kind) {
      case 'line':
        return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy };
      default:
        return { ...item, x: item.x + dx, y: item.y + dy };
    }
  });
}
