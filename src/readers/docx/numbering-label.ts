import { toRoman } from '../../grammar/numbering.js';
import type { NumberingLevel } from './styles.js';

/**
 * The label Word prints for a numbered paragraph ("1.", "a)", "II."): legal documents often number
 * Điều, khoản and điểm automatically, and the text reader needs the label in the text.
 *
 * @module
 */

/** The label of a paragraph at `counters.length - 1` with the counters of its levels. */
export function numberLabel(
  level: NumberingLevel,
  counters: readonly number[],
  levelOf: (ilvl: number) => NumberingLevel | undefined,
): string {
  if (level.format === 'none') return level.text.replace(/%\d/gu, '');
  if (level.format === 'bullet') return '-';
  return level.text.replace(/%(\d)/gu, (_, d: string) => {
    const ilvl = Number(d) - 1;
    const value = counters[ilvl] ?? levelOf(ilvl)?.start ?? 1;
    return formatNumber(value, ilvl === counters.length - 1 ? level.format : (levelOf(ilvl)?.format ?? 'decimal'));
  });
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return LETTERS[(value - 1) % 26]!.repeat(Math.floor((value - 1) / 26) + 1);
    case 'upperLetter':
      return LETTERS[(value - 1) % 26]!.toUpperCase().repeat(Math.floor((value - 1) / 26) + 1);
    case 'upperRoman':
      return value > 0 && value < 4000 ? toRoman(value) : String(value);
    case 'lowerRoman':
      return value > 0 && value < 4000 ? toRoman(value).toLowerCase() : String(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}
