import type { Authority, AuthorityPrefix } from '../model/signature.js';
import { toUpperVi } from './case.js';
import { type Deviation, deviation } from './deviation.js';

/**
 * Authority lines of the signature block (ô 7a): "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (PL I,
 * I.II.7.a; nd30.md §2.7). Real documents also print "K/T", "T/M" (Party style), "Kt.", "KT".
 *
 * @module
 */

/** "KT. CHỦ TỊCH" from `{ prefix: 'KT', of: 'CHỦ TỊCH' }`. */
export function formatAuthority(authority: Authority): string {
  return `${authority.prefix}. ${authority.of}`;
}

/** What {@link parseAuthorityLine} read. */
export interface ParsedAuthority {
  readonly authority: Authority;
  /** The prefix exactly as printed, e.g. "K/T". */
  readonly printedPrefix: string;
  readonly deviations: readonly Deviation[];
}

// The prefix, then a space; after its period the space may be missing ("KT.TRƯỞNG BAN"), before a capital.
const PREFIX =
  /^(?<p>T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|TUQ|TM|KT|TL|Q)(?:(?<dot>\s*\.)(?<space>\s*)(?=\p{Lu})|(?<dot2>\s*\.)?\s+(?=\S))/iu;
const CANONICAL: Record<string, AuthorityPrefix> = { TM: 'TM', KT: 'KT', TL: 'TL', TUQ: 'TUQ', Q: 'Q' };

/**
 * Reads one line as an authority line, or returns undefined when it does not start with a prefix.
 * "Q" alone is only taken with its period ("Q. GIÁM ĐỐC"), so that a title starting with Q is not misread.
 */
export function parseAuthorityLine(line: string): ParsedAuthority | undefined {
  const text = line.normalize('NFC').trim();
  const m = PREFIX.exec(text);
  if (!m) return undefined;
  const printed = m.groups!.p!;
  const key = printed.replace(/[\s/]/g, '').toUpperCase();
  const prefix = CANONICAL[key];
  if (!prefix) return undefined;
  const hasDot = Boolean(m.groups!.dot ?? m.groups!.dot2);
  if (prefix === 'Q' && (!hasDot || printed !== 'Q')) return undefined;
  const of = text.slice(m[0].length).trim();
  if (!of) return undefined;
  const deviations: Deviation[] = [];
  if (printed.includes('/'))
    deviations.push(
      deviation(
        'slash-prefix',
        `Phải viết "${prefix}.", không viết "${printed}"`,
        `The prefix must be written "${prefix}."`,
        printed,
        `${prefix}.`,
      ),
    );
  else if (printed !== prefix)
    deviations.push(
      deviation(
        'prefix-case',
        `Chữ viết tắt phải viết hoa: "${prefix}."`,
        `The prefix must be upper case: "${prefix}."`,
        printed,
        `${prefix}.`,
      ),
    );
  if (!hasDot && !printed.includes('/'))
    deviations.push(
      deviation(
        'prefix-period',
        `Thiếu dấu chấm sau "${prefix}"`,
        `The period after "${prefix}" is missing`,
        printed,
        `${prefix}.`,
      ),
    );
  if (m.groups!.dot !== undefined && m.groups!.space === '')
    deviations.push(
      deviation(
        'prefix-space',
        `Thiếu dấu cách sau "${prefix}."`,
        `The space after "${prefix}." is missing`,
        text.slice(0, m[0].length + 1),
        `${prefix}. `,
      ),
    );
  if (of !== toUpperVi(of))
    deviations.push(
      deviation(
        'authority-case',
        'Quyền hạn, chức vụ phải viết in hoa',
        'Authority and title must be upper case',
        of,
        toUpperVi(of),
      ),
    );
  return { authority: { prefix, of: toUpperVi(of) }, printedPrefix: printed, deviations };
}

/** Học hàm, học vị and honorifics that must not precede the signer's name (PL I, I.II.7.b). */
export const ACADEMIC_TITLES = [
  'GS.TSKH.',
  'GS.TS.',
  'PGS.TS.',
  'GS.',
  'PGS.',
  'TSKH.',
  'TS.',
  'ThS.',
  'BS.',
  'KS.',
  'CN.',
  'Ths.',
  'Ts.',
  'NGND.',
  'NGƯT.',
  'NSND.',
  'NSƯT.',
];

// A military rank before the name, as the armed forces print it ("Thượng tướng Võ Minh Lương"):
// Decree 30 leaves ranks to the head of an armed forces unit (PL I, I.II.7.b), so it is no learned title.
const MILITARY_RANK = /^((?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:Phó\s+|Chuẩn\s+)?Đô\s+đốc)\s+(?=\p{Lu})/u;

/** Splits a military rank off a signer's name: "Thượng tướng Võ Minh Lương" → { rank: "Thượng tướng", name: "Võ Minh Lương" }. */
export function splitMilitaryRank(name: string): { rank?: string; name: string } {
  const text = name.trim();
  const m = MILITARY_RANK.exec(text);
  return m ? { rank: m[1]!.replace(/\s+/gu, ' '), name: text.slice(m[0].length) } : { name: text };
}

/** A signer's name as printed without what may stand before it: a learned title, a military rank. */
export function bareSignerName(printed: string): string {
  return splitAcademicTitle(splitMilitaryRank(printed).name).name;
}

/** Splits a learned title off a signer's name: "TS. Nguyễn Văn A" → { title: "TS.", name: "Nguyễn Văn A" }. */
export function splitAcademicTitle(name: string): { title?: string; name: string } {
  const m = /^((?:(?:GS|PGS|TSKH|TS|ThS|Ths|Ts|BS|KS|CN|NGND|NGƯT|NSND|NSƯT)\.\s*)+)(.+)$/u.exec(name.trim());
  return m ? { title: m[1]!.replace(/\s+/g, ''), name: m[2]!.trim() } : { name: name.trim() };
}
