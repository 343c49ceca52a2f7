import { childElement, childElements, type XmlElement } from '../../formats/xml/parse.js';
import type { FontSlots } from '../../model/layout.js';
import {
  FONT_SLOTS,
  type FontRefs,
  mergeParagraph,
  mergeRun,
  type ParagraphProps,
  readParagraphProps,
  readRunProps,
  type RunProps,
} from './formatting.js';
import { attr, childVal, descendants, numAttr } from '../../formats/ooxml/attributes.js';

/**
 * The style sheet of a package (styles.xml, numbering.xml, the theme's fonts), resolving effective
 * formatting as Word does: docDefaults → paragraph style chain (basedOn, cycle-guarded) → numbering
 * level → direct paragraph properties; runs: docDefaults → the paragraph style's rPr → character
 * style chain → direct rPr (pitfalls.md, DOCX reading).
 *
 * @module
 */

/**
 * A style of styles.xml. Its formatting is read when a paragraph or run first uses it: Word's
 * styles part defines a hundred styles or more, a letter uses a handful.
 */
class Style {
  private read = false;
  private paragraphProps: ParagraphProps | undefined;
  private runProps: RunProps | undefined;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly type: string,
    readonly basedOn: string | undefined,
    private readonly element: XmlElement,
  ) {}

  get paragraph(): ParagraphProps | undefined {
    this.readProps();
    return this.paragraphProps;
  }

  get run(): RunProps | undefined {
    this.readProps();
    return this.runProps;
  }

  private readProps(): void {
    if (this.read) return;
    this.read = true;
    this.paragraphProps = readParagraphProps(childElement(this.element, 'pPr'));
    this.runProps = readRunProps(childElement(this.element, 'rPr'));
  }
}

/** A numbering level: its format, label template and the formatting it adds. */
export interface NumberingLevel {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  readonly paragraph?: ParagraphProps;
  readonly run?: RunProps;
}

/** Longest basedOn chain followed; real templates stay under ten, a longer one is a cycle or junk. */
const MAX_CHAIN = 32;

/** Effective formatting resolver for one package. */
export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  private readonly defaultParagraphStyle: string | undefined;
  private readonly defaultRun: RunProps | undefined;
  private readonly defaultParagraph: ParagraphProps | undefined;
  private readonly levels = new Map<string, NumberingLevel[]>();
  private readonly themeFonts: Record<string, string> = {};
  private readonly paragraphCache = new Map<string, { paragraph: ParagraphProps; run: RunProps }>();
  private readonly fontCache = new WeakMap<FontRefs, FontSlots | undefined>();
  /** Run properties of each character style's chain, merged once. */
  private readonly characterCache = new Map<string, RunProps>();

  private numbering: (() => XmlElement | undefined) | undefined;

  /** `numbering` is read on first use: most documents number few paragraphs or none. */
  constructor(
    styles: XmlElement | undefined,
    numbering: XmlElement | (() => XmlElement | undefined) | undefined,
    theme: XmlElement | undefined,
  ) {
    let defaultParagraphStyle: string | undefined;
    if (styles) {
      const docDefaults = childElement(styles, 'docDefaults');
      this.defaultRun = readRunProps(childElement(childElement(docDefaults ?? styles, 'rPrDefault') ?? styles, 'rPr'));
      this.defaultParagraph = readParagraphProps(
        childElement(childElement(docDefaults ?? styles, 'pPrDefault') ?? styles, 'pPr'),
      );
      for (const el of childElements(styles, 'style')) {
        const id = attr(el, 'styleId');
        if (!id) continue;
        const type = attr(el, 'type') ?? 'paragraph';
        const style = new Style(id, childVal(el, 'name') ?? id, type, childVal(el, 'basedOn'), el);
        this.styles.set(id, style);
        const isDefault = attr(el, 'default');
        if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraphStyle = id;
      }
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
    this.numbering = typeof numbering === 'function' ? numbering : () => numbering;
    if (theme) this.readTheme(theme);
  }

  /** The style's display name ("Quoc hieu"), for the style map. */
  styleName(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.styles.get(id)?.name;
  }

  /** The numbering level of a paragraph, if it is numbered. */
  numberingLevel(numId: string | undefined, level: number | undefined): NumberingLevel | undefined {
    if (numId === undefined || numId === '0') return undefined;
    if (this.numbering) {
      const numbering = this.numbering();
      this.numbering = undefined;
      if (numbering) this.readNumbering(numbering);
    }
    return this.levels.get(numId)?.[level ?? 0];
  }

  /** Effective paragraph properties and the paragraph-level run properties (before character styles). */
  paragraph(direct: ParagraphProps | undefined): { paragraph: ParagraphProps; run: RunProps } {
    const styleId = direct?.styleId ?? this.defaultParagraphStyle;
    const key = styleId ?? '';
    let base = this.paragraphCache.get(key);
    if (!base) {
      const chain = this.chain(styleId);
      base = {
        paragraph: mergeParagraph(this.defaultParagraph, ...chain.map((s) => s.paragraph)),
        run: mergeRun(this.defaultRun, ...chain.map((s) => s.run)),
      };
      this.paragraphCache.set(key, base);
    }
    // Numbering comes from the direct numPr or the style's; its level's pPr sits under the direct pPr.
    const numId = direct?.numId ?? base.paragraph.numId;
    const numLevel = direct?.numLevel ?? base.paragraph.numLevel;
    const level = this.numberingLevel(numId, numLevel);
    return { paragraph: mergeParagraph(base.paragraph, level?.paragraph, direct, { numId, numLevel }), run: base.run };
  }

  /** Effective run properties of a run in a paragraph whose paragraph-level run props are `paragraphRun`. */
  run(paragraphRun: RunProps, direct: RunProps | undefined): RunProps {
    if (!direct) return paragraphRun;
    const styleId = direct.styleId;
    if (styleId === undefined) return mergeRun(paragraphRun, direct);
    let character = this.characterCache.get(styleId);
    if (!character) {
      character = mergeRun(...this.chain(styleId).map((s) => s.run));
      this.characterCache.set(styleId, character);
    }
    return mergeRun(paragraphRun, character, direct);
  }

  /** Font names per slot, theme references resolved. */
  fonts(refs: FontRefs | undefined): FontSlots | undefined {
    if (!refs) return undefined;
    // Runs share their font refs with their style: resolve each refs object once.
    if (this.fontCache.has(refs)) return this.fontCache.get(refs);
    const out: Record<string, string> = {};
    let any = false;
    for (const [slot, themeSlot] of FONT_SLOTS) {
      const theme = refs[themeSlot];
      const name = theme !== undefined ? this.themeFonts[theme] : refs[slot];
      if (name) {
        out[slot] = name;
        any = true;
      }
    }
    const fonts = any ? out : undefined;
    this.fontCache.set(refs, fonts);
    return fonts;
  }

  /** The document's default fonts: docDefaults under the default paragraph style. */
  defaultFonts(): FontSlots | undefined {
    return this.fonts(this.paragraph(undefined).run.fonts);
  }

  /** Style chain from the root ancestor down to `id`; stops at a cycle or an unknown id. */
  private chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur) && out.length < MAX_CHAIN;) {
      seen.add(cur);
      const style = this.styles.get(cur);
      if (!style) break;
      out.push(style);
      cur = style.basedOn;
    }
    return out.reverse();
  }

  private readNumbering(numbering: XmlElement): void {
    const abstracts = new Map<string, NumberingLevel[]>();
    for (const abs of childElements(numbering, 'abstractNum')) {
      const id = attr(abs, 'abstractNumId');
      if (id !== undefined) abstracts.set(id, readLevels(abs));
    }
    for (const num of childElements(numbering, 'num')) {
      const id = attr(num, 'numId');
      const abstract = childVal(num, 'abstractNumId');
      if (id === undefined || abstract === undefined) continue;
      const levels = [...(abstracts.get(abstract) ?? [])];
      for (const override of childElements(num, 'lvlOverride')) {
        const ilvl = numAttr(override, 'ilvl') ?? 0;
        const lvl = childElement(override, 'lvl');
        const startOverride = numAttr(childElement(override, 'startOverride'), 'val');
        if (lvl) levels[ilvl] = readLevel(lvl);
        else if (startOverride !== undefined && levels[ilvl]) levels[ilvl] = { ...levels[ilvl]!, start: startOverride };
      }
      this.levels.set(id, levels);
    }
  }

  private readTheme(theme: XmlElement): void {
    for (const [scheme, prefix] of [
      ['majorFont', 'major'],
      ['minorFont', 'minor'],
    ] as const) {
      const el = descendants(theme, scheme)[0];
      if (!el) continue;
      const latin = attr(childElement(el, 'latin'), 'typeface');
      const ea = attr(childElement(el, 'ea'), 'typeface');
      const cs = attr(childElement(el, 'cs'), 'typeface');
      // ST_Theme values: majorAscii, majorHAnsi, majorEastAsia, majorBidi (and minor…).
      if (latin) this.themeFonts[`${prefix}Ascii`] = this.themeFonts[`${prefix}HAnsi`] = latin;
      if (ea) this.themeFonts[`${prefix}EastAsia`] = ea;
      if (cs) this.themeFonts[`${prefix}Bidi`] = cs;
    }
  }
}

function readLevels(abs: XmlElement): NumberingLevel[] {
  const out: NumberingLevel[] = [];
  for (const lvl of childElements(abs, 'lvl')) out[numAttr(lvl, 'ilvl') ?? out.length] = readLevel(lvl);
  return out;
}

function readLevel(lvl: XmlElement): NumberingLevel {
  return {
    format: childVal(lvl, 'numFmt') ?? 'decimal',
    text: childVal(lvl, 'lvlText') ?? '',
    start: numAttr(childElement(lvl, 'start'), 'val') ?? 1,
    paragraph: readParagraphProps(childElement(lvl, 'pPr')),
    run: readRunProps(childElement(lvl, 'rPr')),
  };
}
