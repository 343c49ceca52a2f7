import { z } from 'zod';
import { TextSchema } from './primitives.js';

/**
 * Typed blocks of the body (nội dung, ô 6; PL I, I.II.6; nd30.md §2.6), in reading order. The
 * hierarchy is carried by the block types: heading > article (Điều) > clause (khoản) > point (điểm).
 */

/** An ordinary paragraph of body text. */
export const ParagraphBlockSchema = z
  .object({
    type: z.literal('paragraph').describe('Block tag: a paragraph of nội dung (ô 6).'),
    text: TextSchema.describe("The paragraph's text, without its first-line indent (PL I, I.II.6; nd30.md §2.6)."),
  })
  .meta({
    id: 'ParagraphBlock',
    description: 'An ordinary paragraph of body text.',
  });

/** Heading levels: Phần, Chương (Roman), Mục, Tiểu mục (Arabic), and the report style "I. TIÊU ĐỀ". */
export const HEADING_LEVELS = ['phan', 'chuong', 'muc', 'tieu-muc', 'muc-la-ma'] as const;

/**
 * A heading: `Chương I` + `QUY ĐỊNH CHUNG` on two centred lines, or a report-style `I. KẾT QUẢ`
 * (level `muc-la-ma`) on one.
 */
export const HeadingBlockSchema = z
  .object({
    type: z
      .literal('heading')
      .describe("Block tag: a heading of the body's structure (ô 6; PL I, I.II.6; nd30.md §2.6)."),
    level: z
      .enum(HEADING_LEVELS)
      .describe('Phần, Chương, Mục, Tiểu mục, or a report-style Roman section (`muc-la-ma`).'),
    number: TextSchema.describe('The number as printed: Roman for phần/chương and report sections, Arabic for mục.'),
    title: z
      .string()
      .trim()
      .optional()
      .describe("The heading's title, upper case; every phần, chương, mục must have one."),
  })
  .meta({
    id: 'HeadingBlock',
    description:
      'A heading: `Chương I` + `QUY ĐỊNH CHUNG` on two centred lines, or a report-style `I. KẾT QUẢ` (level `muc-la-ma`) on one.',
  });

/** A căn cứ ban hành line, or the closing "Theo đề nghị của …" (italic; `;` except the last `.`). */
export const BasisBlockSchema = z
  .object({
    type: z.literal('basis').describe('Block tag: a căn cứ ban hành line of Mẫu 1.1–1.3 (ô 6).'),
    text: TextSchema.describe('The line as printed, with its ";" or the last one\'s "." (nd30.md §2.6).'),
  })
  .meta({
    id: 'BasisBlock',
    description: 'A căn cứ ban hành line, or the closing "Theo đề nghị của …" (italic; `;` except the last `.`).',
  });

/**
 * The centred bold lines of Mẫu 1.1–1.3: the issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
 * before the căn cứ (`role: 'authority'`) and "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after (`role: 'enactment'`).
 */
export const EnactmentBlockSchema = z
  .object({
    type: z.literal('enactment').describe('Block tag: a centred bold line of Mẫu 1.1–1.3 (ô 6).'),
    role: z
      .enum(['authority', 'enactment'])
      .describe(
        '`authority`: the issuing authority before the căn cứ; `enactment`: "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after them.',
      ),
    text: TextSchema.describe('The line as printed, upper case, e.g. "QUYẾT ĐỊNH:".'),
  })
  .meta({
    id: 'EnactmentBlock',
    description:
      'The centred bold lines of Mẫu 1.1–1.3: the issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") before the căn cứ (`role: \'authority\'`) and "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after (`role: \'enactment\'`).',
  });

/**
 * An article: `Điều 1. Title`, or `Điều 1.` followed by its text (the usual form of a quyết định
 * cá biệt: "**Điều 1.** Thành lập Tổ công tác …"), or both: the title line, then the text.
 */
export const ArticleBlockSchema = z
  .object({
    type: z.literal('article').describe('Block tag: a Điều of the body (ô 6; PL I, I.II.6; nd30.md §2.6).'),
    number: TextSchema.describe('Arabic number as printed, without "Điều" and its period: "1" for "Điều 1.".'),
    title: z
      .string()
      .trim()
      .default('')
      .describe(
        'The article\'s title, printed bold after "Điều n." ("Điều 1. Phạm vi điều chỉnh"); empty when the article has only its text.',
      ),
    text: TextSchema.optional().describe(
      'The article\'s text, printed regular: after the bold "Điều n." on the same line when there is no title ("Điều 1. Thành lập Tổ công tác …"), as the next paragraph when there is one.',
    ),
  })
  .meta({
    id: 'ArticleBlock',
    description:
      'An article: `Điều 1. Title`, or `Điều 1.` followed by its text (the usual form of a quyết định cá biệt: "**Điều 1.** Thành lập Tổ công tác …"), or both: the title line, then the text.',
  });

/** A khoản: `1. text`; `titled` when the number and a title stand alone in bold. */
export const ClauseBlockSchema = z
  .object({
    type: z.literal('clause').describe('Block tag: a khoản of the body (ô 6; PL I, I.II.6; nd30.md §2.6).'),
    number: TextSchema.describe('Arabic number as printed, without its period, e.g. "1" for "1. …".'),
    text: z
      .string()
      .trim()
      .default('')
      .describe("The khoản's text after its number; empty when the number stands alone."),
    titled: z
      .boolean()
      .optional()
      .describe('True when the number and a title stand alone in bold (a khoản with a title; nd30.md §2.6).'),
  })
  .meta({
    id: 'ClauseBlock',
    description: 'A khoản: `1. text`; `titled` when the number and a title stand alone in bold.',
  });

/** A điểm: `a) text`, Vietnamese letters in order (a, b, c, d, đ, e, g, h, i, k …). */
export const PointBlockSchema = z
  .object({
    type: z.literal('point').describe('Block tag: a điểm of the body (ô 6; PL I, I.II.6; nd30.md §2.6).'),
    label: TextSchema.describe('The letter without its parenthesis, e.g. "đ" for "đ) …" (see `POINT_LETTERS`).'),
    text: z.string().trim().default('').describe("The điểm's text after its label."),
  })
  .meta({
    id: 'PointBlock',
    description: 'A điểm: `a) text`, Vietnamese letters in order (a, b, c, d, đ, e, g, h, i, k …).',
  });

/** A bulleted list: `- item` / `+ item` lines. */
export const ListBlockSchema = z
  .object({
    type: z.literal('list').describe('Block tag: a bulleted list in the body (ô 6).'),
    marker: z
      .enum(['-', '+', '•', '*'])
      .default('-')
      .describe('The glyph that starts each item as printed; "-" by default.'),
    items: z.array(TextSchema).min(1).describe('The items, each without its marker, in order.'),
  })
  .meta({
    id: 'ListBlock',
    description: 'A bulleted list: `- item` / `+ item` lines.',
  });

/** Alignment of a table column. */
export const COLUMN_ALIGNMENTS = ['left', 'center', 'right'] as const;

/**
 * A table, as rows of cell texts; the first row is the header when `header` is true. Columns are
 * as wide as their content needs unless `widths` says otherwise; number columns (STT) are centred.
 */
export const TableBlockSchema = z
  .object({
    type: z.literal('table').describe('Block tag: a table in the body or an appendix (ô 6).'),
    rows: z
      .array(z.array(z.string()))
      .min(1)
      .describe('Rows top to bottom, each the texts of its cells left to right.'),
    header: z
      .boolean()
      .optional()
      .describe(
        'True when the first row is the header row: printed bold and centred, repeated at the top of each page the table runs on.',
      ),
    widths: z
      .array(z.number().positive())
      .optional()
      .describe(
        'Column widths as proportions of the text width, left to right ([1, 5, 3]: STT narrow, the second column widest); default: from the content.',
      ),
    align: z
      .array(z.enum(COLUMN_ALIGNMENTS))
      .optional()
      .describe(
        "Alignment of each column's body cells, left to right; default: centred for columns of numbers (STT, quantities, dates), left for text.",
      ),
  })
  .meta({
    id: 'TableBlock',
    description:
      'A table, as rows of cell texts; the first row is the header when `header` is true. Columns are as wide as their content needs unless `widths` says otherwise; number columns (STT) are centred.',
  });

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
  .meta({
    id: 'Block',
    description: 'Any body block.',
  });

/** A body block. */
export type Block = z.infer<typeof BlockSchema>;
/** The `type` tag of a block. */
export type BlockType = Block['type'];
/** A heading level. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
