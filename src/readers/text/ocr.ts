import { ALL_KINDS } from '../../registry/kinds.js';

/**
 * OCR repairs inside ký hiệu-like tokens ("33/CD-TTg" → "33/CĐ-TTg"): OCR and fonts without
 * Vietnamese glyphs read Đ as D; a type code that is not in the table but becomes one with Đ is
 * repaired (PL III mục I; nd30.md §1: "QD" in place of "QĐ" is an error of the text, not a new code).
 *
 * @module
 */

const CODES = new Set(ALL_KINDS.flatMap((k) => ('code' in k && k.code ? [k.code] : [])));
const TOKEN = /(\d{1,6}\/(?:\d{4}\/)?)([A-Za-zĐđ]{1,6})(?=-[A-ZĐ])/g;

/** One repair made. */
export interface OcrRepair {
  /** Index of the repaired code in the text. */
  readonly index: number;
  readonly from: string;
  readonly to: string;
}

/** Repairs type codes in ký hiệu tokens; the text keeps its length, so positions stay valid. */
export function repairTypeCodes(text: string): { text: string; repairs: OcrRepair[] } {
  const repairs: OcrRepair[] = [];
  if (!text.includes('/')) return { text, repairs };
  const out = text.replace(TOKEN, (whole, head: string, code: string, index: number) => {
    if (CODES.has(code) || !code.includes('D')) return whole;
    const fixed = code.replace(/D/g, 'Đ');
    if (!CODES.has(fixed)) return whole;
    repairs.push({ index: index + head.length, from: code, to: fixed });
    return head + fixed;
  });
  return { text: out, repairs };
}
