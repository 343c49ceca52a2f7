import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { cleanText, FindingList, type HygieneFinding, textHygieneDiagnostic } from '../../model/normalize.js';
import type { LineRegion, TextLine } from '../../recognize/lines.js';
import type { DocxParagraph } from './paragraph.js';

/**
 * Paragraphs to the text reader's lines: a virtual text of the paragraphs' lines joined with "\n",
 * each line hinted with its paragraph, section, region and its own weight (bold, regular, italic).
 *
 * @module
 */

/** A line of a paragraph: the paragraph's index and the line's among its {@link DocxParagraph.lines}. */
export interface ParagraphLine {
  readonly paragraph: number;
  readonly line: number;
}

/** The lines, their virtual text, and the paragraph (and its line) at an offset of that text. */
export interface DocxLines {
  readonly lines: TextLine[];
  readonly input: string;
  readonly paragraphAt: (offset: number) => number | undefined;
  readonly lineAt: (offset: number) => ParagraphLine | undefined;
  /** What the input hygiene changed in the lines, one `text/…` diagnostic per kind, placed at its first. */
  readonly diagnostics: readonly Diagnostic[];
}

// A first-line indent this deep (twips, 0.5 cm) marks a paragraph's start; the Decree's is 1–1.27 cm (PL I, I.II.6.b).
const FIRST_LINE_INDENT_MIN = 283;

/** Builds the text lines of `paragraphs`; `regionOf` may move a paragraph (style map). */
export function toTextLines(
  paragraphs: readonly DocxParagraph[],
  regionOf: (p: DocxParagraph) => LineRegion,
): DocxLines {
  const lines: TextLine[] = [];
  const starts: number[] = [];
  const owners: number[] = [];
  const texts: string[] = [];
  let offset = 0;
  const lineOf: number[] = [];
  // What the hygiene changed, by kind, each at its first place in the virtual text.
  const found = new FindingList();
  for (const p of paragraphs) {
    const region = regionOf(p);
    const alignment = p.paragraph.alignment;
    p.lines.forEach((raw, k) => {
      // Each line's own weight: a parent body and its issuer may share a paragraph, split by a w:br.
      const format = p.lineFormats[k];
      // The model's hygiene, tabs kept (they separate columns): no-break spaces read as spaces (the
      // Decree's own file indents a wrapped Nơi nhận entry with NBSPs, "\u00a0\u00a0 cơ quan…").
      const cleaned = cleanText(withLeaders(raw, format?.leaderTabs), { keepTabs: true });
      const text = cleaned.text;
      for (const finding of cleaned.findings) found.merge(finding, offset + Math.min(finding.offset, text.length));
      const bold = format?.allBold ? true : format?.noneBold ? false : undefined;
      lines.push({
        text,
        offset,
        line: lines.length + 1,
        hints: {
          region,
          paragraph: p.index,
          section: p.section,
          ...(bold !== undefined && { bold }),
          ...(format?.allItalic && { italic: true }),
          ...(alignment && { alignment }),
          ...(k === 0 && (p.paragraph.indentFirstLine ?? 0) >= FIRST_LINE_INDENT_MIN && { indentedStart: true }),
          ...(p.drawn.length > 0 && text.trim() === '' && { rule: true }),
        },
      });
      starts.push(offset);
      owners.push(p.index);
      lineOf.push(k);
      texts.push(text);
      offset += text.length + 1;
    });
  }
  const indexAt = (at: number): number | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const paragraphAt = (at: number): number | undefined => {
    const i = indexAt(at);
    return i === undefined ? undefined : owners[i];
  };
  const lineAt = (at: number): ParagraphLine | undefined => {
    const i = indexAt(at);
    return i === undefined ? undefined : { paragraph: owners[i]!, line: lineOf[i]! };
  };
  const input = texts.join('\n');
  const diagnostics = found.list().map((finding) => hygieneDiagnostic(finding, lines, paragraphAt(finding.offset)));
  return { lines, input, paragraphAt, lineAt, diagnostics };
}

/** A hygiene finding as a `text/…` diagnostic at its first place: its line of the virtual text and its paragraph. */
function hygieneDiagnostic(
  finding: HygieneFinding,
  lines: readonly TextLine[],
  paragraph: number | undefined,
): Diagnostic {
  const line = lines.findLast((l) => l.offset <= finding.offset) ?? lines[0];
  const column = finding.offset - (line?.offset ?? 0) + 1;
  return textHygieneDiagnostic(finding, {
    place: {
      offset: finding.offset,
      end: finding.offset,
      line: line?.line ?? 1,
      column,
      endLine: line?.line ?? 1,
      endColumn: column,
      ...(paragraph !== undefined && { paragraph }),
    },
  });
}

/**
 * A line with its leader tabs as the row of dots they print: "Căn cứ\t;" with a dotted stop is
 * "Căn cứ …;", one paragraph to fill in, not two columns (the templates of Phụ lục III fill their
 * lines so). One character for one, so that offsets into the line still hold.
 */
function withLeaders(raw: string, leaders: readonly number[] | undefined): string {
  // A line of nothing but a leader is a blank line to write on: it stays blank, between paragraphs.
  if (!leaders || raw.trim() === '') return raw;
  let out = raw;
  for (const at of leaders) if (out[at] === '\t') out = `${out.slice(0, at)}…${out.slice(at + 1)}`;
  return out;
}
