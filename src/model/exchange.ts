import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './primitives.js';

/**
 * Metadata that travels with a document between e-office systems: edXML (QCVN 102:2016/BTTTT;
 * edxml.md) and the metadata of PL VI (nd30.md §4.6). None of it is printed on the page.
 */

/** A receiving organisation with its mã định danh (edXML `To`, PL VI field 13). */
export const ExchangePartySchema = z
  .object({
    /** The organisation's name as addressed (edXML `OrganName`), e.g. "Sở Tài chính tỉnh Quảng Ngãi". */
    name: TextSchema,
    /** Its cơ quan chủ quản (edXML `OrganizationInCharge`), e.g. "Ủy ban nhân dân tỉnh Nghệ An". */
    parent: TextSchema.optional(),
    /** Mã định danh (OrganId), e.g. "000.00.00.G22". */
    code: TextSchema.optional(),
    /** Thư điện tử (edXML `Email`); for the issuer, what ô 13 prints. */
    email: TextSchema.optional(),
    /** Địa chỉ (edXML `OrganAdd`); for the issuer, what ô 13 prints. */
    address: TextSchema.optional(),
    /** Số điện thoại (edXML `Telephone`). */
    phone: TextSchema.optional(),
    /** Số Fax (edXML `Fax`). */
    fax: TextSchema.optional(),
    /** Trang thông tin điện tử (edXML `Website`). */
    website: TextSchema.optional(),
  })
  .meta({ id: 'ExchangeParty' });

/** The document an answer replies to (edXML `ResponseFor`). */
export const ResponseForSchema = z
  .object({
    /** Mã định danh of the organisation that issued the original. */
    organId: TextSchema,
    /** Its số and ký hiệu as one code, e.g. "1719/UBND-KGVX". */
    code: TextSchema,
    /** Its ngày ban hành (ô 4 of the original; edXML `PromulgationDate`), ISO yyyy-mm-dd. */
    promulgationDate: IsoDateSchema.optional(),
    /** Its edXML DocumentId. */
    documentId: TextSchema.optional(),
  })
  .meta({ id: 'ResponseFor' });

/** Exchange metadata. */
export const ExchangeSchema = z
  .object({
    /** edXML DocumentId of this document. */
    documentId: TextSchema.optional(),
    /** Receivers with their mã định danh, in the order they are addressed. */
    to: z.array(ExchangePartySchema).default([]),
    /** Hạn xử lý (PL VI field 16, edXML DueDate). */
    dueDate: IsoDateSchema.optional(),
    /** Văn bản phúc đáp: the document this one answers. */
    responseFor: z.array(ResponseForSchema).default([]),
    /** Steering type (edXML SteeringType): 0 or 1 in the samples; its meaning differs between profiles. */
    steeringType: z.number().int().min(0).optional(),
    /** Page count (PL VI field 10, edXML PageAmount). */
    pageCount: z.number().int().positive().optional(),
    /** Language (PL VI field 9), e.g. "Tiếng Việt". */
    language: TextSchema.optional(),
    /** Notes (PL VI field 11). */
    description: TextSchema.optional(),
    /** The issuer's contact details for the edXML From element. */
    from: ExchangePartySchema.optional(),
  })
  .meta({ id: 'Exchange' });

/** Exchange metadata. */
export type Exchange = z.infer<typeof ExchangeSchema>;
/** A receiving party. */
export type ExchangeParty = z.infer<typeof ExchangePartySchema>;
