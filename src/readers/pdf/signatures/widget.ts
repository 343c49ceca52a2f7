/**
 * The widget of a signature field: its page and rectangle, and whether it shows (ISO 32000-1
 * §12.5.2: an empty `/Rect` or the Hidden or NoView flag makes a signature invisible).
 *
 * @module
 */

import type { PdfDocument } from './objects/document.js';
import { isNumber, isRef, type PdfDict, type PdfValue } from './objects/values.js';
import type { PageIndex } from './pages.js';
import type { PdfRect, PdfSignatureWidget } from './types.js';

const HIDDEN = 2;
const NO_VIEW = 32;
const MM_PER_POINT = 25.4 / 72;

/** The widget report of the annotation `ref` (or a direct widget dictionary), or null without a `/Rect`. */
export function readWidget(
  doc: PdfDocument,
  ref: PdfValue | undefined,
  widget: PdfDict,
  pages: PageIndex,
): PdfSignatureWidget | null {
  const raw = doc.get(widget, 'Rect');
  if (!Array.isArray(raw) || raw.length !== 4) return null;
  const n = raw.map((v) => doc.resolve(v));
  if (!n.every(isNumber)) return null;
  const [a, b, c, d] = n as [number, number, number, number];
  const rect: PdfRect = { x1: Math.min(a, c), y1: Math.min(b, d), x2: Math.max(a, c), y2: Math.max(b, d) };
  const flags = doc.get(widget, 'F');
  const hidden = isNumber(flags) && (flags & (HIDDEN | NO_VIEW)) !== 0;
  const page = widget.entries.get('P');
  const pageIndex =
    (isRef(ref) ? pages.annotations.get(ref.num) : undefined) ?? (isRef(page) ? pages.pages.get(page.num) : undefined);
  return {
    pageIndex: pageIndex ?? null,
    rect,
    rectMm: { x1: mm(rect.x1), y1: mm(rect.y1), x2: mm(rect.x2), y2: mm(rect.y2) },
    visible: !hidden && rect.x2 - rect.x1 > 0 && rect.y2 - rect.y1 > 0,
  };
}

function mm(points: number): number {
  return Math.round(points * MM_PER_POINT * 100) / 100;
}
