import { z } from 'zod';
import { DOCUMENT_KINDS } from '../registry/kinds.js';
import { AppendixSchema } from './appendix.js';
import { BlockSchema } from './block.js';
import { ContactSchema } from './contact.js';
import { CopyBlockSchema } from './copy.js';
import { DrafterSchema } from './drafter.js';
import { ExchangeSchema } from './exchange.js';
import { IssuerSchema } from './issuer.js';
import { ConfidentialitySchema, UrgencySchema } from './marks.js';
import { IsoDateSchema, TextSchema } from './primitives.js';
import { SignatureSchema } from './signature.js';

/** The document type, a slug of the type registry (Điều 7 and the other regimes). */
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS).meta({ id: 'DocumentKind' });

/** Which body of presentation rules the document follows (nd30.md §0). */
export const RegimeSchema = z.enum(['hanh-chinh', 'quy-pham-phap-luat', 'dang', 'cu']).meta({ id: 'Regime' });

/**
 * A văn bản hành chính: every part of Decree 30 (Điều 8; PL I), by its ô number in the layout
 * diagram (PL I mục IV; nd30.md §3.3).
 */
export const DocumentSchema = z
  .object({
    /** Tên loại văn bản (ô 5a); công văn has no tên loại line. */
    kind: DocumentKindSchema,
    /** The rules the document follows; a Party document or a QPPL is not judged by Decree 30. */
    regime: RegimeSchema.default('hanh-chinh'),
    /** Tên cơ quan, tổ chức ban hành (ô 2). */
    issuer: IssuerSchema,
    /** The other issuers of a joint document (văn bản liên tịch), in header order after `issuer`. */
    coIssuers: z.array(IssuerSchema).default([]),
    /**
     * A draft (dự thảo): the số and the date are given when the document is issued (Điều 15), so a
     * draft prints them blank, "Số:      /QĐ-UBND" and "ngày     tháng     năm 2025"; `year` is the
     * year printed in the blank date, when known.
     */
    draft: z
      .object({ year: z.number().int().min(1945).max(2100).optional() })
      .optional()
      .meta({ description: 'A draft: number and date left blank until issuance.' }),
    /** Số (ô 3): the running number in the calendar year, "05" is 5. */
    number: z.number().int().positive().optional(),
    /** Ký hiệu (ô 3), e.g. "UBND-KGVX", "QĐ-UBND", QPPL "2024/QĐ-UBND", Party "HD/VPTW". */
    notation: TextSchema.optional(),
    /** Địa danh (ô 4), e.g. "Quảng Ngãi". */
    place: TextSchema.optional(),
    /** Ngày ban hành (ô 4), ISO yyyy-mm-dd. */
    date: IsoDateSchema.optional(),
    /** Trích yếu (ô 5a / 5b); for công văn without the leading "V/v ". */
    subject: TextSchema.optional(),
    /** Kính gửi (ô 9a): each addressee without its dash and end punctuation. */
    recipients: z.array(TextSchema).default([]),
    /** Nội dung (ô 6). */
    body: z.array(BlockSchema).default([]),
    /** Signature blocks (ô 7a–7c, 8), left to right; joint documents and biên bản have several. */
    signatures: z.array(SignatureSchema).default([]),
    /** Nơi nhận (ô 9b) except the Lưu line, each without its dash and end punctuation. */
    distribution: z.array(TextSchema).default([]),
    /** The Lưu line: "Lưu: VT, KGVX" → ["VT", "KGVX"]. */
    archive: z.array(TextSchema).default([]),
    /** Number of archive copies when the Lưu line gives it ("Lưu: VT, KGVX, 02"). */
    archiveCopies: z.number().int().positive().optional(),
    /** Ký hiệu người soạn thảo and số lượng bản (ô 12). */
    drafter: DrafterSchema.optional(),
    /** Dấu chỉ độ mật (ô 10a). */
    confidentiality: ConfidentialitySchema.optional(),
    /** Dấu chỉ mức độ khẩn (ô 10b). */
    urgency: UrgencySchema.optional(),
    /** Chỉ dẫn về phạm vi lưu hành (ô 11), upper case, e.g. "XEM XONG TRẢ LẠI". */
    circulation: TextSchema.optional(),
    /** Địa chỉ, điện thoại, email, website (ô 13). */
    contact: ContactSchema.optional(),
    /** Phụ lục, in order. */
    appendices: z.array(AppendixSchema).default([]),
    /** The bản sao block when this is a copy of the document it holds. */
    copy: CopyBlockSchema.optional(),
    /** Exchange metadata (edXML, PL VI); nothing here is printed. */
    exchange: ExchangeSchema.optional(),
  })
  .meta({
    id: 'VanbanDocument',
    title: 'vanban document',
    description: 'A Vietnamese administrative document (Nghị định 30/2020/NĐ-CP).',
  });

/** A document, as the model holds it (defaults filled). */
export type VanbanDocument = z.infer<typeof DocumentSchema>;
/** What `createDocument` accepts: the same, with defaulted fields optional. */
export type DocumentInput = z.input<typeof DocumentSchema>;
/** A document kind slug. */
export type { DocumentKind } from '../registry/kinds.js';
