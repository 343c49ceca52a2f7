/**
 * The parts of pdfkit 0.20 and fontkit 2 the PDF writer uses (neither package ships its types).
 * Pinned versions: a change of either is checked by test/writers/pdf.
 */
declare module 'fontkit' {
  /** A parsed OpenType or TrueType font. */
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    readonly lineGap: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { readonly advanceWidth: number };
  }
  /** Parses font bytes; a collection (TTC, DFONT) when the bytes hold several fonts. */
  export function create(bytes: Uint8Array, postscriptName?: string): Font | { readonly fonts: unknown[] };
}

declare module 'pdfkit' {
  import type { Font } from 'fontkit';

  /** An indirect object of the document being written. */
  export interface PdfRef {
    readonly data: Record<string, unknown>;
    write(bytes: Uint8Array | string): void;
    end(): void;
  }

  interface TextOptions {
    lineBreak?: boolean;
    baseline?: 'alphabetic' | 'top';
    wordSpacing?: number;
  }

  interface DocumentOptions {
    autoFirstPage?: boolean;
    pdfVersion?: '1.4' | '1.5' | '1.6' | '1.7';
    subset?: 'PDF/A-1b' | 'PDF/A-2b' | 'PDF/A-3b';
    tagged?: boolean;
    font?: Font;
    info?: Record<string, unknown>;
    compress?: boolean;
  }

  class PDFDocument {
    constructor(options?: DocumentOptions);
    info: Record<string, unknown>;
    page: { readonly annotations: PdfRef[] };
    addPage(options: { size: [number, number]; margin: number }): this;
    registerFont(name: string, font: Font): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, w: number, h: number): this;
    stroke(): this;
    image(src: Uint8Array, x: number, y: number, options: { width: number; height: number }): this;
    openImage(src: Uint8Array): { readonly width: number; readonly height: number };
    annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): this;
    ref(data: Record<string, unknown>): PdfRef;
    initForm(): this;
    appendXML(xml: string): void;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    end(): void;
  }
  export default PDFDocument;
}
