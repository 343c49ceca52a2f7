/**
 * Gaps, indents and lines the layout of a page uses, where the Decree gives them (PL I, I.II) or
 * where the writers chose them (the Decree leaves most vertical gaps open, nd30.md §3.5).
 *
 * @module
 */

/** The line under the issuer and under a trích yếu: 1/3–1/2 of the text (PL I, I.II.2, I.II.5); we take 2/5. */
export const SHORT_LINE_RATIO = 0.4;
/** Space between the rows of the header, above the V/v (PL I, I.II.5.b: 6 pt) and above the stamps. */
export const HEADER_GAP_PT = 6;
/** Space above the title block and above Kính gửi. */
export const SECTION_GAP_PT = 12;
/** Space above the closing block's first lines (Nơi nhận, the signer). */
export const CLOSING_GAP_PT = 12;
/** Space above the trích yếu under the tên loại, and above an appendix's title and reference lines. */
export const SUBTITLE_GAP_PT = 3;
/** Space under the short line of an appendix heading, so that a table under it does not sit on the line. */
export const APPENDIX_RULE_GAP_PT = 12;
/** Space above the full-width line that opens a paper copy block (Mẫu 3.1). */
export const COPY_SEPARATOR_GAP_PT = 12;
/** Space above a joint document's second and later issuers. */
export const CO_ISSUER_GAP_PT = 6;
/** Where "Kính gửi:" starts, from the left margin: about 3.5 cm in the Word file of Mẫu 1.5 (TEMPLATE, nd30.md §2.9). */
export const RECIPIENTS_INDENT_CM = 3.5;

/**
 * A drawn line (under the Tiêu ngữ, the issuer, the trích yếu; the copy separator): the bottom
 * border of an empty paragraph of `LINE_PT` exact height, `SPACE_PT` under it, `WIDTH_PT` thick.
 */
export const RULE = { LINE_PT: 3, SPACE_PT: 1, WIDTH_PT: 0.75 } as const;
/** The line above the contact block (ô 13): `SPACE_PT` over the text, `WIDTH_PT` thick. */
export const CONTACT_RULE = { SPACE_PT: 4, WIDTH_PT: 0.75 } as const;
/** A stamp's box: a 1 pt line, 1 pt from the text. */
export const STAMP_BOX = { WIDTH_PT: 1, SPACE_PT: 1 } as const;
/** Extra width of a stamp box over its text when the Decree gives no size (độ mật, phạm vi lưu hành). */
export const STAMP_PADDING_MM = 8;
/** Height of a stamp box when the Decree gives no size. */
export const STAMP_HEIGHT_MM = 8;
/** Where the phạm vi lưu hành notice (ô 11) is centred, as a fraction of the text width (nd30.md §3.3: 0.58–0.85). */
export const CIRCULATION_CENTRE = 0.715;
/** Data tables of a body: 0.5 pt lines, cell margins 2 pt above and below, 4 pt left and right. */
export const DATA_TABLE = { LINE_PT: 0.5, MARGIN_V_PT: 2, MARGIN_H_PT: 4 } as const;
/** Seal diameter when the model gives none: ND30 sets no size (seal rules do; UNCONFIRMED, nd30.md §8.7). */
export const DEFAULT_SEAL_MM = 36;
