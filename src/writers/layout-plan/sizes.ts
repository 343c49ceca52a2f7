/**
 * The sizes of every part under the two size sets of the sample table's footnote (PL I mục V;
 * nd30.md §3.2): the Quốc hiệu, the Tiêu ngữ one size above it and the date at the Tiêu ngữ's
 * size; the issuer lines follow the Quốc hiệu.
 *
 * @module
 */

/** `'12/13'` (the sample column) or `'13/14'`: Quốc hiệu / Tiêu ngữ sizes. */
export type SizeSet = '12/13' | '13/14';

/** Sizes in points of every part a size set fixes. */
export interface PartSizes {
  /** Quốc hiệu (ô 1), 12–13. */
  readonly nationalName: number;
  /** Tiêu ngữ (ô 1), 13–14. */
  readonly motto: number;
  /** Cơ quan chủ quản (ô 2), 12–13. */
  readonly parent: number;
  /** The issuer's name (ô 2), 12–13. */
  readonly issuer: number;
  /** Số, ký hiệu (ô 3), 13. */
  readonly number: number;
  /** Place and date (ô 4), 13–14. */
  readonly placeDate: number;
  /** Công văn V/v (ô 5b), 12–13. */
  readonly letterSubject: number;
  /** Tên loại and trích yếu (ô 5a), 13–14. */
  readonly title: number;
  /** Body (ô 6), 13–14. */
  readonly body: number;
  /** Authority lines, title and name of the signer (ô 7a, 7b), 13–14. */
  readonly signature: number;
  /** "Nơi nhận:", 12. */
  readonly distributionLabel: number;
  /** Nơi nhận entries and the Lưu line, 11. */
  readonly distribution: number;
  /** The contact block (ô 13), 11–12. */
  readonly contact: number;
  /** Độ khẩn, độ mật and phạm vi lưu hành stamps (ô 10, 11), 13–14. */
  readonly stamp: number;
  /** The page number, 13–14. */
  readonly pageNumber: number;
  /** "Phụ lục I", 14. */
  readonly appendixLabel: number;
  /** The signing-information line of separate files and electronic copies, 10. */
  readonly signingInfo: number;
}

/** The sizes of size set `set` with the body (and tên loại, trích yếu, signer, page number) at `bodyPt`. */
export function partSizes(set: SizeSet, bodyPt: number): PartSizes {
  const small = set === '12/13';
  return {
    nationalName: small ? 12 : 13,
    motto: small ? 13 : 14,
    parent: small ? 12 : 13,
    issuer: small ? 12 : 13,
    number: 13,
    placeDate: small ? 13 : 14,
    letterSubject: small ? 12 : 13,
    title: bodyPt,
    body: bodyPt,
    signature: bodyPt,
    distributionLabel: 12,
    distribution: 11,
    contact: small ? 11 : 12,
    stamp: small ? 13 : 14,
    pageNumber: bodyPt,
    appendixLabel: 14,
    signingInfo: 10,
  };
}
