import { z } from 'zod';
import { TextSchema } from './primitives.js';

/**
 * Typed blocks of the body (nội dung, ô 6; PL I, I.II.6; nd30.md §2.6), in reading order. The
 * hierarchy is carried by the block types: heading > article (Điều) > clause (khoản) > point (điểm).
 */

/** An ordinary paragraph of body text. */
export const ParagraphBlockSchema = z
  .object({ type: z.literal('paragraph'), text: TextSchema })
  .meta({ id: 'ParagraphBlock' });

/** Heading levels: Phần, Chương (Roman), Mục, Tiểu mục (Arabic), and the report style "I. TIÊU ĐỀ". */
export const HEADING_LEVELS = ['phan', 'chuong', 'muc', 'tieu-muc', 'muc-la-ma'] as const;

/**
 * A heading: `Chương I` + `QUY ĐỊNH CHUNG` on two centred lines, or a report-style `I. KẾT QUẢ`
 * (level `muc-la-ma`) on one.
 */
export const HeadingBlockSchema = z
  .object({
    type: z.literal('heading'),
    level: z.enum(HEADING_LEVELS),
    /** The number as printed: Roman for phần/chương and report sections, Arabic for mục. */
    number: TextSchema,
    /** The heading's title, upper case; every phần, chương, mục must have one. */
    title: z.string().trim().optional(),
  })
  .meta({ id: 'HeadingBlock' });

/** A căn cứ ban hành line, or the closing "Theo đề nghị của …" (italic; `;` except the last `.`). */
export const BasisBlockSchema = z
  .object({ type: z.literal('basis'), text: TextSchema })
  .meta({ id: 'BasisBlock' });

/**
 * The centred bold lines of Mẫu 1.1–1.3: the issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
 * before the căn cứ (`role: 'authority'`) and "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after (`role: 'enactment'`).
 */
export const EnactmentBlockSchema = z
  .object({ type: z.literal('enactment'), role: z.enum(['authority', 'enactment']), text: TextSchema })
  .meta({ id: 'EnactmentBlock' });

/** An article: `Điều 1. Title` followed by its text if the title line carries any. */
export const ArticleBlockSchema = z
  .object({
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
    type: z.literal('clause'),
    number: TextSchema,
    text: z.string().trim().default(''),
    titled: z.boolean().optional(),
  })
  .meta({ id: 'ClauseBlock' });

/** A điểm: `a) text`, Vietnamese letters in order (a, b, c, d, đ, e, g, h, i, k …). */
export const PointBlockSchema = z
  .object({ type: z.literal('point'), label: TextSchema, text: z.string().trim().default('') })
  .meta({ id: 'PointBlock' });

/** A bulleted list: `- item` / `+ item` lines. */
export const ListBlockSchema = z
  .object({
    type: z.literal('list'),
    marker: z.enum(['-', '+', '•', '*']).default('-'),
    items: z.array(TextSchema).min(1),
  })
  .meta({ id: 'ListBlock' });

/** A table, as rows of cell texts; the first row is the header when `header` is true. */
export const TableBlockSchema = z
  .object({
    type: z.literal('table'),
    rows: z.array(z.array(z.string())).min(1),
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
