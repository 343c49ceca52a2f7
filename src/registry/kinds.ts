/**
 * The document types of Nghị định 30/2020/NĐ-CP (Điều 7, Phụ lục III mục I) and the
 * types of the other regimes a reader meets in real traffic.
 *
 * @module
 */

/** Which body of rules a document follows. */
export type Regime =
  /** Văn bản hành chính under Decree 30. */
  | 'hanh-chinh'
  /** Văn bản quy phạm pháp luật (Law on Promulgation of Legal Documents): year inside the ký hiệu. */
  | 'quy-pham-phap-luat'
  /** Documents of the Communist Party of Viet Nam (their own presentation rules). */
  | 'dang'
  /** Types Decree 09/2010 listed and Decree 30 dropped. */
  | 'cu';

/** Which Decree 30 template (Mẫu, Phụ lục III) a type follows. */
export type Template = '1.1' | '1.2' | '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.8' | '1.9' | '1.10';

/** Facts about one document type. */
export interface KindInfo {
  /** Kebab-case slug of the Vietnamese name without diacritics (đ → d). */
  readonly slug: string;
  /** Vietnamese name in sentence case, e.g. "Quyết định". */
  readonly name: string;
  /** Tên loại line as printed in upper case, e.g. "QUYẾT ĐỊNH"; absent for công văn and thư công. */
  readonly title?: string;
  /** Abbreviation in the ký hiệu in its exact case (QyĐ, CTr, TTr); absent for công văn and thư công. */
  readonly code?: string;
  /** Row number in Điều 7 (1–29) for Decree 30 types. */
  readonly article7?: number;
  readonly regime: Regime;
  /**
   * The Mẫu it follows, the first of {@link KindInfo.templates}; absent where Phụ lục III has none
   * (hợp đồng, bản ghi nhớ...).
   */
  readonly template?: Template;
  /**
   * Every Mẫu it may follow, the usual one first: a quyết định follows 1.2 when it rules directly and
   * 1.3 when it issues or approves an attached document (nd30.md §1, §6); other types have one or none.
   */
  readonly templates: readonly Template[];
  /** Which parts the type has, per its Mẫu (nd30.md §2, §6). */
  readonly parts: KindParts;
}

/** The parts a document type carries. */
export interface KindParts {
  /** A tên loại line (ô 5a); công văn has none and uses V/v (ô 5b). */
  readonly titleLine: boolean;
  /** A trích yếu: giấy giới thiệu and giấy nghỉ phép have none (Mẫu 1.8, 1.10). */
  readonly subject: boolean;
  /** A place/date line in the header; biên bản has none (Mẫu 1.9). */
  readonly placeDate: boolean;
  /**
   * The addressees (ô 9a), which the model holds in `recipients`: công văn and công điện always;
   * tờ trình and báo cáo when sent upward.
   */
  readonly kinhGui: 'always' | 'upward' | 'never';
  /**
   * How the addressees are headed: `kinh-gui`, "Kính gửi:" with one addressee on its line and
   * several as a dash list (Mẫu 1.5); `dien`, "<issuer or head's title> điện:" over a dash list
   * even for one addressee (Mẫu 1.6, công điện).
   */
  readonly recipientsLabel: 'kinh-gui' | 'dien';
  /** Căn cứ lines and "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (Mẫu 1.1–1.3). */
  readonly legalBasis: boolean;
  /** The enacting line of Mẫu 1.1–1.3, e.g. "QUYẾT ĐỊNH:". */
  readonly enactment?: string;
}

const typed = (over: Partial<KindParts> = {}): KindParts => ({
  titleLine: true,
  subject: true,
  placeDate: true,
  kinhGui: 'never',
  recipientsLabel: 'kinh-gui',
  legalBasis: false,
  ...over,
});

// `templates` defaults to the one `template`, or none. The slug keeps its literal type, so that
// DocumentKind is the union of the slugs, not `string`.
const kind = <const S extends string>(
  info: Omit<KindInfo, 'templates' | 'slug'> & { readonly slug: S; readonly templates?: readonly Template[] },
): KindInfo & { readonly slug: S } => ({
  ...info,
  templates: info.templates ?? (info.template !== undefined ? [info.template] : []),
});

/** The 29 types of Decree 30 Điều 7, in the order of the article (nd30.md §1). */
export const ND30_KINDS = [
  kind({
    slug: 'nghi-quyet',
    name: 'Nghị quyết',
    title: 'NGHỊ QUYẾT',
    code: 'NQ',
    article7: 1,
    regime: 'hanh-chinh',
    template: '1.1',
    parts: typed({ legalBasis: true, enactment: 'QUYẾT NGHỊ:' }),
  }),
  kind({
    slug: 'quyet-dinh',
    name: 'Quyết định',
    title: 'QUYẾT ĐỊNH',
    code: 'QĐ',
    article7: 2,
    regime: 'hanh-chinh',
    template: '1.2',
    templates: ['1.2', '1.3'],
    parts: typed({ legalBasis: true, enactment: 'QUYẾT ĐỊNH:' }),
  }),
  kind({
    slug: 'chi-thi',
    name: 'Chỉ thị',
    title: 'CHỈ THỊ',
    code: 'CT',
    article7: 3,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'quy-che',
    name: 'Quy chế',
    title: 'QUY CHẾ',
    code: 'QC',
    article7: 4,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'quy-dinh',
    name: 'Quy định',
    title: 'QUY ĐỊNH',
    code: 'QyĐ',
    article7: 5,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'thong-cao',
    name: 'Thông cáo',
    title: 'THÔNG CÁO',
    code: 'TC',
    article7: 6,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'thong-bao',
    name: 'Thông báo',
    title: 'THÔNG BÁO',
    code: 'TB',
    article7: 7,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'huong-dan',
    name: 'Hướng dẫn',
    title: 'HƯỚNG DẪN',
    code: 'HD',
    article7: 8,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'chuong-trinh',
    name: 'Chương trình',
    title: 'CHƯƠNG TRÌNH',
    code: 'CTr',
    article7: 9,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'ke-hoach',
    name: 'Kế hoạch',
    title: 'KẾ HOẠCH',
    code: 'KH',
    article7: 10,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'phuong-an',
    name: 'Phương án',
    title: 'PHƯƠNG ÁN',
    code: 'PA',
    article7: 11,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'de-an',
    name: 'Đề án',
    title: 'ĐỀ ÁN',
    code: 'ĐA',
    article7: 12,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'du-an',
    name: 'Dự án',
    title: 'DỰ ÁN',
    code: 'DA',
    article7: 13,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'bao-cao',
    name: 'Báo cáo',
    title: 'BÁO CÁO',
    code: 'BC',
    article7: 14,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed({ kinhGui: 'upward' }),
  }),
  kind({
    slug: 'bien-ban',
    name: 'Biên bản',
    title: 'BIÊN BẢN',
    code: 'BB',
    article7: 15,
    regime: 'hanh-chinh',
    template: '1.9',
    parts: typed({ placeDate: false }),
  }),
  kind({
    slug: 'to-trinh',
    name: 'Tờ trình',
    title: 'TỜ TRÌNH',
    code: 'TTr',
    article7: 16,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed({ kinhGui: 'upward' }),
  }),
  kind({
    slug: 'hop-dong',
    name: 'Hợp đồng',
    title: 'HỢP ĐỒNG',
    code: 'HĐ',
    article7: 17,
    regime: 'hanh-chinh',
    parts: typed(),
  }),
  kind({
    slug: 'cong-van',
    name: 'Công văn',
    article7: 18,
    regime: 'hanh-chinh',
    template: '1.5',
    parts: typed({ titleLine: false, kinhGui: 'always' }),
  }),
  kind({
    slug: 'cong-dien',
    name: 'Công điện',
    title: 'CÔNG ĐIỆN',
    code: 'CĐ',
    article7: 19,
    regime: 'hanh-chinh',
    template: '1.6',
    parts: typed({ kinhGui: 'always', recipientsLabel: 'dien' }),
  }),
  kind({
    slug: 'ban-ghi-nho',
    name: 'Bản ghi nhớ',
    title: 'BẢN GHI NHỚ',
    code: 'BGN',
    article7: 20,
    regime: 'hanh-chinh',
    parts: typed(),
  }),
  kind({
    slug: 'ban-thoa-thuan',
    name: 'Bản thỏa thuận',
    title: 'BẢN THỎA THUẬN',
    code: 'BTT',
    article7: 21,
    regime: 'hanh-chinh',
    parts: typed(),
  }),
  kind({
    slug: 'giay-uy-quyen',
    name: 'Giấy ủy quyền',
    title: 'GIẤY ỦY QUYỀN',
    code: 'GUQ',
    article7: 22,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'giay-moi',
    name: 'Giấy mời',
    title: 'GIẤY MỜI',
    code: 'GM',
    article7: 23,
    regime: 'hanh-chinh',
    template: '1.7',
    parts: typed(),
  }),
  kind({
    slug: 'giay-gioi-thieu',
    name: 'Giấy giới thiệu',
    title: 'GIẤY GIỚI THIỆU',
    code: 'GGT',
    article7: 24,
    regime: 'hanh-chinh',
    template: '1.8',
    parts: typed({ subject: false }),
  }),
  kind({
    slug: 'giay-nghi-phep',
    name: 'Giấy nghỉ phép',
    title: 'GIẤY NGHỈ PHÉP',
    code: 'GNP',
    article7: 25,
    regime: 'hanh-chinh',
    template: '1.10',
    parts: typed({ subject: false }),
  }),
  kind({
    slug: 'phieu-gui',
    name: 'Phiếu gửi',
    title: 'PHIẾU GỬI',
    code: 'PG',
    article7: 26,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'phieu-chuyen',
    name: 'Phiếu chuyển',
    title: 'PHIẾU CHUYỂN',
    code: 'PC',
    article7: 27,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  kind({
    slug: 'phieu-bao',
    name: 'Phiếu báo',
    title: 'PHIẾU BÁO',
    code: 'PB',
    article7: 28,
    regime: 'hanh-chinh',
    template: '1.4',
    parts: typed(),
  }),
  // Thư công: no abbreviation in Phụ lục III; how it is numbered is UNCONFIRMED (nd30.md §8.2).
  kind({ slug: 'thu-cong', name: 'Thư công', article7: 29, regime: 'hanh-chinh', parts: typed({ titleLine: false }) }),
] as const satisfies readonly KindInfo[];

/** Types of the other regimes, so that real documents are recognised, not mangled (nd30.md §0). */
export const OTHER_KINDS = [
  kind({ slug: 'luat', name: 'Luật', title: 'LUẬT', regime: 'quy-pham-phap-luat', parts: typed({ legalBasis: true }) }),
  kind({
    slug: 'phap-lenh',
    name: 'Pháp lệnh',
    title: 'PHÁP LỆNH',
    regime: 'quy-pham-phap-luat',
    parts: typed({ legalBasis: true }),
  }),
  kind({ slug: 'lenh', name: 'Lệnh', title: 'LỆNH', regime: 'quy-pham-phap-luat', parts: typed() }),
  kind({
    slug: 'nghi-dinh',
    name: 'Nghị định',
    title: 'NGHỊ ĐỊNH',
    code: 'NĐ',
    regime: 'quy-pham-phap-luat',
    parts: typed({ legalBasis: true, enactment: 'NGHỊ ĐỊNH:' }),
  }),
  kind({
    slug: 'thong-tu',
    name: 'Thông tư',
    title: 'THÔNG TƯ',
    code: 'TT',
    regime: 'quy-pham-phap-luat',
    parts: typed({ legalBasis: true }),
  }),
  kind({
    slug: 'thong-tu-lien-tich',
    name: 'Thông tư liên tịch',
    title: 'THÔNG TƯ LIÊN TỊCH',
    code: 'TTLT',
    regime: 'quy-pham-phap-luat',
    parts: typed({ legalBasis: true }),
  }),
  kind({ slug: 'ket-luan', name: 'Kết luận', title: 'KẾT LUẬN', code: 'KL', regime: 'dang', parts: typed() }),
  kind({ slug: 'thong-tri', name: 'Thông tri', title: 'THÔNG TRI', code: 'TT', regime: 'dang', parts: typed() }),
  // Dropped by Decree 30 (nd30.md §1, checklist #30).
  kind({ slug: 'ban-cam-ket', name: 'Bản cam kết', title: 'BẢN CAM KẾT', code: 'BCK', regime: 'cu', parts: typed() }),
  kind({
    slug: 'giay-chung-nhan',
    name: 'Giấy chứng nhận',
    title: 'GIẤY CHỨNG NHẬN',
    code: 'GCN',
    regime: 'cu',
    parts: typed({ subject: false }),
  }),
  kind({
    slug: 'giay-di-duong',
    name: 'Giấy đi đường',
    title: 'GIẤY ĐI ĐƯỜNG',
    code: 'GĐĐ',
    regime: 'cu',
    parts: typed({ subject: false }),
  }),
  kind({
    slug: 'giay-bien-nhan-ho-so',
    name: 'Giấy biên nhận hồ sơ',
    title: 'GIẤY BIÊN NHẬN HỒ SƠ',
    code: 'GBN',
    regime: 'cu',
    parts: typed({ subject: false }),
  }),
] as const satisfies readonly KindInfo[];

/** Slugs of the 29 Decree 30 types. */
export const ND30_KIND_SLUGS = ND30_KINDS.map((k) => k.slug);

/** Every kind the model accepts: the 29 types, then the other regimes and legacy types. */
export const ALL_KINDS: readonly KindInfo[] = [...ND30_KINDS, ...OTHER_KINDS];

/** Slug of any kind the model accepts. */
export type DocumentKind = (typeof ND30_KINDS)[number]['slug'] | (typeof OTHER_KINDS)[number]['slug'];

/** Slugs of every kind, in registry order (the zod enum is built from this). */
export const DOCUMENT_KINDS = ALL_KINDS.map((k) => k.slug) as [DocumentKind, ...DocumentKind[]];

const bySlug = new Map(ALL_KINDS.map((k) => [k.slug, k]));

/** Facts of a kind by its slug; throws on an unknown slug (a programming error). */
export function kindInfo(slug: DocumentKind): KindInfo {
  const info = bySlug.get(slug);
  if (!info) throw new RangeError(`Unknown document kind: ${slug}`);
  return info;
}

/**
 * The tên loại line a kind prints (ô 5a), or undefined for a công văn (whose trích yếu is its V/v,
 * ô 5b). Thư công has no tên loại in Phụ lục III; it is headed "THƯ" over its subject, as public
 * letters are in practice (UNCONFIRMED, nd30.md §8.2), and its subject is set like a trích yếu.
 */
export function printedTitle(slug: DocumentKind): string | undefined {
  const info = kindInfo(slug);
  return info.title ?? (slug === 'thu-cong' ? 'THƯ' : undefined);
}

/** The Decree 30 kind whose type code is exactly `code` (case-sensitive: "QyĐ", not "QYĐ"). */
export function kindByCode(code: string): KindInfo | undefined {
  return ND30_KINDS.find((k) => 'code' in k && k.code === code);
}

/** The kind whose tên loại line is `title` (upper case, NFC), e.g. "TỜ TRÌNH". Decree 30 types win. */
export function kindByTitle(title: string): KindInfo | undefined {
  return ALL_KINDS.find((k) => k.title === title);
}

/** Type codes of the Decree 30 types (Phụ lục III mục I), in exact case. */
export const ND30_TYPE_CODES: readonly string[] = ND30_KINDS.flatMap((k) => ('code' in k && k.code ? [k.code] : []));
