import type { PdfDocument } from './pdfkit.js';
import type { DrawItem } from './flow.js';

/**
 * Draws placed items with pdfkit, in the order the layout made them (the header's left column
 * before its right, top to bottom), each line of text as one text object, a justified line
 * stretched at its spaces within that object: text extraction reads the page in order, word by word.
 *
 * @module
 */

const BLACK = '#000000';

/** Draws `items` on the current page; returns the signature fields met, for the form. */
export function drawItems(doc: PdfDocument, items: readonly DrawItem[]): Extract<DrawItem, { kind: 'field' }>[] {
  const fields: Extract<DrawItem, { kind: 'field' }>[] = [];
  // Colours are set only when they change: most of a page is black.
  let fill = '';
  let stroke = '';
  const fillWith = (color = BLACK) => {
    if (color !== fill) doc.fillColor((fill = color));
  };
  const strokeWith = (color = BLACK) => {
    if (color !== stroke) doc.strokeColor((stroke = color));
  };
  for (const item of items) {
    switch (item.kind) {
      case 'text':
        fillWith(item.color);
        doc
          .font(item.style)
          .fontSize(item.sizePt)
          .text(item.text, item.x, item.y, {
            lineBreak: false,
            baseline: 'alphabetic',
            ...(item.wordSpacing !== undefined && { wordSpacing: item.wordSpacing }),
          });
        break;
      case 'line':
        strokeWith(item.color);
        doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.widthPt).stroke();
        break;
      case 'box':
        strokeWith(item.color);
        doc.rect(item.x, item.y, item.w, item.h).lineWidth(item.widthPt).stroke();
        break;
      case 'image':
        doc.image(arrayBufferOf(item.bytes), item.x, item.y, { width: item.w, height: item.h });
        break;
      case 'field':
        fields.push(item);
        break;
    }
  }
  return fields;
}

/** The bytes as an ArrayBuffer of their own (pdfkit takes an ArrayBuffer, not a view, in every build). */
function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
