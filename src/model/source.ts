import type { Place } from '../diagnostics/diagnostic.js';

/**
 * Where each field of a document came from, as readers report it (`sources`). Keys are model
 * paths with dots and indexes (`date`, `recipients.2`, `signatures.0.authority.1`), plus the
 * printed parts that the model does not store, listed in {@link PRINTED_PATHS}.
 *
 * @module
 */

/** A range of the reader's input (the diagnostics' {@link Place}): lines and columns from 1, offsets from 0. */
export type SourceRange = Place;

/** A field's origin: its range and the text exactly as written there (before normalisation). */
export interface SourceSpan extends SourceRange {
  readonly raw: string;
}

/** Sources by model path. */
export type SourceMap = Readonly<Record<string, SourceSpan>>;

/**
 * Paths for printed parts that are fixed text or punctuation, not model values. Readers record them so
 * that rules can check what was printed (e.g. "Quốc hiệu" spelled right, "Nơi nhận:" with its colon).
 */
export const PRINTED_PATHS = {
  /** The Quốc hiệu line (ô 1), e.g. "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  nationalName: 'nationalTitle.name',
  /** The Tiêu ngữ line (ô 1), e.g. "Độc lập - Tự do - Hạnh phúc". */
  motto: 'nationalTitle.motto',
  /** The whole "Số: …/…" line (ô 3). */
  numberLine: 'numberLine',
  /** The whole place and date line (ô 4). */
  placeDateLine: 'placeDateLine',
  /** The tên loại line (ô 5a), e.g. "QUYẾT ĐỊNH". */
  titleLine: 'titleLine',
  /** The trích yếu as printed, with "V/v" for công văn (ô 5a / 5b). */
  subjectLine: 'subjectLine',
  /** The "Kính gửi:" label (ô 9a). */
  recipientsHeading: 'recipients.heading',
  /** The "Nơi nhận:" label (ô 9b). */
  distributionHeading: 'distribution.heading',
  /** The whole Lưu line, e.g. "- Lưu: VT, KGVX." */
  archiveLine: 'archive.line',
  /** The copy-form label of a bản sao block, e.g. "SAO Y". */
  copyLabel: 'copy.label',
  /** A Quốc hiệu or Tiêu ngữ line printed inside a bản sao block, which has none (PL I Part II.II). */
  copyNationalTitle: 'copy.nationalTitle',
} as const;

/**
 * Paths of list entries keep the entry as printed with its dash and end punctuation in `raw`
 * (e.g. `recipients.0` raw "- Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh;"), so punctuation rules can read it.
 */
export type PrintedPath = (typeof PRINTED_PATHS)[keyof typeof PRINTED_PATHS];
