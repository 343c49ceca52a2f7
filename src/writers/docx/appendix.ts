import type { Paragraph, Table } from 'docx';
import type { Appendix } from '../../model/appendix.js';
import { appendixHeadingLines } from '../printed.js';
import { bodyBlocks } from './body.js';
import { type Look, paragraph, rule, ruleLine, widthOf } from './compose.js';
import type { WriteContext } from './context.js';
import { APPENDIX_RULE_GAP_PT, centredBox, inBox, SHORT_LINE_RATIO, SUBTITLE_GAP_PT } from '../layout-plan/index.js';

/**
 * A phụ lục (Mẫu 2.1; PL I, I.III.1; nd30.md §5.1): "Phụ lục I" (14, bold), its title (upper case,
 * bold), the "(Kèm theo …)" line (italic) and a short line, all centred, then its content. Each
 * appendix is its own section, numbered from 1 (see the document builder).
 *
 * @module
 */

/** The heading and the content of appendix `index`. */
export function appendixBlocks(appendix: Appendix, index: number, ctx: WriteContext): (Paragraph | Table)[] {
  const path = `appendices.${index}`;
  const heading = appendixHeadingLines(appendix);
  const { sizes } = ctx.options;
  const label: Look = { sizePt: sizes.appendixLabel, bold: true, alignment: 'center', keepNext: true };
  const title: Look = {
    sizePt: sizes.title,
    bold: true,
    alignment: 'center',
    spacing: { beforePt: SUBTITLE_GAP_PT },
    keepNext: true,
  };
  const reference: Look = {
    sizePt: sizes.body,
    italic: true,
    alignment: 'center',
    spacing: { beforePt: SUBTITLE_GAP_PT },
    keepNext: true,
  };
  const { textWidthMm } = ctx.geometry;
  const set = (text: string, look: Look): [string[], Look, number] => {
    const box = centredBox(text, textWidthMm, look.sizePt, look.bold ?? false, ctx.options.lineBreaking);
    return [box.lines, inBox(look, box), box.textMm];
  };
  const lines: [string[], Look, string][] = [[[heading.label], label, path]];
  let textMm = Math.min(widthOf(heading.label, label), textWidthMm);
  for (const [text, look, at] of [
    [heading.title, title, `${path}.title`],
    [heading.reference, reference, `${path}.reference`],
  ] as const) {
    if (!text) continue;
    const [texts, boxed, width] = set(text, look);
    lines.push([texts, boxed, at]);
    textMm = width;
  }
  // Air under the line: a table that follows must not sit on it.
  const line = rule(SHORT_LINE_RATIO * textMm, textWidthMm, 0, APPENDIX_RULE_GAP_PT);
  lines.forEach(([, look, at], i) =>
    ctx.intent.record(at, look, 'page', i === lines.length - 1 ? ruleLine(line.lengthMm, textMm) : undefined),
  );
  return [
    ...lines.map(([text, look]) => paragraph(text, look)),
    line.paragraph,
    ...bodyBlocks(appendix.body, `${path}.body`, ctx),
  ];
}
