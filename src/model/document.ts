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
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS).meta({
  id: 'DocumentKind',
  description: 'The document type, a slug of the type registry (Điều 7 and the other regimes).',
});

/** Which body of presentation rules the document follows (nd30.md §0). */
export const RegimeSchema = z.enum(['hanh-chinh', 'quy-pham-phap-luat', 'dang', 'cu']).meta({
  id: 'Regime',
  description: 'Which body of presentation rules the document follows (nd30.md §0).',
});

/**
 * A văn bản hành chính: every part of Decree 30 (Điều 8; PL I), by its ô number in the layout
 * diagram (PL I mục IV; nd30.md §3.3).
 */
export const DocumentSchema = z
  .object({
    kind: DocumentKindSchema.describe(
      'Tên loại văn bản (ô 5a), a slug of the Điều 7 list ("quyet-dinh", "cong-van", "giay-moi", "ke-hoach"…): it sets the printed title ("QUYẾT ĐỊNH") and the ký hiệu code (QĐ); a công văn prints no title line.',
    ),
    regime: RegimeSchema.default('hanh-chinh').describe(
      'The rules the document follows: "hanh-chinh" (Decree 30, the default), "quy-pham-phap-luat" (a QPPL), "dang" (a Party document) or "cu" (before Decree 30); only "hanh-chinh" is judged by Decree 30.',
    ),
    issuer: IssuerSchema.describe(
      "Tên cơ quan, tổ chức ban hành (ô 2): the issuer's name (bold), its direct parent body (the line above it, regular) and its mã định danh.",
    ),
    coIssuers: z
      .array(IssuerSchema)
      .default([])
      .describe(
        'The other issuers of a joint document (văn bản liên tịch), in header order after `issuer`; a parent shared with `issuer` is printed once, above all of them.',
      ),
    draft: z
      .object({ year: z.number().int().min(1945).max(2100).optional() })
      .optional()
      .describe(
        'A draft (dự thảo): the số and the date are given when the document is issued (Điều 15), so a draft prints them blank, "Số:      /QĐ-UBND" and "ngày     tháng     năm 2025"; `year` is the year printed in the blank date, when known.',
      ),
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'Số (ô 3): the running number in the calendar year, as a number ("05" is 5; printed with its leading zero below 10).',
      ),
    notation: TextSchema.optional().describe(
      'Ký hiệu (ô 3), what follows "Số: 05/", e.g. "UBND-KGVX", "QĐ-UBND", QPPL "2024/QĐ-UBND", Party "HD/VPTW".',
    ),
    place: TextSchema.optional().describe(
      'Địa danh (ô 4): where the issuer sits, without "ngày …", e.g. "Quảng Ngãi"; printed "Quảng Ngãi, ngày 09 tháng 4 năm 2024".',
    ),
    date: IsoDateSchema.optional().describe(
      'Ngày ban hành (ô 4), written yyyy-mm-dd (2024-04-09), never dd/mm/yyyy; printed "ngày 09 tháng 4 năm 2024".',
    ),
    subject: TextSchema.optional().describe(
      'Trích yếu (ô 5a under the title; ô 5b under Số for a công văn), without the "V/v " that a công văn prints before it and without end punctuation. A "\\n" breaks the printed line there; long ones are broken in balanced lines.',
    ),
    recipients: z
      .array(TextSchema)
      .default([])
      .describe(
        'Kính gửi (ô 9a): the addressees the document speaks to, in order, each without its dash and end punctuation ("Sở Y tế", not "- Sở Y tế;"). One is printed on the "Kính gửi:" line, several as a dash list under it. Not the Nơi nhận list (`distribution`).',
      ),
    body: z
      .array(BlockSchema)
      .default([])
      .describe(
        'Nội dung (ô 6): the body as typed blocks in reading order (paragraph, căn cứ, Điều, khoản, điểm, list, table…).',
      ),
    signatures: z
      .array(SignatureSchema)
      .default([])
      .describe(
        'Signature blocks (ô 7a–7c, 8), in the order they are printed left to right and top to bottom; a joint document or a biên bản has several (two a row).',
      ),
    distribution: z
      .array(TextSchema)
      .default([])
      .describe(
        'Nơi nhận (ô 9b): who receives a copy, printed at the bottom left under "Nơi nhận:", each entry without its dash and end punctuation ("Như trên", "Sở Tài chính"); the Lưu line is `archive`, not an entry here.',
      ),
    archive: z
      .array(TextSchema)
      .default([])
      .describe(
        'The Lưu line that closes Nơi nhận: where the original is filed, "VT" (văn thư) then the drafting unit\'s code, without "Lưu:" and punctuation: "Lưu: VT, KGVX." is ["VT", "KGVX"].',
      ),
    archiveCopies: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Number of archive copies when the Lưu line gives it ("Lưu: VT, KGVX, 02." is 2).'),
    drafter: DrafterSchema.optional().describe(
      'Ký hiệu người soạn thảo and số lượng bản (ô 12), printed after the Lưu line, e.g. "PL.(300)".',
    ),
    confidentiality: ConfidentialitySchema.optional().describe(
      'Dấu chỉ độ mật (ô 10a): "mat", "toi-mat" or "tuyet-mat".',
    ),
    urgency: UrgencySchema.optional().describe(
      'Dấu chỉ mức độ khẩn (ô 10b): "khan", "thuong-khan" or "hoa-toc", printed boxed in red.',
    ),
    circulation: TextSchema.optional().describe(
      'Chỉ dẫn về phạm vi lưu hành (ô 11): a notice limiting who may read or keep the document, upper case and boxed above the Quốc hiệu, e.g. "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ".',
    ),
    contact: ContactSchema.optional().describe(
      'Địa chỉ, điện thoại, email, website of the issuer (ô 13), printed at the foot of page 1 under a full-width line.',
    ),
    appendices: z
      .array(AppendixSchema)
      .default([])
      .describe('Phụ lục, in order, each on pages of its own numbered from 1.'),
    copy: CopyBlockSchema.optional().describe(
      'The bản sao block (sao y, sao lục, trích sao) when this is a copy of the document it holds, printed after it.',
    ),
    exchange: ExchangeSchema.optional().describe(
      'Exchange metadata for edXML (PL VI): receivers with their mã định danh, due date, replies…; nothing here is printed.',
    ),
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
