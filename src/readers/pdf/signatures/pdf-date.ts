/**
 * PDF dates (ISO 32000-1 §7.9.4), `D:YYYYMMDDHHmmSSOHH'mm'`, read into ISO 8601 with the offset
 * the file gives (no offset written means UTC is assumed, and said so).
 *
 * @module
 */

/** A PDF date read. */
export interface PdfDate {
  /** The string as written, e.g. `D:20250124150622+07'00'`. */
  readonly raw: string;
  /** ISO 8601 with the written offset, e.g. `2025-01-24T15:06:22+07:00`; null when unreadable. */
  readonly iso: string | null;
  /** The instant in UTC, e.g. `2025-01-24T08:06:22.000Z`; null when unreadable. */
  readonly utc: string | null;
  /** Whether the string gave no time zone (then UTC is assumed). */
  readonly offsetMissing: boolean;
}

const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?\s*$/;

/** Reads a PDF date string. */
export function parsePdfDate(raw: string): PdfDate {
  const m = PDF_DATE.exec(raw.trim());
  if (!m) return { raw, iso: null, utc: null, offsetMissing: true };
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const fields = [Number(mo), Number(d), Number(h), Number(mi), Number(s), Number(oh), Number(om)];
  const [month = 0, day = 0, hour = 0, minute = 0, second = 0, offH = 0, offM = 0] = fields;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
    minute > 59 ||
    second > 60 ||
    offH > 23 ||
    offM > 59
  ) {
    return { raw, iso: null, utc: null, offsetMissing: !sign };
  }
  const offset = !sign || sign === 'Z' || sign === 'z' ? 'Z' : `${sign}${oh}:${om}`;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${offset === 'Z' ? 'Z' : offset}`;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return { raw, iso: null, utc: null, offsetMissing: !sign };
  return { raw, iso, utc: instant.toISOString(), offsetMissing: !sign };
}
