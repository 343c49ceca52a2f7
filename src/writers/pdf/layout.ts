import { DATA_TABLE, givenLines, RULE } from '../layout-plan/index.js';
import { type Atom, type DrawItem, shift } from './flow.js';
import type { FontSet } from './fonts.js';
import { setParagraph } from './paragraph.js';
import type { Piece } from './pieces.js';
import { ptFromMm } from './units.js';

/**
 * Pieces to atoms: each line of a running paragraph is an atom (kept with the next when the
 * paragraph keeps its lines together or with what follows), each row of a table is one, and a
 * layout table's cells are stacked paragraph by paragraph inside their row.
 *
 * @module
 */

/** Lays `pieces` out in the column at `x`, `widthPt` wide. */
export function layoutFlow(pieces: readonly Piece[], x: number, widthPt: number, fonts: FontSet): Atom[] {
  const atoms: Atom[] = [];
  for (const piece of pieces) {
    switch (piece.type) {
      case 'para': {
        const lines = setParagraph(piece.texts, piece.look, piece.field, x, widthPt, fonts);
        const keep = piece.look.keepNext === true;
        for (const line of lines) atoms.push({ ...line, glue: keep });
        break;
      }
      case 'table':
        atoms.push(...tableRows(piece, x, widthPt, fonts));
        break;
      default: {
        const { before, height, after, items } = stackOne(piece, x, widthPt, fonts);
        atoms.push({ before, height, after, glue: 'keepNext' in piece && piece.keepNext === true, items });
      }
    }
  }
  return atoms;
}

/** Pieces stacked in a cell: their drawing and total height (spaces before and after included). */
export function stack(
  pieces: readonly Piece[],
  x: number,
  widthPt: number,
  fonts: FontSet,
): { items: DrawItem[]; height: number } {
  const items: DrawItem[] = [];
  let y = 0;
  for (const piece of pieces) {
    if (piece.type === 'para') {
      for (const line of setParagraph(piece.texts, piece.look, piece.field, x, widthPt, fonts)) {
        y += line.before;
        items.push(...shift(line.items, 0, y));
        y += line.height + line.after;
      }
    } else if (piece.type === 'table') {
      for (const row of tableRows(piece, x, widthPt, fonts)) {
        items.push(...shift(row.items, 0, y));
        y += row.height;
      }
    } else {
      const one = stackOne(piece, x, widthPt, fonts);
      y += one.before;
      items.push(...shift(one.items, 0, y));
      y += one.height + one.after;
    }
  }
  return { items, height: y };
}

/** A rule, a layout row or the signature space. */
function stackOne(
  piece: Exclude<Piece, { type: 'para' | 'table' }>,
  x: number,
  widthPt: number,
  fonts: FontSet,
): { before: number; height: number; after: number; items: DrawItem[] } {
  switch (piece.type) {
    case 'rule': {
      // The DOCX writer's rule: an empty 3 pt paragraph narrowed to the length, its bottom border 1 pt under it.
      const length = Math.min(widthPt, ptFromMm(piece.lengthMm));
      const left = x + (widthPt - length) / 2;
      const y = RULE.LINE_PT + RULE.SPACE_PT + RULE.WIDTH_PT / 2;
      return {
        before: piece.beforePt ?? 0,
        height: RULE.LINE_PT + RULE.SPACE_PT + RULE.WIDTH_PT,
        after: piece.afterPt ?? 0,
        items: [{ kind: 'line', x1: left, y1: y, x2: left + length, y2: y, widthPt: RULE.WIDTH_PT }],
      };
    }
    case 'row': {
      const items: DrawItem[] = [];
      let height = 0;
      let cx = x;
      piece.cells.forEach((cell, i) => {
        const w = ptFromMm(piece.columnsMm[i]!);
        const set = stack(cell, cx, w, fonts);
        items.push(...set.items);
        height = Math.max(height, set.height);
        cx += w;
      });
      return { before: 0, height, after: 0, items };
    }
    case 'signature-space':
      return { before: 0, after: 0, ...signatureSpace(piece, x, widthPt, fonts) };
  }
}

/**
 * The signature space of a column: the signature image centred (on the baseline of a line of its
 * own, as Word sets an inline picture) with the seal over its left third, or the seal alone, or the
 * "(Đã ký)" mark and a blank line, or blank lines for the pen; and the signature fields over it.
 */
function signatureSpace(
  piece: Extract<Piece, { type: 'signature-space' }>,
  x: number,
  widthPt: number,
  fonts: FontSet,
): { height: number; items: DrawItem[] } {
  const line = fonts.lineHeight('regular', piece.sizePt);
  const items: DrawItem[] = [];
  let height: number;
  const signature = piece.image && { w: ptFromMm(piece.image.widthMm), h: ptFromMm(piece.image.heightMm) };
  if (piece.image && signature) {
    height = Math.max(line, signature.h + fonts.descent('regular', piece.sizePt));
    const left = x + (widthPt - signature.w) / 2;
    items.push({ kind: 'image', x: left, y: 0, ...signature, bytes: piece.image.bytes });
    if (piece.seal) {
      const w = ptFromMm(piece.seal.widthMm);
      const h = ptFromMm(piece.seal.heightMm);
      items.push({
        kind: 'image',
        x: left + signature.w / 3 - w,
        y: (signature.h - h) / 2,
        w,
        h,
        bytes: piece.seal.bytes,
      });
    }
  } else if (piece.seal) {
    const w = ptFromMm(piece.seal.widthMm);
    const h = ptFromMm(piece.seal.heightMm);
    height = Math.max(line, h + fonts.descent('regular', piece.sizePt));
    items.push({ kind: 'image', x: x + (widthPt - w) / 2, y: 0, w, h, bytes: piece.seal.bytes });
  } else if (piece.mark) {
    const set = stack(
      [
        {
          type: 'para',
          texts: [piece.mark],
          look: { sizePt: piece.sizePt, italic: true, alignment: 'center' },
          field: piece.field,
        },
      ],
      x,
      widthPt,
      fonts,
    );
    items.push(...set.items);
    height = set.height + line;
  } else height = piece.lines * line;
  if (piece.fieldsFor) {
    // The signer's field over the signature (or the space for it); the organisation's, a seal-sized square
    // whose right edge is a third of the way into the signer's, centred on it (Điều 33; nd30.md §2.8).
    const { signer, widthMm, sealMm } = piece.fieldsFor;
    const w = signature?.w ?? ptFromMm(widthMm);
    const fx = x + (widthPt - w) / 2;
    const seal = piece.seal ? ptFromMm(piece.seal.widthMm) : ptFromMm(sealMm);
    items.push({ kind: 'field', role: 'signer', signer, x: fx, y: 0, w, h: height });
    items.push({
      kind: 'field',
      role: 'organisation',
      signer,
      x: fx + w / 3 - seal,
      y: (height - seal) / 2,
      w: seal,
      h: seal,
    });
  }
  return { height, items };
}

/** Rows of a data table, each an atom; the header row repeats on the pages the table continues on. */
function tableRows(piece: Extract<Piece, { type: 'table' }>, x: number, widthPt: number, fonts: FontSet): Atom[] {
  const { columns } = piece.plan;
  // The plan's widths, fitted to the column the table is laid in (the same widths as the DOCX).
  const plannedPt = piece.plan.widthsMm.map(ptFromMm);
  const total = plannedPt.reduce((a, b) => a + b, 0);
  const widths = plannedPt.map((w) => (w * widthPt) / total);
  const { LINE_PT, MARGIN_V_PT, MARGIN_H_PT } = DATA_TABLE;
  const atoms: Atom[] = [];
  let header: Atom | undefined;
  piece.rows.forEach((row, r) => {
    const bold = piece.plan.header && r === 0;
    const cells: DrawItem[] = [];
    let height = 0;
    let cx = x;
    for (let c = 0; c < columns; c++) {
      const text = row[c] ?? '';
      const w = widths[c]!;
      const set = stack(
        text.length > 0
          ? [
              {
                type: 'para',
                texts: givenLines(text),
                look: { sizePt: piece.sizePt, bold, alignment: bold ? 'center' : piece.plan.align[c]! },
                field: `${piece.field}.rows.${r}.${c}`,
              },
            ]
          : [],
        cx + MARGIN_H_PT,
        w - 2 * MARGIN_H_PT,
        fonts,
      );
      cells.push(...shift(set.items, 0, MARGIN_V_PT));
      height = Math.max(
        height,
        set.height + 2 * MARGIN_V_PT,
        fonts.lineHeight('regular', piece.sizePt) + 2 * MARGIN_V_PT,
      );
      cx += w;
    }
    const lines: DrawItem[] = [];
    let lx = x;
    for (const w of widths) {
      lines.push({ kind: 'box', x: lx, y: 0, w, h: height, widthPt: LINE_PT });
      lx += w;
    }
    const atom: Atom = {
      before: 0,
      height,
      after: 0,
      glue: false,
      items: [...lines, ...cells],
      ...(header && { repeat: header }),
    };
    if (bold) header = atom;
    atoms.push(atom);
  });
  return atoms;
}
