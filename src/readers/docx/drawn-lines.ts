import type { XmlElement } from '../../formats/xml/parse.js';
import type { DrawnLine } from './paragraph.js';

/**
 * Lines drawn under the Tiêu ngữ, the issuer and the trích yếu (nd30.md §3.4): their style from a
 * border or a DrawingML dash, their length from VML end points.
 *
 * @module
 */

/** Style of a paragraph border (ST_Border) as a rule line style. */
export function borderStyle(style: string): DrawnLine['style'] {
  if (/dash/u.test(style)) return 'dashed';
  if (/dot/u.test(style)) return 'dotted';
  if (/double/u.test(style)) return 'double';
  return 'solid';
}

/** Style of a DrawingML line from its preset dash. */
export function dashStyle(prst: string | undefined): DrawnLine['style'] {
  if (!prst || prst === 'solid') return 'solid';
  return /dot/u.test(prst) ? 'dotted' : 'dashed';
}

/** Length of a VML line from its `from` and `to` points ("192.15pt,6.6pt"). */
export function vmlLineLength(line: XmlElement): number | undefined {
  const from = pointMm(line.attributes.from);
  const to = pointMm(line.attributes.to);
  if (!from || !to) return undefined;
  return Math.hypot(to[0] - from[0], to[1] - from[1]);
}

function pointMm(value: string | undefined): [number, number] | undefined {
  const parts = value?.split(',').map(lengthMm);
  if (!parts || parts.length !== 2 || parts.some((p) => p === undefined)) return undefined;
  return parts as [number, number];
}

const UNIT_MM: Record<string, number> = { pt: 25.4 / 72, in: 25.4, mm: 1, cm: 10, px: 25.4 / 96, '': 25.4 / 72 / 20 };

function lengthMm(value: string): number | undefined {
  const m = /^\s*(-?[\d.]+)\s*(pt|in|mm|cm|px|)\s*$/u.exec(value);
  return m ? Number.parseFloat(m[1]!) * UNIT_MM[m[2]!]! : undefined;
}
