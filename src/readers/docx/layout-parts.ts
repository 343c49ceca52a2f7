import type { RuleLine, TextLayout } from '../../model/layout.js';
import type { SourceMap } from '../../model/source.js';
import type { LineRegion } from '../text/lines.js';
import type { DocxParagraph } from './body.js';
import { round, twipsToCm } from './ooxml.js';
import type { StyleSheet } from './styles.js';
import { textWidthMm } from './text-width.js';

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
  const font = styles.fonts(run.fonts);
  const indent = {
    ...(pp.indentFirstLine !== undefined && { firstLine: twipsToCm(pp.indentFirstLine) }),
    ...(pp.indentLeft !== undefined && { left: twipsToCm(pp.indentLeft) }),
    ...(pp.indentRight !== undefined && { right: twipsToCm(pp.indentRight) }),
  };
  const spacing = {
    ...(pp.spacingBefore !== undefined && { beforePt: pp.spacingBefore / 20 }),
    ...(pp.spacingAfter !== undefined && { afterPt: pp.spacingAfter / 20 }),
    // lineRule auto: w:line in 240ths of a line; exact and atLeast: in twips (nd30.md §3.7).
    ...(pp.spacingLine !== undefined && { line: (pp.lineRule ?? 'auto') === 'auto' ? round(pp.spacingLine / 240, 3) : pp.spacingLine / 20 }),
    ...(pp.lineRule !== undefined && { lineRule: pp.lineRule }),
  };
  const legacyFont = [run.fonts?.hAnsi, run.fonts?.ascii].find((f) => f !== undefined && /^(\.Vn|VNI[-\s])/iu.test(f));
  return {
    ...(font && { font }),
    ...(run.halfPoints !== undefined && { sizePt: run.halfPoints / 2 }),
    bold: p.allBold || (run.bold ?? false),
    italic: p.allItalic || (run.italic ?? false),
    ...(run.underline !== undefined && { underline: run.underline }),
    ...(run.caps !== undefined && { caps: run.caps }),
    ...(run.color !== undefined && { color: run.color }),
    ...(pp.alignment && { alignment: pp.alignment }),
    ...(Object.keys(indent).length > 0 && { indentCm: indent }),
    ...(Object.keys(spacing).length > 0 && { spacing }),
    ...(lineBelow && { lineBelow }),
    ...(pp.boxed && { box: {} }),
    region,
    ...(legacyFont && { legacyFont }),
  };
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
