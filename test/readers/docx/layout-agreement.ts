/**
 * Where two sets of layout facts disagree on what both state: the writer's intent
 * (`docxLayoutIntent`) against what the reader measured in the written file. A fact only one side
 * states is not compared (the writer may leave a fact to Word's defaults; the reader may measure
 * more than was meant).
 */
import type { LayoutFacts } from '../../../src/model/layout.js';

// Lengths go through twips and EMUs and are rounded to 0.01 cm or 0.1 mm on each side.
const ABSOLUTE_TOLERANCE = 0.06;
const RELATIVE_TOLERANCE = 0.02;

/** One disagreement per fact, as "path: intended ≠ read". */
export function disagreements(intended: LayoutFacts, read: LayoutFacts): string[] {
  const out: string[] = [];
  intended.sections.forEach((section, i) => compare(`sections.${i}`, section, read.sections[i], out));
  for (const [path, layout] of Object.entries(intended.parts)) compare(`parts.${path}`, layout, read.parts[path], out);
  compare('defaultFont', intended.defaultFont, read.defaultFont, out);
  return out;
}

function compare(at: string, intended: unknown, read: unknown, out: string[]): void {
  if (intended === undefined || read === undefined) return;
  if (typeof intended === 'number' && typeof read === 'number') {
    const close = Math.abs(intended - read) <= Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.abs(intended));
    if (!close) out.push(`${at}: ${intended} ≠ ${read}`);
    return;
  }
  if (typeof intended === 'object' && intended !== null && typeof read === 'object' && read !== null) {
    for (const [key, value] of Object.entries(intended))
      compare(`${at}.${key}`, value, (read as Record<string, unknown>)[key], out);
    return;
  }
  if (intended !== read) out.push(`${at}: ${JSON.stringify(intended)} ≠ ${JSON.stringify(read)}`);
}
