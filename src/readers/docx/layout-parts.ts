import type { RuleLine, TextLayout } from '../../model/layout.js';
import type { SourceMap } from '../../model/source.js';
import type { LineRegion } from '../text/lines.js';
import type { DocxParagraph } from './body.js';
import { round, twipsToCm } from './ooxml.js';
import type { StyleSheet } from './styles.js';
import { textWidthMm } from '../../_lib/text-width.js';

/**
 * Layout facts by model path: every path of `sources` gets the effective formatting of the
 * paragraph it was read from, and the line drawn under that paragraph (nd30.md §3.2, §3.4).
 *
 * @module
 */

const RULE_ONLY = /^[\s_]*$/u;

/** The TextLayout of each source path. */
export function layoutParts(paragraphs: readonly DocxParagraph[], sources: SourceMap, styles: StyleSheet, regionOf: (p: DocxParagraph) => LineRegion): Record<string, TextLayout> {
  const linesBelow = drawnLinesBelow(paragraphs);
  const cache = new Map<number, TextLayout>();
  const parts: Record<string, TextLayout> = {};
  for (const [path, span] of Object.entries(sources)) {
    const index = span.paragraph;
    const p = index === undefined ? undefined : paragraphs[index];
    if (!p) continue;
    let layout = cache.get(p.index);
    if (!layout) {
      layout = paragraphLayout(p, styles, regionOf(p), linesBelow.get(p.index));
      cache.set(p.index, layout);
    }
    parts[path] = layout;
  }
  return parts;
}

/** The effective layout of one paragraph. */
export function paragraphLayout(p: DocxParagraph, styles: StyleSheet, region: LineRegion, lineBelow: RuleLine | undefined): TextLayout {
  const { paragraph: pp, run } = p;
  // Built field by field rather than from spreads: this runs for every part of every document.
  const out: Mutable<TextLayout> = {};
  const font = styles.fonts(run.fonts);
  if (font) out.font = font;
  if (run.halfPoints !== undefined) out.sizePt = run.halfPoints / 2;
  out.bold = p.allBold || (run.bold ?? false);
  out.italic = p.allItalic || (run.italic ?? false);
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
  if (pp.spacingBefore !== undefined || pp.spacingAfter !== undefined || pp.spacingLine !== undefined || pp.lineRule !== undefined) {
    const spacing: Mutable<NonNullable<TextLayout['spacing']>> = {};
    if (pp.spacingBefore !== undefined) spacing.beforePt = pp.spacingBefore / 20;
    if (pp.spacingAfter !== undefined) spacing.afterPt = pp.spacingAfter / 20;
    // lineRule auto: w:line in 240ths of a line; exact and atLeast: in twips (nd30.md §3.7).
    if (pp.spacingLine !== undefined) spacing.line = (pp.lineRule ?? 'auto') === 'auto' ? round(pp.spacingLine / 240, 3) : pp.spacingLine / 20;
    if (pp.lineRule !== undefined) spacing.lineRule = pp.lineRule;
    out.spacing = spacing;
  }
  if (lineBelow) out.lineBelow = lineBelow;
  if (pp.boxed) out.box = {};
  out.region = region;
  const legacyFont = isLegacyFont(run.fonts?.hAnsi) ? run.fonts?.hAnsi : isLegacyFont(run.fonts?.ascii) ? run.fonts?.ascii : undefined;
  if (legacyFont) out.legacyFont = legacyFont;
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const LEGACY_FONT = /^(\.Vn|VNI[-\s])/iu;

function isLegacyFont(name: string | undefined): boolean {
  return name !== undefined && LEGACY_FONT.test(name);
}

/**
 * Ties each drawn line to the text above it: a border or shape in a paragraph with text belongs to
 * that paragraph; a line alone in its paragraph (underscores, an empty paragraph holding a shape)
 * belongs to the last paragraph with text before it in the same cell or text box.
 */
function drawnLinesBelow(paragraphs: readonly DocxParagraph[]): Map<number, RuleLine> {
  const out = new Map<number, RuleLine>();
  let lastWithText: DocxParagraph | undefined;
  for (const p of paragraphs) {
    const text = p.lines.join(' ');
    const hasText = !RULE_ONLY.test(text);
    const drawn = p.drawn[0];
    if (drawn) {
      const target = hasText && drawn.kind !== 'underscores' ? p : lastWithText?.container === p.container ? lastWithText : undefined;
      if (target && !out.has(target.index)) {
        const textLine = target.lines.filter((l) => !RULE_ONLY.test(l)).at(-1) ?? '';
        const width = Math.min(textWidthMm(textLine.trim(), (target.run.halfPoints ?? 24) / 2, target.allBold), target.containerMm);
        out.set(target.index, { kind: drawn.kind, lengthMm: round(drawn.lengthMm, 1), ...(width > 0 && { ratioToText: round(drawn.lengthMm / width, 2) }), ...(drawn.style && { style: drawn.style }) });
      }
    }
    if (hasText) lastWithText = p;
  }
  return out;
}
