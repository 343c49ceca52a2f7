/**
 * Where the DOCX reader's layout facts disagree with the writer's intent (`docxLayoutIntent`):
 * every fact the writer states must be read back from the written file, to within the rounding of
 * its units; a fact the reader cannot read back is a disagreement unless `notReadBack` names it (with
 * its reason, in the test). A fact only the reader states is not compared: the writer may leave a
 * fact to Word's defaults, and the reader measures more than was meant.
 */
import type { LayoutFacts } from '../../../src/model/layout.js';

// Lengths go through twips and EMUs and are rounded to 0.01 cm or 0.1 mm on each side: two roundings
// of the same length may be one step apart (3.7 and 3.8 mm under a trích yếu whose last line is one
// word, issue 16), which a relative tolerance does not cover on a short length.
const ABSOLUTE_TOLERANCE = 0.1 + 1e-9;
const RELATIVE_TOLERANCE = 0.02;

/**
 * One disagreement per fact, as "path: intended ≠ read" ("(not read)" when the reader has no value).
 * `notReadBack` holds patterns of fact paths (indices as `N`, e.g. `parts.body.N.color`) the reader
 * is known not to read.
 */
export function disagreements(
  intended: LayoutFacts,
  read: LayoutFacts,
  notReadBack: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  const compare = (at: string, want: unknown, got: unknown): void => {
    if (want === undefined) return;
    if (got === undefined) {
      if (!notReadBack.has(at.replace(/\.\d+(?=\.|$)/g, '.N'))) out.push(`${at}: ${JSON.stringify(want)} ≠ (not read)`);
      return;
    }
    if (typeof want === 'number' && typeof got === 'number') {
      const close = Math.abs(want - got) <= Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.abs(want));
      if (!close) out.push(`${at}: ${want} ≠ ${got}`);
      return;
    }
    if (typeof want === 'object' && want !== null && typeof got === 'object' && got !== null) {
      for (const [key, value] of Object.entries(want))
        compare(`${at}.${key}`, value, (got as Record<string, unknown>)[key]);
      return;
    }
    if (want !== got) out.push(`${at}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`);
  };
  intended.sections.forEach((section, i) => compare(`sections.${i}`, section, read.sections[i]));
  for (const [path, layout] of Object.entries(intended.parts)) compare(`parts.${path}`, layout, read.parts[path]);
  compare('defaultFont', intended.defaultFont, read.defaultFont);
  compare('images', intended.images, read.images);
  return out;
}
