/**
 * A PDF font's family and weight from its name, as producers write it: "ABCDEF+TimesNewRomanPS-BoldMT"
 * (Word, embedded subset), "Times New Roman,Bold" (Word, not embedded), "BAAAAA+LiberationSerif-Italic"
 * (LibreOffice), "Times-Bold" (the standard 14). pdfjs sets its bold and italic flags from the same
 * name; the font descriptor's flags and weight are not passed to the display side, so a font named
 * without its weight reads as regular.
 *
 * @module
 */

/** A font's family and style. */
export interface FontFace {
  /** The family as Word names it, e.g. "Times New Roman", "Liberation Serif"; "" when unknown. */
  readonly family: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** What pdfjs's font object tells of a font. */
export interface PdfjsFontInfo {
  readonly name?: string;
  readonly bold?: boolean;
  readonly black?: boolean;
  readonly italic?: boolean;
}

const SUBSET = /^[A-Z]{6}\+/u;
// PostScript suffixes of a family: TimesNewRomanPSMT, ArialMT, TimesNewRomanPS-BoldMT.
const PS_SUFFIX = /(PSMT|PS|MT)$/u;
const BOLD = /bold|black|heavy|semibold|demibold|demi\b/iu;
const ITALIC = /italic|oblique|kursiv/iu;
// The standard 14 and their usual aliases.
const KNOWN: Readonly<Record<string, string>> = {
  Times: 'Times',
  TimesRoman: 'Times',
  'Times-Roman': 'Times',
  Helvetica: 'Helvetica',
  Courier: 'Courier',
  Arial: 'Arial',
};

/** The family and style of a font named `name`, with pdfjs's flags when the name says nothing. */
export function fontFace(info: PdfjsFontInfo | undefined): FontFace {
  const raw = (info?.name ?? '').replace(SUBSET, '').trim();
  // "Times New Roman,BoldItalic" | "TimesNewRomanPS-BoldItalicMT" | "LiberationSerif-Bold" | "Times-Roman"
  const [base = '', style = ''] = raw.includes(',') ? raw.split(',', 2) : splitDash(raw);
  const bold = BOLD.test(style) || BOLD.test(base) || info?.bold === true || info?.black === true;
  const italic = ITALIC.test(style) || ITALIC.test(base) || info?.italic === true;
  return { family: familyName(base.replace(BOLD, '').replace(ITALIC, '')), bold, italic };
}

function splitDash(name: string): [string, string] {
  const at = name.lastIndexOf('-');
  return at > 0 ? [name.slice(0, at), name.slice(at + 1)] : [name, ''];
}

/** "TimesNewRomanPS" → "Times New Roman"; "LiberationSerif" → "Liberation Serif"; spaced names stay. */
function familyName(base: string): string {
  const trimmed = base.trim();
  if (KNOWN[trimmed]) return KNOWN[trimmed];
  if (trimmed.includes(' ')) return trimmed;
  const bare = trimmed.replace(PS_SUFFIX, '');
  if (KNOWN[bare]) return KNOWN[bare];
  return bare.replace(/([a-z])([A-Z])/gu, '$1 $2').trim();
}
