import { editDistance } from '../_lib/edit-distance.js';
import { NATIONAL_NAME_FOLDED, NATIONAL_NAME_IN_FOLDED } from '../grammar/national-title.js';
import { parseAuthorityLine } from '../grammar/authority.js';
import { isArchiveLine } from '../grammar/archive-line.js';
import { isUpperVi } from '../grammar/case.js';
import { ALL_KINDS, type KindInfo } from '../registry/kinds.js';
import type { Cell } from './cells.js';
import { foldVi } from './cells.js';
import { zerosAsO } from './ocr.js';

/**
 * What a cell is, read from its words. Matching uses the folded text (no diacritics), so that OCR
 * output and text that lost its tone marks still match (pitfalls.md: detect first, report casing apart).
 *
 * @module
 */

/** Quốc hiệu (ô 1), whole or its first half when wrapped. */
export function isNationalName(cell: Cell): 'whole' | 'start' | 'misread' | undefined {
  if (!/^[Cc]/.test(cell.text)) return undefined;
  const f = cell.fold
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (NATIONAL_NAME_IN_FOLDED.test(f)) return 'whole';
  if (f.length >= 4 && NATIONAL_NAME_FOLDED.startsWith(f) && isUpperVi(cell.text)) return 'start';
  return misreadNationalName(f) ? 'misread' : undefined;
}

// OCR and lossy PDF text misread a few letters of it: "CpNG HOA XA HOI …", "C NG HOÀ XÃ H I CH NGHĨA VI T NAM".
const NATIONAL_NAME_SLIPS = 4;

/** Whether the folded line `f` is the Quốc hiệu with at most a few letters misread, dropped or split. */
function misreadNationalName(f: string): boolean {
  if (Math.abs(f.length - NATIONAL_NAME_FOLDED.length) > NATIONAL_NAME_SLIPS || !f.endsWith('nam')) return false;
  return editDistance(f, NATIONAL_NAME_FOLDED) <= NATIONAL_NAME_SLIPS;
}

/** Tiêu ngữ (ô 1). */
export function isMotto(cell: Cell): boolean {
  if (!/^[ĐđDd]/u.test(cell.text)) return false;
  return /^doc lap\s*[-–—]?\s*tu do/.test(cell.fold);
}

/** The Party's line in place of the Quốc hiệu: Party documents follow their own rules (nd30.md §0). */
export function isPartyName(cell: Cell): 'whole' | 'start' | undefined {
  if (!/^[ĐđDd]/u.test(cell.text) || cell.text.length > 30) return undefined;
  if (/^dang cong san viet nam$/.test(cell.fold)) return 'whole';
  return /^dang cong( san)?$/.test(cell.fold) ? 'start' : undefined;
}

/** The ô 3 line: "Số: 05/QĐ-UBND", "Số 36-HD/VPTW", OCR "S6: i04 /BGDDT". */
export function isNumberLine(cell: Cell): boolean {
  if (!/^[SsLlBbPp]/.test(cell.text) || cell.text.length > 80) return false;
  const fold = cell.fold.slice(lawPrefixLength(cell));
  return (
    (/^s ?[o6]?\s*[:;.]?\s*[0-9oOlIi|.…_ ]{0,12}\s*(?:\/\s*\S|-\s*\p{L}+\s*\/)/u.test(fold) ||
      // OCR's "I" for the "/": "Số: 1906 ISGDĐT-CTrTT".
      /^s ?[o6]?\s*:\s*\d{1,6}\s+[i|][a-z]{2,}[a-z\d]*-/u.test(fold)) &&
    /\d|\/\s*\S/.test(fold)
  );
}

/**
 * The length of the name a law prints before its "số" ("Luật số: 80/2025/QH15", "Bộ luật số:",
 * "Pháp lệnh số:"), or 0.
 */
export function lawPrefixLength(cell: Cell): number {
  const m = /^(?:bo\s+)?(?:luat|phap lenh)\s+(?=so\b)/.exec(cell.fold);
  return m ? m[0].length : 0;
}

/** "Số:" alone, its number on the next line. */
export function isBareNumberLabel(cell: Cell): boolean {
  if (cell.text.length > 4) return false;
  return /^so\s*:?$/.test(cell.fold);
}

/** The V/v prefix of a công văn trích yếu (ô 5b), with OCR forms "VIv", "V/V". Returns its length. */
export function subjectPrefixLength(cell: Cell): number | undefined {
  if (!/^[Vv]/.test(cell.text)) return undefined;
  const m = /^v\s*[/|il1]\s*v\b\s*:?\s*/.exec(cell.fold);
  return m ? m[0].length : undefined;
}

/** A place and date line (ô 4), or its start when the year wrapped to the next line. */
export function placeDateShape(cell: Cell): 'whole' | 'open' | undefined {
  return placeDateFold(cell.fold);
}

/** {@link placeDateShape} on folded text. */
export function placeDateFold(f: string): 'whole' | 'open' | undefined {
  if (/ng\S{0,2}y\s*[0-9oli.…_ ]*\s*th\S{0,2}ng\s*[0-9oli.…_ ]*\s*n\S{0,2}m\s*[0-9o]{4}/.test(f)) return 'whole';
  if (/ng\S{0,2}y\s*[0-9oli.…_ ]*\s*th\S{0,2}ng\s*[0-9oli.…_ ]*$/.test(f) && f.length < 80) return 'open';
  return undefined;
}

/** "Kính gửi:" (ô 9a); returns the length of the label. */
export function recipientsLabelLength(cell: Cell): number | undefined {
  // Công điện (Mẫu 1.6): "THỦ TƯỚNG CHÍNH PHỦ điện:" heads the list of addressees.
  if (cell.text.endsWith(':') && /^\p{Lu}[\p{Lu}\s,]+\s(điện|ĐIỆN)\s*:$/u.test(cell.text)) return cell.text.length;
  if (!/^[Kk]/.test(cell.text)) return undefined;
  const m = /^kinh\s*g\S{1,3}\s*:?\s*/.exec(cell.fold);
  return m && (m[0].includes(':') || cell.fold.length <= 9 || /^kinh gui/.test(cell.fold)) ? m[0].length : undefined;
}

/** "Nơi nhận:" (ô 9b); returns the length of the label. */
export function distributionLabelLength(cell: Cell): number | undefined {
  if (!/^[Nn]/.test(cell.text)) return undefined;
  const m = /^n\S{1,2}i\s*nh\S{1,2}n\s*:?\s*/.exec(cell.fold);
  return m ? m[0].length : undefined;
}

/** The Lưu line of Nơi nhận. */
export function isArchiveCell(cell: Cell): boolean {
  if (!/^[-–•+*\sLl]/u.test(cell.text)) return false;
  return (
    // Folded, for copies that lost the marks ("Luu VT", "van thu"); else as the grammar reads it (before a
    // capitalised name, "- Lưu (VP ; KT&KĐCL).").
    /^[-–•+*\s]*l[uư]u\s*(?::|\s+(?:vt|van thu|ho so)\b|[.;]?$)/.test(cell.fold) || isArchiveLine(cell.text)
  );
}

/** An authority line (ô 7a): "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "K/T CHÁNH VĂN PHÒNG". */
export function isAuthorityCell(cell: Cell): boolean {
  if (!/^[TtKkQq]/.test(cell.text)) return false;
  if (parseAuthorityLine(cell.text) === undefined) return false;
  const rest = cell.text.replace(/^\S+\s*/, '');
  return isUpperVi(rest) || isLowerCaseAuthority(cell.text, rest);
}

// The heads' titles, folded, that a signer's title and an authority line name ("Chủ tịch", "Giám đốc").
const HEADS = 'chu tich|giam doc|bo truong|thu truong|truong|chanh|tong|vien truong|hieu truong|cuc truong';
// The heads and collectives an authority line names: "Kt. Chủ tịch", "Tm. Ủy ban nhân dân".
const AUTHORITY_OF = new RegExp(`^(${HEADS}|thu tuong|chi cuc truong|uy ban|hoi dong|ban|so|cuc)\\b`, 'u');
// A signer's title under it: "Phó Chủ tịch", "Q. Giám đốc".
const TITLE_OF = new RegExp(`^(pho |q\\. )?(${HEADS}|thu tuong|chu nhiem)\\b`, 'u');

/**
 * "Kt. Chủ tịch", "TM. Ủy ban nhân dân": an authority line printed in normal case, a deviation the
 * validator reports (nd30.md §2.7, checklist #18), read as one so that it is not lost.
 */
function isLowerCaseAuthority(text: string, rest: string): boolean {
  return (
    /^\S+\./u.test(text) && /^\p{Lu}/u.test(rest) && rest.split(/\s+/).length <= 8 && AUTHORITY_OF.test(foldVi(rest))
  );
}

/** A signer's title printed in normal case ("Phó Chủ tịch") under such an authority line. */
export function isLowerCaseTitle(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 6 && TITLE_OF.test(foldVi(text));
}

const TITLE_BY_FOLD = new Map<string, KindInfo>();
for (const k of ALL_KINDS) if (k.title && !TITLE_BY_FOLD.has(foldVi(k.title))) TITLE_BY_FOLD.set(foldVi(k.title), k);

/** The kind whose tên loại line (ô 5a) the cell is, matched without diacritics (upper case as printed). */
export function titleKind(text: string): KindInfo | undefined {
  if (!isUpperVi(text) || text.length > 40) return undefined;
  const f = foldVi(text)
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const exact = TITLE_BY_FOLD.get(f) ?? TITLE_BY_FOLD.get(alteredTitle(f));
  if (exact) return exact;
  // Thư công has no tên loại in Phụ lục III; letters are headed "THƯ", "THƯ CHÚC MỪNG" (UNCONFIRMED, nd30.md §8.2).
  // "THƯ", not "THỦ" (the first word of "THỦ TƯỚNG CHÍNH PHỦ" wrapped), "THU" or "THỨ": the fold alone cannot tell.
  if (/^thu( (cam on|chuc mung|keu goi|tham hoi|ngo|cong))?$/.test(f) && /^THƯ(?!\p{L})/u.test(text.trim()))
    return ALL_KINDS.find((k) => k.slug === 'thu-cong');
  // "THÔNG BÁO KẾT LUẬN", "BÁO CÁO TÓM TẮT": the type name with a qualifier of one or two words.
  const words = f.split(' ');
  for (let n = words.length - 1; n >= Math.max(1, words.length - 2); n--) {
    const k = TITLE_BY_FOLD.get(words.slice(0, n).join(' '));
    if (k && n >= 2) return k;
  }
  return undefined;
}

/**
 * The folded title line as printed on a draft or read by OCR: "DỰ THẢO KẾ HOẠCH" (the draft's mark before
 * the tên loại) → "ke hoach"; "K ÉT LUẬN" (a consonant the OCR split off its syllable) → "ket luan".
 */
function alteredTitle(f: string): string {
  return f.replace(/^du thao /, '').replace(/(^| )([b-df-hj-np-tv-z]) (?=[a-z])/g, '$1$2');
}

/** A copy label of a bản sao block (PL I Part II). */
export function copyForm(cell: Cell): 'sao-y' | 'sao-luc' | 'trich-sao' | undefined {
  if (!/^[SsTt]/.test(cell.text) || cell.text.length > 20) return undefined;
  if (/^sao y(?: ban chinh)?$/.test(cell.fold)) return 'sao-y';
  if (/^sao luc$/.test(cell.fold)) return 'sao-luc';
  if (/^trich sao$/.test(cell.fold)) return 'trich-sao';
  return undefined;
}

/**
 * A stamp line: short, and in capitals or at least capitalised. The stamp is detected whatever its
 * case ("Thượng khẩn"), so that the validator can report the casing (pitfalls.md: detect first).
 */
function stampCase(cell: Cell, max: number): boolean {
  return cell.text.length <= max && (isUpperVi(cell.text) || /^\p{Lu}/u.test(cell.text));
}

/** Độ khẩn stamp (ô 10b), in any case. */
export function urgencyOf(cell: Cell): 'khan' | 'thuong-khan' | 'hoa-toc' | undefined {
  if (!stampCase(cell, 12)) return undefined;
  if (/^khan$/.test(cell.fold)) return 'khan';
  if (/^thuong khan$/.test(cell.fold)) return 'thuong-khan';
  if (/^hoa toc$/.test(cell.fold)) return 'hoa-toc';
  return undefined;
}

/** Độ mật stamp (ô 10a), in any case. */
export function confidentialityOf(cell: Cell): 'mat' | 'toi-mat' | 'tuyet-mat' | undefined {
  if (!stampCase(cell, 10)) return undefined;
  if (/^mat$/.test(cell.fold)) return 'mat';
  if (/^toi mat$/.test(cell.fold)) return 'toi-mat';
  if (/^tuyet mat$/.test(cell.fold)) return 'tuyet-mat';
  return undefined;
}

/** Chỉ dẫn phạm vi lưu hành (ô 11). */
export function isCirculation(cell: Cell): boolean {
  return (
    cell.text.length <= 20 &&
    isUpperVi(cell.text) &&
    /^(luu hanh noi bo|xem xong tra lai|khong pho bien|tai lieu thu hoi)$/.test(cell.fold)
  );
}

/** "Phụ lục", "Phụ lục I", "PHỤ LỤC 02" starting an appendix. */
export function appendixNumber(cell: Cell): { number?: string } | undefined {
  if (!/^[Pp]/.test(cell.text) || cell.text.length > 20) return undefined;
  const m = /^phu luc(?:\s+(?:so\s+)?([ivxlc]+|\d+))?\s*$/.exec(cell.fold);
  if (!m) return undefined;
  const raw = m[1] ? cell.text.slice(cell.text.length - m[1].length) : undefined;
  return raw ? { number: raw } : {};
}

/** A field of the contact block (ô 13). */
export type ContactFieldName = 'address' | 'phone' | 'fax' | 'email' | 'website';

// A label of ô 13 at the start of the line or after a separator (", ", "; ", " - ", a gap), on folded text.
const CONTACT_LABEL =
  /(^|[,;]\s*|\s+[-–]\s+|\s{2,}|\t)(dia chi|d\/c|dt|dien thoai|tel|fax|e-?mail|thu dien tu|website|trang thong tin dien tu)\s*:\s*/g;

function contactFieldOf(key: string): ContactFieldName {
  return key === 'dia chi' || key === 'd/c'
    ? 'address'
    : key === 'fax'
      ? 'fax'
      : /mail|thu/.test(key)
        ? 'email'
        : /web|trang/.test(key)
          ? 'website'
          : 'phone';
}

/**
 * The fields of a contact line (ô 13), each with the range of its value in the cell's text: one a
 * line ("ĐT: 0255 3822 123") or several, as the sample lays them out ("ĐT: 0255 3822 123, Fax:
 * 0255 3822 124", "E-Mail: a@b.vn, Website: b.vn"; nd30.md §2.10). Empty unless a label starts the line.
 */
export function contactFields(cell: Cell): { field: ContactFieldName; from: number; to: number }[] {
  if (!/^[ĐđDdTtFfEeWw]/u.test(cell.text)) return [];
  const fold = cell.fold;
  const labels: { field: ContactFieldName; start: number; value: number }[] = [];
  CONTACT_LABEL.lastIndex = 0;
  for (let m = CONTACT_LABEL.exec(fold); m; m = CONTACT_LABEL.exec(fold)) {
    if (labels.length === 0 && m.index > 0) return [];
    labels.push({ field: contactFieldOf(m[2]!), start: m.index, value: m.index + m[0].length });
  }
  return labels.map((l, k) => {
    let to = k + 1 < labels.length ? labels[k + 1]!.start : cell.text.length;
    while (to > l.value && /[\s,;]/u.test(cell.text[to - 1]!)) to--;
    return { field: l.field, from: l.value, to };
  });
}

/**
 * The drafter code and copies (ô 12) on a line of their own, as the Mẫu place them under the Lưu
 * entry: "PL.(300)", "TVH.(10)", "NTA(05)". The copies are required: a bare code is no sure sign.
 */
export function drafterLine(cell: Cell): { code: string; copies: number } | undefined {
  if (cell.text.length > 16) return undefined;
  const m = /^(\p{Lu}[\p{Lu}\p{Ll}]{0,5})\s*\.?\s*\((\d{1,5})\s*b?\)\.?$/u.exec(cell.text);
  if (!m || Number(m[2]) === 0) return undefined;
  return { code: m[1]!, copies: Number(m[2]) };
}

/** A mark printed instead of a signature: "(Đã ký)", "(đã ký và đóng dấu)", "[daky]", "(Ký, đóng dấu)". */
export function isSignatureMark(cell: Cell): boolean {
  if (cell.text.length > 60 || !/^[([]?\s*[ĐđDdKk]/u.test(cell.text)) return false;
  return /^[([]?\s*(da ky|daky|ky ten|ky, dong dau|ky va dong dau|ky, ghi ro ho ten)[^)\]]{0,40}[)\]]?$/.test(
    cell.fold,
  );
}

// A capitalised word of a name, with the apostrophe or hyphen of Ê Đê, Gia Rai and Cơ Ho names ("H'Yim", "K'Ré", "Ê-nuôl").
const NAME_WORD = /^\p{Lu}\p{Ll}*(?:['’-]\p{L}\p{Ll}*)*$/u;
// A short lower-case particle inside a name of an ethnic minority, read only where a name is due (see isPersonName).
const NAME_PARTICLE = /^\p{Ll}{1,3}$/u;

/**
 * A signer's name: 2–8 capitalised words, letters only ("Trần Hoàng Tuấn", "Ksor Phước", "H'Yim
 * Kđoh", "Thạch Thị Sa Rết Ta Ni"). With `particles` (where the signature block wants a name, under
 * its title), also short lower-case words inside it; body lines in sentence case then still fail,
 * as their last word is lower case.
 */
export function isPersonName(text: string, options: { particles?: boolean } = {}): boolean {
  if (text.length > 60 || /[\d:;,.()/]/.test(text)) return false;
  const words = text.split(' ');
  // "Mục I", "Chương V": a body heading, not a name (no Vietnamese family name is one of these words).
  if (/^(Điều|Chương|Phần|Mục|Tiểu|Khoản|Điểm)$/u.test(words[0]!)) return false;
  if (words.length < 2 || words.length > 8) return false;
  let particles = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (NAME_WORD.test(w)) continue;
    if (options.particles && k > 0 && k < words.length - 1 && NAME_PARTICLE.test(w) && ++particles <= 2) continue;
    return false;
  }
  return true;
}

/** An upper-case line short enough to be a title or authority line. */
export function isCapsLine(cell: Cell): boolean {
  return (
    cell.text.length <= 80 && isUpperVi(cell.text) && !/\d/.test(zerosAsO(cell.text)) && /\p{L}{2}/u.test(cell.text)
  );
}
