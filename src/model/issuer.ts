import { z } from 'zod';
import { TextSchema } from './primitives.js';

/**
 * Tên cơ quan, tổ chức ban hành văn bản: ô 2 of the layout (PL I, I.II.2; nd30.md §2.2).
 */
export const IssuerSchema = z
  .object({
    name: TextSchema.describe(
      'The issuer\'s official full name, upper case as printed (bold line of ô 2), e.g. "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI".',
    ),
    parent: TextSchema.optional().describe(
      'Cơ quan chủ quản trực tiếp: the line above the issuer (regular weight), e.g. "UBND THÀNH PHỐ HÀ NỘI".',
    ),
    code: TextSchema.optional().describe(
      'Mã định danh điện tử of the issuer (QĐ 20/2020/QĐ-TTg), used as OrganId in edXML, e.g. "000.00.00.H53".',
    ),
  })
  .meta({
    id: 'Issuer',
    description: 'Tên cơ quan, tổ chức ban hành văn bản: ô 2 of the layout (PL I, I.II.2; nd30.md §2.2).',
  });

/** The issuing body (ô 2), with its parent and its mã định danh. */
export type Issuer = z.infer<typeof IssuerSchema>;
