import { kindByCode, ND30_TYPE_CODES } from '../registry/kinds.js';
import { type Deviation, deviation } from './deviation.js';
import { readOcrDigits } from './digits.js';

/**
 * Số và ký hiệu (ô 3): PL I, I.II.3; ND30 Điều 15; nd30.md §2.3.
 *
 * @module
 */

/** Number and notation as the model holds them. */
export interface NumberNotation {
  readonly number?: number;
  readonly notation?: string;
}

/** What {@link parseNumberNotation} read. */
export interface ParsedNumberNotation extends NumberNotation {
  /** The number as written, e.g. "05", "1719", or undefined when blank ("Số: /UBND-VP"). */
  readonly numberText?: string;
  /** Year inside the ký hiệu (QPPL pattern "12/2024/QĐ-UBND"). */
  readonly year?: number;
  /** Groups of the ký hiệu split at "-", e.g. ["QĐ", "UBND"]. */
  readonly groups: readonly string[];
  /** The Decree 30 type code of the first group when it is one, exact case. */
  readonly typeCode?: string;
  /** The regime the shape points to. */
  readonly regime: 'hanh-chinh' | 'quy-pham-phap-luat' | 'dang';
  readonly deviations: readonly Deviation[];
}

/** Options of {@link formatNumberNotation}. */
export interface FormatNumberNotationOptions {
  /** Text before the number; "Số" by default. */
  readonly label?: string;
  /** Blank for a number given at signing: how many spaces to leave. Default 6. */
  readonly blankWidth?: number;
  /**
   * `'nd30'` (default): the Decree 30 form "Số: 05/QĐ-UBND". `'dang'`: the form of Party documents
   * (regime `dang`, pitfalls.md), "Số 36-HD/VPTW": no colon after "Số", the number joined by a
   * hyphen to the ký hiệu, which holds the type code and the issuer ("HD/VPTW"); the shape
   * {@link parseNumberNotation} reads as `regime: 'dang'`.
   */
  readonly style?: 'nd30' | 'dang';
}

/** Decree 30 pads numbers below 10 with one zero: 5 → "05", 12 → "12" (PL I, I.II.3.a). */
export function formatDocumentNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Writes the ô 3 line: `Số: 05/QĐ-UBND`, công văn `Số: 1719/UBND-KGVX`, copies `Số: 05/SY-UBND`,
 * and with `style: 'dang'` a Party document's `Số 36-HD/VPTW`. A missing number leaves a blank to be
 * filled at signing: `Số:      /UBND-VP` (Party `Số       -HD/VPTW`).
 */
export function formatNumberNotation(value: NumberNotation, options: FormatNumberNotationOptions = {}): string {
  const label = options.label ?? 'Số';
  const number = value.number === undefined ? ' '.repeat(options.blankWidth ?? 6) : formatDocumentNumber(value.number);
  if (options.style === 'dang')
    return value.notation === undefined ? `${label} ${number}` : `${label} ${number}-${value.notation}`;
  return value.notation === undefined ? `${label}: ${number}` : `${label}: ${number}/${value.notation}`;
}

// "Số" as printed, and as OCR and lossy PDF text give it: "S6:" (ố read as 6), "S 291/…" (ố dropped).
const LABEL = /^(?<label>s ?[ốóôoồổỗộ]|so|s6(?=\s*:)|s(?=\s+\d))\s*(?<colon>[:;.]?)\s*/iu;
// OCR reads the "/" after the number as a capital I or a bar: "1906 ISGDĐT-CTrTT".
const SLASH_AS_I = /^([0-9OolI|]{1,6})\s+[I|](?=\p{Lu}{2,}[\p{L}\d]*-)/u;

/**
 * Reads a "Số" line as real documents print it: "Số: 05/QĐ-UBND", "Số:1719/UBND-KGVX",
 * "Số: /UBND-VP", "Số 12 / UBND - VP", QPPL "Số: 12/2024/QĐ-UBND", Party "Số 36-HD/VPTW",
 * OCR'd "Số: l7l9/UBND-KGVX". Never throws: what differs from the Decree's form is in `deviations`.
 */
export function parseNumberNotation(raw: string): ParsedNumberNotation {
  const deviations: Deviation[] = [];
  let text = raw
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .trim();
  const label = LABEL.exec(text);
  if (!label) {
    deviations.push(deviation('label-missing', 'Thiếu chữ "Số:"', 'The "Số:" label is missing', raw, 'Số: '));
  } else {
    const word = label.groups!.label!;
    if (word !== 'Số')
      deviations.push(deviation('label-form', `Phải viết chữ "Số"`, `The label must be written "Số"`, word, 'Số'));
    if (label.groups!.colon !== ':')
      deviations.push(
        deviation(
          'colon-missing',
          'Thiếu dấu hai chấm sau "Số"',
          'The colon after "Số" is missing',
          label[0].trim(),
          'Số:',
        ),
      );
    else if (!/:\s/.test(label[0]))
      deviations.push(
        deviation(
          'space-after-colon',
          'Thiếu dấu cách sau "Số:"',
          'The space after "Số:" is missing',
          label[0],
          'Số: ',
        ),
      );
    text = text.slice(label[0].length);
  }

  // Party documents: "36-HD/VPTW" (number joined to the type code by a hyphen, issuer after "/"),
  // or "-HD/VPTW" with the number left blank until signing.
  // (The two number forms do not overlap, so that a long blank backtracks in linear time.)
  const party =
    /^(?:(?<num>[0-9OolI|]+)\s*|(?<blank>[.…_\s]*))-\s*(?<type>[\p{L}]+)\s*\/\s*(?<org>[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)$/u.exec(
      text,
    );
  if (party && !text.includes('/', text.indexOf('/') + 1)) {
    const num = (party.groups!.num ?? party.groups!.blank!).trim();
    const blank = num === '' || /^[.…_]+$/.test(num);
    const digits = blank ? undefined : readOcrDigits(num);
    if (blank) deviations.push(deviation('number-missing', 'Thiếu số văn bản', 'The number is missing', num, '01'));
    else if (!digits)
      deviations.push(
        deviation('number-unreadable', `Số văn bản phải là chữ số`, `The number must be digits`, num, '01, 02, …'),
      );
    else if (digits.repaired)
      deviations.push(
        deviation(
          'ocr-digit',
          `Số văn bản phải là chữ số (có ký tự nhận dạng sai)`,
          `The number must be digits (OCR letters)`,
          num,
          digits.digits,
        ),
      );
    const notation = `${party.groups!.type}/${party.groups!.org!.replace(/\s+/g, '')}`;
    return {
      ...(digits && { number: Number(digits.digits), numberText: num }),
      notation,
      groups: notation.split(/[-/]/),
      regime: 'dang',
      deviations,
    };
  }

  const slashAsI = !text.includes('/') && SLASH_AS_I.test(text);
  if (slashAsI) text = text.replace(SLASH_AS_I, '$1/');
  const slash = text.indexOf('/');
  const numberPart = (slash < 0 ? '' : text.slice(0, slash)).trim();
  let rest = slash < 0 ? text : text.slice(slash + 1);
  if (slash < 0 || slashAsI)
    deviations.push(
      deviation(
        'slash-missing',
        'Thiếu dấu "/" giữa số và ký hiệu',
        'The "/" between number and notation is missing',
        raw,
        '<số>/<ký hiệu>',
      ),
    );
  if (/\s\/|\/\s/.test(text))
    deviations.push(
      deviation(
        'space-around-separator',
        'Không được có dấu cách quanh dấu "/"',
        'There must be no space around "/"',
        raw,
        raw.replace(/\s*\/\s*/gu, '/'),
      ),
    );

  let number: number | undefined;
  let numberText: string | undefined;
  if (numberPart === '' || /^[.…_\s]+$/.test(numberPart)) {
    deviations.push(deviation('number-missing', 'Thiếu số văn bản', 'The number is missing', numberPart, '01'));
  } else {
    // "10./QĐ-MN": a stray full stop or comma typed after the number; the number is the digits.
    const stray = /^(\d+)\s*[.,]$/u.exec(numberPart.trim());
    if (stray)
      deviations.push(
        deviation(
          'number-stray-mark',
          'Số văn bản chỉ gồm chữ số, không có dấu sau số',
          'The number must be digits only, with no mark after it',
          numberPart,
          stray[1]!,
        ),
      );
    const digits = readOcrDigits((stray ? stray[1]! : numberPart).replace(/\s+/g, ''));
    if (!digits) {
      deviations.push(
        deviation(
          'number-unreadable',
          `Số văn bản phải là chữ số`,
          `The number must be digits`,
          numberPart,
          '01, 02, …',
        ),
      );
    } else {
      numberText = stray ? stray[1]! : numberPart;
      number = Number(digits.digits);
      if (digits.repaired)
        deviations.push(
          deviation(
            'ocr-digit',
            `Số văn bản phải là chữ số (có ký tự nhận dạng sai)`,
            `The number must be digits (OCR letters)`,
            numberPart,
            digits.digits,
          ),
        );
      const expected = number > 0 ? (number < 10 ? `0${number}` : String(number)) : undefined;
      if (number === 0)
        deviations.push(
          deviation('number-zero', 'Số văn bản phải bắt đầu từ 01', 'Numbers must start at 01', numberPart, '01'),
        );
      else if (digits.digits.length === 1)
        deviations.push(
          deviation(
            'number-not-padded',
            'Số nhỏ hơn 10 phải ghi thêm số 0 phía trước',
            'Numbers below 10 must take a leading zero',
            digits.digits,
            expected,
          ),
        );
      else if (digits.digits !== expected)
        deviations.push(
          deviation(
            'number-over-padded',
            'Số từ 10 trở lên không được có số 0 phía trước',
            'Numbers from 10 up must take no leading zero',
            digits.digits,
            expected,
          ),
        );
    }
  }

  let year: number | undefined;
  const yearMatch = /^\s*(\d{4})\s*\//.exec(rest);
  if (yearMatch) {
    year = Number(yearMatch[1]);
    rest = rest.slice(yearMatch[0].length);
    deviations.push(
      deviation(
        'year-in-notation',
        'Ký hiệu văn bản hành chính không được có năm (mẫu của văn bản QPPL)',
        'An administrative ký hiệu must not hold the year (legal-normative pattern)',
        `${year}/`,
        '<ký hiệu> without the year',
      ),
    );
  }

  if (/\s-|-\s/.test(rest))
    deviations.push(
      deviation(
        'space-around-separator',
        'Không được có dấu cách quanh dấu "-"',
        'There must be no space around "-"',
        rest.trim(),
        rest.trim().replace(/\s*-\s*/gu, '-'),
      ),
    );
  // Spaces around "-" dropped: split and trim, not /\s*-\s*/g, which is quadratic on a long run of spaces.
  const notationText = rest
    .split('-')
    .map((g) => g.trim())
    .join('-')
    .trim();
  const groups = notationText === '' ? [] : notationText.split('-');
  if (groups.some((g) => /\s/.test(g)))
    deviations.push(
      deviation(
        'space-in-notation',
        'Ký hiệu không được có dấu cách',
        'The notation must hold no space',
        notationText,
        notationText.replace(/\s+/gu, ''),
      ),
    );
  const notation = notationText === '' ? undefined : year === undefined ? notationText : `${year}/${notationText}`;
  if (notation === undefined)
    deviations.push(deviation('notation-missing', 'Thiếu ký hiệu', 'The notation is missing', raw, '<số>/<ký hiệu>'));

  const first = groups[0];
  const typeCode = first !== undefined && kindByCode(first) ? first : undefined;
  if (first !== undefined && !typeCode) {
    const folded = ND30_TYPE_CODES.find((c) => c.toUpperCase() === first.toUpperCase() && c !== first);
    if (folded)
      deviations.push(
        deviation(
          'type-code-case',
          `Viết tắt tên loại phải là "${folded}"`,
          `The type code must be written "${folded}"`,
          first,
          folded,
        ),
      );
  }
  if (first === 'CV')
    deviations.push(
      deviation(
        'cv-type-code',
        'Công văn không được có viết tắt tên loại ("CV")',
        'A công văn must not have a type code ("CV")',
        first,
        '<cơ quan>-<đơn vị soạn thảo>',
      ),
    );

  return {
    ...(number !== undefined && { number }),
    ...(numberText !== undefined && { numberText }),
    ...(notation !== undefined && { notation }),
    ...(year !== undefined && { year }),
    groups,
    ...(typeCode !== undefined && { typeCode }),
    regime: year !== undefined ? 'quy-pham-phap-luat' : 'hanh-chinh',
    deviations,
  };
}
