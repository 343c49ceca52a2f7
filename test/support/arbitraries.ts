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

/** A numbered body: paragraphs, khoản with their điểm, a list, report-style headings. */
const ordinaryBody = (withHeadings: boolean) =>
  fc
    .record({
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
    .map(({ intro, sections }): Block[] => {
      const blocks: Block[] = [{ type: 'paragraph', text: intro }];
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
    const build = (r: Draws, x?: Extras): VanbanDocument => {
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
      return createDocument(input);
    };
    return withExtras
      ? base.chain((r) => extrasArbitrary(kind, options).map((x) => build(r, x)))
      : base.map((r) => build(r));
  });
}
