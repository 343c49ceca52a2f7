import { normalizeText } from '../../grammar/normalize.js';
import type { LineRegion, TextLine } from '../text/lines.js';
import type { DocxParagraph } from './body.js';

/**
 * Paragraphs to the text reader's lines: a virtual text of the paragraphs' lines joined with "\n",
 * each line hinted with its paragraph, section, region and weight.
 *
 * @module
 */

/** The lines, their virtual text, and the paragraph at an offset of that text. */
export interface DocxLines {
  readonly lines: TextLine[];
  readonly input: string;
  readonly paragraphAt: (offset: number) => number | undefined;
}

// No-break and other fixed-width spaces read as a space, as the text reader's normalisation reads
// them: the Decree's own file indents a wrapped Nơi nhận entry with NBSPs ("\u00a0\u00a0 cơ quan…").
const SPACES = /[\u00a0\u2002-\u200a\u202f\u3000]/gu;

/** Builds the text lines of `paragraphs`; `regionOf` may move a paragraph (style map). */
export function toTextLines(paragraphs: readonly DocxParagraph[], regionOf: (p: DocxParagraph) => LineRegion): DocxLines {
  const lines: TextLine[] = [];
  const starts: number[] = [];
  const owners: number[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    const region = regionOf(p);
    for (const raw of p.lines) {
      const text = normalizeText(raw).replace(SPACES, ' ');
      const alignment = p.paragraph.alignment;
      lines.push({
        text,
        offset,
        line: lines.length + 1,
        hints: { region, paragraph: p.index, section: p.section, ...(p.allBold && { bold: true }), ...(p.allItalic && { italic: true }), ...(alignment && { alignment }), ...(p.drawn.length > 0 && text.trim() === '' && { rule: true }) },
      });
      starts.push(offset);
      owners.push(p.index);
      texts.push(text);
      offset += text.length + 1;
    }
  }
  const paragraphAt = (at: number): number | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return owners[lo];
  };
  return { lines, input: texts.join('\n'), paragraphAt };
}
