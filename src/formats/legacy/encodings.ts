/**
 * Legacy Vietnamese encodings of the pre-Unicode era: TCVN3 (ABC, fonts ".VnTime"/".VnTimeH") and
 * VNI (fonts "VNI-Times"). Text copied out of old Word files arrives as Latin-1 look-alikes
 * ("Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi"); Decree 30 requires Unicode TCVN 6909:2001 (PL I, I.I.3).
 *
 * @module
 */

/** A legacy encoding the reader converts. */
export type LegacyEncoding = 'tcvn3' | 'vni';

// TCVN3 (TCVN 5712:1993, ABC): one byte a letter. Upper-case toned letters do not exist in the
// code page: ".VnTimeH" fonts draw the lower-case codes as capitals, so they decode to lower case
// (restoreTcvn3Capitals brings the capitals back for lines set in such a face).
const TCVN3_PAIRS: readonly (readonly [string, string])[] = [
  ['\u00A1', 'Ă'],
  ['\u00A2', 'Â'],
  ['\u00A3', 'Ê'],
  ['\u00A4', 'Ô'],
  ['\u00A5', 'Ơ'],
  ['\u00A6', 'Ư'],
  ['\u00A7', 'Đ'],
  ['\u00A8', 'ă'],
  ['\u00A9', 'â'],
  ['\u00AA', 'ê'],
  ['\u00AB', 'ô'],
  ['\u00AC', 'ơ'],
  ['\u00AD', 'ư'],
  ['\u00AE', 'đ'],
  ['\u00B5', 'à'],
  ['\u00B6', 'ả'],
  ['\u00B7', 'ã'],
  ['\u00B8', 'á'],
  ['\u00B9', 'ạ'],
  ['\u00BB', 'ằ'],
  ['\u00BC', 'ẳ'],
  ['\u00BD', 'ẵ'],
  ['\u00BE', 'ắ'],
  ['\u00C6', 'ặ'],
  ['\u00C7', 'ầ'],
  ['\u00C8', 'ẩ'],
  ['\u00C9', 'ẫ'],
  ['\u00CA', 'ấ'],
  ['\u00CB', 'ậ'],
  ['\u00CC', 'è'],
  ['\u00CE', 'ẻ'],
  ['\u00CF', 'ẽ'],
  ['\u00D0', 'é'],
  ['\u00D1', 'ẹ'],
  ['\u00D2', 'ề'],
  ['\u00D3', 'ể'],
  ['\u00D4', 'ễ'],
  ['\u00D5', 'ế'],
  ['\u00D6', 'ệ'],
  ['\u00D7', 'ì'],
  ['\u00D8', 'ỉ'],
  ['\u00DC', 'ĩ'],
  ['\u00DD', 'í'],
  ['\u00DE', 'ị'],
  ['\u00DF', 'ò'],
  ['\u00E1', 'ỏ'],
  ['\u00E2', 'õ'],
  ['\u00E3', 'ó'],
  ['\u00E4', 'ọ'],
  ['\u00E5', 'ồ'],
  ['\u00E6', 'ổ'],
  ['\u00E7', 'ỗ'],
  ['\u00E8', 'ố'],
  ['\u00E9', 'ộ'],
  ['\u00EA', 'ờ'],
  ['\u00EB', 'ở'],
  ['\u00EC', 'ỡ'],
  ['\u00ED', 'ớ'],
  ['\u00EE', 'ợ'],
  ['\u00EF', 'ù'],
  ['\u00F1', 'ủ'],
  ['\u00F2', 'ũ'],
  ['\u00F3', 'ú'],
  ['\u00F4', 'ụ'],
  ['\u00F5', 'ừ'],
  ['\u00F6', 'ử'],
  ['\u00F7', 'ữ'],
  ['\u00F8', 'ứ'],
  ['\u00F9', 'ự'],
  ['\u00FA', 'ỳ'],
  ['\u00FB', 'ỷ'],
  ['\u00FC', 'ỹ'],
  ['\u00FD', 'ý'],
  ['\u00FE', 'ỵ'],
];

// VNI: a base letter followed by a mark character ("a" + "ù" = á); ơ, ư, đ and the toned i are single characters.
const VNI_SINGLE: readonly (readonly [string, string])[] = [
  ['ô', 'ơ'],
  ['Ô', 'Ơ'],
  ['ö', 'ư'],
  ['Ö', 'Ư'],
  ['ñ', 'đ'],
  ['Ñ', 'Đ'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['Í', 'Í'],
  ['Ì', 'Ì'],
  ['Æ', 'Ỉ'],
  ['Ó', 'Ĩ'],
  ['Ò', 'Ị'],
];
// Mark characters after a vowel: tone alone (lower, upper), or circumflex/breve with a tone.
const VNI_TONES: Record<string, string> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
  Ù: '\u0301',
  Ø: '\u0300',
  Û: '\u0309',
  Õ: '\u0303',
  Ï: '\u0323',
};
const VNI_CIRCUMFLEX: Record<string, string> = {
  â: '',
  á: '\u0301',
  à: '\u0300',
  å: '\u0309',
  ã: '\u0303',
  ä: '\u0323',
  Â: '',
  Á: '\u0301',
  À: '\u0300',
  Å: '\u0309',
  Ã: '\u0303',
  Ä: '\u0323',
};
const VNI_BREVE: Record<string, string> = {
  ê: '',
  é: '\u0301',
  è: '\u0300',
  ú: '\u0309',
  ü: '\u0303',
  ë: '\u0323',
  Ê: '',
  É: '\u0301',
  È: '\u0300',
  Ú: '\u0309',
  Ü: '\u0303',
  Ë: '\u0323',
};

const TCVN3_DECODE = new Map(TCVN3_PAIRS);
const TCVN3_ENCODE = new Map(TCVN3_PAIRS.map(([a, b]) => [b, a]));
const VNI_SINGLE_DECODE = new Map(VNI_SINGLE);

/** One decoded character and the range of input it came from. */
export interface DecodedText {
  readonly text: string;
  /** Start offset in the input of each UTF-16 unit of `text`. */
  readonly start: Int32Array;
  /** End offset in the input of each UTF-16 unit of `text`. */
  readonly end: Int32Array;
}

/** Decodes TCVN3 look-alike text to Unicode (NFC), keeping where each character came from. */
export function decodeTcvn3(input: string): DecodedText {
  const start = new Int32Array(input.length);
  const end = new Int32Array(input.length);
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    out += TCVN3_DECODE.get(ch) ?? ch;
    start[i] = i;
    end[i] = i + 1;
  }
  return { text: out, start, end };
}

/**
 * Restores the capitals of lines set in an upper-case TCVN3 face (".VnTimeH"): such a face draws
 * the lower-case codes as capitals, so "CéNG HOµ" decodes to "CộNG HOà" and the agency name or
 * the Quốc hiệu no longer reads as upper case. A line is taken as set in such a face when it holds
 * no lower-case ASCII letter and a word with a lower-case legacy code among two or more ASCII
 * capitals ("CéNG", "VIÖT") or before one ("ñY"): a name line of the lower-case face ("Lª Hµ")
 * has no such word, and a Số line ("Sè: 05/Q§-UBND") keeps its "Số". A .VnTimeH line typed with
 * lower-case ASCII keys cannot be told from text and stays as decoded. `decoded` is
 * `decodeTcvn3(input).text` (one unit a unit); returns the text with those lines in capitals and
 * the ranges [from, to) of the lines.
 */
export function restoreTcvn3Capitals(
  input: string,
  decoded: string,
): { text: string; lines: { from: number; to: number }[] } {
  const lines: { from: number; to: number }[] = [];
  let out = '';
  let copied = 0;
  for (let from = 0; from <= input.length;) {
    let to = input.indexOf('\n', from);
    if (to < 0) to = input.length;
    if (setInCapitals(input, from, to)) {
      let upper = '';
      for (let k = from; k < to; k++) {
        const ch = decoded[k]!;
        const u = ch.toUpperCase();
        upper += u.length === 1 ? u : ch;
      }
      out += decoded.slice(copied, from) + upper;
      copied = to;
      lines.push({ from, to });
    }
    from = to + 1;
  }
  return { text: lines.length ? out + decoded.slice(copied) : decoded, lines };
}

/** Whether input line [from, to) looks set in an upper-case TCVN3 face (see {@link restoreTcvn3Capitals}). */
function setInCapitals(input: string, from: number, to: number): boolean {
  let found = false;
  let capitals = 0;
  let legacyLower = false;
  let capitalAfter = false; // an ASCII capital after a lower-case code in the word ("ñY" for "ỦY")
  for (let k = from; k <= to; k++) {
    const ch = k < to ? input[k]! : ' ';
    if (ch >= 'a' && ch <= 'z') return false;
    const decoded = TCVN3_DECODE.get(ch);
    if (ch >= 'A' && ch <= 'Z') {
      capitals++;
      if (legacyLower) capitalAfter = true;
    } else if (decoded !== undefined) legacyLower ||= decoded !== decoded.toUpperCase();
    else {
      // A word ends.
      if (legacyLower && (capitals >= 2 || capitalAfter)) found = true;
      capitals = 0;
      legacyLower = false;
      capitalAfter = false;
    }
  }
  return found;
}

/** Decodes VNI look-alike text to Unicode (NFC), keeping where each character came from. */
export function decodeVni(input: string): DecodedText {
  const start = new Int32Array(input.length);
  const end = new Int32Array(input.length);
  let out = '';
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    const next = input[i + 1];
    let decoded: string | undefined;
    if (next !== undefined && /[aAeEoOuUyYiIôÔöÖ]/.test(ch)) decoded = vniPair(ch, next);
    if (decoded !== undefined) {
      out += decoded;
      start[n] = i;
      end[n] = i + 2;
      n++;
      i++;
      continue;
    }
    out += VNI_SINGLE_DECODE.get(ch) ?? ch;
    start[n] = i;
    end[n] = i + 1;
    n++;
  }
  return { text: out, start: start.slice(0, n), end: end.slice(0, n) };
}

function vniPair(base: string, mark: string): string | undefined {
  const horn = VNI_SINGLE_DECODE.get(base);
  // ơ / ư with a tone: "ôù" is ớ, "öø" is ừ.
  if (horn !== undefined) return mark in VNI_TONES ? (horn + VNI_TONES[mark]).normalize('NFC') : undefined;
  const lower = base.toLowerCase();
  if (lower === 'i') return undefined;
  if (lower === 'a' && mark in VNI_BREVE) return (base + '\u0306' + VNI_BREVE[mark]).normalize('NFC');
  if ((lower === 'a' || lower === 'e' || lower === 'o') && mark in VNI_CIRCUMFLEX)
    return (base + '\u0302' + VNI_CIRCUMFLEX[mark]).normalize('NFC');
  if (mark in VNI_TONES) return (base + VNI_TONES[mark]).normalize('NFC');
  return undefined;
}

/** Encodes Unicode text as TCVN3 (for tests and for tools that must feed old systems). Upper-case toned letters fall to lower case. */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = TCVN3_ENCODE.get(ch);
    if (direct !== undefined) out += direct;
    else {
      const lower = TCVN3_ENCODE.get(ch.toLowerCase());
      out += lower !== undefined && ch.toLowerCase() !== ch && !/[ĂÂÊÔƠƯĐ]/.test(ch) ? lower : ch;
    }
  }
  return out;
}

const VNI_ENCODE_TONE: Record<string, [string, string]> = {
  '\u0301': ['ù', 'Ù'],
  '\u0300': ['ø', 'Ø'],
  '\u0309': ['û', 'Û'],
  '\u0303': ['õ', 'Õ'],
  '\u0323': ['ï', 'Ï'],
};
const VNI_ENCODE_CIRC: Record<string, [string, string]> = {
  '': ['â', 'Â'],
  '\u0301': ['á', 'Á'],
  '\u0300': ['à', 'À'],
  '\u0309': ['å', 'Å'],
  '\u0303': ['ã', 'Ã'],
  '\u0323': ['ä', 'Ä'],
};
const VNI_ENCODE_BREVE: Record<string, [string, string]> = {
  '': ['ê', 'Ê'],
  '\u0301': ['é', 'É'],
  '\u0300': ['è', 'È'],
  '\u0309': ['ú', 'Ú'],
  '\u0303': ['ü', 'Ü'],
  '\u0323': ['ë', 'Ë'],
};
const VNI_I: Record<string, [string, string]> = {
  '\u0301': ['í', 'Í'],
  '\u0300': ['ì', 'Ì'],
  '\u0309': ['æ', 'Æ'],
  '\u0303': ['ó', 'Ó'],
  '\u0323': ['ò', 'Ò'],
};

/** Encodes Unicode text as VNI (for tests: real-looking samples of legacy input). */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base = d[0]!;
    const marks = d.slice(1);
    const upper = base !== base.toLowerCase() ? 1 : 0;
    const tone = marks.replace(/[\u0302\u0306\u031B]/g, '');
    if (base === 'đ' || base === 'Đ') {
      out += upper ? 'Ñ' : 'ñ';
      continue;
    }
    if (marks === '' || !/[aeiouyAEIOUY]/.test(base)) {
      out += ch;
      continue;
    }
    if (marks.includes('\u031B')) {
      const b = base.toLowerCase() === 'o' ? (upper ? 'Ô' : 'ô') : upper ? 'Ö' : 'ö';
      out += b + (tone ? VNI_ENCODE_TONE[tone]![upper] : '');
    } else if (marks.includes('\u0306')) out += base + VNI_ENCODE_BREVE[tone]![upper];
    else if (marks.includes('\u0302')) out += base + VNI_ENCODE_CIRC[tone]![upper];
    else if (base.toLowerCase() === 'i') out += VNI_I[tone]![upper];
    else out += base + VNI_ENCODE_TONE[tone]![upper];
  }
  return out;
}

// Letters only Unicode Vietnamese has: ă ơ ư đ and the precomposed block U+1EA0–U+1EF9.
const UNICODE_VIETNAMESE = /[ăĂơƠưƯđĐ\u1EA0-\u1EF9\u0300-\u0323]/u;
const LATIN1_HIGH = /[\u00A1-\u00FF]/g;
// Latin-1 letters that Unicode Vietnamese also uses; any other Latin-1 character in a word is a legacy code.
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const TOKEN = /[^\s\d.,;:!?()"'\-/|*_[\]]+/g;

/** Share of words that read as Vietnamese syllables: no stray Latin-1 code, at most one tone mark. */
function syllableScore(text: string): number {
  let good = 0;
  let total = 0;
  for (const word of text.match(TOKEN) ?? []) {
    total++;
    let ok = true;
    for (const ch of word) {
      const code = ch.charCodeAt(0);
      if (code >= 0x80 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) {
        ok = false;
        break;
      }
    }
    if (ok && (word.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0) > 1) ok = false;
    if (ok) good++;
  }
  return total === 0 ? 1 : good / total;
}

/**
 * Which legacy encoding `text` looks like, or undefined for Unicode text. Text that already holds
 * a letter only Unicode Vietnamese has is never converted; otherwise the text is decoded both ways
 * and the decoding whose words read best as Vietnamese syllables wins, if it reads clearly better.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (UNICODE_VIETNAMESE.test(sample)) return undefined;
  if ((sample.match(LATIN1_HIGH)?.length ?? 0) < 3) return undefined;
  const asIs = syllableScore(sample);
  const tcvn = syllableScore(decodeTcvn3(sample).text);
  const vni = syllableScore(decodeVni(sample).text);
  const best = Math.max(tcvn, vni);
  if (best < asIs + 0.05) return undefined;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}
