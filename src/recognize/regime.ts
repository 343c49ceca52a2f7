import type { ParsedNumberNotation } from '../grammar/number-notation.js';
import type { Issuer } from '../model/issuer.js';
import type { KindInfo, Regime } from '../registry/kinds.js';
import { foldVi } from './cells.js';

/**
 * Which body of rules a read document follows (nd30.md §0): Decree 30, the Law on Promulgation of
 * Legal Documents (QPPL), the Party's rules, or a type Decree 30 dropped.
 *
 * @module
 */

/** What the header told about the regime. */
export interface RegimeClues {
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" in place of the Quốc hiệu. */
  readonly party: boolean;
  readonly number?: ParsedNumberNotation;
  readonly issuer: Issuer;
  readonly kind: KindInfo;
}

/**
 * Who may enact a QPPL of a kind Decree 30 also has (Luật Ban hành văn bản QPPL 2015 Điều 4, kept
 * by the 2025 law): a Quyết định of the Thủ tướng, the Chủ tịch nước, the Tổng Kiểm toán nhà nước or
 * an Ủy ban nhân dân; a Nghị quyết of the Quốc hội, the Chính phủ, a Hội đồng nhân dân or the Hội
 * đồng Thẩm phán. Each issuer by its name (folded) and by its group in the ký hiệu.
 */
const LEGAL_NORMATIVE_ISSUERS: Readonly<Record<string, readonly { readonly name: RegExp; readonly group: RegExp }[]>> =
  {
    'quyet-dinh': [
      { name: /^thu tuong( chinh phu)?$/, group: /^TTg$/u },
      { name: /^chu tich nuoc/, group: /^CTN$/u },
      { name: /^(tong )?kiem toan nha nuoc$/, group: /^KTNN$/u },
      { name: /^(uy ban nhan dan|ubnd)\b/, group: /^UBND$/u },
      // The 2025 law on legal documents lets the Chủ tịch UBND enact quyết định QPPL ("44/2025/QĐ-CTUBND").
      { name: /^chu tich (uy ban nhan dan|ubnd)\b/, group: /^CTUBND$/u },
    ],
    'nghi-quyet': [
      { name: /^quoc hoi$/, group: /^QH\d*$/u },
      { name: /^chinh phu$/, group: /^CP$/u },
      { name: /^(hoi dong nhan dan|hdnd)\b/, group: /^HĐND$/u },
      { name: /^hoi dong tham phan/, group: /^HĐTP$/u },
    ],
    // Chỉ thị were QPPL until the 2015 law took effect (01/7/2016); later ones are administrative.
    'chi-thi': [
      { name: /^thu tuong( chinh phu)?$/, group: /^TTg$/u },
      { name: /^(uy ban nhan dan|ubnd)\b/, group: /^UBND$/u },
    ],
  };

/** Whether `kind` from `issuer` is a kind that issuer may enact as a QPPL (with the year in its ký hiệu). */
function enactsLegalNorms(kind: KindInfo, issuer: Issuer, number: ParsedNumberNotation): boolean {
  const issuers = LEGAL_NORMATIVE_ISSUERS[kind.slug];
  if (!issuers) return false;
  if (kind.slug === 'chi-thi' && (number.year ?? 0) >= 2016) return false;
  const name = foldVi(issuer.name).replace(/\s+/g, ' ').trim();
  const groups = number.groups.slice(1);
  return issuers.some((i) => i.name.test(name) || groups.some((g) => i.group.test(g)));
}

/**
 * The regime of a read document. A year inside the ký hiệu does not by itself make a QPPL: an
 * administrative issuer copying the pattern ("Số: 12/2024/KH-UBND") is what the validator's
 * `nd30/pl1/nam-trong-ky-hieu` is for (nd30.md §2.3, checklist #7). QPPL needs the kind or the issuer
 * to say so: a QPPL type (Nghị định, Thông tư …), a legislature's ký hiệu ("NQ-UBTVQH15"), or, with
 * the year, a kind its issuer may enact as a QPPL (a Quyết định of an Ủy ban nhân dân).
 */
export function regimeOf(clues: RegimeClues): Regime {
  const { party, number, issuer, kind } = clues;
  if (party || number?.regime === 'dang') return 'dang';
  if (kind.regime === 'quy-pham-phap-luat') return 'quy-pham-phap-luat';
  // The Standing Committee of a legislature ("UBTVQH15") issues legal-normative nghị quyết.
  if (number?.groups.some((g) => /^(UBTVQH|QH)\d+$/u.test(g))) return 'quy-pham-phap-luat';
  // A văn bản hợp nhất ("89/VBHN-BQP") consolidates QPPL under the Pháp lệnh hợp nhất văn bản QPPL
  // 2012: it takes the form of the texts it consolidates, not that of Decree 30.
  if (number?.groups[0] === 'VBHN') return 'quy-pham-phap-luat';
  if (number?.year !== undefined && enactsLegalNorms(kind, issuer, number)) return 'quy-pham-phap-luat';
  return kind.regime === 'cu' ? 'cu' : 'hanh-chinh';
}
