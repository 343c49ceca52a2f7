/**
 * fast-check arbitraries of valid documents of every kind, shared by the round-trip tests of every
 * reader and writer and by the validator's "valid documents give no error" property.
 *
 * A generated document follows Decree 30: numbers and dates that exist, codes of the right kind,
 * Kính gửi where the kind has it, authority chains of ND30 Điều 13, "Như trên" first in Nơi nhận of a
 * công văn, the Lưu line with VT, căn cứ ending `;` and the last `.`, appendices in Roman numerals when
 * there are two or more, a body ending "./.".
 */
import fc from 'fast-check';
import { allowsLineBreak } from '../../src/model/normalize.js';
import {
  type Block,
  createDocument,
  DOCUMENT_KINDS,
  type DocumentInput,
  type DocumentKind,
  formatDocumentNumber,
  kindInfo,
  ND30_KIND_SLUGS,
  pointLabel,
  type Regime,
  toRoman,
  type VanbanDocument,
} from '../../src/index.js';

/** Options of {@link documentArbitrary}. */
export interface DocumentArbitraryOptions {
  /** Kinds to draw from; default all 29 of Decree 30. */
  readonly kinds?: readonly DocumentKind[];
  /**
   * Only what is printed on the page (default true): no exchange metadata, no images, no signing
   * times, a table now and then. Set false for the XML round trips, which carry everything.
   */
  readonly printable?: boolean;
  /** Draw the optional parts (độ khẩn, độ mật, phạm vi lưu hành, drafter, contact, appendices, copy block). Default true. */
  readonly optionalParts?: boolean;
  /** Draw joint documents (two issuers, two signature blocks) now and then. Default true. */
  readonly joint?: boolean;
  /**
   * Draw from every kind the model accepts (the 29 of Decree 30, then QPPL, Party and legacy types)
   * instead of the 29, and draw the regime too: a kind of another regime keeps its own, a Decree 30
   * kind is now and then a QPPL or Party document, with the ký hiệu of its regime ("2024/QĐ-UBND",
   * "CV/UBND"). With `kinds`, only the regimes are drawn. Default false.
   */
  readonly allKinds?: boolean;
  /**
   * Fill the fields the defaults never fill: `exchange.responseFor`, `description`, `from`,
   * `language`, receivers' `parent`, an optional `dueDate` and `pageCount`, any SteeringType 0–3, a
   * DocumentId composed as edXML does (sender {@link EXCHANGE_SENDER_ID}), `appendices[].separateFile`
   * and `archiveCopies`. Needs `printable: false`. Default false.
   */
  readonly everyField?: boolean;
  /**
   * Draw hostile strings into the text fields for the round trip of one format (see
   * {@link richText}): Vietnamese in NFD, spaces turned into line breaks, tabs and no-break spaces,
   * controls, invisible and direction characters inserted (the input hygiene's to clean), and
   * words the document keeps: XML specials, surrogate pairs, an emoji sequence, combining marks no
   * letter composes with, rare Vietnamese letters, U+FFFD, very long tokens; empty and
   * whitespace-only values where the model allows them. What a format cannot carry by design is
   * left out for it, each with its reason in {@link STRING_TARGETS}. Default: plain strings.
   */
  readonly strings?: StringTarget;
}

/** The sender's mã định danh in the DocumentId of `everyField` documents (pass it as `toEdxml`'s `from`). */
export const EXCHANGE_SENDER_ID = '000.00.00.H53';

// Decree 30 kinds that also occur as QPPL or Party documents (nd30.md §0).
const QPPL_KINDS: readonly DocumentKind[] = ['nghi-quyet', 'quyet-dinh'];
const PARTY_KINDS: readonly DocumentKind[] = [
  'nghi-quyet',
  'quyet-dinh',
  'chi-thi',
  'quy-che',
  'quy-dinh',
  'thong-bao',
  'huong-dan',
  'chuong-trinh',
  'ke-hoach',
  'de-an',
  'bao-cao',
  'to-trinh',
  'cong-van',
];

/** The draws of `allKinds` and `everyField`, made after the default ones so that those stay as they were. */
interface Extras {
  readonly regime: Regime | undefined;
  readonly responseFor: ReadonlyArray<{
    organ: number;
    number: number;
    unit: string;
    date: string | undefined;
    withId: boolean;
  }>;
  readonly description: string | undefined;
  readonly from: { address?: string; email?: string; phone?: string; fax?: string; website?: string } | undefined;
  readonly language: string | undefined;
  readonly toParents: readonly boolean[];
  readonly dueDate: string | undefined;
  readonly pageCount: number | undefined;
  readonly steeringType: number;
  readonly archiveCopies: number | undefined;
  readonly separateFile: ReadonlyArray<boolean | undefined>;
}

const WORDS = [
  'triển khai',
  'thực hiện',
  'nhiệm vụ',
  'công tác',
  'bảo đảm',
  'an toàn',
  'thông tin',
  'phòng',
  'chống',
  'thiên tai',
  'cải cách',
  'hành chính',
  'chuyển đổi số',
  'đầu tư',
  'xây dựng',
  'cơ sở',
  'dữ liệu',
  'cán bộ',
  'công chức',
  'viên chức',
  'đào tạo',
  'bồi dưỡng',
  'kiểm tra',
  'giám sát',
  'trên địa bàn',
  'quản lý',
  'nâng cao',
  'chất lượng',
  'hiệu quả',
  'tăng cường',
  'tổ chức',
  'phối hợp',
  'các cơ quan',
  'đơn vị',
  'người dân',
  'doanh nghiệp',
  'kịp thời',
  'đầy đủ',
  'theo quy định',
  'năm học',
  'giáo dục',
  'y tế',
  'môi trường',
  'ngân sách',
  'tài chính',
  'thủ tục',
  'dịch vụ công',
  'trực tuyến',
  'báo cáo kết quả',
  'tiến độ',
];
const SUBJECT_HEADS = [
  'tăng cường',
  'triển khai',
  'thực hiện',
  'góp ý',
  'đề nghị',
  'hướng dẫn',
  'tổ chức',
  'rà soát',
  'báo cáo',
  'phê duyệt',
];
const ISSUERS = [
  {
    issuer: { parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', name: 'SỞ TÀI CHÍNH' },
    abbr: 'STC',
    head: 'GIÁM ĐỐC',
    deputy: 'PHÓ GIÁM ĐỐC',
    collective: undefined,
    place: 'Quảng Ngãi',
  },
  {
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
    abbr: 'UBND',
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    collective: 'ỦY BAN NHÂN DÂN',
    place: 'Quảng Ngãi',
  },
  {
    // One line long enough to come close to the Quốc hiệu beside it.
    issuer: { name: 'VĂN PHÒNG CHÍNH PHỦ' },
    abbr: 'VPCP',
    head: 'BỘ TRƯỞNG, CHỦ NHIỆM',
    deputy: 'PHÓ CHỦ NHIỆM',
    collective: undefined,
    place: 'Hà Nội',
  },
  {
    issuer: { name: 'BỘ NỘI VỤ' },
    abbr: 'BNV',
    head: 'BỘ TRƯỞNG',
    deputy: 'THỨ TRƯỞNG',
    collective: undefined,
    place: 'Hà Nội',
  },
  {
    issuer: { parent: 'BỘ TÀI CHÍNH', name: 'CỤC THUẾ' },
    abbr: 'CT',
    head: 'CỤC TRƯỞNG',
    deputy: 'PHÓ CỤC TRƯỞNG',
    collective: undefined,
    place: 'Hà Nội',
  },
  {
    issuer: { parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
    abbr: 'SGDĐT',
    head: 'GIÁM ĐỐC',
    deputy: 'PHÓ GIÁM ĐỐC',
    collective: undefined,
    place: 'Hà Nội',
  },
  {
    issuer: { name: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ' },
    abbr: 'UBND',
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    collective: 'ỦY BAN NHÂN DÂN',
    place: 'Cần Thơ',
  },
  {
    issuer: { parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', name: 'SỞ NỘI VỤ' },
    abbr: 'SNV',
    head: 'GIÁM ĐỐC',
    deputy: 'PHÓ GIÁM ĐỐC',
    collective: undefined,
    place: 'Thành phố Hồ Chí Minh',
  },
  {
    issuer: { name: 'HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN' },
    abbr: 'HĐND',
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    collective: 'HỘI ĐỒNG NHÂN DÂN',
    place: 'Nghệ An',
  },
] as const;
const UNITS = ['VP', 'KGVX', 'KTTH', 'TCCB', 'NV', 'QLNS', 'HCTH', 'PC'];
const RECIPIENTS = [
  'Sở Tài chính',
  'Sở Nội vụ',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Các sở, ban, ngành thuộc tỉnh',
  'Ủy ban nhân dân các huyện, thị xã, thành phố',
  'Văn phòng Chính phủ',
  'Bộ Kế hoạch và Đầu tư',
  'Kho bạc Nhà nước tỉnh',
  'Trường Đại học Phạm Văn Đồng',
  'Ban Quản lý các khu công nghiệp tỉnh',
];
const NAMES = [
  'Trần Hoàng Tuấn',
  'Nguyễn Văn An',
  'Lê Thị Hồng Nhung',
  'Phạm Minh Đức',
  'Đặng Ngọc Ánh',
  'Võ Văn Thưởng',
  'Hồ Thị Kim Oanh',
  'Bùi Quang Vinh',
  'Huỳnh Tấn Phát',
];
const BASES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư',
  'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015',
  'Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh',
];

const word = fc.constantFrom(...WORDS);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A lower-case phrase of n words. */
const phrase = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
/** A sentence: capital first, ends with a period. */
const sentence = (min = 6, max = 18) => phrase(min, max).map((p) => `${capitalize(p)}.`);
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function endBody(blocks: Block[]): Block[] {
  const last = blocks.at(-1);
  if (!last) return blocks;
  const close = (t: string) => `${t.replace(/[.;:]$/, '')}./.`;
  if (last.type === 'paragraph' || last.type === 'clause' || last.type === 'point')
    return [...blocks.slice(0, -1), { ...last, text: close(last.text) }];
  return [...blocks, { type: 'paragraph', text: close('Đề nghị các cơ quan, đơn vị tổ chức thực hiện') }];
}

const OPENING_BASES = [
  'Căn cứ Công văn số 1234/UBND-KT ngày 15 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh về việc triển khai nhiệm vụ năm 2025.',
  'Căn cứ Kế hoạch số 56/KH-UBND ngày 02 tháng 02 năm 2025 của Ủy ban nhân dân thành phố, Sở Nội vụ hướng dẫn như sau:',
];

/** A numbered body: paragraphs, khoản with their điểm, a list, report-style headings. */
const ordinaryBody = (withHeadings: boolean) =>
  fc
    .record({
      // "Căn cứ Công văn số …" opening a công văn or a kế hoạch: a basis block outside Mẫu 1.1–1.3, printed upright.
      basis: fc.option(fc.constantFrom(...OPENING_BASES), { nil: undefined }),
      intro: sentence(),
      sections: fc.array(
        fc.record({
          title: phrase(2, 5),
          clauses: fc.array(fc.record({ text: sentence(), points: fc.array(sentence(4, 10), { maxLength: 3 }) }), {
            minLength: 1,
            maxLength: 3,
          }),
          list: fc.option(fc.array(sentence(3, 8), { minLength: 2, maxLength: 3 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: withHeadings ? 3 : 1 },
      ),
    })
    .map(({ basis, intro, sections }): Block[] => {
      const blocks: Block[] = [
        ...(basis ? [{ type: 'basis' as const, text: basis }] : []),
        { type: 'paragraph', text: intro },
      ];
      sections.forEach((s, i) => {
        if (withHeadings)
          blocks.push({ type: 'heading', level: 'muc-la-ma', number: toRoman(i + 1), title: s.title.toUpperCase() });
        s.clauses.forEach((c, j) => {
          blocks.push({ type: 'clause', number: String(j + 1), text: c.text });
          c.points.forEach((p, k) => blocks.push({ type: 'point', label: pointLabel(k), text: p }));
        });
        if (s.list) blocks.push({ type: 'list', marker: '-', items: s.list });
      });
      return endBody(blocks);
    });

/** Mẫu 1.1–1.3: authority line, căn cứ, the enacting line, Điều with khoản and điểm. */
const enactingBody = (authority: string, enactment: string, closingSubject: string) =>
  fc
    .record({
      bases: fc.shuffledSubarray(BASES, { minLength: 1, maxLength: 3 }),
      proposal: fc.boolean(),
      articles: fc.array(
        fc.record({
          // A title takes no end mark ("Điều 1. Phạm vi điều chỉnh"); a text is a sentence ("Điều 1. Thành lập …").
          form: fc.constantFrom('title', 'text', 'both'),
          title: phrase(3, 8).map(capitalize),
          text: sentence(6, 16),
          clauses: fc.array(fc.record({ text: sentence(), points: fc.array(sentence(4, 8), { maxLength: 2 }) }), {
            maxLength: 2,
          }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ bases, proposal, articles }): Block[] => {
      const basisTexts = [...bases, ...(proposal ? ['Theo đề nghị của Giám đốc Sở Nội vụ'] : [])];
      const blocks: Block[] = [{ type: 'enactment', role: 'authority', text: authority }];
      basisTexts.forEach((t, i) =>
        blocks.push({ type: 'basis', text: `${t}${i === basisTexts.length - 1 ? '.' : ';'}` }),
      );
      blocks.push({ type: 'enactment', role: 'enactment', text: enactment });
      articles.forEach((a, i) => {
        blocks.push({
          type: 'article',
          number: String(i + 1),
          title: a.form === 'text' ? '' : a.title,
          ...(a.form !== 'title' && { text: a.text }),
        });
        a.clauses.forEach((c, j) => {
          blocks.push({ type: 'clause', number: String(j + 1), text: c.text });
          c.points.forEach((p, k) => blocks.push({ type: 'point', label: pointLabel(k), text: p }));
        });
      });
      const n = articles.length + 1;
      blocks.push({
        type: 'article',
        number: String(n),
        title: '',
        text: `Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành ${closingSubject} này./.`,
      });
      return blocks;
    });

type IssuerProfile = (typeof ISSUERS)[number];

function signatureFor(profile: IssuerProfile, chain: number, name: string) {
  const collective = profile.collective;
  switch (chain) {
    case 0:
      return { authority: [], title: profile.head, name };
    case 1:
      return { authority: [{ prefix: 'KT' as const, of: profile.head }], title: profile.deputy, name };
    case 2:
      return collective
        ? {
            authority: [
              { prefix: 'TM' as const, of: collective },
              { prefix: 'KT' as const, of: profile.head },
            ],
            title: profile.deputy,
            name,
          }
        : { authority: [{ prefix: 'Q' as const, of: profile.head }], name };
    case 3:
      return {
        authority: [
          { prefix: 'TL' as const, of: profile.head },
          { prefix: 'KT' as const, of: 'CHÁNH VĂN PHÒNG' },
        ],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        name,
      };
    default:
      return { authority: [{ prefix: 'TUQ' as const, of: profile.head }], title: 'CHÁNH VĂN PHÒNG', name };
  }
}

// A 1×1 PNG (blue) for signature and seal images in non-printable documents.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPj/HwADBwIAMCbHYQAAAABJRU5ErkJggg==';

function extrasArbitrary(kind: DocumentKind, options: DocumentArbitraryOptions): fc.Arbitrary<Extras> {
  const info = kindInfo(kind);
  const every = options.everyField ?? false;
  const regimes: Regime[] =
    info.regime !== 'hanh-chinh'
      ? [info.regime]
      : [
          'hanh-chinh',
          'hanh-chinh',
          ...(QPPL_KINDS.includes(kind) ? ['quy-pham-phap-luat' as const] : []),
          ...(PARTY_KINDS.includes(kind) ? ['dang' as const] : []),
        ];
  const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
    every ? fc.option(arb, { nil: undefined, freq: 3 }) : fc.constant(undefined);
  return fc.record({
    regime: options.allKinds ? fc.constantFrom(...regimes) : fc.constant(undefined),
    responseFor: every
      ? fc.array(
          fc.record({
            organ: fc.integer({ min: 10, max: 99 }),
            number: fc.integer({ min: 1, max: 9_999 }),
            unit: fc.constantFrom(...UNITS),
            date: fc.option(isoDate, { nil: undefined }),
            withId: fc.boolean(),
          }),
          { maxLength: 2 },
        )
      : fc.constant([]),
    description: maybe(sentence(4, 14)),
    from: maybe(
      fc.record(
        {
          address: fc.constant('52 Hùng Vương, thành phố Quảng Ngãi'),
          email: fc.constant('vanthu@quangngai.gov.vn'),
          phone: fc.constant('0255 3822 123'),
          fax: fc.constant('0255 3822 124'),
          website: fc.constant('quangngai.gov.vn'),
        },
        { requiredKeys: [] },
      ),
    ),
    language: maybe(fc.constant('Tiếng Việt')),
    toParents: every ? fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }) : fc.constant([]),
    dueDate: every ? fc.option(isoDate, { nil: undefined }) : fc.constant(undefined),
    pageCount: every ? fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }) : fc.constant(undefined),
    steeringType: fc.integer({ min: 0, max: 3 }),
    archiveCopies: maybe(fc.integer({ min: 1, max: 20 })),
    separateFile: every
      ? fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 2, maxLength: 2 })
      : fc.constant([]),
  });
}

/** The ký hiệu of a regime: QPPL puts the year inside ("2024/QĐ-UBND"), Party documents "QĐ/UBND" (nd30.md §0). */
function notationOf(
  regime: Regime | undefined,
  code: string | undefined,
  abbr: string,
  unit: string,
  year: string,
): string {
  switch (regime) {
    case 'quy-pham-phap-luat':
      return `${year}/${code ? `${code}-` : ''}${abbr}`;
    case 'dang':
      return `${code ?? 'CV'}/${abbr}`;
    default:
      return code ? `${code}-${abbr}` : `${abbr}-${unit}`;
  }
}

/** Valid documents of every kind (or of `options.kinds`), as `createDocument` returns them. */
export function documentArbitrary(options: DocumentArbitraryOptions = {}): fc.Arbitrary<VanbanDocument> {
  const kinds = options.kinds ?? ((options.allKinds ? DOCUMENT_KINDS : ND30_KIND_SLUGS) as readonly DocumentKind[]);
  const printable = options.printable ?? true;
  const optional = options.optionalParts ?? true;
  const joint = options.joint ?? true;
  if (options.everyField && printable) throw new Error('documentArbitrary: everyField needs printable: false');
  const withExtras = options.allKinds === true || options.everyField === true;
  return fc.constantFrom(...kinds).chain((kind) => {
    const info = kindInfo(kind);
    const code = info.code;
    const base = fc.record({
      profile: fc.constantFrom(...ISSUERS),
      unit: fc.constantFrom(...UNITS),
      number: fc.integer({ min: 1, max: 20_000 }),
      date: isoDate,
      subjectHead: fc.constantFrom(...SUBJECT_HEADS),
      subjectRest: phrase(3, 12),
      recipients: fc.shuffledSubarray(RECIPIENTS, { minLength: 1, maxLength: 4 }),
      upward: fc.boolean(),
      names: fc.shuffledSubarray(NAMES, { minLength: 2, maxLength: 2 }),
      chain: fc.integer({ min: 0, max: 4 }),
      others: fc.shuffledSubarray(RECIPIENTS, { minLength: 1, maxLength: 4 }),
      isJoint: joint ? fc.integer({ min: 0, max: 9 }).map((n) => n === 0) : fc.constant(false),
      withHeadings: fc.boolean(),
      enacting: info.parts.legalBasis ? enactingBody('X', 'Y', 'Z') : fc.constant([] as Block[]),
      ordinary: ordinaryBody(true),
      flat: ordinaryBody(false),
      urgency: optional
        ? fc.option(fc.constantFrom('khan', 'thuong-khan', 'hoa-toc' as const), { nil: undefined, freq: 3 })
        : fc.constant(undefined),
      confidentiality: optional
        ? fc.option(fc.constantFrom('mat', 'toi-mat', 'tuyet-mat' as const), { nil: undefined, freq: 5 })
        : fc.constant(undefined),
      circulation: optional
        ? fc.option(fc.constantFrom('LƯU HÀNH NỘI BỘ', 'XEM XONG TRẢ LẠI'), { nil: undefined, freq: 5 })
        : fc.constant(undefined),
      drafter: optional
        ? fc.option(
            fc.record({ code: fc.constantFrom('PL', 'TVH', 'NTA'), copies: fc.integer({ min: 1, max: 500 }) }),
            { nil: undefined, freq: 3 },
          )
        : fc.constant(undefined),
      contact: optional
        ? fc.option(
            fc.constant({
              address: '52 Hùng Vương, thành phố Quảng Ngãi',
              phone: '0255 3822 123',
              email: 'vanthu@quangngai.gov.vn',
              website: 'quangngai.gov.vn',
            }),
            { nil: undefined, freq: 4 },
          )
        : fc.constant(undefined),
      appendixCount: optional
        ? fc.integer({ min: 0, max: 6 }).map((n) => (n <= 3 ? 0 : n - 3 > 2 ? 2 : n - 3))
        : fc.constant(0),
      appendixBodies: fc.array(fc.array(sentence(), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 2 }),
      copyForm: optional
        ? fc.option(fc.constantFrom('sao-y', 'sao-luc', 'trich-sao' as const), { nil: undefined, freq: 8 })
        : fc.constant(undefined),
      copyNumber: fc.integer({ min: 1, max: 999 }),
      table: fc.array(fc.array(phrase(1, 3), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
      withTable: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    });
    type Draws = typeof base extends fc.Arbitrary<infer R> ? R : never;
    const build = (r: Draws, x?: Extras): DocumentInput => {
      const p = r.profile;
      const notation = notationOf(x?.regime, code, p.abbr, r.unit, r.date.slice(0, 4));
      const kinhGui =
        info.parts.kinhGui === 'always' || (info.parts.kinhGui === 'upward' && r.upward) || kind === 'cong-dien';
      const subject = !info.parts.subject
        ? undefined
        : kind === 'cong-van' || kind === 'thu-cong'
          ? `${r.subjectHead} ${r.subjectRest}`
          : capitalize(`${r.subjectHead} ${r.subjectRest}`);
      let body: Block[];
      if (info.parts.legalBasis) {
        const authority = kind === 'nghi-quyet' ? p.issuer.name : `${p.head} ${p.issuer.name}`;
        body = r.enacting.map((b) => {
          if (b.type === 'enactment')
            return { ...b, text: b.role === 'authority' ? authority : (info.parts.enactment ?? 'QUYẾT ĐỊNH:') };
          if (b.type === 'article' && b.title.endsWith('thi hành Z này./.'))
            return { ...b, title: b.title.replace('Z', info.name) };
          return b;
        });
      } else {
        body =
          r.withHeadings && ['bao-cao', 'ke-hoach', 'de-an', 'phuong-an', 'chuong-trinh', 'huong-dan'].includes(kind)
            ? r.ordinary
            : r.flat;
      }
      // A table after the first block: always in the XML round trips, now and then on the page (not in the
      // Mẫu 1.1–1.3 bodies, whose first block is the authority line).
      if (!printable || (r.withTable && !info.parts.legalBasis))
        body = [...body.slice(0, 1), { type: 'table', header: true, rows: r.table }, ...body.slice(1)];
      const isJoint = r.isJoint && info.parts.titleLine && kind !== 'bien-ban';
      const coIssuer =
        ISSUERS.find((o) => o.issuer.name !== p.issuer.name && o.place === p.place) ??
        ISSUERS.find((o) => o.issuer.name !== p.issuer.name)!;
      const signatures =
        kind === 'bien-ban'
          ? [
              { authority: [], title: 'THƯ KÝ', name: r.names[0]! },
              { authority: [], title: 'CHỦ TỌA', name: r.names[1]! },
            ]
          : isJoint
            ? [signatureFor(coIssuer, 0, r.names[1]!), signatureFor(p, 0, r.names[0]!)]
            : [signatureFor(p, r.chain, r.names[0]!)];
      const distribution = kinhGui
        ? ['Như trên', ...r.others.filter((o) => !r.recipients.includes(o))]
        : info.parts.legalBasis
          ? [`Như Điều ${body.filter((b) => b.type === 'article').length}`, ...r.others]
          : r.others;
      const appendices = Array.from({ length: r.appendixCount }, (_, i) => ({
        ...(r.appendixCount > 1 && { number: toRoman(i + 1) }),
        title: r.subjectRest.toUpperCase(),
        reference: `Kèm theo ${kind === 'cong-van' ? 'Văn bản' : info.name} số ${r.number < 10 ? '0' : ''}${r.number}/${notation}`,
        body: r.appendixBodies[i]!.map((text) => ({ type: 'paragraph' as const, text })),
        ...(x?.separateFile[i] !== undefined && { separateFile: x.separateFile[i] }),
      }));
      const toNames = kinhGui ? r.recipients : r.others;
      const input: DocumentInput = {
        kind,
        ...(x?.regime && { regime: x.regime }),
        issuer: p.issuer,
        ...(isJoint && { coIssuers: [coIssuer.issuer] }),
        number: r.number,
        notation,
        ...(info.parts.placeDate && { place: p.place }),
        date: r.date,
        ...(subject && { subject }),
        recipients: kinhGui ? r.recipients : [],
        body,
        signatures: printable
          ? signatures
          : signatures.map((s) => ({
              ...s,
              image: { mediaType: 'image/png', data: PNG_1X1, widthMm: 40, heightMm: 15 },
              signedAt: `${r.date}T09:30:00+07:00`,
            })),
        distribution,
        archive: ['VT', r.unit],
        ...(x?.archiveCopies !== undefined && { archiveCopies: x.archiveCopies }),
        ...(r.urgency && { urgency: r.urgency }),
        ...(r.confidentiality && { confidentiality: r.confidentiality }),
        ...(r.circulation && { circulation: r.circulation }),
        ...(r.drafter && { drafter: r.drafter }),
        ...(r.contact && { contact: r.contact }),
        appendices,
        ...(r.copyForm && {
          copy: {
            form: r.copyForm,
            issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' },
            number: r.copyNumber,
            notation: `${{ 'sao-y': 'SY', 'sao-luc': 'SL', 'trich-sao': 'TrS' }[r.copyForm]}-VP`,
            place: p.place,
            date: r.date,
            signature: {
              authority: [
                { prefix: 'TL', of: 'CHỦ TỊCH' },
                { prefix: 'KT', of: 'CHÁNH VĂN PHÒNG' },
              ],
              title: 'PHÓ CHÁNH VĂN PHÒNG',
              name: r.names[1]!,
            },
            distribution: ['Sở Tài chính'],
            archive: ['VT'],
          },
        }),
        ...(!printable &&
          !options.everyField && {
            exchange: {
              documentId: `000.00.00.H53,${r.date.slice(0, 4)}/${r.number}`,
              to: toNames.map((name, i) => ({ name, code: `000.00.${String(10 + i).padStart(2, '0')}.H53` })),
              dueDate: r.date,
              steeringType: 0,
              pageCount: 2,
            },
          }),
        ...(options.everyField &&
          x && {
            exchange: {
              documentId: `${EXCHANGE_SENDER_ID},${r.date.replaceAll('-', '/')},${formatDocumentNumber(r.number)}/${notation}`,
              to: toNames.map((name, i) => ({
                name,
                code: `000.00.${String(10 + i).padStart(2, '0')}.H53`,
                ...(x.toParents[i] && { parent: 'Ủy ban nhân dân tỉnh Quảng Ngãi' }),
              })),
              ...(x.dueDate && { dueDate: x.dueDate }),
              responseFor: x.responseFor.map((f) => {
                const organId = `000.00.${f.organ}.H53`;
                const responseCode = `${formatDocumentNumber(f.number)}/${f.unit}-STC`;
                return {
                  organId,
                  code: responseCode,
                  ...(f.date && { promulgationDate: f.date }),
                  ...(f.withId &&
                    f.date && { documentId: `${organId},${f.date.replaceAll('-', '/')},${responseCode}` }),
                };
              }),
              steeringType: x.steeringType,
              ...(x.pageCount && { pageCount: x.pageCount }),
              ...(x.language && { language: x.language }),
              ...(x.description && { description: x.description }),
              ...(x.from && { from: { name: p.issuer.name, code: EXCHANGE_SENDER_ID, ...x.from } }),
            },
          }),
      };
      return input;
    };
    const inputs = withExtras
      ? base.chain((r) => extrasArbitrary(kind, options).map((x) => build(r, x)))
      : base.map((r) => build(r));
    const target = options.strings;
    return target ? inputs.chain((input) => richInput(input, target)).map(createDocument) : inputs.map(createDocument);
  });
}

/** The format whose round trip a document's hostile strings are drawn for. */
export type StringTarget = 'xml' | 'edxml' | 'text' | 'docx';

/**
 * What each format carries of a hostile string, and why the rest is left out:
 *
 * - `xml` (vanban XML) carries every string the model holds, in every field.
 * - `edxml` carries the fields of `edxmlRoundTripView`, but a code must keep its shape (mã định
 *   danh, DocumentId, ký hiệu: the pre-send check compares them), the authority chain is one
 *   `Competence` line split before its prefixes, the Lưu entries travel as a Lưu line (a ";" in
 *   one ends it), and the fields have maximum lengths (edxml.md §4): no long token there.
 * - `text` and `docx` are read back by the recogniser, which finds the parts of a document by the
 *   words and shapes the Decree prints: the fields it parses (số, ký hiệu, place, the Lưu line,
 *   authority lines, drafter code, contact labels) keep their shape; the fields it knows by their
 *   words keep them (the issuer and signer names, a signer's title, "(Kèm theo …)", "(Đã ký)", the
 *   phạm vi lưu hành stamps); what it finds by its capitals (a heading's or an appendix's title)
 *   takes words in capitals; pandoc escapes and markdown emphasis runs are markup in text (a
 *   backslash before punctuation, `**`, `__`, `~~`), so they are not drawn; a table cell is a pipe
 *   row's cell, single-spaced and trimmed. In DOCX a body paragraph that does not end its sentence
 *   runs on into the next one (the recogniser joins lines hard-wrapped by Enter, common in Word
 *   files typed line by line), so a lone surrogate, which becomes U+FFFD, goes in as a word and not
 *   after the final punctuation. The hygiene's characters go everywhere text goes.
 */
export const STRING_TARGETS: Readonly<Record<StringTarget, string>> = {
  xml: 'every string field',
  edxml: 'the fields edXML carries, codes and lengths kept',
  text: 'free text fields the recogniser reads by their place',
  docx: 'free text fields the recogniser reads by their place',
};

// Fields whose values are slugs, dates or data, never text.
const NOT_TEXT = new Set([
  'type',
  'level',
  'role',
  'prefix',
  'marker',
  'form',
  'mediaType',
  'data',
  'kind',
  'regime',
  'confidentiality',
  'urgency',
  'date',
  'signedAt',
  'dueDate',
  'promulgationDate',
]);

/** The kind of hostility a field takes for a target, or undefined for none. */
type Policy = {
  /** Draw very long tokens. */
  readonly long: boolean;
  /** The words the document keeps that may be inserted. */
  readonly kept: readonly string[];
  /** Whether the value may be replaced by an empty or whitespace-only one. */
  readonly empty: 'none' | 'empty' | 'blank';
  /** Insert words in upper case (a field the recogniser finds by its capitals). */
  readonly upper: boolean;
  /** Insert words only after this many words (a căn cứ is found by its first words). */
  readonly afterWords: number;
  /**
   * Line breaks: `any` among the space-like characters; `none` where the field keeps a break (see
   * `allowsLineBreak`) and the recogniser takes the part as one line (a heading's or an appendix's
   * title is the one line under its label: a second would read as a paragraph of the body);
   * `between-words`: the other space-likes drawn as usual, then maybe one break where a line of
   * lower-case words stands on either side (the recogniser tells a trích yếu's lines from the tên
   * loại above them by their lower case: a line of capitals alone reads as more of the tên loại).
   */
  readonly breaks: 'any' | 'none' | 'between-words';
  /**
   * Insert a lone surrogate (which becomes U+FFFD, a character) as a word rather than anywhere: not
   * before the words a field is found by, not after a DOCX body text's final punctuation.
   */
  readonly surrogateAsWord: boolean;
};

// Words the document keeps: XML specials, surrogate pairs (CJK extension B, an emoji, a mathematical
// letter), an emoji ZWJ sequence, combining marks no precomposed letter has, rare Vietnamese letters, U+FFFD.
const KEPT_COMMON = [
  'A&B',
  '<x>',
  '"trích"',
  "'a'",
  ']]>',
  '&amp;',
  '\u{20000}',
  '\u{1F600}',
  '\u{1D400}',
  '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}',
  'q\u0303',
  'x\u0323\u0302',
  'ỹỷỵ',
  'ẳẵặ',
  'ừữự',
  'Ỹ',
  '\ufffd',
];
// Markup of the text format (pandoc escapes, emphasis runs, a pipe), which only XML carries as is.
const KEPT_MARKUP = ['C:\\.', '**', '__', '~~', 'a|b', '#1', '\\'];

// Removed by the input hygiene (reported): controls, invisible and direction characters.
const REMOVABLE = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u009f',
  '\ufeff',
  '\u200b',
  '\u2060',
  '\u00ad',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u061c',
  '\ud800',
  '\udfff',
  '\ufffe',
];
// Spaces and line breaks: a space in a field of one line, "\n" in one the Decree prints on several
// (see `allowsLineBreak`), where a reader of a printed format reads it back as a space.
const SPACES = ['\t', '\u00a0', '\u202f', '\u3000'];
const SPACE_LIKE = ['\u000b', '\u2028', '\u2029', '\n', '\r\n', '\u0085', '\u000c', ...SPACES];

function policyOf(
  path: readonly (string | number)[],
  block: string | undefined,
  target: StringTarget,
): Policy | undefined {
  const last = path.at(-1);
  const key = typeof last === 'number' ? path.at(-2) : last;
  if (typeof key !== 'string' || NOT_TEXT.has(key)) return undefined;
  const joined = path.filter((p) => typeof p === 'string').join('.');
  const cell = joined.endsWith('.rows');
  // The model's texts that may be empty: a heading's, an article's title, a khoản's, a điểm's text.
  const emptyAllowed =
    (block === 'heading' && key === 'title') ||
    (block === 'article' && key === 'title') ||
    ((block === 'clause' || block === 'point') && key === 'text');
  if (target === 'xml')
    return {
      long: true,
      kept: [...KEPT_COMMON, ...KEPT_MARKUP],
      empty: cell ? 'blank' : emptyAllowed ? 'empty' : 'none',
      upper: false,
      afterWords: 0,
      surrogateAsWord: false,
      breaks: 'any',
    };
  if (target === 'edxml') {
    // Codes keep their shape; the authority chain is split before its prefixes; lengths are limited.
    if (/(?:^|\.)(?:code|organId|documentId|notation|number|archive)$/.test(joined)) return undefined;
    if (joined.endsWith('authority.of')) return undefined;
    return {
      long: false,
      kept: KEPT_COMMON,
      empty: 'none',
      upper: false,
      afterWords: 0,
      surrogateAsWord: false,
      breaks: 'any',
    };
  }
  // text, docx: free text only, the fields found by their capitals in capitals.
  const field = joined.replace(/\.\d+/g, '');
  const free =
    /^(?:subject|recipients|distribution|(?:appendices\.)?body\.(?:text|title|items|rows)|appendices\.title|copy\.distribution)$/;
  // The enacting lines are the authority's name and "QUYẾT ĐỊNH:"; a căn cứ starts "Căn cứ" or "Theo đề nghị của".
  if (!free.test(field) || block === 'enactment') return undefined;
  const upper = /(?:^|\.)(?:title)$/.test(field) && !(block === 'article');
  return {
    long: true,
    kept: KEPT_COMMON,
    empty: 'none',
    upper,
    afterWords: block === 'basis' ? 4 : 0,
    surrogateAsWord: true,
    breaks: !allowsLineBreak(path, { type: block }) ? 'any' : upper ? 'none' : 'between-words',
  };
}

/** `text` with its spaces and the edits drawn for it applied in turn. */
function richString(text: string, policy: Policy): fc.Arbitrary<string> {
  const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
  const position = (s: string, f: number) => Math.floor(f * (s.length + 1));
  const edit: fc.Arbitrary<(s: string) => string> = fc.oneof(
    // Vietnamese decomposed: NFC again after the hygiene.
    fc.constant((s: string) => s.normalize('NFD')),
    // A space as a line break, a tab or a special space.
    fc.tuple(at, fc.constantFrom(...(policy.breaks === 'any' ? SPACE_LIKE : SPACES))).map(([f, c]) => (s: string) => {
      const spaces = [...s.matchAll(/ /g)].map((m) => m.index);
      if (spaces.length === 0) return s;
      const k = spaces[Math.floor(f * spaces.length)]!;
      return s.slice(0, k) + c + s.slice(k + 1);
    }),
    // An invisible or control character anywhere (inside a word, at an edge, inside a surrogate pair).
    fc.tuple(at, fc.constantFrom(...REMOVABLE)).map(([f, c]) => (s: string) => {
      // A lone surrogate becomes U+FFFD, a character: not before the words a field is found by.
      if (/[\ud800-\udfff]/.test(c) && policy.surrogateAsWord) return insertWord(s, f, c, policy);
      const k = position(s, f);
      return s.slice(0, k) + c + s.slice(k);
    }),
    // A word the document keeps, after a space (one space between words stays one).
    fc.tuple(at, fc.constantFrom(...policy.kept)).map(
      ([f, w]) =>
        (s: string) =>
          insertWord(s, f, policy.upper ? w.toUpperCase() : w, policy),
    ),
    ...(policy.long
      ? [
          fc.tuple(at, fc.integer({ min: 120, max: 600 }), fc.constantFrom('x', 'Đ', 'ễ', '\u{20000}')).map(
            ([f, n, c]) =>
              (s: string) =>
                insertWord(s, f, (policy.upper ? c.toUpperCase() : c).repeat(n), policy),
          ),
        ]
      : []),
  );
  const drawn = fc.array(edit, { maxLength: 4 }).map((edits) => edits.reduce((s, e) => e(s), text));
  const edited =
    policy.breaks === 'between-words'
      ? fc
          .tuple(drawn, fc.option(at), fc.constantFrom('\n', '\u2028', '\u000b'))
          .map(([s, f, br]) => (f === null ? s : breakBetweenWords(s, f, br)))
      : drawn;
  if (policy.empty === 'none')
    return fc.oneof({ weight: 1, arbitrary: fc.constant(text) }, { weight: 4, arbitrary: edited });
  const blank = policy.empty === 'blank' ? fc.constantFrom('', ' ', '  \t ') : fc.constantFrom('', ' ');
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(text) },
    { weight: 4, arbitrary: edited },
    { weight: 1, arbitrary: blank },
  );
}

/** `s` with the space nearest to `f` of the way through it that has a lower-case word on either side made `br`. */
function breakBetweenWords(s: string, f: number, br: string): string {
  const lower = /(?:^| )\p{Ll}+(?= |$)/u;
  const spaces = [...s.matchAll(/ /g)]
    .map((m) => m.index)
    .filter((k) => lower.test(s.slice(0, k)) && lower.test(s.slice(k)));
  if (spaces.length === 0) return s;
  const k = spaces[Math.floor(f * spaces.length)]!;
  return s.slice(0, k) + br + s.slice(k + 1);
}

/** Inserts `word` at the word boundary nearest to `f` of the way through `s`, where `policy` allows one. */
function insertWord(s: string, f: number, word: string, policy: Pick<Policy, 'afterWords'>): string {
  const all = [0, ...[...s.matchAll(/ /g)].map((m) => m.index + 1)];
  const bounds = all.slice(policy.afterWords);
  if (bounds.length === 0) return s;
  const k = bounds[Math.floor(f * bounds.length)]!;
  return k === 0 ? (s === '' ? word : `${word} ${s}`) : `${s.slice(0, k)}${word} ${s.slice(k)}`;
}

/** `input` with the text fields drawn hostile for `target` (see {@link STRING_TARGETS}). */
function richInput(input: DocumentInput, target: StringTarget): fc.Arbitrary<DocumentInput> {
  const walk = (value: unknown, path: (string | number)[], block?: string): fc.Arbitrary<unknown> => {
    if (typeof value === 'string') {
      const policy = policyOf(path, block, target);
      return policy ? richString(value, policy) : fc.constant(value);
    }
    if (Array.isArray(value)) return fc.tuple(...value.map((v, i) => walk(v, [...path, i], block)));
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      const type = (value as { type?: unknown }).type;
      return fc
        .tuple(...entries.map(([k, v]) => walk(v, [...path, k], typeof type === 'string' ? type : block)))
        .map((values) => Object.fromEntries(entries.map(([k], i) => [k, values[i]])));
    }
    return fc.constant(value);
  };
  return walk(input, []) as fc.Arbitrary<DocumentInput>;
}
