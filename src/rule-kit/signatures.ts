import { toLowerVi } from '../grammar/case.js';
import { normalizeTonePlacement } from '../grammar/tone.js';
import type { DigitalSignatureFact, DigitalSignatureFacts } from '../model/digital-signatures.js';
import type { ReadDocument } from '../model/read-document.js';

/**
 * What the digital signature rules share: whose each signature is. Under Decree 30 an electronic
 * document carries the signature of the person with authority (ô 7c, a personal certificate) and
 * the organisation's (ô 8, the organisation's certificate) (Điều 5; nd30.md §4.1–4.3). A third
 * party may sign the file as well, e.g. the province's publishing centre that posts it (corpus
 * 057–059): that signature is not the document's.
 *
 * @module
 */

/** Whose a signature is. */
export type SignatureRole =
  /** A personal certificate: the person who signs (ô 7c). */
  | 'signer'
  /** The certificate of the organisation that issues (or copies) the document (ô 8). */
  | 'organisation'
  /** Another organisation's certificate (a publishing centre, a portal): not the document's. */
  | 'other';

/** A signature with its role and its place in the file's signing order. */
export interface RoledSignature {
  readonly signature: DigitalSignatureFact;
  readonly index: number;
  readonly role: SignatureRole;
}

/** Lower case, one tone placement, single spaces, no edge punctuation: how names are compared. */
export function foldName(text: string): string {
  return toLowerVi(normalizeTonePlacement(text.normalize('NFC')))
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/gu, '');
}

/** `foldName` without diacritics, for certificates written in ASCII ("NGUYEN VAN A"). */
export function foldAscii(text: string): string {
  return foldName(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}

// Abbreviations certificates use for the names the document prints in full.
const EXPANSIONS: readonly [RegExp, string][] = [
  [/\bubnd\b/gu, 'ủy ban nhân dân'],
  [/\bhđnd\b/gu, 'hội đồng nhân dân'],
  [/\btp\.?\s/gu, 'thành phố '],
];

function expanded(text: string): string {
  return EXPANSIONS.reduce((t, [re, full]) => t.replace(re, full), foldName(text));
}

// The head words of organisation names (PL I, I.II.2), as certificates of organisations begin; not
// "Đoàn" alone, a family name. JavaScript's \b is ASCII-only: the end is a space or the end.
const ORGANISATION_HEAD =
  /^(ủy ban|hội đồng|văn phòng|sở|bộ|ban|cục|chi cục|tổng cục|trung tâm|phòng|trường|học viện|viện|bệnh viện|công ty|tổng công ty|ngân hàng|kho bạc|thanh tra|công an|bộ chỉ huy|tòa án|đài|báo|đại học|tập đoàn|hợp tác xã|quỹ|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|liên đoàn|hội|đoàn thanh niên|chính phủ|quốc hội|kiểm toán|cơ quan|ủy ban nhân dân|chi nhánh|doanh nghiệp|cảng vụ|cục thuế|chi cục thuế|bảo hiểm xã hội|văn phòng đăng ký)(?=\s|$)/u;

/** Whether a certificate's common name names an organisation rather than a person. */
export function isOrganisationName(commonName: string): boolean {
  const folded = expanded(commonName);
  return ORGANISATION_HEAD.test(folded) || /[\d@]/u.test(folded);
}

/** The names of the organisations whose signature is the document's own: the issuer, its parent, the copying organisation. */
function ownOrganisations(document: ReadDocument): string[] {
  return [document.issuer?.name, document.issuer?.parent, document.copy?.issuer.name]
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map(expanded);
}

/** Whether `signature`'s certificate is one of the document's organisations (by CN, or CN and O together). */
function isOwnOrganisation(signature: DigitalSignatureFact, own: readonly string[]): boolean {
  const cn = signature.signer?.subjectCommonName;
  if (!cn) return false;
  const o = signature.signer?.subjectOrganization;
  const names = [expanded(cn), ...(o ? [expanded(`${cn} ${o}`)] : [])];
  return names.some((n) => own.includes(n));
}

/** Every readable signature of `facts` with whose it is, in signing order. */
export function rolesOf(facts: DigitalSignatureFacts, document: ReadDocument): RoledSignature[] {
  const own = ownOrganisations(document);
  return facts.signatures.flatMap((signature, index) => {
    const cn = signature.signer?.subjectCommonName;
    if (!cn) return [];
    const role: SignatureRole = !isOrganisationName(cn)
      ? 'signer'
      : isOwnOrganisation(signature, own)
        ? 'organisation'
        : 'other';
    return [{ signature, index, role }];
  });
}

/** Whether two personal names are the same name (a certificate without diacritics matches the printed name's letters). */
export function sameName(certificate: string, printed: string): boolean {
  if (foldName(certificate) === foldName(printed)) return true;
  // ASCII-only certificate names are common (some CAs write names unaccented).
  return /^[\x20-\x7e]+$/u.test(certificate) && foldAscii(certificate) === foldAscii(printed);
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * The signing instant of a signature, the later of the two it may state (`/M`, the signer's
 * clock, and the signed CMS attribute): signing software is seen writing local time as UTC in one
 * of them (corpus 057–061), and the later reading never calls a signature early that was not.
 */
export function signingInstant(signature: DigitalSignatureFact): Date | undefined {
  const times = [signature.signingTime?.utc, signature.cmsSigningTime]
    .filter((t): t is string => typeof t === 'string')
    .map((t) => new Date(t))
    .filter((d) => !Number.isNaN(d.getTime()));
  if (times.length === 0) return undefined;
  return new Date(Math.max(...times.map((d) => d.getTime())));
}

/** The calendar day of `instant` in Vietnam (UTC+7), yyyy-mm-dd: the day the Decree's dates count in. */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** `instant` in Vietnam time as Mẫu 3.2 prints it: `05/02/2024; 14:30:15 +07:00`. */
export function vietnamTime(instant: Date): string {
  const iso = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}; ${iso.slice(11, 19)} +07:00`;
}

// Mẫu 3.2: "<hình thức sao>; <tên cơ quan sao>; ngày/tháng/năm; giờ: phút: giây" (nd30.md §5.2).
const COPY_FORM = /^(SAO Y|SAO LỤC|TRÍCH SAO)\s*;/u;

/** The text a signature's appearance draws, its lines joined by spaces; undefined when unknown. */
export function appearanceText(signature: DigitalSignatureFact): string | undefined {
  const lines = signature.widget?.appearance;
  return lines === undefined ? undefined : lines.join(' ').replace(/\s+/gu, ' ').trim();
}

/** The copy form an appearance opens with (`SAO Y`…), when it prints Mẫu 3.2's line. */
export function copyFormOf(signature: DigitalSignatureFact): string | undefined {
  return COPY_FORM.exec((appearanceText(signature) ?? '').normalize('NFC'))?.[1];
}

/**
 * Whether the file is an electronic copy (bản sao điện tử, PL I Part II.I): the model says so (a
 * copy block with its signing time), or an organisation's signature prints Mẫu 3.2's copy line.
 */
export function isElectronicCopy(document: ReadDocument, roled: readonly RoledSignature[]): boolean {
  return (
    document.copy?.signedAt !== undefined ||
    roled.some((r) => r.role !== 'signer' && copyFormOf(r.signature) !== undefined)
  );
}

/**
 * Whether two names name one organisation: the same words once folded and abbreviations expanded
 * ("UBND tỉnh Quảng Ngãi", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"), or one the other with its place
 * ("Sở Y tế tỉnh Quảng Ngãi" and "SỞ Y TẾ").
 */
export function sameOrganisation(a: string, b: string): boolean {
  const x = expanded(a);
  const y = expanded(b);
  return x === y || (x.length > 0 && y.length > 0 && (`${x} `.startsWith(`${y} `) || `${y} `.startsWith(`${x} `)));
}
