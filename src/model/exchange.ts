import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './primitives.js';

/**
 * Metadata that travels with a document between e-office systems: edXML (QCVN 102:2016/BTTTT;
 * edxml.md) and the metadata of PL VI (nd30.md §4.6). None of it is printed on the page.
 */

/** A receiving organisation with its mã định danh (edXML `To`, PL VI field 13). */
export const ExchangePartySchema = z
  .object({
    name: TextSchema.describe(
      'The organisation\'s name as addressed (edXML `OrganName`), e.g. "Sở Tài chính tỉnh Quảng Ngãi".',
    ),
    parent: TextSchema.optional().describe(
      'Its cơ quan chủ quản (edXML `OrganizationInCharge`), e.g. "Ủy ban nhân dân tỉnh Nghệ An".',
    ),
    code: TextSchema.optional().describe('Mã định danh (OrganId), e.g. "000.00.00.G22".'),
    email: TextSchema.optional().describe('Thư điện tử (edXML `Email`); for the issuer, what ô 13 prints.'),
    address: TextSchema.optional().describe('Địa chỉ (edXML `OrganAdd`); for the issuer, what ô 13 prints.'),
    phone: TextSchema.optional().describe('Số điện thoại (edXML `Telephone`).'),
    fax: TextSchema.optional().describe('Số Fax (edXML `Fax`).'),
    website: TextSchema.optional().describe('Trang thông tin điện tử (edXML `Website`).'),
  })
  .meta({
    id: 'ExchangeParty',
    description: 'A receiving organisation with its mã định danh (edXML `To`, PL VI field 13).',
  });

/** The document an answer replies to (edXML `ResponseFor`). */
export const ResponseForSchema = z
  .object({
    organId: TextSchema.describe('Mã định danh of the organisation that issued the original.'),
    code: TextSchema.describe('Its số and ký hiệu as one code, e.g. "1719/UBND-KGVX".'),
    promulgationDate: IsoDateSchema.optional().describe(
      'Its ngày ban hành (ô 4 of the original; edXML `PromulgationDate`), ISO yyyy-mm-dd.',
    ),
    documentId: TextSchema.optional().describe('Its edXML DocumentId.'),
  })
  .meta({
    id: 'ResponseFor',
    description: 'The document an answer replies to (edXML `ResponseFor`).',
  });

/** Exchange metadata. */
export const ExchangeSchema = z
  .object({
    documentId: TextSchema.optional().describe('edXML DocumentId of this document.'),
    to: z
      .array(ExchangePartySchema)
      .default([])
      .describe(
        'The receiving organisations of the edXML package (MessageHeader/To), each with its mã định danh (`code`, e.g. "000.00.00.G22"): who the package is sent to on the interconnection axis. Not printed; usually the organisations of `recipients`.',
      ),
    dueDate: IsoDateSchema.optional().describe('Hạn xử lý (PL VI field 16, edXML DueDate).'),
    responseFor: z.array(ResponseForSchema).default([]).describe('Văn bản phúc đáp: the document this one answers.'),
    steeringType: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Steering type (edXML SteeringType): 0 or 1 in the samples; its meaning differs between profiles.'),
    pageCount: z.number().int().positive().optional().describe('Page count (PL VI field 10, edXML PageAmount).'),
    language: TextSchema.optional().describe('Language (PL VI field 9), e.g. "Tiếng Việt".'),
    description: TextSchema.optional().describe('Notes (PL VI field 11).'),
    from: ExchangePartySchema.optional().describe("The issuer's contact details for the edXML From element."),
  })
  .meta({
    id: 'Exchange',
    description: 'Exchange metadata.',
  });

/** Exchange metadata. */
export type Exchange = z.infer<typeof ExchangeSchema>;
/** A receiving party. */
export type ExchangeParty = z.infer<typeof ExchangePartySchema>;
