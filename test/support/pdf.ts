/**
 * What a person sees on a PDF page, from poppler's `pdftotext -bbox`: lines of text with their
 * boxes in points. LibreOffice draws a precomposed Vietnamese letter as its own glyph run, which
 * pdftotext reports as a word of its own ("Ủ", "Y"), so touching words are joined back first.
 */
import { execFileSync } from 'node:child_process';

/** A box in points from the top-left corner of the page. */
export interface Box {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** A line of text and the box of each of its words. */
export interface PdfLine extends Box {
  readonly text: string;
  readonly words: readonly (Box & { readonly text: string })[];
}

/** One page. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** The pages of `pdf` as lines of words. */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs)].map(
    ([, width, height, body]) => {
      const glyphs = [
        ...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: decode(m[5]!),
      }));
      // Lines: glyphs whose boxes share a baseline (yMax within a point), left to right.
      const rows: (typeof glyphs)[] = [];
      for (const g of [...glyphs].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
        const row = rows.find((r) => Math.abs(r[0]!.yMax - g.yMax) < 1);
        if (row) row.push(g);
        else rows.push([g]);
      }
      const lines = rows.map((row) => {
        row.sort((a, b) => a.xMin - b.xMin);
        const words: (Box & { text: string })[] = [];
        for (const g of row) {
          const last = words.at(-1);
          // Glyph runs of one word touch; words are a space (a quarter em or more) apart.
          if (last && g.xMin - last.xMax < 1)
            words[words.length - 1] = {
              ...last,
              xMax: g.xMax,
              yMin: Math.min(last.yMin, g.yMin),
              text: last.text + g.text,
            };
          else words.push({ ...g });
        }
        return { text: words.map((w) => w.text).join(' '), words, ...union(words) };
      });
      // Columns side by side share a baseline: split a row where a gap wider than 10 pt (three spaces) opens.
      const split = lines.flatMap((line) => {
        const parts: (Box & { text: string })[][] = [[]];
        line.words.forEach((w, i) => {
          if (i > 0 && w.xMin - line.words[i - 1]!.xMax > 10) parts.push([]);
          parts.at(-1)!.push(w);
        });
        return parts.map((ws) => ({ text: ws.map((w) => w.text).join(' '), words: ws, ...union(ws) }));
      });
      return {
        width: Number(width),
        height: Number(height),
        lines: split.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
      };
    },
  );
}

function union(boxes: readonly Box[]): Box {
  return {
    xMin: Math.min(...boxes.map((b) => b.xMin)),
    yMin: Math.min(...boxes.map((b) => b.yMin)),
    xMax: Math.max(...boxes.map((b) => b.xMax)),
    yMax: Math.max(...boxes.map((b) => b.yMax)),
  };
}

/** The first line of `page` that starts with `text` (after NFC), or undefined. */
export function lineStarting(page: PdfPage, text: string): PdfLine | undefined {
  const want = text.normalize('NFC');
  return page.lines.find((l) => l.text.normalize('NFC').startsWith(want));
}

/** Millimetres to points. */
export const pt = (mm: number): number => (mm * 72) / 25.4;
