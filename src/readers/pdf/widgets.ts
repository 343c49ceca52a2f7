import type { AnnotationBox, TextChunk } from './operators.js';
import { buildRows } from './rows.js';

/**
 * Text drawn by annotations. A digital signature's visible appearance (the stamp "Ký bởi: …", an
 * e-mail, a time, that a signing or publishing service puts at the top of page 1) belongs to the
 * signature, never to the document's text: it is taken out and reported. But Vietnamese signing
 * software also stamps the number and the day of issue into the Số and date lines through
 * signature fields when the văn thư signs (corpus 057–059: "507" and "24" are drawn by widgets
 * Signature3 and Signature4, the page itself prints "Số:      /UBND-KGVX"): a signature widget
 * whose text is one short run standing on a line of the page's own text fills that line in, and
 * its text joins the line. Text of other annotations (comments, form fields) is not the printed
 * document and is reported only.
 *
 * @module
 */

/** What getAnnotations tells of an annotation. */
export interface AnnotationInfo {
  readonly id: string;
  readonly subtype?: string;
  readonly fieldType?: string;
  readonly fieldName?: string;
}

/** Text that annotations drew, sorted out. */
export interface AnnotationText {
  /** The page's chunks with the signature fields' filled-in text joined to them. */
  readonly chunks: TextChunk[];
  /** Text of signature fields that filled in a line of the page: field name and text. */
  readonly filled: { readonly field: string; readonly text: string }[];
  /** The visible appearance of signatures (stamps), one entry a signature, its lines in order. */
  readonly stamps: { readonly id: string; readonly field: string; readonly lines: string[] }[];
  /** Text of other annotations, not part of the printed document. */
  readonly other: { readonly subtype: string; readonly lines: string[] }[];
}

// A filled-in field holds a number or a day: a few characters on one line.
const MAX_FILLED_LENGTH = 24;
// How far (in em) the filled text may stand from the page text of its line.
const FILLED_REACH_EM = 4;

/** Sorts the chunks of a page by who drew them. */
export function sortAnnotationText(
  chunks: readonly TextChunk[],
  boxes: readonly AnnotationBox[],
  infos: ReadonlyMap<string, AnnotationInfo>,
): AnnotationText {
  const page = chunks.filter((c) => c.annotation === undefined);
  const byAnnotation = new Map<string, TextChunk[]>();
  for (const c of chunks)
    if (c.annotation !== undefined) byAnnotation.set(c.annotation, [...(byAnnotation.get(c.annotation) ?? []), c]);
  const out: AnnotationText = { chunks: [], filled: [], stamps: [], other: [] };
  const joined: TextChunk[] = [];
  const stampBoxes: AnnotationBox[] = [];
  for (const [id, own] of byAnnotation) {
    const info = infos.get(id);
    const lines = buildRows(0, own).map((r) => r.segments.map((s) => s.text).join(' '));
    if (info?.fieldType !== 'Sig') {
      out.other.push({ subtype: info?.subtype ?? 'annotation', lines });
      continue;
    }
    const field = info.fieldName ?? id;
    const anchor = lines.length === 1 && lines[0]!.length <= MAX_FILLED_LENGTH ? anchorOf(own, page) : undefined;
    if (anchor !== undefined) {
      // The field's text takes the baseline of the line it fills in.
      for (const c of own) {
        const { annotation: _, ...rest } = c;
        joined.push({ ...rest, y: anchor, filledBy: field });
      }
      out.filled.push({ field, text: lines[0]! });
    } else {
      out.stamps.push({ id, field, lines });
      const box = boxes.find((b) => b.id === id);
      if (box) stampBoxes.push(box);
    }
  }
  // Page text inside a stamp's rectangle is the stamp's too (a stamp flattened into the page).
  for (const c of page) {
    const box = stampBoxes.find((b) => c.x0 >= b.x0 - 1 && c.x1 <= b.x1 + 1 && c.y >= b.y0 - 1 && c.y <= b.y1 + 1);
    if (!box) {
      out.chunks.push(c);
      continue;
    }
    const stamp = out.stamps.find((s) => s.field === (infos.get(box.id)?.fieldName ?? box.id));
    stamp?.lines.push(c.text);
  }
  out.chunks.push(...joined);
  return out;
}

/** The baseline of the page text that `own` (one short run) stands on, if it stands on one. */
function anchorOf(own: readonly TextChunk[], page: readonly TextChunk[]): number | undefined {
  const size = Math.max(...own.map((c) => c.size));
  const y = own[0]!.y;
  const x0 = Math.min(...own.map((c) => c.x0));
  const x1 = Math.max(...own.map((c) => c.x1));
  let best: TextChunk | undefined;
  for (const c of page) {
    if (Math.abs(c.y - y) > 0.5 * Math.max(size, c.size)) continue;
    const distance = Math.max(c.x0 - x1, x0 - c.x1, 0);
    if (distance > FILLED_REACH_EM * size) continue;
    if (!best || Math.abs(c.y - y) < Math.abs(best.y - y)) best = c;
  }
  return best?.y;
}
