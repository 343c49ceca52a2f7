import { cmToTwips, mmToTwips, ptToTwips, twipsAsMm, twipsToCm } from '../../formats/ooxml/units.js';
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { textWidthMm } from '../../_lib/text-width.js';
import type { Alignment, FontSlots, RuleLine, TextLayout } from '../../model/layout.js';

/**
 * Paragraphs as the writer sets them, each with the layout facts it means to give (the same facts
 * the DOCX reader measures), so that what is written and what is stated can never drift apart.
 *
 * @module
 */

/** Times New Roman on every slot: Vietnamese letters with diacritics render from hAnsi (pitfalls.md). */
export const FONT = 'Times New Roman';
export const FONT_SLOTS: FontSlots = { ascii: FONT, hAnsi: FONT, cs: FONT };

/** Where a paragraph sits, as the reader names the regions (header and closing table columns, or the page). */
export type Region = NonNullable<TextLayout['region']>;

/** How one part is set. */
export interface Look {
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Hex RGB of the text; black when absent. */
  readonly color?: string;
  readonly alignment: Alignment;
  readonly indentCm?: { readonly firstLine?: number; readonly left?: number; readonly right?: number };
  readonly spacing?: {
    readonly beforePt?: number;
    readonly afterPt?: number;
    readonly line?: number;
    readonly exactPt?: number;
  };
  /** Kept on the page of the next paragraph (headings, the closing block's parts). */
  readonly keepNext?: boolean;
  /** A single-line box around the paragraph (stamps); its size is set by the indents and the line height. */
  readonly box?: { readonly widthMm: number; readonly heightMm: number };
}

/** The docx package sizes images in pixels at 96 to the inch. */
export const pixelsFromMm = (mm: number): number => Math.round((mm / 25.4) * 96);

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** The paragraph properties of a look (indents in whole twips, as they are written). */
function paragraphOptions(look: Look) {
  const { indentCm, spacing } = look;
  const single = look.box ? { style: BorderStyle.SINGLE, size: 8, color: look.color ?? '000000', space: 1 } : undefined;
  return {
    alignment: ALIGNMENT[look.alignment],
    ...(indentCm && {
      indent: {
        ...(indentCm.left !== undefined && { left: cmToTwips(indentCm.left) }),
        ...(indentCm.right !== undefined && { right: cmToTwips(indentCm.right) }),
        ...(indentCm.firstLine !== undefined &&
          (indentCm.firstLine < 0
            ? { hanging: cmToTwips(-indentCm.firstLine) }
            : { firstLine: cmToTwips(indentCm.firstLine) })),
      },
    }),
    ...(spacing && {
      spacing: {
        ...(spacing.beforePt !== undefined && { before: ptToTwips(spacing.beforePt) }),
        ...(spacing.afterPt !== undefined && { after: ptToTwips(spacing.afterPt) }),
        ...(spacing.exactPt !== undefined
          ? { line: ptToTwips(spacing.exactPt), lineRule: LineRuleType.EXACT }
          : spacing.line !== undefined
            ? { line: Math.round(spacing.line * 240), lineRule: LineRuleType.AUTO }
            : {}),
      },
    }),
    ...(look.keepNext && { keepNext: true, keepLines: true }),
    ...(single && { border: { top: single, bottom: single, left: single, right: single } }),
  };
}

/** A text run in a look: size in half-points, bold and italic stated either way. */
export function run(
  text: string,
  look: Pick<Look, 'sizePt' | 'bold' | 'italic' | 'color'>,
  breakBefore = false,
): TextRun {
  return new TextRun({
    text,
    size: look.sizePt * 2,
    ...(look.bold && { bold: true }),
    ...(look.italic && { italics: true }),
    // Black stated, not left to "auto": what the layout intent says (Decree 30's text is black).
    color: look.color ?? '000000',
    ...(breakBefore && { break: 1 }),
  });
}

/** A paragraph of one or more lines (line breaks between them) in `look`. */
export function paragraph(lines: string | readonly string[], look: Look): Paragraph {
  const texts = typeof lines === 'string' ? [lines] : lines;
  return new Paragraph({ ...paragraphOptions(look), children: texts.map((t, i) => run(t, look, i > 0)) });
}

/** A paragraph holding other children (images) in `look`. */
export function paragraphWith(children: readonly ParagraphChild[], look: Look): Paragraph {
  return new Paragraph({ ...paragraphOptions(look), children: [...children] });
}

/** An empty paragraph at a size (a blank line of the signature space, a gap). */
export function blank(sizePt: number, alignment: Alignment = 'center'): Paragraph {
  return new Paragraph({ alignment: ALIGNMENT[alignment], run: { size: sizePt * 2 }, children: [] });
}

/**
 * A solid line drawn as the bottom border of an empty, 3 pt paragraph narrowed by its indents to
 * `lengthMm`, centred in a container `containerMm` wide. Chosen over DrawingML shapes (which the
 * docx package does not place in the flow, its issue #257): it stays under its text whatever the
 * text above does, renders the same in Word and LibreOffice, and readers measure it exactly.
 * Returns the paragraph and the line's length as written (whole twips).
 */
export function rule(
  lengthMm: number,
  containerMm: number,
  spaceBeforePt = 0,
  spaceAfterPt = 0,
  keepNext = false,
): { paragraph: Paragraph; lengthMm: number } {
  const container = mmToTwips(containerMm);
  const length = Math.min(container, mmToTwips(lengthMm));
  const left = Math.max(0, Math.round((container - length) / 2));
  const right = Math.max(0, container - length - left);
  const p = new Paragraph({
    indent: { left, right },
    spacing: {
      before: ptToTwips(spaceBeforePt),
      after: ptToTwips(spaceAfterPt),
      line: 60,
      lineRule: LineRuleType.EXACT,
    },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    ...(keepNext && { keepNext: true }),
    children: [],
  });
  return { paragraph: p, lengthMm: twipsAsMm(container - left - right) };
}

/** Width in millimetres of a line of text in Times New Roman (Adobe metrics, within about 2%). */
export function widthOf(text: string, look: Pick<Look, 'sizePt' | 'bold'>): number {
  return textWidthMm(text, look.sizePt, look.bold ?? false);
}

/** Layout facts by model path, recorded as the paragraphs are made. */
export class Intent {
  readonly parts: Record<string, TextLayout> = {};

  /** States the layout of the part at `path`: its look, its region and the line drawn under it. */
  record(path: string, look: Look, region: Region, lineBelow?: RuleLine): void {
    const indent = look.indentCm && {
      ...(look.indentCm.firstLine !== undefined && { firstLine: twipsToCm(cmToTwips(look.indentCm.firstLine)) }),
      ...(look.indentCm.left !== undefined && { left: twipsToCm(cmToTwips(look.indentCm.left)) }),
      ...(look.indentCm.right !== undefined && { right: twipsToCm(cmToTwips(look.indentCm.right)) }),
    };
    const s = look.spacing;
    this.parts[path] = {
      font: FONT_SLOTS,
      sizePt: look.sizePt,
      bold: look.bold ?? false,
      italic: look.italic ?? false,
      color: look.color ?? '000000',
      alignment: look.alignment,
      ...(indent && { indentCm: indent }),
      ...(s && {
        spacing: {
          ...(s.beforePt !== undefined && { beforePt: s.beforePt }),
          ...(s.afterPt !== undefined && { afterPt: s.afterPt }),
          ...(s.exactPt !== undefined
            ? { line: s.exactPt, lineRule: 'exact' as const }
            : s.line !== undefined
              ? { line: s.line, lineRule: 'auto' as const }
              : {}),
        },
      }),
      ...(lineBelow && { lineBelow }),
      ...(look.box && { box: { widthMm: look.box.widthMm, heightMm: look.box.heightMm } }),
      region,
    };
  }

  /** States the same layout for several paths (a list's entries, a signer's lines). */
  recordAll(paths: readonly string[], look: Look, region: Region): void {
    for (const path of paths) this.record(path, look, region);
  }
}

/** A line's facts: its length and its ratio to the text above, measured as the reader measures them. */
export function ruleLine(lengthMm: number, textMm: number): RuleLine {
  return {
    kind: 'border',
    lengthMm: Math.round(lengthMm * 10) / 10,
    ...(textMm > 0 && { ratioToText: Math.round((lengthMm / textMm) * 100) / 100 }),
    style: 'solid',
  };
}
