/**
 * One walk over a page's operator list (pdfjs `getOperatorList`) gives everything the reader
 * measures: the text as positioned chunks (from the glyphs of each showText, with the text state
 * of the PDF spec, §9.4), the horizontal lines and thin rectangles drawn, the images placed, and
 * which of them a signature widget's appearance drew (between beginAnnotation and endAnnotation).
 * Coordinates are PDF points from the top-left corner of the page as displayed (the viewport
 * applies the crop box and the page's rotation).
 *
 * @module
 */

/** An affine matrix [a, b, c, d, e, f] in PDF's row-vector convention. */
export type Matrix = readonly [number, number, number, number, number, number];

/** A run of glyphs with no gap between them, on one baseline. */
export interface TextChunk {
  /** The glyphs' Unicode text, as the font maps it (not yet normalised). */
  text: string;
  /** Left and right ends on the baseline, in points from the left of the page. */
  x0: number;
  x1: number;
  /** The baseline, in points from the top of the page. */
  y: number;
  /** The font size as printed, in points (font size times the text and graphics scale). */
  size: number;
  /** pdfjs's id of the font (`commonObjs`). */
  font: string;
  /** The id of the annotation whose appearance drew it, if any. */
  annotation?: string;
  /** The signature field whose appearance filled it into a line of the page (a number, a day), if any. */
  filledBy?: string;
  /** Upright text; false for rotated or mirrored text (stamps, margins notes). */
  upright: boolean;
  /** A space glyph was drawn just before it (the gap alone may be too narrow to tell). */
  spaceBefore?: boolean;
  /** Text nobody sees: drawn invisible (render mode 3 or 7), or in white. */
  hidden?: 'invisible' | 'white';
}

/** A horizontal line drawn on the page: a stroked segment or a thin filled rectangle. */
export interface DrawnSegment {
  readonly x0: number;
  readonly x1: number;
  /** Its middle, from the top of the page. */
  readonly y: number;
  readonly thickness: number;
  readonly style: 'solid' | 'dashed' | 'dotted';
  readonly annotation?: string;
}

/** A rectangle stroked on the page (a table cell's borders, a stamp's box), top-left based. */
export interface DrawnBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly annotation?: string;
}

/** An image placed on the page, with its box. */
export interface PlacedImage {
  /** pdfjs's id of the decoded image (`objs`), when it was decoded. */
  readonly objId?: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly annotation?: string;
}

/** A signature widget's appearance, as drawn. */
export interface AnnotationBox {
  readonly id: string;
  /** The annotation's rectangle on the page, top-left based. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** What a page draws. */
export interface PageContent {
  readonly chunks: TextChunk[];
  readonly segments: DrawnSegment[];
  /** Stroked rectangles taller than a line. */
  readonly boxes: DrawnBox[];
  readonly images: PlacedImage[];
  readonly annotations: AnnotationBox[];
  /** Glyphs drawn in fonts without a Unicode map for them (the text cannot be read back). */
  unmapped: number;
}

/** The font facts the walk needs, from pdfjs's font object. */
export interface WalkFont {
  readonly fontMatrix?: ArrayLike<number>;
  readonly vertical?: boolean;
}

/** The operator codes the walk reads (pdfjs `OPS`). */
export type OpCodes = Readonly<Record<string, number>>;

/** The glyph objects of a pdfjs showText argument. */
interface Glyph {
  readonly unicode?: string;
  readonly width?: number;
  readonly isSpace?: boolean;
  readonly isInFont?: boolean;
}

interface TextState {
  font: string;
  fontObj: WalkFont | undefined;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
  dash: boolean;
  text: TextState;
  annotation: string | undefined;
  /** Fill colour as pdfjs gives it, "#rrggbb". */
  fill: string;
  /** Text rendering mode (Tr): 3 and 7 draw nothing. */
  renderMode: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 then m2 (p × m1 × m2). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

function asMatrix(value: unknown): Matrix | undefined {
  const m = value as ArrayLike<number> | null | undefined;
  if (!m || typeof m.length !== 'number' || m.length < 6) return undefined;
  const out = [m[0], m[1], m[2], m[3], m[4], m[5]] as number[];
  return out.every((v) => Number.isFinite(v)) ? (out as unknown as Matrix) : undefined;
}

// pdfjs DrawOPS: the codes of a constructPath's path data.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

// A drawn line is at most this thick (points); a filled rectangle thinner than this is a line.
const MAX_LINE_THICKNESS = 2.5;
// Glyphs further apart than this (in em) start a new chunk; the row builder decides spaces.
const CHUNK_GAP_EM = 0.06;

/** Whether the points of a subpath go round the corners of an upright rectangle and nothing else. */
function isRectangle(points: readonly [number, number][], x0: number, x1: number, y0: number, y1: number): boolean {
  if (points.length < 4 || points.length > 5) return false;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
  return points.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)));
}

/**
 * Walks `fnArray`/`argsArray` of a page. `viewport` maps PDF user space to the top-left based page
 * (pdfjs `PageViewport.transform` at scale 1); `fontOf` gives a font by id.
 */
export function walkOperators(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  OPS: OpCodes,
  viewport: Matrix,
  fontOf: (id: string) => WalkFont | undefined,
): PageContent {
  const out: PageContent = { chunks: [], segments: [], boxes: [], images: [], annotations: [], unmapped: 0 };
  const initialText: TextState = {
    font: '',
    fontObj: undefined,
    fontSize: 0,
    fontDirection: 1,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
  };
  let gs: GraphicsState = {
    ctm: viewport,
    lineWidth: 1,
    dash: false,
    text: { ...initialText },
    annotation: undefined,
    fill: '#000000',
    renderMode: 0,
  };
  const stack: GraphicsState[] = [];
  const save = () => stack.push({ ...gs, text: { ...gs.text } });
  const restore = () => {
    const top = stack.pop();
    if (top) gs = top;
  };
  // Text object state (not part of the graphics state).
  let textMatrix: Matrix = IDENTITY;
  let lineX = 0;
  let lineY = 0;
  let x = 0;
  let y = 0;
  let chunk: TextChunk | undefined;
  let chunkEnd = 0;
  let spaced = false;
  const flush = () => {
    if (chunk && chunk.text !== '') out.chunks.push(chunk);
    chunk = undefined;
  };
  const setFont = (id: unknown, size: unknown) => {
    const name = typeof id === 'string' ? id : '';
    let fontSize = typeof size === 'number' && Number.isFinite(size) ? size : 0;
    gs.text.fontDirection = fontSize < 0 ? -1 : 1;
    fontSize = Math.abs(fontSize);
    gs.text.font = name;
    gs.text.fontObj = name ? fontOf(name) : undefined;
    gs.text.fontSize = fontSize;
  };

  const showText = (glyphs: readonly unknown[]) => {
    const t = gs.text;
    if (t.fontSize === 0) return;
    const fontMatrix = t.fontObj?.fontMatrix;
    const widthScale = t.fontSize * (fontMatrix ? fontMatrix[0]! : 0.001);
    // pdfjs's canvas: advances accumulate unscaled, then the horizontal scale (negative for a
    // mirrored font size) applies to the whole run.
    const hs = t.hScale * t.fontDirection;
    const vertical = t.fontObj?.vertical === true;
    // Text space to the page: the text matrix, then the CTM.
    const m = multiply(textMatrix, gs.ctm);
    const upright = Math.abs(m[1]) < 1e-3 * Math.abs(m[0]) && m[0] * hs > 0 && !vertical;
    const size = t.fontSize * Math.hypot(m[2], m[3]);
    if (!(size > 0)) return;
    const gapLimit = CHUNK_GAP_EM * size;
    const hidden =
      gs.renderMode === 3 || gs.renderMode === 7
        ? 'invisible'
        : gs.fill.toLowerCase() === '#ffffff' && gs.renderMode === 0
          ? 'white'
          : undefined;
    let advance = 0;
    for (const g of glyphs) {
      if (typeof g === 'number') {
        // TJ adjustment, in thousandths of an em.
        advance -= (g * t.fontSize) / 1000;
        continue;
      }
      if (!g || typeof g !== 'object') continue;
      const glyph = g as Glyph;
      const width = (glyph.width ?? 0) * widthScale;
      const spacing = ((glyph.isSpace ? t.wordSpacing : 0) + t.charSpacing) * t.fontDirection;
      const [px, py] = apply(m, x + advance * hs, y + t.rise);
      const [ex] = apply(m, x + (advance + width) * hs, y + t.rise);
      const [nx] = apply(m, x + (advance + width + spacing) * hs, y + t.rise);
      advance += width + spacing;
      const unicode = glyph.unicode ?? '';
      if (unicode === '' && glyph.isInFont !== false) out.unmapped++;
      // A space ends the word before it: words keep their own positions, and the row builder
      // puts spaces back from the gaps (runs of spaces that pad a blank to fill in, too).
      if (SPACE.test(unicode)) {
        flush();
        spaced = true;
        continue;
      }
      const left = Math.min(px, ex);
      const right = Math.max(px, ex);
      const sameLine =
        chunk !== undefined &&
        chunk.font === t.font &&
        chunk.annotation === gs.annotation &&
        chunk.upright === upright &&
        chunk.hidden === hidden &&
        Math.abs(chunk.y - py) < 0.01 * size &&
        Math.abs(chunk.size - size) < 0.01 * size;
      // A combining mark sits over the letter before it: it never starts a chunk.
      const mark = unicode !== '' && MARK.test(unicode);
      if (sameLine && !spaced && (mark || (left - chunkEnd <= gapLimit && left - chunkEnd >= -gapLimit * 4))) {
        chunk!.text += unicode;
        if (right > chunk!.x1) chunk!.x1 = right;
        chunkEnd = Math.max(chunkEnd, nx, right);
        spaced = false;
      } else {
        flush();
        chunk = { text: unicode, x0: left, x1: right, y: py, size, font: t.font, upright };
        if (gs.annotation !== undefined) chunk.annotation = gs.annotation;
        if (spaced) chunk.spaceBefore = true;
        if (hidden) chunk.hidden = hidden;
        chunkEnd = Math.max(nx, right);
        spaced = false;
      }
    }
    x += advance * hs;
  };

  const addPath = (paintOp: number, data: ArrayLike<number>) => {
    const stroke =
      paintOp === OPS.stroke ||
      paintOp === OPS.closeStroke ||
      paintOp === OPS.fillStroke ||
      paintOp === OPS.eoFillStroke ||
      paintOp === OPS.closeFillStroke ||
      paintOp === OPS.closeEOFillStroke;
    const fill =
      paintOp === OPS.fill ||
      paintOp === OPS.eoFill ||
      (stroke && paintOp !== OPS.stroke && paintOp !== OPS.closeStroke);
    if (!stroke && !fill) return;
    const points: [number, number][] = [];
    const subpaths: [number, number][][] = [];
    for (let i = 0; i < data.length;) {
      const code = data[i++];
      if (code === MOVE_TO) {
        if (points.length) subpaths.push(points.splice(0));
        points.push(apply(gs.ctm, data[i]!, data[i + 1]!));
        i += 2;
      } else if (code === LINE_TO) {
        points.push(apply(gs.ctm, data[i]!, data[i + 1]!));
        i += 2;
      } else if (code === CURVE_TO) {
        // A curve is no rule: mark the subpath as not straight.
        points.push([Number.NaN, Number.NaN]);
        i += 6;
      } else if (code === QUADRATIC_CURVE_TO) {
        points.push([Number.NaN, Number.NaN]);
        i += 4;
      } else if (code === CLOSE_PATH) {
        continue;
      } else break;
    }
    if (points.length) subpaths.push(points);
    const scale = Math.hypot(gs.ctm[2], gs.ctm[3]);
    for (const sub of subpaths) {
      if (sub.some(([px]) => Number.isNaN(px))) continue;
      const xs = sub.map((p) => p[0]);
      const ys = sub.map((p) => p[1]);
      const minX = Math.min(...xs);
      const maxX = Math.max(...xs);
      const minY = Math.min(...ys);
      const maxY = Math.max(...ys);
      const height = maxY - minY;
      const width = maxX - minX;
      if (stroke && width >= 2 && height >= 2 && isRectangle(sub, minX, maxX, minY, maxY)) {
        out.boxes.push({
          x0: minX,
          y0: minY,
          x1: maxX,
          y1: maxY,
          ...(gs.annotation !== undefined && { annotation: gs.annotation }),
        });
        continue;
      }
      if (width < 2 || width < height * 4) continue;
      // A stroked straight segment, or the outline of a thin rectangle.
      const thickness = fill ? height : Math.max(height, gs.lineWidth * scale);
      if (thickness > MAX_LINE_THICKNESS) continue;
      if (!fill && height > 0.5) continue;
      out.segments.push({
        x0: minX,
        x1: maxX,
        y: (minY + maxY) / 2,
        thickness,
        style: gs.dash ? 'dashed' : 'solid',
        ...(gs.annotation !== undefined && { annotation: gs.annotation }),
      });
    }
  };

  const placeImage = (objId: string | undefined) => {
    const corners = [apply(gs.ctm, 0, 0), apply(gs.ctm, 1, 0), apply(gs.ctm, 0, 1), apply(gs.ctm, 1, 1)];
    const xs = corners.map((p) => p[0]);
    const ys = corners.map((p) => p[1]);
    out.images.push({
      ...(objId !== undefined && { objId }),
      x0: Math.min(...xs),
      y0: Math.min(...ys),
      x1: Math.max(...xs),
      y1: Math.max(...ys),
      ...(gs.annotation !== undefined && { annotation: gs.annotation }),
    });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        save();
        break;
      case OPS.restore:
        restore();
        break;
      case OPS.transform: {
        const m = asMatrix(args);
        if (m) gs.ctm = multiply(m, gs.ctm);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        save();
        const m = asMatrix(args[0]);
        if (m) gs.ctm = multiply(m, gs.ctm);
        break;
      }
      case OPS.paintFormXObjectEnd:
        restore();
        break;
      case OPS.beginAnnotation: {
        flush();
        save();
        const id = typeof args[0] === 'string' ? args[0] : String(i);
        const rect = args[1] as ArrayLike<number> | undefined;
        const transform = asMatrix(args[2]) ?? IDENTITY;
        const matrix = asMatrix(args[3]) ?? IDENTITY;
        if (rect && rect.length === 4) {
          const a = apply(viewport, rect[0]!, rect[1]!);
          const b = apply(viewport, rect[2]!, rect[3]!);
          out.annotations.push({
            id,
            x0: Math.min(a[0], b[0]),
            y0: Math.min(a[1], b[1]),
            x1: Math.max(a[0], b[0]),
            y1: Math.max(a[1], b[1]),
          });
        }
        gs = {
          ctm: multiply(multiply(matrix, transform), gs.ctm),
          lineWidth: 1,
          dash: false,
          text: { ...initialText },
          annotation: id,
          fill: '#000000',
          renderMode: 0,
        };
        break;
      }
      case OPS.endAnnotation:
        flush();
        restore();
        break;
      case OPS.beginText:
        spaced = false;
        textMatrix = IDENTITY;
        lineX = lineY = x = y = 0;
        break;
      case OPS.endText:
        break;
      case OPS.setFont:
        setFont(args[0], args[1]);
        break;
      case OPS.setTextMatrix: {
        const m = asMatrix(args.length >= 6 ? args : args[0]);
        if (m) textMatrix = m;
        lineX = lineY = x = y = 0;
        break;
      }
      case OPS.moveText:
        x = lineX += Number(args[0]) || 0;
        y = lineY += Number(args[1]) || 0;
        break;
      case OPS.setLeadingMoveText:
        gs.text.leading = -(Number(args[1]) || 0);
        x = lineX += Number(args[0]) || 0;
        y = lineY += Number(args[1]) || 0;
        break;
      case OPS.nextLine:
        x = lineX;
        y = lineY -= gs.text.leading;
        break;
      case OPS.setLeading:
        gs.text.leading = Number(args[0]) || 0;
        break;
      case OPS.setCharSpacing:
        gs.text.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        gs.text.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        gs.text.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setTextRise:
        gs.text.rise = Number(args[0]) || 0;
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        if (Array.isArray(args[0])) showText(args[0]);
        break;
      case OPS.setLineWidth:
        gs.lineWidth = Number(args[0]) || 0;
        break;
      case OPS.setTextRenderingMode:
        gs.renderMode = Number(args[0]) || 0;
        break;
      case OPS.setFillRGBColor:
        if (typeof args[0] === 'string') gs.fill = args[0];
        break;
      case OPS.setDash: {
        const dashes = args[0] as ArrayLike<number> | undefined;
        gs.dash = !!dashes && dashes.length > 0;
        break;
      }
      case OPS.setGState:
        for (const [key, value] of (args[0] as [string, unknown][] | undefined) ?? []) {
          if (key === 'LW') gs.lineWidth = Number(value) || 0;
          else if (key === 'D') gs.dash = Array.isArray(value) && (value[0] as unknown[] | undefined)?.length !== 0;
          else if (key === 'Font' && Array.isArray(value)) setFont(value[0], value[1]);
        }
        break;
      case OPS.constructPath: {
        const data = (args[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | undefined;
        if (data && typeof args[0] === 'number') addPath(args[0], data);
        break;
      }
      case OPS.paintImageXObject:
        placeImage(typeof args[0] === 'string' ? args[0] : undefined);
        break;
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
        placeImage(undefined);
        break;
      default:
        break;
    }
  }
  flush();
  return out;
}

const MARK = /^\p{M}+$/u;
const SPACE = /^\s+$/u;
