import { isExistingDate } from '../model/primitives.js';
import { isTitleCaseVi, toTitleCaseVi } from './case.js';
import { type Deviation, deviation } from './deviation.js';
import { readOcrDigits } from './digits.js';

/**
 * Địa danh và thời gian ban hành (ô 4): PL I, I.II.4; nd30.md §2.4. date-fns' `vi` locale pads
 * every month below 10, which is not the Decree's form (pitfalls.md), so the format is ours.
 *
 * @module
 */

/** Days 1–9 padded (PL I, I.II.4.b). */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Only months 1 and 2 padded (PL I, I.II.4.b). */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

function splitIso(isoDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m || !isExistingDate(isoDate)) throw new RangeError(`Not an existing yyyy-mm-dd date: ${isoDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "ngày 09 tháng 4 năm 2024" from "2024-04-09". @throws RangeError on a date that does not exist. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = splitIso(isoDate);
  return `ngày ${formatDay(d)} tháng ${formatMonth(m)} năm ${y}`;
}

/**
 * The ô 4 line: `formatPlaceDate('Quảng Ngãi', '2024-04-09')` → "Quảng Ngãi, ngày 09 tháng 4 năm 2024".
 * Without a date (to be filled at signing): "Quảng Ngãi, ngày     tháng     năm 2024" needs a year, so
 * pass `undefined` only with `year`.
 */
export function formatPlaceDate(place: string | undefined, isoDate: string | undefined, year?: number): string {
  const when = isoDate !== undefined ? formatDate(isoDate) : `ngày     tháng     năm ${year ?? '     '}`;
  return place ? `${place}, ${when}` : when.charAt(0).toUpperCase() + when.slice(1);
}

/** What {@link parsePlaceDate} read. */
export interface ParsedPlaceDate {
  readonly place?: string;
  /** ISO date when day, month and year were all read and the day exists. */
  readonly date?: string;
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
  readonly deviations: readonly Deviation[];
}

// Word forms as printed, after OCR or lost diacritics: ngày/ngay/ngầy, tháng/thang, năm/nam/nẳm:
// any mark OCR puts on the a.
const A_ANY_MARK = 'aàáạảãăằắặẳẵâầấậẩẫ';
const NGAY = String.raw`ng[${A_ANY_MARK}]y`;
const THANG = String.raw`th[${A_ANY_MARK}]ng`;
const NAM = String.raw`n[${A_ANY_MARK}]m`;
const NUM = String.raw`[0-9OolI|]{1,4}`;
const BLANK = String.raw`[.…_\s]*`;
const WORDY = new RegExp(
  String.raw`(?<ngay>${NGAY})\s*(?<d>${NUM}|${BLANK})\s*(?<thang>${THANG})\s*(?<m>${NUM}|${BLANK})\s*(?<nam>${NAM})\s*(?<y>${NUM})?`,
  'iu',
);
const NUMERIC = /(?:(?<ngay>ng[àaá]y)\s*)?(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})/iu;

/**
 * Reads the ô 4 line and what real documents print instead: "Hà Nội, ngày 9/4/2024", a missing
 * comma, "ngay 09 thang 4 nam 2024", OCR'd digits ("2O24"), a blank day and month in an unsigned
 * draft. Every difference from the Decree's form is a deviation.
 */
export function parsePlaceDate(raw: string): ParsedPlaceDate {
  const text = raw
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const deviations: Deviation[] = [];
  const wordy = WORDY.exec(text);
  const numeric = wordy ? null : NUMERIC.exec(text);
  const match = wordy ?? numeric;
  if (!match) {
    deviations.push(
      deviation('date-missing', 'Thiếu ngày tháng năm', 'The date is missing', text, 'ngày … tháng … năm …'),
    );
    const place = cleanPlace(text);
    return { ...(place && { place }), deviations };
  }
  if (numeric)
    deviations.push(
      deviation(
        'date-numeric',
        'Ngày tháng phải viết đầy đủ "ngày … tháng … năm …"',
        'The date must be written in words "ngày … tháng … năm …"',
        match[0].trim(),
        'ngày … tháng … năm …',
      ),
    );
  const g = match.groups!;
  if (wordy) {
    if (g.ngay !== 'ngày' && g.ngay !== 'Ngày')
      deviations.push(deviation('word-form', `Phải viết "ngày"`, `The word must be "ngày"`, g.ngay, 'ngày'));
    if (g.thang !== 'tháng')
      deviations.push(deviation('word-form', `Phải viết "tháng"`, `The word must be "tháng"`, g.thang, 'tháng'));
    if (g.nam !== 'năm')
      deviations.push(deviation('word-form', `Phải viết "năm"`, `The word must be "năm"`, g.nam, 'năm'));
  }

  const before = text.slice(0, match.index).trim();
  const placeRaw = before.replace(/[,;]\s*$/, '').trim();
  const place = cleanPlace(placeRaw);
  if (place) {
    if (!/,\s*$/.test(before))
      deviations.push(
        deviation(
          'comma-missing',
          'Thiếu dấu phẩy sau địa danh',
          'The comma after the place name is missing',
          before,
          `${place},`,
        ),
      );
    else if (/\s,\s*$/.test(before))
      deviations.push(
        deviation(
          'space-before-comma',
          'Dấu phẩy phải viết liền sau địa danh, không có dấu cách',
          'The comma must follow the place name without a space',
          before,
          `${place},`,
        ),
      );
    if (!isPlaceNameCase(place)) {
      deviations.push(
        deviation(
          'place-case',
          'Chữ cái đầu mỗi âm tiết của địa danh phải viết hoa',
          'Each syllable of the place name must start with a capital',
          place,
          toTitleCaseVi(place),
        ),
      );
    }
  } else {
    deviations.push(
      deviation(
        'place-missing',
        'Thiếu địa danh',
        'The place name is missing',
        text,
        '<địa danh>, ngày … tháng … năm …',
      ),
    );
  }

  const day = readPart(g.d, 'day', deviations);
  const month = readPart(g.m, 'month', deviations);
  const year = readPart(g.y, 'year', deviations);
  if (wordy) {
    const d = readOcrDigits(g.d!.trim())?.digits ?? '';
    const m = readOcrDigits(g.m!.trim())?.digits ?? '';
    if (day !== undefined && day < 10 && !d.startsWith('0'))
      deviations.push(
        deviation(
          'day-not-padded',
          'Ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước',
          'Days 1–9 must take a leading zero',
          d,
          formatDay(day),
        ),
      );
    if (month !== undefined && month <= 2 && !m.startsWith('0'))
      deviations.push(
        deviation(
          'month-not-padded',
          'Tháng 1, 2 phải ghi thêm số 0 phía trước',
          'Months 1 and 2 must take a leading zero',
          m,
          formatMonth(month),
        ),
      );
    if (month !== undefined && month >= 3 && m.startsWith('0'))
      deviations.push(
        deviation(
          'month-padded',
          'Tháng từ 3 đến 12 không được ghi số 0 phía trước',
          'Months 3–12 must take no leading zero',
          m,
          formatMonth(month),
        ),
      );
  }
  let date: string | undefined;
  if (day !== undefined && month !== undefined && year !== undefined) {
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isExistingDate(iso)) date = iso;
    else
      deviations.push(
        deviation(
          'date-invalid',
          `Ngày tháng phải là một ngày có thật`,
          `The date must exist in the calendar`,
          match[0].trim(),
          'a calendar date',
        ),
      );
  } else if (day === undefined || month === undefined) {
    deviations.push(
      deviation(
        'date-blank',
        'Thiếu ngày hoặc tháng',
        'The day or month is missing',
        match[0].trim(),
        'ngày … tháng … năm …',
      ),
    );
  }
  const tail = text.slice(match.index + match[0].length).trim();
  if (tail && !/^[.)]*$/.test(tail))
    deviations.push(
      deviation(
        'trailing-text',
        `Sau ngày tháng không được có chữ khác`,
        `Nothing must follow the date`,
        tail,
        'nothing after the date',
      ),
    );

  return {
    ...(place && { place }),
    ...(date && { date }),
    ...(day !== undefined && { day }),
    ...(month !== undefined && { month }),
    ...(year !== undefined && { year }),
    deviations,
  };
}

// Generic nouns of administrative units (PL II): "Thành phố Hồ Chí Minh", "Quận 1", "Thủ đô Hà Nội".
const GENERIC_NOUN = /^(Thủ đô|Thành phố|Tỉnh|Quận|Huyện|Thị xã|Phường|Xã|Thị trấn|Đặc khu)\s+/u;

/**
 * The first letter of each syllable of the place name is a capital (PL I, I.II.4.a; PL II), after
 * the generic noun of the unit. A unit named after a number keeps it as a syllable, which has no
 * case: "Quận 1", "Phường 12", "Phường IV" (nd30.md §2.4).
 */
function isPlaceNameCase(place: string): boolean {
  const syllables = place.replace(GENERIC_NOUN, '').split(/[\s,-]+/u);
  return /\p{L}/u.test(place) && syllables.every((s) => !/^\p{L}/u.test(s) || isTitleCaseVi(s));
}

function cleanPlace(text: string): string | undefined {
  const place = text.replace(/^[\s*_|]+|[\s*_|,]+$/g, '').trim();
  return place === '' ? undefined : place;
}

function readPart(
  text: string | undefined,
  part: 'day' | 'month' | 'year',
  deviations: Deviation[],
): number | undefined {
  const t = text?.trim();
  if (!t || /^[.…_]*$/.test(t)) return undefined;
  const digits = readOcrDigits(t);
  if (!digits) return undefined;
  if (digits.repaired)
    deviations.push(
      deviation(
        'ocr-digit',
        `Ngày tháng phải viết bằng chữ số (có ký tự nhận dạng sai)`,
        `The date must be written in digits (OCR letters)`,
        t,
        digits.digits,
      ),
    );
  const n = Number(digits.digits);
  const ok = part === 'day' ? n >= 1 && n <= 31 : part === 'month' ? n >= 1 && n <= 12 : n >= 1000;
  if (!ok)
    deviations.push(
      deviation(
        'date-invalid',
        `${part === 'day' ? 'Ngày' : part === 'month' ? 'Tháng' : 'Năm'} phải có thật`,
        `The ${part} must exist`,
        t,
        part === 'day' ? '01–31' : part === 'month' ? '1–12' : 'a four-digit year',
      ),
    );
  return ok ? n : undefined;
}
