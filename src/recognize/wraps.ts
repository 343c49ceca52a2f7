import type { TextLine } from './lines.js';

/**
 * Labels a copy wrapped over two lines, joined back: web pages scraped to markdown wrap lines
 * mid-phrase, so "**Kính" / "gửi:** Sở Tài chính", "*Nơi" / "nhận:*" and "- Lưu:" / "VT, KGVX."
 * arrive as two lines. Each label is one unit on the page (ô 9a, ô 9b; PL I, I.II.9), never broken
 * by the Decree's layout, so the join is safe whatever the source.
 *
 * @module
 */

// The first word of a label alone on its line, and what must open the next line for the two to be one label.
const SPLIT_LABELS: readonly { readonly head: RegExp; readonly tail: RegExp }[] = [
  { head: /^k[ií]nh$/iu, tail: /^g[ửu]i\s*:/iu },
  { head: /^n[ơo]i$/iu, tail: /^nh[ậa]n\s*:/iu },
  // "- Lưu:" with its entries on the next line.
  { head: /^[-–]?\s*l[ưu]u\s*:$/iu, tail: /^(?:vt|văn thư)(?=[\s,.;(]|$)/iu },
  // The opening words of a căn cứ line ("*Căn" / "cứ Luật …", "*Theo" / "đề nghị của …"; PL I, I.II.6.a).
  { head: /^Căn$/u, tail: /^cứ\s/u },
  { head: /^(?:Theo|Xét)$/u, tail: /^đề\s+(?:nghị|xuất)(?=\s|$)/u },
  { head: /^Trên$/u, tail: /^cơ\s+sở\s/u },
  // An appendix's "(Ban" / "hành kèm theo …)" line (PL I, I.III.1).
  { head: /^\((?:Ban|Kèm)$/iu, tail: /^(?:hành\s+kèm\s+theo|theo)\s/u },
];

// A body unit's number alone on its line ("**3." / "Nâng cao …**", "I." / "TÌNH HÌNH"): a web copy
// wraps after it; on the page the number and its text are one line (PL I, I.II.6).
const BARE_NUMBER =
  /^(?:\d{1,3}(?:\.\d{1,3})*\.|[IVXLC]{1,6}\.|[a-zđ]\)|(?:Điều|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+(?:\d{1,3}|[IVXLC]{1,6})\.?)$/u;
const OPENS_WORD = /^\p{L}/u;

/** The lines with every label split over two lines joined into one (offsets kept through the line's map). */
export function joinWrappedLabels(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const next = lines[k + 1];
    // Emphasis marks the copy left at the edges ("*Nơi", "nhận:*") do not count. A label's first
    // word is short: a long line is passed over before any regex runs (this looks at every line).
    const head = next && line.text.length <= 40 ? line.text.replace(/^[\s*_]+|[\s*_]+$/gu, '') : '';
    if (next && head && head.length <= 14 && line.hints?.region === next.hints?.region) {
      const tail = next.text.replace(/^[\s*_]+/u, '');
      if (
        SPLIT_LABELS.some((l) => l.head.test(head) && l.tail.test(tail)) ||
        (BARE_NUMBER.test(head) && OPENS_WORD.test(tail))
      ) {
        out.push(joined(line, next));
        k++;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** `a` and `b` as one line: `a`'s text, a space standing for the line break, `b`'s text. */
function joined(a: TextLine, b: TextLine): TextLine {
  const text = `${a.text} ${b.text}`;
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  const copy = (line: TextLine, at: number) => {
    for (let i = 0; i < line.text.length; i++) {
      start[at + i] = line.map ? line.map.start[i]! : line.offset + i;
      end[at + i] = line.map ? line.map.end[i]! : line.offset + i + 1;
    }
  };
  copy(a, 0);
  // The space stands where a's line ended and b's began.
  const breakAt = a.text.length === 0 ? a.offset : end[a.text.length - 1]!;
  start[a.text.length] = breakAt;
  end[a.text.length] = b.map ? (b.map.start[0] ?? b.offset) : b.offset;
  copy(b, a.text.length + 1);
  return {
    ...a,
    text,
    ...(a.raw !== undefined && b.raw !== undefined && { raw: `${a.raw}\n${b.raw}` }),
    map: { start, end },
  };
}
