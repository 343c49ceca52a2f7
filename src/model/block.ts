import { z } from 'zod';
import { TextSchema } from './primitives.js';

/**
 * Typed blocks of the body (nội dung, ô 6; PL I, I.II.6; nd30.md §2.6), in reading order. The
 * hierarchy is carried by the block types: heading > article (Điều) > clause (khoản) > point (điểm).
 */

/** An ordinary paragraph of body text. */
export const ParagraphBlockSchema = z
  .object({
    /** Block tag: a paragraph of nội dung (ô 6). */
    type: z.literal('paragraph'),
    /** The paragraph's text, without its first-line indent (PL I, I.II.6; nd30.md §2.6). */
    text: TextSchema,
  })
  .meta({ id: 'ParagraphBlock' });

/** Heading levels: Phần, Chương (Roman), Mục, Tiểu mục (Arabic), and the report style "I. TIÊU ĐỀ". */
export const HEADING_LEVELS = ['phan', 'chuong', 'muc', 'tieu-muc', 'muc-la-ma'] as const;

/**
 * A heading: `Chương I` + `QUY ĐỊNH CHUNG` on two centred lines, or a report-style `I. KẾT QUẢ`
 * (level `muc-la-ma`) on one.
 */
export const HeadingBlockSchema = z
  .object({
    /** Block tag: a heading of the body's structure (ô 6; PL I, I.II.6; nd30.md §2.6). */
    type: z.literal('heading'),
    /** Phần, Chương, Mục, Tiểu mục, or a report-style Roman section (`muc-la-ma`). */
    level: z.enum(HEADING_LEVELS),
    /** The number as printed: Roman for phần/chương and report sections, Arabic for mục. */
    number: TextSchema,
    /** The heading's title, upper case; every phần, chương, mục must have one. */
    title: z.string().trim().optional(),
  })
  .meta({ id: 'HeadingBlock' });

/** A căn cứ ban hành line, or the closing "Theo đề nghị của …" (italic; `;` except the last `.`). */
export const BasisBlockSchema = z
  .object({
    /** Block tag: a căn cứ ban hành line of Mẫu 1.1–1.3 (ô 6). */
    type: z.literal('basis'),
    /** The line as printed, with its ";" or the last one's "." (nd30.md §2.6). */
    text: TextSchema,
  })
  .meta({ id: 'BasisBlock' });

/**
 * The centred bold lines of Mẫu 1.1–1.3: the issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
 * before the căn cứ (`role: 'authority'`) and "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after (`role: 'enactment'`).
 */
export const EnactmentBlockSchema = z
  .object({
    /** Block tag: a centred bold line of Mẫu 1.1–1.3 (ô 6). */
    type: z.literal('enactment'),
    /** `authority`: the issuing authority before the căn cứ; `enactment`: "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after them. */
    role: z.enum(['authority', 'enactment']),
    /** The line as printed, upper case, e.g. "QUYẾT ĐỊNH:". */
    text: TextSchema,
  })
  .meta({ id: 'EnactmentBlock' });

/** An article: `Điều 1. Title` followed by its text if the title line carries any. */
export const ArticleBlockSchema = z
  .object({
    /** Block tag: a Điều of the body (ô 6; PL I, I.II.6; nd30.md §2.6). */
    type: z.literal('article'),
    /** Arabic number as printed, e.g. "1". */
    number: TextSchema,
    /** The article's title (text after "Điều n."); every điều must have one. */
    title: z.string().trim().default(''),
  })
  .meta({ id: 'ArticleBlock' });

/** A khoản: `1. text`; `titled` when the number and a title stand alone in bold. */
export const ClauseBlockSchema = z
  .object({
    /** Block tag: a khoản of the body (ô 6; PL I, I.II.6; nd30.md §2.6). */
    type: z.literal('clause'),
    /** Arabic number as printed, without its period, e.g. "1" for "1. …". */
    number: TextSchema,
    /** The khoản's text after its number; empty when the number stands alone. */
    text: z.string().trim().default(''),
    /** True when the number and a title stand alone in bold (a khoản with a title; nd30.md §2.6). */
    titled: z.boolean().optional(),
  })
  .meta({ id: 'ClauseBlock' });

/** A điểm: `a) text`, Vietnamese letters in order (a, b, c, d, đ, e, g, h, i, k …). */
export const PointBlockSchema = z
  .object({
    /** Block tag: a điểm of the body (ô 6; PL I, I.II.6; nd30.md §2.6). */
    type: z.literal('point'),
    /** The letter without its parenthesis, e.g. "đ" for "đ) …" (see `POINT_LETTERS`). */
    label: TextSchema,
    /** The điểm's text after its label. */
    text: z.string().trim().default(''),
  })
  .meta({ id: 'PointBlock' });

/** A bulleted list: `- item` / `+ item` lines. */
export const ListBlockSchema = z
  .object({
    /** Block tag: a bulleted list in the body (ô 6). */
    type: z.literal('list'),
    /** The glyph that starts each item as printed; "-" by default. */
    marker: z.enum(['-', '+', '•', '*']).default('-'),
    /** The items, each without its marker, in order. */
    items: z.array(TextSchema).min(1),
  })
  .meta({ id: 'ListBlock' });

/** A table, as rows of cell texts; the first row is the header when `header` is true. */
export const TableBlockSchema = z
  .object({
    /** Block tag: a table in the body or an appendix (ô 6). */
    type: z.literal('table'),
    /** Rows top to bottom, each the texts of its cells left to right. */
    rows: z.array(z.array(z.string())).min(1),
    /** True when the first row is the header row. */
    header: z.boolean().optional(),
  })
  .meta({ id: 'TableBlock' });

/** Any body block. */
export const BlockSchema = z
  .discriminatedUnion('type', [
    ParagraphBlockSchema,
    HeadingBlockSchema,
    BasisBlockSchema,
    EnactmentBlockSchema,
    ArticleBlockSchema,
    ClauseBlockSchema,
    PointBlockSchema,
    ListBlockSchema,
    TableBlockSchema,
  ])
  .meta({ id: 'Block' });

/** A body block. */
export type Block = z.infer<typeof BlockSchema>;
/** The `type` tag of a block. */
export type BlockType = Block['type'];
/** A heading level. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
