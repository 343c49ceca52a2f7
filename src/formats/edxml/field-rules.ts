/**
 * What both sides of the exchange check in a package (edxml.md §4, §10, §12 Reader 5): the maximum
 * field lengths, the shape of a mã định danh and the composition of DocumentId. The writer refuses
 * or warns before sending; the reader reports what arrived.
 *
 * @module
 */

/**
 * A maximum length in characters (UTF-16 code units, as Java's `String.length` and .NET's
 * `[StringLength]` count them). Where the two implementations of edxml.md §4 disagree (B2 `Checker`
 * / C3 `[StringLength]`), `max` is the larger limit, which both refuse beyond, and `strictMax` the
 * smaller one, which one of them refuses beyond.
 */
export interface EdxmlLengthLimit {
  readonly max: number;
  readonly strictMax?: number;
}

const limit = (max: number, strictMax?: number): EdxmlLengthLimit =>
  strictMax === undefined ? { max } : { max, strictMax };

// Website is "20(?)/100" in edxml.md §4: the 20 is unconfirmed (and shorter than most real addresses), so only 100 is kept.
const ORGANIZATION: Readonly<Record<string, EdxmlLengthLimit>> = {
  OrganId: limit(50),
  OrganizationInCharge: limit(200),
  OrganName: limit(200),
  OrganAdd: limit(250),
  Email: limit(100),
  Telephone: limit(50, 20),
  Fax: limit(50, 20),
  Website: limit(100),
};

// C3's two tables give Department 250/300, Staff 100/300, Mobile 50/100 (edxml.md §5).
const STAFF: Readonly<Record<string, EdxmlLengthLimit>> = {
  Department: limit(300, 250),
  Staff: limit(300, 100),
  Mobile: limit(100, 50),
  Email: limit(100),
};

const under = (parent: string, limits: Readonly<Record<string, EdxmlLengthLimit>>): Record<string, EdxmlLengthLimit> =>
  Object.fromEntries(Object.entries(limits).map(([local, l]) => [`${parent}/${local}`, l]));

/**
 * Maximum lengths of edxml.md §4 (and §5 for StaffInfo), keyed by the element's path of local names
 * below `MessageHeader` or `TraceHeaderList`, without indices: `Subject`, `To/OrganName`,
 * `Bussiness/StaffInfo/Staff`.
 */
export const EDXML_LENGTH_LIMITS: Readonly<Record<string, EdxmlLengthLimit>> = {
  ...under('From', ORGANIZATION),
  ...under('To', ORGANIZATION),
  'Code/CodeNumber': limit(50, 11),
  'Code/CodeNotation': limit(50, 30),
  'PromulgationInfo/Place': limit(50),
  'DocumentType/TypeName': limit(100),
  Subject: limit(500),
  Content: limit(500),
  'SignerInfo/Competence': limit(100),
  'SignerInfo/Position': limit(100),
  'SignerInfo/FullName': limit(50),
  'ToPlaces/Place': limit(150),
  'OtherInfo/SphereOfPromulgation': limit(100),
  'OtherInfo/TyperNotation': limit(10),
  'OtherInfo/Appendixes/Appendix': limit(250),
  DocumentId: limit(200),
  ...under('Bussiness/StaffInfo', STAFF),
};

/** How a text breaks its length limit: `error` beyond `max`, `warning` beyond `strictMax` only. */
export function lengthBreach(
  value: string,
  limits: EdxmlLengthLimit,
): { severity: 'error' | 'warning'; max: number } | undefined {
  if (value.length > limits.max) return { severity: 'error', max: limits.max };
  if (limits.strictMax !== undefined && value.length > limits.strictMax)
    return { severity: 'warning', max: limits.strictMax };
  return undefined;
}

/**
 * The shape of a mã định danh seen on the axis, `DDD.DD.DD.LDD` (`000.00.00.G22`, edxml.md §10.1).
 * UNCONFIRMED against QĐ 20/2020 and its 2025 amendment, and non-conforming ids do travel: a
 * mismatch is a warning, never a refusal.
 */
export const ORGAN_ID_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/** True when `organId` has the shape of {@link ORGAN_ID_PATTERN}. */
export const isOrganIdShaped = (organId: string): boolean => ORGAN_ID_PATTERN.test(organId);

/** DocumentId as edxml.md §10.2 composes it: `OrganId,yyyy/MM/dd,CodeNumber/CodeNotation`. */
export function composeDocumentId(
  organId: string,
  edxmlDate: string,
  codeNumber: string,
  codeNotation: string,
): string {
  return `${organId},${edxmlDate},${codeNumber}/${codeNotation}`;
}

/** The parts of a composed DocumentId (edxml.md §10.2). */
export interface DocumentIdParts {
  readonly organId: string;
  /** `yyyy/MM/dd`. */
  readonly date: string;
  readonly codeNumber: string;
  readonly codeNotation: string;
}

/**
 * Which parts of `documentId` differ from the package's own sender, date and số/ký hiệu:
 * `['form']` when it is not composed as `OrganId,yyyy/MM/dd,số/ký hiệu` at all (the SDK's random
 * UUID), else the names of the parts that differ, `[]` when it matches. Numbers compare by value
 * ("05" = "5"); an expected part that is unknown is not compared.
 */
export function documentIdMismatches(
  documentId: string,
  expected: Partial<DocumentIdParts>,
): Array<'form' | 'organId' | 'date' | 'code'> {
  const m = /^([^,]+),(\d{4}\/\d{1,2}\/\d{1,2}),([^/]+)\/(.+)$/u.exec(documentId.trim());
  if (!m) return ['form'];
  const [, organId, date, codeNumber, codeNotation] = m as unknown as [string, string, string, string, string];
  const sameNumber = (a: string, b: string): boolean =>
    /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) === Number(b) : a === b;
  const sameDate = (a: string, b: string): boolean =>
    a.split('/').map(Number).join('/') === b.split('/').map(Number).join('/');
  const out: Array<'organId' | 'date' | 'code'> = [];
  if (expected.organId !== undefined && organId !== expected.organId) out.push('organId');
  if (expected.date !== undefined && !sameDate(date, expected.date)) out.push('date');
  if (
    (expected.codeNumber !== undefined && !sameNumber(codeNumber, expected.codeNumber)) ||
    (expected.codeNotation !== undefined && codeNotation !== expected.codeNotation)
  ) {
    out.push('code');
  }
  return out;
}

/** A text element longer than {@link EDXML_LENGTH_LIMITS} allows. */
export interface LengthBreach {
  /** Where, from the container down, repeated elements with their 1-based index: `MessageHeader/To[2]/OrganName`. */
  readonly element: string;
  readonly length: number;
  readonly severity: 'error' | 'warning';
  /** The limit broken: `limit.max` for an error, `limit.strictMax` for a warning. */
  readonly max: number;
  readonly limit: EdxmlLengthLimit;
}

/** How {@link findLengthBreaches} walks a tree: the writer's markup or the reader's parsed XML. */
export interface TreeAccess<T> {
  /** Local name, without prefix. */
  name(node: T): string;
  children(node: T): readonly T[];
  /** Text of a leaf element; undefined for an element with children. */
  text(node: T): string | undefined;
}

// Elements that repeat under their parent: they are named with a 1-based index.
const REPEATED = new Set(['MessageHeader/To', 'MessageHeader/ResponseFor', 'ToPlaces/Place', 'Appendixes/Appendix']);

/** The length limits of edxml.md §4 broken below `container` (a `MessageHeader` or a `TraceHeaderList`). */
export function findLengthBreaches<T>(container: T, access: TreeAccess<T>): LengthBreach[] {
  const out: LengthBreach[] = [];
  const walk = (node: T, key: string, shown: string): void => {
    const parent = access.name(node);
    const counts = new Map<string, number>();
    for (const child of access.children(node)) {
      const name = access.name(child);
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      const childKey = key ? `${key}/${name}` : name;
      const childShown = `${shown}/${REPEATED.has(`${parent}/${name}`) ? `${name}[${n}]` : name}`;
      walk(child, childKey, childShown);
      const limits = EDXML_LENGTH_LIMITS[childKey];
      const text = access.text(child);
      const breach = limits && text !== undefined ? lengthBreach(text, limits) : undefined;
      if (breach) out.push({ element: childShown, length: text!.length, ...breach, limit: limits! });
    }
  };
  walk(container, '', access.name(container));
  return out;
}
