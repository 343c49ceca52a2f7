import type { RuleLine, TextLayout } from '../../model/layout.js';
import type { SourceMap } from '../../model/source.js';
import type { LineRegion } from '../../recognize/lines.js';
import { printedWidthMm } from './measure.js';
import type { DocxParagraph, LineFormat } from './paragraph.js';
import type { ParagraphLine } from './lines.js';
import { MM_PER_POINT, round, twipsAsMm, twipsToCm, twipsToPt } from '../../formats/ooxml/units.js';
import type { StyleSheet } from './styles.js';
import { textWidthMm } from '../../_lib/text-width.js';

/**
 * Layout facts by model path: every path of `sources` gets the effective formatting of the
 * paragraph line it was read from, and the line drawn under its text (nd30.md §3.2, §3.4).
 *
 * @module
 */

const RULE_ONLY = /^[\s_]*$/u;

/**
 * The TextLayout of each source path: the formatting of the line its span starts on (a paragraph
 * may hold a regular parent body and a bold issuer split by a w:br), with the line drawn under the
 * last text line the span covers. `lineAt` gives the paragraph line at an offset of the input.
 */
export function layoutParts(
  paragraphs: readonly DocxParagraph[],
  sources: SourceMap,
  styles: StyleSheet,
  regionOf: (p: DocxParagraph) => LineRegion,
  lineAt: (offset: number) => ParagraphLine | undefined,
): Record<string, TextLayout> {
  const linesBelow = drawnLinesBelow(paragraphs);
  const cache = new Map<string, TextLayout>();
  const parts: Record<string, TextLayout> = {};
  for (const [path, span] of Object.entries(sources)) {
    const start =
      lineAt(span.offset) ?? (span.paragraph === undefined ? undefined : { paragraph: span.paragraph, line: 0 });
    const p = start && paragraphs[start.paragraph];
    if (!start || !p) continue;
    const end = lineAt(Math.max(span.offset, span.end - 1)) ?? start;
    const below = lineBelowSpan(linesBelow, start, end);
    const key = `${start.paragraph}:${start.line}:${below ? `${below.paragraph}:${below.line}` : ''}`;
    let layout = cache.get(key);
    if (!layout) {
      layout = paragraphLayout(p, styles, regionOf(p), below?.rule, p.lineFormats[start.line]);
      cache.set(key, layout);
    }
    parts[path] = layout;
  }
  return parts;
}

/** The effective layout of one paragraph, its runs' formatting that of `format` (one of its lines; the whole paragraph's by default). */
export function paragraphLayout(
  p: DocxParagraph,
  styles: StyleSheet,
  region: LineRegion,
  lineBelow: RuleLine | undefined,
  format: Pick<LineFormat, 'run' | 'allBold' | 'allItalic'> = p,
): TextLayout {
  const { paragraph: pp } = p;
  const { run } = format;
  // Built field by field rather than from spreads: this runs for every part of every document.
  const out: Mutable<TextLayout> = {};
  const font = styles.fonts(run.fonts);
  if (font) out.font = font;
  if (run.halfPoints !== undefined) out.sizePt = run.halfPoints / 2;
  out.bold = format.allBold || (run.bold ?? false);
  out.italic = format.allItalic || (run.italic ?? false);
  if (run.underline !== undefined) out.underline = run.underline;
  if (run.caps !== undefined) out.caps = run.caps;
  if (run.color !== undefined) out.color = run.color;
  if (pp.alignment) out.alignment = pp.alignment;
  if (pp.indentFirstLine !== undefined || pp.indentLeft !== undefined || pp.indentRight !== undefined) {
    const indent: Mutable<NonNullable<TextLayout['indentCm']>> = {};
    if (pp.indentFirstLine !== undefined) indent.firstLine = twipsToCm(pp.indentFirstLine);
    if (pp.indentLeft !== undefined) indent.left = twipsToCm(pp.indentLeft);
    if (pp.indentRight !== undefined) indent.right = twipsToCm(pp.indentRight);
    out.indentCm = indent;
  }
  if (
    pp.spacingBefore !== undefined ||
    pp.spacingAfter !== undefined ||
    pp.spacingLine !== undefined ||
    pp.lineRule !== undefined
  ) {
    const spacing: Mutable<NonNullable<TextLayout['spacing']>> = {};
    if (pp.spacingBefore !== undefined) spacing.beforePt = twipsToPt(pp.spacingBefore);
    if (pp.spacingAfter !== undefined) spacing.afterPt = twipsToPt(pp.spacingAfter);
    // lineRule auto: w:line in 240ths of a line; exact and atLeast: in twips (nd30.md §3.7).
    if (pp.spacingLine !== undefined)
      spacing.line = (pp.lineRule ?? 'auto') === 'auto' ? round(pp.spacingLine / 240, 3) : twipsToPt(pp.spacingLine);
    if (pp.lineRule !== undefined) spacing.lineRule = pp.lineRule;
    out.spacing = spacing;
  }
  if (lineBelow) out.lineBelow = lineBelow;
  if (pp.boxed) out.box = boxSize(p);
  out.region = region;
  const legacyFont = isLegacyFont(run.fonts?.hAnsi)
    ? run.fonts?.hAnsi
    : isLegacyFont(run.fonts?.ascii)
      ? run.fonts?.ascii
      : undefined;
  if (legacyFont) out.legacyFont = legacyFont;
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The size of a boxed paragraph (a stamp, PL I, I.III.2.b): its width the container's less the
 * indents; its height, when the line height is exact, the line and the border's distance from the
 * text above and below (what Word draws; an "auto" line's height depends on the font, left unsaid).
 */
function boxSize(p: DocxParagraph): NonNullable<TextLayout['box']> {
  const pp = p.paragraph;
  const box: Mutable<NonNullable<TextLayout['box']>> = {};
  const width = p.containerMm - twipsAsMm(pp.indentLeft ?? 0) - twipsAsMm(pp.indentRight ?? 0);
  if (p.containerMm > 0 && width > 0) box.widthMm = round(width, 1);
  if (pp.lineRule === 'exact' && pp.spacingLine !== undefined) {
    const points = twipsToPt(pp.spacingLine) + (pp.borderTop?.space ?? 0) + (pp.borderBottom?.space ?? 0);
    box.heightMm = round(points * MM_PER_POINT, 1);
  }
  return box;
}

const LEGACY_FONT = /^(\.Vn|VNI[-\s])/iu;

function isLegacyFont(name: string | undefined): boolean {
  return name !== undefined && LEGACY_FONT.test(name);
}

/** A drawn line tied to a text line of a paragraph. */
interface LineBelow {
  readonly paragraph: number;
  readonly line: number;
  readonly rule: RuleLine;
}

/** The line drawn under the last text line of the span from `start` to `end`, if any. */
function lineBelowSpan(
  linesBelow: ReadonlyMap<number, ReadonlyMap<number, RuleLine>>,
  start: ParagraphLine,
  end: ParagraphLine,
): LineBelow | undefined {
  for (let paragraph = end.paragraph; paragraph >= start.paragraph; paragraph--) {
    const lines = linesBelow.get(paragraph);
    if (!lines) continue;
    let best: LineBelow | undefined;
    for (const [line, rule] of lines) {
      if ((paragraph === start.paragraph && line < start.line) || (paragraph === end.paragraph && line > end.line))
        continue;
      if (!best || line > best.line) best = { paragraph, line, rule };
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * Ties each drawn line to the text line above it (by paragraph, then line of the paragraph): a
 * border, or a shape anchored in a paragraph with text, lies under the paragraph's last text line;
 * underscores (and an inline shape) lie under the text line before them in their paragraph (the
 * Tiêu ngữ, a w:br, then "____"); a line with no text above it in its paragraph (underscores or a
 * shape in a paragraph of their own: the templates of Phụ lục III draw the issuer's line so)
 * belongs to the last text line of the last paragraph with text before it in the same cell or text
 * box.
 */
function drawnLinesBelow(paragraphs: readonly DocxParagraph[]): Map<number, Map<number, RuleLine>> {
  const out = new Map<number, Map<number, RuleLine>>();
  let lastWithText: { p: DocxParagraph; line: number } | undefined;
  for (const p of paragraphs) {
    const withText = p.lines.map((l) => !RULE_ONLY.test(l));
    const lastText = withText.lastIndexOf(true);
    for (const drawn of p.drawn) {
      let above = -1;
      if (!drawn.inFlow) above = lastText;
      else
        for (let k = drawn.kind === 'underscores' ? drawn.line - 1 : drawn.line; k >= 0 && above < 0; k--)
          if (withText[k]) above = k;
      const target =
        above >= 0 ? { p, line: above } : lastWithText?.p.container === p.container ? lastWithText : undefined;
      if (!target) continue;
      const lines = out.get(target.p.index) ?? new Map<number, RuleLine>();
      if (lines.has(target.line)) continue;
      const format = target.p.lineFormats[target.line];
      // The line's printed width as its runs set it; failing that, its text at the line's dominant size.
      const measured = format && printedWidthMm(format);
      const printed =
        measured ||
        textWidthMm(
          (target.p.lines[target.line] ?? '').trim(),
          ((format ?? target.p).run.halfPoints ?? 24) / 2,
          (format ?? target.p).allBold,
        );
      const width = Math.min(printed, target.p.containerMm);
      lines.set(target.line, {
        kind: drawn.kind,
        lengthMm: round(drawn.lengthMm, 1),
        ...(width > 0 && { ratioToText: round(drawn.lengthMm / width, 2) }),
        ...(drawn.style && { style: drawn.style }),
      });
      out.set(target.p.index, lines);
    }
    if (lastText >= 0) lastWithText = { p, line: lastText };
  }
  return out;
}
